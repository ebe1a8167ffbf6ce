import path from "node:path";
import type { PyodideInterface } from "pyodide";
import { beforeAll, describe, expect, it } from "vitest";
import { bootNodePython } from "@/lib/checker/node-python";
import { validateExercise } from "@/lib/checker/validate-exercise";
import { loadCourse } from "@/lib/content/load-course.server";

// The content itself is under test: every exercise must be sound in real Pyodide.
const course = loadCourse(path.join(process.cwd(), "content"));
const exercises = course.modules.flatMap((m) => m.lessons.flatMap((l) => l.exercises));

describe("course content", () => {
  let python: PyodideInterface;
  beforeAll(async () => {
    python = await bootNodePython();
  });

  it("has exercises to validate", () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it.each(exercises.map((e) => [e.id, e] as const))(
    "%s: the solution passes, the starter fails, wrong variants fail for their declared reason",
    async (_id, exercise) => {
      const problems = await validateExercise(python, {
        id: exercise.id,
        module: exercise.meta.module,
        starter: exercise.starter,
        solution: exercise.solution,
        tests: exercise.tests,
        wrong: exercise.wrong,
      });
      expect(problems).toEqual([]);
    },
  );
});
