// zod/mini keeps the page bundle small, as in lib/checker/result.ts.
import * as z from "zod/mini";
import type { Finding } from "@/lib/checker/result";

/**
 * Turns basedpyright diagnostics into checker findings. The browser client and
 * the Node runner both end here, so a learner sees in the page exactly what the
 * content validator saw.
 */

/** Where type findings send the learner to read up. */
export const TYPES_LESSON_LINK = "/learn/type-safety/annotations";

const lspPositionSchema = z.object({ line: z.int(), character: z.int() });

/**
 * The part of an LSP `Diagnostic` the checker reads; a schema because it
 * arrives from a worker. Declared here rather than imported because
 * vscode-languageserver-types is only a transitive dependency.
 */
export const lspDiagnosticSchema = z.object({
  /** Zero-based, as LSP counts. */
  range: z.object({ start: lspPositionSchema, end: lspPositionSchema }),
  /** 1 error, 2 warning, 3 information, 4 hint. */
  severity: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
  /** The pyright rule, such as `reportUnknownParameterType`. */
  code: z.optional(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type LspDiagnostic = z.infer<typeof lspDiagnosticSchema>;

/**
 * The pyrightconfig.json every type check uses, in the browser and in Node.
 *
 * "strict", not basedpyright's "all" (nor its default "recommended"): strict is
 * the rule set pyright users and mypy `--strict` users know (no unknown or
 * missing annotations, no implicit Any), while "all" adds basedpyright's own
 * opinions (`reportAny`, `reportImplicitOverride`, `reportUnusedCallResult`…)
 * that no lesson teaches and that would fail seed code a senior reviewer accepts.
 */
export const STRICT_CONFIG = {
  typeCheckingMode: "strict",
  // The Python that runs learner code: Pyodide's (see pyodide-lock.json).
  pythonVersion: "3.14",
  // Pyodide reports sys.platform "emscripten", which pyright does not model;
  // "All" assumes no platform, and pins what a host OS would otherwise choose.
  pythonPlatform: "All",
} as const;

/**
 * Maps diagnostics to findings: errors block the check (typing exercises need
 * zero errors in strict mode), warnings and information only inform.
 * Hints are dropped: they are editor shading for unused or unreachable code,
 * which strict mode already reports as errors, and the CLI never emits them.
 */
export function typeFindings(diagnostics: readonly LspDiagnostic[]): Finding[] {
  return diagnostics
    .filter((d) => d.severity !== 4)
    .toSorted((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((d) => ({
      source: "types",
      code: d.code === undefined || d.code === "" ? "type-error" : String(d.code),
      // LSP leaves a missing severity to the client; an unknown problem blocks.
      severity: d.severity === undefined || d.severity === 1 ? "essential" : "informative",
      message: d.message,
      line: d.range.start.line + 1,
      link: TYPES_LESSON_LINK,
    }));
}
