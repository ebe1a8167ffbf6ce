import type { PyodideInterface } from "pyodide";

/** Where the harness package lives in Pyodide's file system. */
export const HARNESS_DIR = "/lab/harness";

/**
 * Installs the Python harness into a booted Pyodide: writes its sources under
 * {@link HARNESS_DIR}, makes `labharness` importable, imports its entry points
 * and records the interpreter state every Run and Check starts from.
 *
 * @param files Python sources keyed by posix path relative to the package's
 *   parent, e.g. `labharness/api.py`.
 */
export function installHarness(pyodide: PyodideInterface, files: Record<string, string>): void {
  for (const [relative, source] of Object.entries(files)) {
    const target = `${HARNESS_DIR}/${relative}`;
    pyodide.FS.mkdirTree(target.slice(0, target.lastIndexOf("/")));
    pyodide.FS.writeFile(target, source);
  }
  // A throwaway namespace, so installing leaves nothing in the host's __main__.
  const namespace = pyodide.toPy({ harness_dir: HARNESS_DIR });
  try {
    pyodide.runPython(
      [
        "import importlib, sys",
        "if harness_dir not in sys.path:",
        "    sys.path.insert(0, harness_dir)",
        // The files were written after Python's path finders may have cached the directory.
        "importlib.invalidate_caches()",
        "import labharness.api",
        "labharness.api.snapshot()",
      ].join("\n"),
      { globals: namespace },
    );
  } finally {
    namespace.destroy();
  }
}
