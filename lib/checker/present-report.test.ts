import { describe, expect, it } from "vitest";
import { failedTestLines, presentReport } from "./present-report";
import type { CheckReport, TestResult } from "./result";

const test = (name: string, outcome: TestResult["outcome"], line: number | null = null): TestResult => ({
  name,
  outcome,
  message: outcome === "passed" ? "" : `assert 1 == 2\nmore detail`,
  durationMs: 1,
  line,
  output: "",
});

describe("presentReport", () => {
  it("puts essential findings first, then failures, then passes, then informative notes", () => {
    const report: CheckReport = {
      tests: [test("test_a", "passed"), test("test_b", "failed"), test("test_c", "not-run")],
      findings: [
        { source: "harness", code: "learner-tests-ignored", severity: "informative", message: "i", line: null },
        { source: "harness", code: "load-error", severity: "essential", message: "e", line: 3 },
      ],
    };
    const order = presentReport(report).items.map((item) =>
      item.kind === "finding" ? item.finding.code : item.test.name,
    );
    expect(order).toEqual(["load-error", "test_b", "test_c", "test_a", "learner-tests-ignored"]);
  });

  it("passes only when every test passed and nothing essential was found", () => {
    const clean: CheckReport = { tests: [test("t1", "passed"), test("t2", "passed")], findings: [] };
    expect(presentReport(clean)).toMatchObject({ passed: true, headline: "All 2 tests passed. Well done!" });
    const essential: CheckReport = {
      ...clean,
      findings: [{ source: "lint", code: "E722", severity: "essential", message: "bare except", line: 4 }],
    };
    expect(presentReport(essential).passed).toBe(false);
    expect(presentReport({ tests: [], findings: [] }).passed).toBe(false);
  });

  it("groups items by checker, the group with the first thing to fix first, and names that thing", () => {
    const report: CheckReport = {
      tests: [test("test_ok", "passed")],
      findings: [
        { source: "lint", code: "E722", severity: "essential", message: "bare except", line: 4 },
        { source: "lint", code: "ANN201", severity: "actionable", message: "annotate", line: 2 },
        { source: "types", code: "reportAny", severity: "informative", message: "any", line: 1 },
      ],
    };
    const presented = presentReport(report);
    expect(presented.groups.map((g) => [g.name, g.items.length])).toEqual([
      ["Lint", 2],
      ["Tests", 1],
      ["Types", 1],
    ]);
    expect(presented.first).toMatchObject({ kind: "finding", finding: { code: "E722" } });
    expect(presented.headline).toBe("The test passed, but one required check did not.");
  });

  it("has nothing to fix first when the check passed", () => {
    expect(presentReport({ tests: [test("t", "passed")], findings: [] }).first).toBeNull();
  });

  it("counts passing tests in the headline", () => {
    const report: CheckReport = { tests: [test("t1", "passed"), test("t2", "failed")], findings: [] };
    expect(presentReport(report).headline).toBe("1 of 2 tests passed.");
  });
});

describe("failedTestLines", () => {
  it("marks lines of failing tests, not of passing tests", () => {
    const report: CheckReport = {
      tests: [test("t1", "passed", 5), test("t2", "error", 7), test("t3", "failed")],
      findings: [],
    };
    expect(failedTestLines(report)).toEqual([{ line: 7, message: "t2: assert 1 == 2" }]);
  });
});
