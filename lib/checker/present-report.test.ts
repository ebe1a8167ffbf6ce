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
