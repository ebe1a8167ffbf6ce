/** A line the editor should point at: a traceback line, a failing check, a lint finding. */
export interface EditorMark {
  line: number;
  message: string;
  severity: "error" | "warning" | "info";
}
