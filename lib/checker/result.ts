// zod/mini keeps the page and worker bundles small; the API differs only in modifiers.
import * as z from "zod/mini";

/**
 * The checker's result format. The Python harness produces the test and harness
 * parts; lint and type checkers add findings of their own sources, so one report
 * carries everything a learner needs to see after Check.
 */

/** How much a finding matters to the learner. */
export const severitySchema = z.enum([
  /** Blocks the pass: must be fixed. */
  "essential",
  /** Worth fixing now; does not block. */
  "actionable",
  /** Good to know. */
  "informative",
]);
export type Severity = z.infer<typeof severitySchema>;

export const testOutcomeSchema = z.enum(["passed", "failed", "error", "skipped", "not-run"]);
export type TestOutcome = z.infer<typeof testOutcomeSchema>;

export const testResultSchema = z.object({
  /** Test name as collected, with parametrize ids: `test_order[3 urls]`. */
  name: z.string(),
  outcome: testOutcomeSchema,
  /** For failures: the assertion with the compared values, or the error. */
  message: z.string(),
  durationMs: z.number(),
  /** Line in the learner's code where the failure happened, if it happened there. */
  line: z.nullable(z.int()),
  /** What the test printed. */
  output: z.string(),
});
export type TestResult = z.infer<typeof testResultSchema>;

export const findingSchema = z.object({
  /** Which checker produced it. */
  source: z.enum(["harness", "lint", "structure", "types"]),
  /** Stable code: a Ruff rule (`E722`), a structural rule id, or a harness code (`load-error`). */
  code: z.string(),
  severity: severitySchema,
  message: z.string(),
  line: z.nullable(z.int()),
  /** Where to learn more: a lesson path. */
  link: z.optional(z.string()),
});
export type Finding = z.infer<typeof findingSchema>;

export const checkReportSchema = z.object({
  tests: z.array(testResultSchema),
  findings: z.array(findingSchema),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

export const runErrorSchema = z.object({
  type: z.string(),
  message: z.string(),
  line: z.nullable(z.int()),
  traceback: z.string(),
});
export type RunError = z.infer<typeof runErrorSchema>;

export const runResultSchema = z.object({
  outcome: z.enum(["ok", "error", "exit", "interrupted"]),
  error: z.nullable(runErrorSchema),
  exitCode: z.nullable(z.int()),
});
export type RunResult = z.infer<typeof runResultSchema>;

/** A check passes when every test passed and nothing essential was found. */
export function checkPassed(report: CheckReport): boolean {
  return (
    report.tests.length > 0 &&
    report.tests.every((t) => t.outcome === "passed" || t.outcome === "skipped") &&
    !report.findings.some((f) => f.severity === "essential")
  );
}
