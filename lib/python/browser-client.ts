import { PythonClient } from "./client";

/** Where scripts/ put the runtime files; served from our own origin. */
export const PYODIDE_URL = "/pyodide/";
export const WORKER_URL = "/runtime/python.worker.js";

let shared: PythonClient | null = null;

/**
 * The page's one Python worker, shared by every exercise on it and kept
 * across client-side navigation so Python boots once per visit.
 */
export function getPythonClient(): PythonClient {
  shared ??= new PythonClient({
    createWorker: () => new Worker(WORKER_URL, { type: "module", name: "python" }),
    pyodideUrl: PYODIDE_URL,
    isolated: globalThis.crossOriginIsolated === true,
  });
  return shared;
}
