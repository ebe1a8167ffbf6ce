import init, { PositionEncoding, Workspace } from "@astral-sh/ruff-wasm-web";
import { ruffLinter, ruffSettings, type RuffLinter } from "./lint-python";

/**
 * Ruff in the browser, on the main thread or in a worker.
 *
 * @param wasmUrl Where the site serves `ruff_wasm_bg.wasm` from its own origin
 *   (scripts/copy-runtime.mjs puts it at `/ruff/ruff_wasm_bg.wasm`). Passing it
 *   explicitly stops the bindings from resolving the file next to their own
 *   script, which a bundler would have moved.
 */
export async function createBrowserLinter(wasmUrl: string): Promise<RuffLinter> {
  // Loading twice is harmless: the bindings keep the first instance.
  await init({ module_or_path: wasmUrl });
  return ruffLinter(new Workspace(ruffSettings(), PositionEncoding.Utf16));
}
