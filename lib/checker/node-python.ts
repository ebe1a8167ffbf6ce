import { createRequire } from "node:module";
import path from "node:path";
import { loadPyodide } from "pyodide";
import type { PyodideInterface } from "pyodide";
import { readHarnessFiles } from "./read-harness-files";
import { installHarness } from "./install-harness";

/**
 * Boots Pyodide under Node (tests, the content validator) with the harness
 * installed, ready for `pyodide.pyimport("labharness.api")`.
 */
export async function bootNodePython(): Promise<PyodideInterface> {
  const pyodide = await loadPyodide({ indexURL: pyodideDirectory() });
  installHarness(pyodide, readHarnessFiles());
  return pyodide;
}

/**
 * The installed `pyodide` package's folder. Pyodide guesses it from a stack
 * trace, which source-mapping test runners such as Vitest send astray.
 */
function pyodideDirectory(): string {
  const require = createRequire(import.meta.url);
  return `${path.dirname(require.resolve("pyodide/package.json"))}${path.sep}`;
}
