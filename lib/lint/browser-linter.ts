import { createBrowserLinter } from "./ruff-browser";
import type { RuffLinter } from "./lint-python";

/** Where scripts/copy-runtime.mjs puts Ruff's WebAssembly; served from our own origin. */
export const RUFF_WASM_URL = "/ruff/ruff_wasm_bg.wasm";

let shared: Promise<RuffLinter> | null = null;

/** The page's one Ruff, loaded on first use. */
export function getBrowserLinter(): Promise<RuffLinter> {
  shared ??= createBrowserLinter(RUFF_WASM_URL).catch((error: unknown) => {
    shared = null;
    throw error;
  });
  return shared;
}
