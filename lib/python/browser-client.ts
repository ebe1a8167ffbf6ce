import { PythonClient } from "./client";

/**
 * Where scripts/bundle-worker.ts puts the worker, served from our own origin;
 * the worker finds Pyodide at ../pyodide/ beside it.
 */
export const WORKER_URL = "/runtime/python.worker.js";
export const WORKER_OPTIONS: WorkerOptions = { type: "module", name: "python" };

/** Set by PythonPreboot's inline script when the page created the worker before hydration. */
const EARLY_WORKER_KEY = "__labPythonWorker";

function takeEarlyWorker(): Worker | null {
  const scope = globalThis as unknown as Record<string, unknown>;
  const worker = scope[EARLY_WORKER_KEY];
  delete scope[EARLY_WORKER_KEY];
  return worker instanceof Worker ? worker : null;
}

/** The inline script that starts the worker while the page's own scripts still load. */
export const EARLY_WORKER_SCRIPT = `window.${EARLY_WORKER_KEY}=new Worker(${JSON.stringify(WORKER_URL)},${JSON.stringify(WORKER_OPTIONS)})`;

let shared: PythonClient | null = null;

/**
 * The page's one Python worker, shared by every exercise on it and kept
 * across client-side navigation so Python boots once per visit.
 */
export function getPythonClient(): PythonClient {
  shared ??= new PythonClient({
    createWorker: () => takeEarlyWorker() ?? new Worker(WORKER_URL, WORKER_OPTIONS),
    isolated: globalThis.crossOriginIsolated === true,
  });
  return shared;
}
