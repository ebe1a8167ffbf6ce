"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

export type OutputChunk = { kind: "stdout" | "stderr" | "input" | "notice"; text: string };

const chunkClass: Record<OutputChunk["kind"], string> = {
  stdout: "",
  stderr: "text-red-700 dark:text-red-400",
  input: "text-emerald-700 dark:text-emerald-400 font-semibold",
  notice: "text-slate-500 dark:text-slate-400 italic",
};

export interface OutputPanelProps {
  chunks: OutputChunk[];
  /** Python is blocked in input() and waits for a line. */
  awaitingInput: boolean;
  onInput: (line: string) => void;
}

/** Program output as it streams in, with a line for input() when Python asks. */
export function OutputPanel({ chunks, awaitingInput, onInput }: OutputPanelProps) {
  const [line, setLine] = useState("");
  const logRef = useRef<HTMLPreElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [chunks]);

  useEffect(() => {
    if (awaitingInput) inputRef.current?.focus();
  }, [awaitingInput]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onInput(line);
    setLine("");
  }

  return (
    <div className="rounded-md border border-slate-300 dark:border-slate-700">
      <h4 className="border-b border-slate-300 px-3 py-1 text-sm font-semibold dark:border-slate-700">Output</h4>
      <pre
        ref={logRef}
        role="log"
        aria-live="polite"
        aria-label="Program output"
        data-testid="output"
        className="max-h-72 min-h-16 overflow-auto whitespace-pre-wrap p-3 font-mono text-[13px]"
      >
        {chunks.map((chunk, i) => (
          <span key={i} className={chunkClass[chunk.kind]}>
            {chunk.text}
          </span>
        ))}
      </pre>
      {awaitingInput && (
        <form onSubmit={submit} className="flex gap-2 border-t border-slate-300 p-2 dark:border-slate-700">
          <label htmlFor="program-input" className="sr-only">
            Input for your program
          </label>
          <input
            id="program-input"
            ref={inputRef}
            value={line}
            onChange={(event) => setLine(event.target.value)}
            placeholder="Your program is waiting for input — type and press Enter"
            className="flex-1 rounded border border-slate-300 bg-transparent px-2 py-1 font-mono text-sm dark:border-slate-600"
          />
          <button type="submit" className="rounded bg-slate-700 px-3 py-1 text-sm text-white">
            Send
          </button>
        </form>
      )}
    </div>
  );
}
