"use client";

import { useEffect, useMemo, useState } from "react";
import { findingMarks, type EditorMark } from "@/components/editor/editor-marks";
import type { Finding } from "@/lib/checker/result";
import { lintInBrowser } from "@/lib/lint/browser-linter";
import { getTypeChecker } from "@/lib/types/browser-type-checker";

const LINT_DELAY_MS = 250;
const TYPES_DELAY_MS = 700;

/** What an exercise checks beyond its tests, as the page knows it. */
export interface LiveChecks {
  /** Ruff rules that must be clean for Check to pass. */
  lint: string[];
  /** Whether strict type checking applies. */
  types: boolean;
}

export type TypeCheckState = "off" | "checking" | "done" | "failed";

/** Runs `task` after `delayMs` of quiet, dropping results that arrive after a newer edit. */
function useDebounced<T>(key: string, delayMs: number, enabled: boolean, task: (key: string) => Promise<T>, onResult: (value: T) => void, onError: (error: unknown) => void) {
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = setTimeout(() => {
      task(key).then(
        (value) => current && onResult(value),
        (error: unknown) => current && onError(error),
      );
    }, delayMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The task and handlers belong to one exercise and never change meaning;
    // only a new key (the code) should start another run.
  }, [key, delayMs, enabled]);
}

/**
 * Lint (Ruff) and, where the exercise asks, strict type checks while the
 * learner types, as editor marks. Both run off the critical path: Ruff on a
 * short debounce, basedpyright in its own workers on a longer one.
 */
export function useLiveDiagnostics(
  code: string,
  checks: LiveChecks,
  /** False until the checkers may load: their downloads should not slow Python's start. */
  enabled: boolean,
): { marks: EditorMark[]; typeState: TypeCheckState } {
  const [lint, setLint] = useState<Finding[]>([]);
  const [types, setTypes] = useState<Finding[]>([]);
  const [typeState, setTypeState] = useState<TypeCheckState>(checks.types ? "checking" : "off");

  useDebounced(
    code,
    LINT_DELAY_MS,
    enabled,
    (text) => lintInBrowser(text, checks.lint),
    setLint,
    () => setLint([]),
  );

  useDebounced(
    code,
    TYPES_DELAY_MS,
    enabled && checks.types,
    async (text) => {
      setTypeState("checking");
      const started = performance.now();
      const findings = await getTypeChecker().check(text);
      // Read by the benchmark: the first one includes booting the type checker.
      performance.measure("lab:types", { start: started });
      return findings;
    },
    (findings) => {
      setTypes(findings);
      setTypeState("done");
    },
    () => setTypeState("failed"),
  );

  const marks = useMemo(() => [...findingMarks(lint), ...findingMarks(types)], [lint, types]);
  return { marks, typeState };
}
