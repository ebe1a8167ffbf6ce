import type { Finding } from "@/lib/checker/result";

/** A line the editor should point at: a traceback line, a failing check, a lint or type finding. */
export interface EditorMark {
  line: number;
  message: string;
  severity: "error" | "warning" | "info";
  /** Rule code shown with the message, e.g. E722. */
  code?: string;
  /** The lesson that explains it. */
  link?: string;
}

const severityOf: Record<Finding["severity"], EditorMark["severity"]> = {
  essential: "error",
  actionable: "warning",
  informative: "info",
};

/** Editor marks for the findings that point at a line. */
export function findingMarks(findings: Finding[]): EditorMark[] {
  return findings
    .filter((finding) => finding.line !== null)
    .map((finding) => ({
      line: finding.line as number,
      message: finding.message,
      severity: severityOf[finding.severity],
      code: finding.code,
      link: finding.link,
    }));
}
