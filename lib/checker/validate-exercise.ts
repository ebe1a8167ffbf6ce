import { checkPassed, type CheckReport } from "./result";

/** The code variants of an exercise that validation runs. */
export interface ExerciseVariants {
  starter: string;
  solution: string;
  /**
   * Known-wrong variants by file name. Each declares on its first line what
   * must fail: `# expect-fail: test_name, E722, no-await-in-loop` — test names,
   * or codes of essential findings (Ruff rules, structural rules, type rules).
   */
  wrong: Record<string, string>;
}

const EXPECT_FAIL = /^#\s*expect-fail:\s*(.+)$/m;

/** What failed in a report: failing test names and the codes of essential findings. */
function failures(report: CheckReport): string[] {
  return [
    ...report.tests.filter((t) => t.outcome === "failed" || t.outcome === "error").map((t) => t.name),
    ...report.findings.filter((f) => f.severity === "essential").map((f) => f.code),
  ];
}

function describe(report: CheckReport): string {
  const problems = [
    ...report.findings.filter((f) => f.severity === "essential").map((f) => `${f.code} (line ${f.line ?? "-"}): ${f.message}`),
    ...report.tests
      .filter((t) => t.outcome !== "passed" && t.outcome !== "skipped")
      .map((t) => `${t.name} ${t.outcome}: ${t.message.split("\n")[0] ?? ""}`),
  ];
  return problems.join("; ");
}

/** A declared name matches exactly or as its parametrized family: `test_x` covers `test_x[a]`. */
function matches(declared: string, actual: string): boolean {
  return actual === declared || actual.startsWith(`${declared}[`);
}

/**
 * Proves an exercise sound with its full Check: the reference solution passes
 * everything, the starter fails, and each known-wrong variant fails for the
 * reasons it declares. Returns the problems found; an empty list means sound.
 */
export async function validateExercise(
  check: (code: string) => Promise<CheckReport>,
  exercise: ExerciseVariants,
): Promise<string[]> {
  const problems: string[] = [];

  const solution = await check(exercise.solution);
  if (!checkPassed(solution)) problems.push(`solution.py does not pass: ${describe(solution)}`);
  const advice = solution.findings.filter((f) => f.source === "lint" || f.source === "types");
  if (advice.length > 0) {
    problems.push(`solution.py should be free of lint and type findings, but has: ${advice.map((f) => `${f.code} (line ${f.line ?? "-"})`).join(", ")}`);
  }

  const starter = await check(exercise.starter);
  if (checkPassed(starter)) problems.push("starter.py passes every check; it should leave work to do");

  for (const [name, code] of Object.entries(exercise.wrong)) {
    const declared = EXPECT_FAIL.exec(code)?.[1]?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
    if (declared.length === 0) {
      problems.push(`wrong/${name} must declare what it fails on its first line: # expect-fail: test_name or rule code`);
      continue;
    }
    const report = await check(code);
    const failed = failures(report);
    if (checkPassed(report)) problems.push(`wrong/${name} passes every check`);
    for (const reason of declared) {
      if (!failed.some((actual) => matches(reason, actual))) {
        problems.push(`wrong/${name} should fail ${reason}, but it did not (failing: ${failed.join(", ") || "nothing"})`);
      }
    }
  }
  return problems;
}
