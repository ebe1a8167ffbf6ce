// Bundles the Python worker (lib/python/python.worker.ts) with the harness's
// .py sources inlined, into public/runtime/. A separate esbuild step keeps the
// worker a plain module script that Next.js serves as a static file.
import { build, type Plugin } from "esbuild";
import path from "node:path";
import { readHarnessFiles } from "../lib/checker/read-harness-files";

const root = path.resolve(import.meta.dirname, "..");

const harnessFiles: Plugin = {
  name: "harness-files",
  setup(b) {
    b.onResolve({ filter: /^virtual:harness-files$/ }, () => ({ path: "harness-files", namespace: "harness" }));
    b.onLoad({ filter: /.*/, namespace: "harness" }, () => ({
      contents: JSON.stringify(readHarnessFiles()),
      loader: "json",
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
  plugins: [harnessFiles],
  logLevel: "warning",
});
console.log("bundle-worker: public/runtime/python.worker.js written");
