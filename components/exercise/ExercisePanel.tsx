"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { CodeEditor } from "@/components/editor/CodeEditor";
import { findingMarks, type EditorMark } from "@/components/editor/editor-marks";
import { combineChecks } from "@/lib/checker/combine-checks";
import { failedTestLines, presentReport, type PresentedReport } from "@/lib/checker/present-report";
import type { RunResult } from "@/lib/checker/result";
import { lintInBrowser } from "@/lib/lint/browser-linter";
import { getTypeChecker } from "@/lib/types/browser-type-checker";
import { PythonStopped, type PythonEvent } from "@/lib/python/client";
import { usePython, usePythonEvents } from "@/lib/python/use-python";
import { CheckResults } from "./CheckResults";
import { HintList } from "./HintList";
import { OutputPanel, type OutputChunk } from "./OutputPanel";
import { useLiveDiagnostics, type LiveChecks, type TypeCheckState } from "./use-live-diagnostics";
import { useSavedCode } from "./use-saved-code";

export interface ExercisePanelProps {
  exerciseId: string;
  title: string;
  starter: string;
  /** File name of the learner's module, shown in tracebacks. */
  filename: string;
  bundleUrl: string;
  timeoutMs: number;
  /** What Check requires beyond the tests; lint and types also run while typing. */
  checks: LiveChecks;
  hints: ReactNode[];
}

type Activity = "idle" | "running" | "checking";

const statusText = {
  booting: "Starting Python…",
  ready: "Python is ready",
  busy: "Python is running",
  failed: "Python could not start",
} as const;

const typeStateText: Record<TypeCheckState, string | null> = {
  off: null,
  checking: "Type checker: checking…",
  done: "Type checker: up to date",
  failed: "Type checker could not run",
};

function describeRunEnd(result: RunResult): OutputChunk | null {
  if (result.outcome === "error" && result.error) return { kind: "stderr", text: result.error.traceback };
  if (result.outcome === "exit") return { kind: "notice", text: `\nProgram exited with code ${result.exitCode ?? 0}.\n` };
  if (result.outcome === "interrupted") return { kind: "notice", text: "\nStopped.\n" };
  return null;
}

