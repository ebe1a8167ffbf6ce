import { describe, expect, it } from "vitest";
import { combineChecks } from "./combine-checks";
import type { CheckReport, Finding } from "./result";

const finding = (source: Finding["source"], code: string, severity: Finding["severity"] = "essential"): Finding => ({
  source,
  code,
  severity,
  message: code,
  line: 1,
});
const passingTests: CheckReport = {
  tests: [{ name: "test_a", outcome: "passed", message: "", durationMs: 1, line: null, output: "" }],
  findings: [],
};

describe("combineChecks", () => {
  it("merges tests, lint and type findings into one report", async () => {
    const report = await combineChecks({
      tests: async () => passingTests,
      lint: async () => [finding("lint", "E722")],
      types: async () => [finding("types", "reportAssignmentType")],
    });
    expect(report.tests).toEqual(passingTests.tests);
    expect(report.findings.map((f) => f.code)).toEqual(["E722", "reportAssignmentType"]);
  });

  it("runs no type check when the exercise does not ask for one", async () => {
    const report = await combineChecks({ tests: async () => passingTests, lint: async () => [] });
    expect(report.findings).toEqual([]);
  });

  it("reports a syntax error once, in the harness's words, without type-checker echoes", async () => {
    const report = await combineChecks({
      tests: async () => ({ tests: [], findings: [finding("harness", "syntax-error")] }),
      lint: async () => [finding("lint", "invalid-syntax"), finding("lint", "E722", "actionable")],
      types: async () => [finding("types", "type-error")],
    });
    expect(report.findings.map((f) => f.code)).toEqual(["syntax-error", "E722"]);
  });

  it("keeps Ruff's syntax error when only Ruff saw one, and still drops type findings", async () => {
    const report = await combineChecks({
      tests: async () => passingTests,
      lint: async () => [finding("lint", "invalid-syntax")],
      types: async () => [finding("types", "type-error")],
    });
    expect(report.findings.map((f) => f.code)).toEqual(["invalid-syntax"]);
  });
});
