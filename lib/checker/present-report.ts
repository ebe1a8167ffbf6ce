import { checkPassed, type CheckReport, type Finding, type TestResult } from "./result";

export type ReportItem = { kind: "finding"; finding: Finding } | { kind: "test"; test: TestResult };

export interface PresentedReport {
  passed: boolean;
  /** One line for the top of the panel. */
  headline: string;
  /** Everything, the first thing to fix first. */
  items: ReportItem[];
}

// A reviewer's order, one clear thing at a time: code that cannot load, then
// failing behaviour, then the required shape, lint and types, then advice.
const testRank: Record<TestResult["outcome"], number> = {
  failed: 1,
  error: 1,
  "not-run": 3,
  skipped: 5,
  passed: 5,
};
const essentialRank: Record<Finding["source"], number> = { harness: 0, structure: 2, lint: 2, types: 2 };

function rank(item: ReportItem): number {
  if (item.kind === "test") return testRank[item.test.outcome];
  const { finding } = item;
  if (finding.severity === "essential") return essentialRank[finding.source];
  return finding.severity === "actionable" ? 4 : 6;
}

/** Orders a check report the way a reviewer would talk through it. */
export function presentReport(report: CheckReport): PresentedReport {
  const items: ReportItem[] = [
    ...report.findings.map((finding) => ({ kind: "finding" as const, finding })),
    ...report.tests.map((test) => ({ kind: "test" as const, test })),
  ];
  // Array.prototype.sort is stable, so authored order survives within a rank.
  items.sort((a, b) => rank(a) - rank(b));
  const passed = checkPassed(report);
  const passing = report.tests.filter((t) => t.outcome === "passed").length;
  const essentials = report.findings.filter((f) => f.severity === "essential").length;
  let headline: string;
  if (passed) headline = `All ${report.tests.length} tests passed. Well done!`;
  else if (essentials > 0 && passing === 0) headline = "Your code needs fixing before the tests can pass.";
  else headline = `${passing} of ${report.tests.length} tests passed.`;
  return { passed, headline, items };
}

/** The learner-code lines where tests failed, for editor marks. */
export function failedTestLines(report: CheckReport): { line: number; message: string }[] {
  return report.tests
    .filter((t) => t.line !== null && (t.outcome === "failed" || t.outcome === "error"))
    .map((t) => ({ line: t.line as number, message: `${t.name}: ${t.message.split("\n")[0]}` }));
}
