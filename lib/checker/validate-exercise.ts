import type { PyodideInterface } from "pyodide";
import { harnessCheck } from "./harness-api";
import { checkPassed, type CheckReport } from "./result";

/** The parts of an exercise that validation needs. */
export interface ExerciseUnderTest {
  id: string;
  module: string;
  starter: string;
  solution: string;
  tests: string;
  /** Known-wrong variants by file name; each starts with `# expect-fail: test_a, test_b`. */
  wrong: Record<string, string>;
}

const EXPECT_FAIL = /^#\s*expect-fail:\s*(.+)$/m;

function failing(report: CheckReport): string[] {
  return report.tests.filter((t) => t.outcome === "failed" || t.outcome === "error").map((t) => t.name);
}

function describe(report: CheckReport): string {
  const problems = [
    ...report.findings.filter((f) => f.severity === "essential").map((f) => `${f.code}: ${f.message}`),
    ...report.tests
      .filter((t) => t.outcome !== "passed" && t.outcome !== "skipped")
      .map((t) => `${t.name} ${t.outcome}: ${t.message.split("\n")[0] ?? ""}`),
  ];
  return problems.join("; ");
}

/** A test name matches a declared one exactly or as its parametrized family: `test_x` covers `test_x[a]`. */
function matches(declared: string, actual: string): boolean {
  return actual === declared || actual.startsWith(`${declared}[`);
}

/**
 * Proves an exercise sound: the reference solution passes everything, the
 * starter fails, and each known-wrong variant fails the tests it declares.
 * Returns the problems found; an empty list means sound.
 */
export async function validateExercise(python: PyodideInterface, exercise: ExerciseUnderTest): Promise<string[]> {
  const check = (code: string) =>
    harnessCheck(python, {
      module: exercise.module,
      code,
      tests: exercise.tests,
      testsFilename: `test_${exercise.module}.py`,
    });
  const problems: string[] = [];

  const solution = await check(exercise.solution);
  if (!checkPassed(solution)) problems.push(`solution.py does not pass: ${describe(solution)}`);

  const starter = await check(exercise.starter);
  if (checkPassed(starter)) problems.push("starter.py passes every check; it should leave work to do");

  for (const [name, code] of Object.entries(exercise.wrong)) {
    const declared = EXPECT_FAIL.exec(code)?.[1]?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
    if (declared.length === 0) {
      problems.push(`wrong/${name} must declare the tests it fails on its first line: # expect-fail: test_name`);
      continue;
    }
    const report = await check(code);
    const failed = failing(report);
    if (checkPassed(report)) problems.push(`wrong/${name} passes every check`);
    for (const test of declared) {
      if (!failed.some((actual) => matches(test, actual))) {
        problems.push(`wrong/${name} should fail ${test}, but it did not (failing: ${failed.join(", ") || "none"})`);
      }
    }
  }
  return problems;
}
