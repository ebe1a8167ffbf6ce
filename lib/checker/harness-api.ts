import type { PyodideInterface } from "pyodide";
import type { StructureRule } from "./structure-rules";
import { checkReportSchema, runResultSchema, type CheckReport, type RunResult } from "./result";

/** What the harness needs to check learner code against hidden tests. */
export interface HarnessCheckRequest {
  module: string;
  code: string;
  tests: string;
  testsFilename: string;
  structure: StructureRule[];
}

export interface HarnessRunRequest {
  code: string;
  filename: string;
}

type AsyncEntry = ((request: string) => Promise<string>) & { destroy(): void };

/**
 * Calls one of labharness.api's async entry points with a JSON request.
 * Pyodide enters an async Python function with WebAssembly stack switching
 * where the runtime has it, which is what lets learner code call asyncio.run().
 */
async function callEntry(python: PyodideInterface, name: "run" | "check", request: object): Promise<unknown> {
  const api = python.pyimport("labharness.api") as unknown as Record<string, AsyncEntry> & { destroy(): void };
  const entry = api[name];
  if (!entry) throw new Error(`The harness has no entry point ${name}.`);
  try {
    const json = JSON.stringify(request);
    return JSON.parse(await entry(json)) as unknown;
  } finally {
    entry.destroy();
    api.destroy();
  }
}

function validated<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } } }, data: unknown, entry: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`The harness's ${entry} reply is malformed: ${parsed.error.message}`);
  return parsed.data;
}

/** Runs learner code as __main__. */
export async function harnessRun(python: PyodideInterface, request: HarnessRunRequest): Promise<RunResult> {
  return validated(runResultSchema, await callEntry(python, "run", request), "run");
}

/** Runs an exercise's hidden tests against learner code. */
export async function harnessCheck(python: PyodideInterface, request: HarnessCheckRequest): Promise<CheckReport> {
  return validated(checkReportSchema, await callEntry(python, "check", request), "check");
}
