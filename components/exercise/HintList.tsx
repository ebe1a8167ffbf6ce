"use client";

import { useState, type ReactNode } from "react";

/** Progressive hints: one more each time the learner asks. */
export function HintList({ hints }: { hints: ReactNode[] }) {
  const [shown, setShown] = useState(0);
  if (hints.length === 0) return null;
  return (
    <section aria-label="Hints" className="mt-3">
      <ol className="space-y-2">
        {hints.slice(0, shown).map((hint, i) => (
          <li key={i} className="rounded-md bg-amber-50 px-3 py-2 text-sm dark:bg-amber-950/40">
            <span className="font-semibold">Hint {i + 1}:</span> <div className="[&>p]:my-1">{hint}</div>
          </li>
        ))}
      </ol>
      {shown < hints.length && (
        <button
          type="button"
          onClick={() => setShown(shown + 1)}
          className="mt-2 text-sm text-sky-700 underline dark:text-sky-400"
        >
          {shown === 0 ? "Show a hint" : "Show another hint"} ({shown + 1} of {hints.length})
        </button>
      )}
    </section>
  );
}
