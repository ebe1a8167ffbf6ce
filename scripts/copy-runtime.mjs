// Copies the Python runtime (pyodide) and the editor (monaco-editor) from
// node_modules into public/, so the site serves both from its own origin.
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
// Not require.resolve: monaco-editor's exports map hides its package.json.
const packageDir = (name) => path.join(root, "node_modules", name);

const PYODIDE_FILES = [
  "pyodide.mjs",
  "pyodide.asm.mjs",
  "pyodide.asm.wasm",
  "python_stdlib.zip",
  "pyodide-lock.json",
];

function copyPyodide() {
  const from = packageDir("pyodide");
  const to = path.join(root, "public", "pyodide");
  mkdirSync(to, { recursive: true });
  for (const file of PYODIDE_FILES) cpSync(path.join(from, file), path.join(to, file));
}

function copyMonaco() {
  const from = path.join(packageDir("monaco-editor"), "min", "vs");
  const to = path.join(root, "public", "monaco", "vs");
  if (existsSync(to)) rmSync(to, { recursive: true });
  cpSync(from, to, { recursive: true });
}

// The type checker: one worker bundle with typeshed inside, loaded lazily.
function copyBasedPyright() {
  const to = path.join(root, "public", "basedpyright");
  mkdirSync(to, { recursive: true });
  cpSync(path.join(packageDir("browser-basedpyright"), "dist", "pyright.worker.js"), path.join(to, "pyright.worker.js"));
}

// The linter: the site bundles Ruff's JavaScript; only its WebAssembly is fetched.
function copyRuff() {
  const file = "ruff_wasm_bg.wasm";
  const to = path.join(root, "public", "ruff");
  mkdirSync(to, { recursive: true });
  cpSync(path.join(packageDir("@astral-sh/ruff-wasm-web"), file), path.join(to, file));
}

copyPyodide();
copyMonaco();
copyRuff();
copyBasedPyright();
console.log("copy-runtime: pyodide and monaco copied into public/");
