import type { z } from "zod";

/** A problem in an authored file; the message names the file and the field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    problem: string,
  ) {
    super(`${file}${field ? ` → ${field}` : ""}: ${problem}`);
    this.name = "ContentError";
  }
}

/** Validates `data` against `schema`, throwing a ContentError for the first problem. */
export function parseContent<T>(schema: z.ZodType<T>, data: unknown, file: string, fieldPrefix = ""): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = [fieldPrefix, ...(issue?.path.map(String) ?? [])].filter(Boolean).join(".");
  throw new ContentError(file, field || null, issue?.message ?? "invalid");
}
