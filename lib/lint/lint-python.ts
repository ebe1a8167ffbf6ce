import type { Diagnostic } from "@astral-sh/ruff-wasm-web";
import type { Finding, Severity } from "../checker/result";
import { LINT_RULES, LINT_SELECT, SYNTAX_ERROR_CODE } from "./lint-rules";

/**
 * Turns Ruff's diagnostics into checker findings. Knows nothing about where Ruff
 * runs: the Node and browser builds are wrapped by ruff-node.ts and
 * ruff-browser.ts, both through {@link ruffLinter}.
 */

/**
 * The parts of a Ruff diagnostic the platform reads. Rows and columns are 1-based;
 * columns count UTF-16 units, as JavaScript strings and Monaco do, because both
 * linters build their Workspace with `PositionEncoding.Utf16`.
 */
export type RuffDiagnostic = Pick<Diagnostic, "code" | "message" | "start_location" | "end_location" | "fix">;

/** A typed view of a Ruff `Workspace` built with {@link ruffSettings}. */
export interface RuffLinter {
  check(code: string): RuffDiagnostic[];
}

/** The Workspace method {@link ruffLinter} needs; both Ruff builds declare it returning `any`. */
export interface RuffWorkspace {
  check(contents: string): unknown;
}

/** Settings for `new Workspace(settings, PositionEncoding.Utf16)`, in Ruff's configuration keys. */
export interface RuffSettings {
  "line-length": number;
  "target-version": string;
  lint: { select: string[] };
}

/** How Ruff should lint learner code. */
export function ruffSettings(): RuffSettings {
  return {
    "line-length": 100,
    // The lowest Python the curriculum supports, so Ruff also flags syntax newer than it.
    "target-version": "py312",
    lint: { select: [...LINT_SELECT] },
  };
}

/**
 * Wraps a Workspace so learner code cannot switch a rule off: `# noqa` and
 * `# ruff: disable[...]` comments are defused before Ruff reads the code.
 */
export function ruffLinter(workspace: RuffWorkspace): RuffLinter {
  return {
    // The cast is the trust boundary: the Workspace was built by Ruff's own
    // bindings, whose .d.ts describes what `check` returns.
    check: (code) => workspace.check(withoutSuppressions(code)) as RuffDiagnostic[],
  };
}

/**
 * Rewrites Ruff's suppression comments to same-length words Ruff ignores, so
 * every line and column still points at the learner's own code. A string
 * containing "noqa" changes too, which no selected rule cares about.
 */
export function withoutSuppressions(code: string): string {
  return code.replace(/noqa/gi, "xxxx").replace(/(ruff\s*:\s*)disable/gi, "$1xxxxxxx");
}

/** What decides how much a lint finding matters. */
export interface LintOptions {
  /**
   * Rules that must be clean for Check to pass, from the exercise's metadata.
   * A prefix counts, as in Ruff's own selectors: "ANN" covers ANN001 and ANN201.
   */
  required: string[];
}

/** Findings for the learner, in the order their lines appear in the code. */
export function lintFindings(diagnostics: RuffDiagnostic[], options: LintOptions): Finding[] {
  return [...diagnostics].sort(byPosition).map((diagnostic) => toFinding(diagnostic, options.required));
}

function byPosition(a: RuffDiagnostic, b: RuffDiagnostic): number {
  return a.start_location.row - b.start_location.row || a.start_location.column - b.start_location.column;
}

function toFinding(diagnostic: RuffDiagnostic, required: string[]): Finding {
  // Ruff gives every rule's diagnostic its code; only syntax errors lack one,
  // and 0.16 already sends their id instead, but the .d.ts still allows null.
  const code = diagnostic.code ?? SYNTAX_ERROR_CODE;
  const line = diagnostic.start_location.row;
  if (code === SYNTAX_ERROR_CODE) {
    // Ruff's own wording is precise about what the parser expected; no table can beat it.
    return { source: "lint", code, severity: "essential", message: `Syntax error: ${diagnostic.message}`, line };
  }
  const rule = LINT_RULES[code];
  const severity = severityOf(code, rule !== undefined, required);
  if (rule === undefined) {
    return { source: "lint", code, severity, message: `${diagnostic.message} (Ruff ${code})`, line };
  }
  return { source: "lint", code, severity, message: rule.message, line, link: rule.link };
}

function severityOf(code: string, isAntiPattern: boolean, required: string[]): Severity {
  if (required.some((prefix) => code.startsWith(prefix))) return "essential";
  return isAntiPattern ? "actionable" : "informative";
}
