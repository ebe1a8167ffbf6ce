// `npm run validate`: loads the whole course (failing on any malformed file)
// and proves every exercise sound in real Pyodide. Exits non-zero on problems.
import path from "node:path";
import { bootNodePython } from "../lib/checker/node-python";
import { validateExercise } from "../lib/checker/validate-exercise";
import { loadCourse } from "../lib/content/load-course.server";

const course = loadCourse(path.join(process.cwd(), "content"));
const python = await bootNodePython();
let failures = 0;
let count = 0;
for (const courseModule of course.modules) {
  for (const lesson of courseModule.lessons) {
    for (const exercise of lesson.exercises) {
      count++;
      const problems = await validateExercise(python, {
        id: exercise.id,
        module: exercise.meta.module,
        starter: exercise.starter,
        solution: exercise.solution,
        tests: exercise.tests,
        wrong: exercise.wrong,
      });
      const variants = Object.keys(exercise.wrong).length;
      if (problems.length === 0) {
        console.log(`ok    ${exercise.id} (${lesson.file}; ${variants} wrong variant${variants === 1 ? "" : "s"})`);
      } else {
        failures++;
        console.log(`FAIL  ${exercise.id} (${lesson.file})`);
        for (const problem of problems) console.log(`      - ${problem}`);
      }
    }
  }
}
console.log(`${count - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
