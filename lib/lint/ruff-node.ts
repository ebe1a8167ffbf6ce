import { ruffLinter, ruffSettings, type RuffLinter } from "./lint-python";

/**
 * Ruff for Node: unit tests and content validation. Imported lazily because the
 * package compiles its 11 MB WebAssembly module the moment it is loaded.
 */
export async function createNodeLinter(): Promise<RuffLinter> {
  const { Workspace, PositionEncoding } = await import("@astral-sh/ruff-wasm-nodejs");
  return ruffLinter(new Workspace(ruffSettings(), PositionEncoding.Utf16));
}
