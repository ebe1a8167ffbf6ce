import type { Finding } from "@/lib/checker/result";
import { createBrowserLinter } from "./ruff-browser";
import { lintFindings, type RuffLinter } from "./lint-python";

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

/** Lints code in the page, the exercise's `required` rules essential. */
export async function lintInBrowser(code: string, required: string[]): Promise<Finding[]> {
  return lintFindings((await getBrowserLinter()).check(code), { required });
}
