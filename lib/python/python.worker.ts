/// <reference lib="webworker" />
import type { PyodideInterface } from "pyodide";
import harnessFiles from "virtual:harness-files";
import { installHarness } from "@/lib/checker/install-harness";
import { checkBundleSchema, type CheckBundle } from "@/lib/checker/check-bundle";
import { harnessCheck, harnessRun } from "@/lib/checker/harness-api";
import { OutputBatcher } from "./output-batcher";
import { awaitInput } from "./stdin-channel";
import {
  fromWorkerSchema,
  parseMessage,
  toWorkerSchema,
  type BootRequest,
  type CheckRequest,
  type FromWorker,
  type RunRequest,
} from "./protocol";

/**
 * The Python worker: boots Pyodide from our own origin, then carries out Run
 * and Check requests one at a time. Learner code never runs on the page's
 * thread, so a runaway loop cannot freeze the page.
 */

declare const self: DedicatedWorkerGlobalScope;

type LoadPyodide = (options: { indexURL: string; stdLibURL?: string }) => Promise<PyodideInterface>;

let python: PyodideInterface | null = null;
let queue: Promise<void> = Promise.resolve();
const started = performance.now();

/**
 * Pyodide starts loading the moment the worker exists, not when the page's
 * boot message arrives: the page may create this worker before its own
 * scripts have loaded (see PythonPreboot), and every millisecond counts.
 */
const loading: Promise<PyodideInterface> = loadRuntime(new URL("../pyodide/", import.meta.url).href);
// The failure is reported by boot(); this only keeps it from being "unhandled" meanwhile.
loading.catch(() => undefined);

async function loadRuntime(pyodideUrl: string): Promise<PyodideInterface> {
  const { loadPyodide } = (await import(/* webpackIgnore: true */ `${pyodideUrl}pyodide.mjs`)) as {
    loadPyodide: LoadPyodide;
  };
  const py = await loadPyodide({ indexURL: pyodideUrl });
  installHarness(py, harnessFiles);
  return py;
}

function post(message: FromWorker): void {
  // Validating our own replies keeps the worker honest about the protocol.
  self.postMessage(parseMessage(fromWorkerSchema, message, "the Python worker"));
}

const output = new OutputBatcher((stream, text) => post({ type: "lab/output", stream, text }));

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function boot(request: BootRequest): Promise<void> {
  const py = await loading;
  wireStreams(py, request.stdinBuffer);
  if (request.interruptBuffer) py.setInterruptBuffer(new Int32Array(request.interruptBuffer));
  python = py;
  const pythonVersion = py.runPython("import sys; sys.version.split()[0]") as string;
  post({ type: "lab/ready", id: request.id, pythonVersion, bootMs: performance.now() - started });
}

function wireStreams(py: PyodideInterface, stdinBuffer: SharedArrayBuffer | null): void {
  for (const stream of ["stdout", "stderr"] as const) {
    const decoder = new TextDecoder();
    const writer = {
      // A tty makes Python line-buffer, so prints appear as they happen.
      isatty: true,
      write: (bytes: Uint8Array) => {
        output.write(stream, decoder.decode(bytes, { stream: true }));
        return bytes.length;
      },
    };
    if (stream === "stdout") py.setStdout(writer);
    else py.setStderr(writer);
  }
  py.setStdin({
    stdin: () => {
      if (!stdinBuffer) {
        throw new Error("input() needs a cross-origin isolated page, and this one is not.");
      }
      output.flush();
      post({ type: "lab/input-request" });
      // checkInterrupt raises KeyboardInterrupt in Python when Stop was pressed.
      return `${awaitInput(stdinBuffer, () => py.checkInterrupt())}\n`;
    },
  });
}

function requirePython(): PyodideInterface {
  if (!python) throw new Error("Python is not ready yet.");
  return python;
}

/** Runs one harness call with a fresh output allowance, flushing what it printed. */
async function withOutput<T>(call: () => Promise<T>): Promise<T> {
  output.reset();
  try {
    return await call();
  } finally {
    output.flush();
  }
}

async function run(request: RunRequest): Promise<void> {
  const py = requirePython();
  const result = await withOutput(() => harnessRun(py, { code: request.code, filename: request.filename }));
  post({ type: "lab/run-done", id: request.id, result });
}

const bundles = new Map<string, CheckBundle>();

async function loadBundle(url: string): Promise<CheckBundle> {
  const cached = bundles.get(url);
  if (cached) return cached;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load the exercise's tests (${response.status}).`);
  const bundle = parseMessage(checkBundleSchema, await response.json(), "the check bundle");
  bundles.set(url, bundle);
  return bundle;
}

async function check(request: CheckRequest): Promise<void> {
  const bundle = await loadBundle(request.bundleUrl);
  const py = requirePython();
  const report = await withOutput(() =>
    harnessCheck(py, {
      module: bundle.module,
      code: request.code,
      tests: bundle.tests,
      testsFilename: bundle.testsFilename,
      structure: bundle.structure,
    }),
  );
  post({ type: "lab/check-done", id: request.id, report });
}

self.onmessage = (event: MessageEvent<unknown>) => {
  let message;
  try {
    message = parseMessage(toWorkerSchema, event.data, "the page");
  } catch (error) {
    post({ type: "lab/failed", id: null, message: errorMessage(error) });
    return;
  }
  const request = message;
  queue = queue.then(async () => {
    try {
      if (request.type === "lab/boot") await boot(request);
      else if (request.type === "lab/run") await run(request);
      else await check(request);
    } catch (error) {
      output.flush();
      post({ type: "lab/failed", id: request.id, message: errorMessage(error) });
    }
  });
};
