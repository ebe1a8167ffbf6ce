import { checkPassed, type CheckReport, type Finding, type TestResult } from "./result";

export type ReportItem = { kind: "finding"; finding: Finding } | { kind: "test"; test: TestResult };

export type GroupName = "Your code" | "Tests" | "Code structure" | "Lint" | "Types";

export interface ReportGroup {
  name: GroupName;
  /** The group's items, the first thing to fix first. */
  items: ReportItem[];
}

export interface PresentedReport {
  passed: boolean;
  /** One line for the top of the panel. */
  headline: string;
  /** What to fix first, if anything must be fixed. */
  first: ReportItem | null;
  /** Everything, the first thing to fix first. */
  items: ReportItem[];
  /** The same items by checker, the group holding the first thing to fix first. */
  groups: ReportGroup[];
}

const groupOfSource: Record<Finding["source"], GroupName> = {
  harness: "Your code",
  structure: "Code structure",
  lint: "Lint",
  types: "Types",
};

function groupOf(item: ReportItem): GroupName {
  return item.kind === "test" ? "Tests" : groupOfSource[item.finding.source];
}

function mustFix(item: ReportItem): boolean {
  return item.kind === "test"
    ? item.test.outcome === "failed" || item.test.outcome === "error"
    : item.finding.severity === "essential";
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
  const total = report.tests.length;
  const passing = report.tests.filter((t) => t.outcome === "passed").length;
  const essentials = report.findings.filter((f) => f.severity === "essential").length;
  let headline: string;
  const all = total === 1 ? "The test" : `All ${total} tests`;
  if (passed) headline = `${all} passed. Well done!`;
  else if (essentials > 0 && passing === 0) headline = "Your code needs fixing before the tests can pass.";
  else if (passing === total && total > 0) {
    headline = `${all} passed, but ${essentials === 1 ? "one required check did" : `${essentials} required checks did`} not.`;
  } else headline = `${passing} of ${total} tests passed.`;

  const groups: ReportGroup[] = [];
  for (const item of items) {
    const name = groupOf(item);
    const group = groups.find((g) => g.name === name);
    if (group) group.items.push(item);
    else groups.push({ name, items: [item] });
  }
  return { passed, headline, first: items.find(mustFix) ?? null, items, groups };
}

/** The learner-code lines where tests failed, for editor marks. */
export function failedTestLines(report: CheckReport): { line: number; message: string }[] {
  return report.tests
    .filter((t) => t.line !== null && (t.outcome === "failed" || t.outcome === "error"))
    .map((t) => ({ line: t.line as number, message: `${t.name}: ${t.message.split("\n")[0]}` }));
}
