// zod/mini keeps the page and worker bundles small; the API differs only in modifiers.
import * as z from "zod/mini";
import { checkReportSchema, runResultSchema } from "@/lib/checker/result";

/**
 * The one message protocol between the page and the Python worker. Both sides
 * import it and validate every message they receive, so a malformed or forged
 * message is rejected with a clear error instead of being half-understood.
 * Every `type` is namespaced `lab/…`; requests carry an `id` that the reply
 * echoes.
 */

const sharedBuffer = z.custom<SharedArrayBuffer>(
  (value) => typeof SharedArrayBuffer !== "undefined" && value instanceof SharedArrayBuffer,
  "expected a SharedArrayBuffer",
);

export const bootRequestSchema = z.object({
  type: z.literal("lab/boot"),
  id: z.int(),
  /** Pyodide's interrupt buffer (one Int32); null when the page is not cross-origin isolated. */
  interruptBuffer: z.nullable(sharedBuffer),
  /** The blocking input() channel (see stdin-channel.ts); null when not isolated. */
  stdinBuffer: z.nullable(sharedBuffer),
});

export const runRequestSchema = z.object({
  type: z.literal("lab/run"),
  id: z.int(),
  code: z.string(),
  /** File name shown in tracebacks, e.g. `gather_demo.py`. */
  filename: z.string(),
});

export const checkRequestSchema = z.object({
  type: z.literal("lab/check"),
  id: z.int(),
  code: z.string(),
  /** Where the worker fetches the exercise's check bundle; the page never holds the hidden tests. */
  bundleUrl: z.string(),
});

export const toWorkerSchema = z.discriminatedUnion("type", [
  bootRequestSchema,
  runRequestSchema,
  checkRequestSchema,
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;
export type BootRequest = z.infer<typeof bootRequestSchema>;
export type RunRequest = z.infer<typeof runRequestSchema>;
export type CheckRequest = z.infer<typeof checkRequestSchema>;

export const fromWorkerSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("lab/ready"),
    id: z.int(),
    pythonVersion: z.string(),
    bootMs: z.number(),
  }),
  z.object({
    type: z.literal("lab/output"),
    stream: z.enum(["stdout", "stderr"]),
    text: z.string(),
  }),
  /** Python called input() and the worker is blocked until the page answers. */
  z.object({ type: z.literal("lab/input-request") }),
  z.object({ type: z.literal("lab/run-done"), id: z.int(), result: runResultSchema }),
  z.object({ type: z.literal("lab/check-done"), id: z.int(), report: checkReportSchema }),
  /** The request could not be carried out (runtime failed to load, bundle missing, …). */
  z.object({ type: z.literal("lab/failed"), id: z.nullable(z.int()), message: z.string() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;

/** Parses a received message, throwing an Error that names what is wrong. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, data: unknown, from: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join(".")}` : "";
  throw new Error(`Invalid message from ${from}${where}: ${issue?.message ?? "unknown problem"}`);
}
