"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { loadProgress, saveExercise } from "@/lib/progress/progress-store";

const SAVE_DELAY_MS = 400;

/**
 * The learner's code for one exercise, restored from and saved to local
 * progress. Starts from the starter so server and first client render agree.
 */
export function useSavedCode(exerciseId: string, starter: string) {
  const [code, setCode] = useState(starter);
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const { progress, problem } = loadProgress(window.localStorage);
    const saved = progress.exercises[exerciseId];
    if (saved) {
      setCode(saved.code);
      setRevision((r) => r + 1);
    }
    if (problem) setNotice(problem);
  }, [exerciseId]);

  const update = useCallback(
    (next: string) => {
      setCode(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => saveExercise(window.localStorage, exerciseId, { code: next }), SAVE_DELAY_MS);
    },
    [exerciseId],
  );

  /** Replaces the code from outside the editor, e.g. Reset. */
  const replace = useCallback(
    (next: string) => {
      update(next);
      setRevision((r) => r + 1);
    },
    [update],
  );

  const markPassed = useCallback(
    (passedCode: string) => saveExercise(window.localStorage, exerciseId, { code: passedCode, passed: true }),
    [exerciseId],
  );

  return { code, revision, update, replace, markPassed, notice };
}
