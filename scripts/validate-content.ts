// `npm run validate`: loads the whole course (failing on any malformed file)
// and proves every exercise sound in real Pyodide. Exits non-zero on problems.
import path from "node:path";
import { createNodeCheckers, nodeCheck } from "../lib/checker/node-checker";
import { validateExercise } from "../lib/checker/validate-exercise";
import { loadCourse } from "../lib/content/load-course.server";

const course = loadCourse(path.join(process.cwd(), "content"));
const checkers = await createNodeCheckers();
let failures = 0;
let count = 0;
for (const courseModule of course.modules) {
  for (const lesson of courseModule.lessons) {
    for (const exercise of lesson.exercises) {
      count++;
      const check = nodeCheck(checkers, { module: exercise.meta.module, tests: exercise.tests, checks: exercise.meta.checks });
      const problems = await validateExercise(check, exercise);
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
