import type { PyodideInterface } from "pyodide";
import type { ExerciseChecks } from "@/lib/content/schema";
import { lintFindings, type RuffLinter } from "@/lib/lint/lint-python";
import { createNodeLinter } from "@/lib/lint/ruff-node";
import { typeCheckInNode } from "@/lib/types/node-type-check";
import { testsFilenameFor } from "./check-bundle";
import { combineChecks } from "./combine-checks";
import { harnessCheck } from "./harness-api";
import { bootNodePython } from "./node-python";
import type { CheckReport } from "./result";

/** Everything a Check needs under Node: the same harness, Ruff and basedpyright the browser uses. */
export interface NodeCheckers {
  python: PyodideInterface;
  linter: RuffLinter;
}

export async function createNodeCheckers(): Promise<NodeCheckers> {
  const [python, linter] = await Promise.all([bootNodePython(), createNodeLinter()]);
  return { python, linter };
}

/** What Node needs to know of an exercise to check code against it. */
export interface CheckableExercise {
  module: string;
  tests: string;
  checks: ExerciseChecks;
}

/** Returns a function that runs the exercise's full Check — tests, structure, lint, types — on code. */
export function nodeCheck(checkers: NodeCheckers, exercise: CheckableExercise): (code: string) => Promise<CheckReport> {
  return (code) =>
    combineChecks({
      tests: () =>
        harnessCheck(checkers.python, {
          module: exercise.module,
          code,
          tests: exercise.tests,
          testsFilename: testsFilenameFor(exercise.module),
          structure: exercise.checks.structure,
        }),
      lint: async () => lintFindings(checkers.linter.check(code), { required: exercise.checks.lint }),
      types: exercise.checks.types ? () => typeCheckInNode(code) : undefined,
    });
}
