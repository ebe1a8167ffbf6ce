// Bundles the Python worker (lib/python/python.worker.ts) with the harness's
// .py sources inlined, into public/runtime/. A separate esbuild step keeps the
// worker a plain module script that Next.js serves as a static file.
import { build } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const harnessDir = path.join(root, "lib", "checker", "py");

function readHarness(dir, prefix = "") {
  const files = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== "__pycache__") Object.assign(files, readHarness(path.join(dir, entry.name), rel));
    else if (entry.isFile() && entry.name.endsWith(".py")) files[rel] = readFileSync(path.join(dir, entry.name), "utf8");
  }
  return files;
}

const harnessPlugin = {
  name: "harness-files",
  setup(b) {
    b.onResolve({ filter: /^virtual:harness-files$/ }, () => ({ path: "harness-files", namespace: "harness" }));
    b.onLoad({ filter: /.*/, namespace: "harness" }, () => ({
      contents: JSON.stringify(readHarness(path.join(harnessDir, "labharness"), "labharness")),
      loader: "json",
      watchFiles: [],
    }));
  },
};

await build({
  entryPoints: [path.join(root, "lib", "python", "python.worker.ts")],
  outfile: path.join(root, "public", "runtime", "python.worker.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  alias: { "@": root },
  plugins: [harnessPlugin],
  logLevel: "warning",
});
console.log("bundle-worker: public/runtime/python.worker.js written");
