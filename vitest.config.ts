import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "content/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    poolOptions: {
      // Pyodide needs WebAssembly stack switching (JSPI) for asyncio.run() and
      // run_sync; Node 20 keeps it behind this V8 flag.
      forks: { execArgv: ["--experimental-wasm-stack-switching"] },
    },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
