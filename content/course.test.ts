import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createNodeCheckers, nodeCheck, type NodeCheckers } from "@/lib/checker/node-checker";
import { validateExercise } from "@/lib/checker/validate-exercise";
import { loadCourse } from "@/lib/content/load-course.server";

// The content itself is under test: every exercise must be sound in real Pyodide.
const course = loadCourse(path.join(process.cwd(), "content"));
const exercises = course.modules.flatMap((m) => m.lessons.flatMap((l) => l.exercises));

describe("course content", () => {
  let checkers: NodeCheckers;
  beforeAll(async () => {
    checkers = await createNodeCheckers();
  });

  it("has exercises to validate", () => {
    expect(exercises.length).toBeGreaterThan(0);
  });

  it.each(exercises.map((e) => [e.id, e] as const))(
    "%s: the solution passes every check, the starter fails, wrong variants fail for their declared reason",
    async (_id, exercise) => {
      const check = nodeCheck(checkers, { module: exercise.meta.module, tests: exercise.tests, checks: exercise.meta.checks });
      const problems = await validateExercise(check, exercise);
      expect(problems).toEqual([]);
    },
  );
});