/** One exercise: editor, Run / Check / Stop, streamed output, hints and the check result. */
export function ExercisePanel({ exerciseId, title, starter, filename, bundleUrl, timeoutMs, checks, hints }: ExercisePanelProps) {
  const { client, status } = usePython();
  const { code, revision, update, replace, markPassed, notice } = useSavedCode(exerciseId, starter);
  const [activity, setActivityState] = useState<Activity>("idle");
  // Events are routed by the ref so the subscription never has a stale view.
  const activityRef = useRef<Activity>("idle");
  const setActivity = (next: Activity) => {
    activityRef.current = next;
    setActivityState(next);
  };
  const [output, setOutput] = useState<OutputChunk[]>([]);
  const [awaitingInput, setAwaitingInput] = useState(false);
  const [report, setReport] = useState<PresentedReport | null>(null);
  const [marks, setMarks] = useState<EditorMark[]>([]);
  // Lint and type checkers load once Python is ready or the learner edits,
  // whichever comes first, so their downloads never delay Python's start.
  const [checkersWanted, setCheckersWanted] = useState(false);
  useEffect(() => {
    if (status === "ready" || code !== starter) setCheckersWanted(true);
  }, [status, code, starter]);
  const live = useLiveDiagnostics(code, checks, checkersWanted);
  const editorMarks = useMemo(() => [...live.marks, ...marks], [live.marks, marks]);

  const append = useCallback((chunk: OutputChunk) => setOutput((chunks) => [...chunks, chunk]), []);

  const onEvent = useCallback(
    (event: PythonEvent) => {
      const current = activityRef.current;
      if (current === "idle") return;
      if (event.type === "output" && current === "running") append({ kind: event.stream, text: event.text });
      if (event.type === "input-request") setAwaitingInput(true);
      if (event.type === "restarted") append({ kind: "notice", text: `\n${event.reason}\n` });
    },
    [append],
  );
  usePythonEvents(onEvent);

  async function run() {
    setActivity("running");
    setOutput([]);
    setMarks([]);
    try {
      const result = await client.run(code, filename);
      const end = describeRunEnd(result);
      if (end) append(end);
      if (result.error?.line) {
        setMarks([{ line: result.error.line, message: `${result.error.type}: ${result.error.message}`, severity: "error" }]);
      }
    } catch (error) {
      if (!(error instanceof PythonStopped)) append({ kind: "stderr", text: `\n${(error as Error).message}\n` });
    } finally {
      setAwaitingInput(false);
      setActivity("idle");
    }
  }

  async function check() {
    setActivity("checking");
    setReport(null);
    setMarks([]);
    const started = performance.now();
    try {
      const result = await combineChecks({
        tests: () => client.check(code, bundleUrl, timeoutMs),
        lint: () => lintInBrowser(code, checks.lint),
        types: checks.types ? () => getTypeChecker().check(code) : undefined,
      });
      performance.measure("lab:check", { start: started });
      const presented = presentReport(result);
      setReport(presented);
      // Lint and type marks are already live in the editor; add what only Check knows.
      setMarks([
        ...findingMarks(result.findings.filter((f) => f.source === "harness" || f.source === "structure")),
        ...failedTestLines(result).map((mark) => ({ ...mark, severity: "error" as const })),
      ]);
      if (presented.passed) markPassed(code);
    } catch (error) {
      setOutput([{ kind: "stderr", text: `Check did not finish: ${(error as Error).message}\n` }]);
    } finally {
      setActivity("idle");
    }
  }

  function sendInput(line: string) {
    setAwaitingInput(false);
    append({ kind: "input", text: `${line}\n` });
    client.sendInput(line);
  }

  function reset() {
    if (window.confirm("Replace your code with the starting code?")) replace(starter);
  }

  const busy = activity !== "idle";
  const canStart = !busy && status !== "failed";

  return (
    <section
      aria-labelledby={`exercise-${exerciseId}`}
      className="not-prose my-8 rounded-xl border border-slate-300 p-4 dark:border-slate-700"
      data-exercise={exerciseId}
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h3 id={`exercise-${exerciseId}`} className="text-lg font-semibold">
          Exercise: {title}
        </h3>
        <span role="status" className="text-sm text-slate-600 dark:text-slate-400" data-testid="python-status" data-status={status}>
          {statusText[status]}
        </span>
      </div>
      {typeStateText[live.typeState] && (
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="type-status" data-state={live.typeState}>
          {typeStateText[live.typeState]}
        </p>
      )}
      {notice && <p className="mb-2 rounded bg-amber-50 p-2 text-sm dark:bg-amber-950/40">{notice}</p>}
      <CodeEditor value={code} revision={revision} onChange={update} marks={editorMarks} label={`Code for ${title}`} path={`exercises/${exerciseId}/${filename}`} />
      <div className="my-3 flex flex-wrap gap-2" role="toolbar" aria-label="Exercise actions">
        <button type="button" onClick={run} disabled={!canStart} className="rounded bg-sky-700 px-4 py-1.5 font-medium text-white disabled:opacity-50">
          {activity === "running" ? "Running…" : "Run"}
        </button>
        <button type="button" onClick={check} disabled={!canStart} className="rounded bg-emerald-700 px-4 py-1.5 font-medium text-white disabled:opacity-50">
          {activity === "checking" ? "Checking…" : "Check"}
        </button>
        <button type="button" onClick={() => client.stop()} disabled={!busy} className="rounded bg-red-700 px-4 py-1.5 font-medium text-white disabled:opacity-50">
          Stop
        </button>
        <button type="button" onClick={reset} disabled={busy} className="ml-auto rounded border border-slate-400 px-3 py-1.5 text-sm disabled:opacity-50">
          Reset code
        </button>
      </div>
      <OutputPanel chunks={output} awaitingInput={awaitingInput} onInput={sendInput} />
      {report && (
        <div className="mt-3">
          <CheckResults report={report} />
        </div>
      )}
      <HintList hints={hints} />
    </section>
  );
}
