"use client";

import { Editor, loader, type Monaco, type OnMount } from "@monaco-editor/react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { EditorMark } from "./editor-marks";

// Monaco comes from the monaco-editor package, copied to our origin by
// scripts/copy-runtime.mjs; the loader would otherwise fetch it from a CDN.
loader.config({ paths: { vs: "/monaco/vs" } });

type EditorInstance = Parameters<OnMount>[0];

function subscribeToScheme(notify: () => void): () => void {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  query.addEventListener("change", notify);
  return () => query.removeEventListener("change", notify);
}

function usePrefersDark(): boolean {
  return useSyncExternalStore(
    subscribeToScheme,
    () => window.matchMedia("(prefers-color-scheme: dark)").matches,
    () => false,
  );
}

export interface CodeEditorProps {
  /** The code. Monaco owns the text while the learner types; see `revision`. */
  value: string;
  /**
   * Bumped when `value` is replaced from outside (saved code restored, Reset).
   * Echoing every keystroke back into Monaco would race fast typing and drop
   * characters, so only a new revision is pushed into the editor.
   */
  revision: number;
  onChange: (value: string) => void;
  marks: EditorMark[];
  /** Accessible name of the editor, e.g. "Code for Fetch many URLs at once". */
  label: string;
  /** Names the editor's model (`file:///<path>`), one per exercise on the page. */
  path: string;
}

/**
 * Monaco for Python. Until Monaco has loaded, the code is shown as plain
 * text, so the lesson is readable before any editor script arrives.
 */
export function CodeEditor({ value, revision, onChange, marks, label, path }: CodeEditorProps) {
  const [instance, setInstance] = useState<{ editor: EditorInstance; monaco: Monaco } | null>(null);
  const decorations = useRef<ReturnType<EditorInstance["createDecorationsCollection"]> | null>(null);
  const dark = usePrefersDark();
  const lines = value.split("\n").length;
  const height = `${Math.min(Math.max(lines, 12), 32) * 19 + 16}px`;

  useEffect(() => {
    const editor = instance?.editor;
    if (editor && editor.getValue() !== value) editor.setValue(value);
    // Only a new revision replaces the text; `value` alone is the learner's own echo.
  }, [instance, revision]);

  useEffect(() => {
    if (!instance) return;
    const { editor, monaco } = instance;
    const model = editor.getModel();
    if (!model) return;
    const severity = {
      error: monaco.MarkerSeverity.Error,
      warning: monaco.MarkerSeverity.Warning,
      info: monaco.MarkerSeverity.Info,
    };
    const inRange = marks.filter((mark) => mark.line >= 1 && mark.line <= model.getLineCount());
    monaco.editor.setModelMarkers(
      model,
      "python-lab",
      inRange.map((mark) => ({
        severity: severity[mark.severity],
        message: mark.message,
        // Monaco shows the code in the hover and makes it a link to the lesson.
        code: mark.code
          ? mark.link
            ? { value: mark.code, target: monaco.Uri.parse(new URL(mark.link, window.location.origin).href) }
            : mark.code
          : undefined,
        startLineNumber: mark.line,
        endLineNumber: mark.line,
        startColumn: model.getLineFirstNonWhitespaceColumn(mark.line) || 1,
        endColumn: model.getLineMaxColumn(mark.line),
      })),
    );
    decorations.current ??= editor.createDecorationsCollection();
    decorations.current.set(
      inRange
        .filter((mark) => mark.severity === "error")
        .map((mark) => ({
          range: new monaco.Range(mark.line, 1, mark.line, 1),
          options: { isWholeLine: true, className: "lab-error-line", linesDecorationsClassName: "lab-error-gutter" },
        })),
    );
  }, [instance, marks]);

  const placeholder = (
    <pre className="h-full overflow-auto p-2 font-mono text-[13px] leading-[19px]" aria-label={`${label} (loading editor)`}>
      {value}
    </pre>
  );

  return (
    <div
      className="overflow-hidden rounded-md border border-slate-300 dark:border-slate-700"
      style={{ height }}
      data-editor-ready={instance ? "true" : "false"}
      data-testid="code-editor"
    >
      <Editor
        defaultValue={value}
        path={path}
        language="python"
        theme={dark ? "vs-dark" : "light"}
        loading={placeholder}
        onChange={(next) => onChange(next ?? "")}
        onMount={(editor, monaco) => {
          performance.mark("lab:editor-ready");
          setInstance({ editor, monaco });
        }}
        options={{
          ariaLabel: label,
          minimap: { enabled: false },
          fontSize: 13,
          lineHeight: 19,
          scrollBeyondLastLine: false,
          tabSize: 4,
          insertSpaces: true,
          automaticLayout: true,
          padding: { top: 8 },
          renderLineHighlight: "line",
          fixedOverflowWidgets: true,
          // Suggestions of words already in the file are noise without a Python language server.
          quickSuggestions: false,
          wordBasedSuggestions: "off",
        }}
      />
    </div>
  );
}
