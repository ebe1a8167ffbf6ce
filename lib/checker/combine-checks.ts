import { SYNTAX_ERROR_CODE } from "@/lib/lint/lint-rules";
import type { CheckReport, Finding } from "./result";

/** The checkers behind one Check, each run on the same code. */
export interface CheckParts {
  /** Hidden tests and structural rules, run by the harness. */
  tests: () => Promise<CheckReport>;
  /** Ruff findings, with the exercise's required rules already essential. */
  lint: () => Promise<Finding[]>;
  /** Strict type findings, for exercises that require them. */
  types?: () => Promise<Finding[]>;
}

const HARNESS_SYNTAX_ERROR = "syntax-error";

/**
 * Runs every checker at once and merges their findings into one report. A
 * syntax error is reported once, by the harness in Python's own words, and
 * the type checker's echo of it is dropped, so the learner sees one thing to
 * fix first.
 */
export async function combineChecks(parts: CheckParts): Promise<CheckReport> {
  const [report, lint, types] = await Promise.all([
    parts.tests(),
    parts.lint(),
    parts.types ? parts.types() : Promise.resolve([]),
  ]);
  const harnessSawSyntaxError = report.findings.some((f) => f.code === HARNESS_SYNTAX_ERROR);
  const syntaxBroken = harnessSawSyntaxError || lint.some((f) => f.code === SYNTAX_ERROR_CODE);
  const lintKept = harnessSawSyntaxError ? lint.filter((f) => f.code !== SYNTAX_ERROR_CODE) : lint;
  return {
    tests: report.tests,
    findings: [...report.findings, ...lintKept, ...(syntaxBroken ? [] : types)],
  };
}
