import type { PresentedReport, ReportGroup, ReportItem } from "@/lib/checker/present-report";

const outcomeLabel = {
  passed: { icon: "✓", text: "passed", className: "text-emerald-700 dark:text-emerald-400" },
  failed: { icon: "✗", text: "failed", className: "text-red-700 dark:text-red-400" },
  error: { icon: "✗", text: "error", className: "text-red-700 dark:text-red-400" },
  skipped: { icon: "–", text: "skipped", className: "text-slate-500" },
  "not-run": { icon: "–", text: "not run", className: "text-slate-500" },
} as const;

const severityLabel = {
  essential: { text: "Must fix", className: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" },
  actionable: { text: "Worth fixing", className: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200" },
  informative: { text: "Note", className: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200" },
} as const;

/** Findings quote code between backticks, as Markdown does; show it as code. */
function WithCode({ text }: { text: string }) {
  return (
    <>
      {text.split("`").map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Item({ item }: { item: ReportItem }) {
  if (item.kind === "finding") {
    const { finding } = item;
    const label = severityLabel[finding.severity];
    return (
      <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700" data-finding={finding.code}>
        <span className={`mr-2 rounded px-1.5 py-0.5 text-xs font-semibold ${label.className}`}>{label.text}</span>
        {finding.line !== null && <span className="mr-2 text-sm text-slate-500">line {finding.line}</span>}
        <span className="whitespace-pre-wrap">
          <WithCode text={finding.message} />
        </span>
        {finding.link && (
          <a href={finding.link} className="ml-2 text-sm text-sky-700 underline dark:text-sky-400">
            Learn why
          </a>
        )}
      </li>
    );
  }
  const { test } = item;
  const label = outcomeLabel[test.outcome];
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700" data-test-outcome={test.outcome}>
      <span className={`font-semibold ${label.className}`}>
        <span aria-hidden="true">{label.icon}</span> {test.name}
      </span>{" "}
      <span className="text-sm text-slate-500">
        {label.text}
        {test.line !== null && test.outcome !== "passed" ? `, line ${test.line}` : ""}
      </span>
      {test.message && test.outcome !== "passed" && (
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 p-2 font-mono text-[12.5px] dark:bg-slate-900">
          {test.message}
        </pre>
      )}
      {test.output && test.outcome !== "passed" && (
        <details className="mt-1 text-sm">
          <summary>What the test printed</summary>
          <pre className="whitespace-pre-wrap font-mono text-[12.5px]">{test.output}</pre>
        </details>
      )}
    </li>
  );
}

const isPassedTest = (item: ReportItem) => item.kind === "test" && item.test.outcome === "passed";

function Group({ group, first }: { group: ReportGroup; first: ReportItem | null }) {
  // The first thing to fix is shown on its own above the groups; passed tests fold away.
  const open = group.items.filter((item) => item !== first && !isPassedTest(item));
  const passed = group.items.filter(isPassedTest);
  if (open.length === 0 && passed.length === 0) return null;
  return (
    <section aria-label={group.name} className="mt-3" data-group={group.name}>
      <h4 className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{group.name}</h4>
      <ul className="mt-1 space-y-2 empty:hidden">
        {open.map((item, i) => (
          <Item key={i} item={item} />
        ))}
      </ul>
      {passed.length > 0 && (
        <details className="mt-2 text-sm">
          <summary>
            {passed.length} passed {passed.length === 1 ? "test" : "tests"}
          </summary>
          <ul className="mt-2 space-y-2">
            {passed.map((item, i) => (
              <Item key={i} item={item} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The Check result: a headline, what to fix first, then every finding and test by checker. */
export function CheckResults({ report }: { report: PresentedReport }) {
  return (
    <section aria-label="Check results" data-testid="check-results" data-passed={report.passed}>
      <p
        role="status"
        className={`rounded-md px-3 py-2 font-semibold ${
          report.passed
            ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200"
            : "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200"
        }`}
      >
        {report.headline}
      </p>
      {report.first && (
        <div className="mt-3" data-testid="fix-first">
          <h4 className="text-sm font-semibold">Fix this first</h4>
          <ul className="mt-1">
            <Item item={report.first} />
          </ul>
        </div>
      )}
      {report.groups.map((group) => (
        <Group key={group.name} group={group} first={report.first} />
      ))}
    </section>
  );
}
