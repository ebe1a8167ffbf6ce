import { describe, expect, it } from "vitest";
import { typeFindings, type LspDiagnostic } from "./type-findings";

const at = (line: number, character = 0): LspDiagnostic["range"] => ({
  start: { line, character },
  end: { line, character: character + 1 },
});

describe("typeFindings", () => {
  it("turns an LSP error into an essential finding on the 1-based line", () => {
    const diagnostic: LspDiagnostic = {
      range: at(4, 9),
      severity: 1,
      code: "reportAssignmentType",
      message: 'Type "Literal[\'a\']" is not assignable to declared type "int"',
    };
    expect(typeFindings([diagnostic])).toEqual([
      {
        source: "types",
        code: "reportAssignmentType",
        severity: "essential",
        message: diagnostic.message,
        line: 5,
        link: "/learn/type-safety/annotations",
      },
    ]);
  });

  it("makes warnings and information informative, and drops editor hints", () => {
    const findings = typeFindings([
      { range: at(0), severity: 2, code: "reportDeprecated", message: "w" },
      { range: at(1), severity: 3, code: "reportMissingModuleSource", message: "i" },
      { range: at(2), severity: 4, message: '"x" is not accessed' },
    ]);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ["reportDeprecated", "informative"],
      ["reportMissingModuleSource", "informative"],
    ]);
  });

  it("names diagnostics without a rule type-error, and treats a missing severity as an error", () => {
    const [finding] = typeFindings([{ range: at(0), message: "Expected expression" }]);
    expect(finding).toMatchObject({ code: "type-error", severity: "essential" });
  });

  it("orders findings by position, whatever order the checker sent them in", () => {
    const findings = typeFindings([
      { range: at(3, 2), severity: 1, code: "b", message: "" },
      { range: at(0, 5), severity: 1, code: "a", message: "" },
      { range: at(3, 0), severity: 1, code: "c", message: "" },
    ]);
    expect(findings.map((f) => f.code)).toEqual(["a", "c", "b"]);
  });
});
