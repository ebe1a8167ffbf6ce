import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PYTHON_ROOT = fileURLToPath(new URL("./py/", import.meta.url));
const PACKAGE = "labharness";

/**
 * Reads the harness package's Python sources from disk, keyed by their path
 * relative to `lib/checker/py/` (`labharness/api.py`), for {@link installHarness}
 * under Node. The browser gets the same map inlined by scripts/bundle-worker.ts.
 */
export function readHarnessFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const entries = readdirSync(path.join(PYTHON_ROOT, PACKAGE), { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".py")) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(PYTHON_ROOT, absolute).split(path.sep).join("/");
    files[relative] = readFileSync(absolute, "utf8");
  }
  return files;
}
