/**
 * Proves the browser type checker works in a real Chromium against a running
 * site: bundles lib/types/type-check-client.ts on the fly, loads it into the
 * site's home page (so the worker is same-origin), runs checks, and prints the
 * findings and timings. Exits 1 if a check gives the wrong answer, differs from
 * the Node runner's answer, or anything is requested from another origin.
 *
 *   npx tsx scripts/probe-type-checker.ts [origin]   (from the project root; default http://localhost:3000)
 */
import { chromium } from "@playwright/test";
import { build } from "esbuild";
import { typeCheckInNode } from "../lib/types/node-type-check";

const origin = new URL(process.argv[2] ?? "http://localhost:3000").origin;

const SAMPLES = {
  typeError: "x: int = 'a'\n",
  annotated: [
    "from typing import TypeVar",
    "",
    'T = TypeVar("T")',
    "",
    "",
    "def process_items(items: list[dict[str, T]], filter_key: str, default: T | None = None) -> list[T]:",
    "    results: list[T] = []",
    "    for item in items:",
    "        value = item.get(filter_key, default)",
    "        if value is not None:",
    "            results.append(value)",
    "    return results",
    "",
  ].join("\n"),
  unannotated: "def double(n):\n    return n * 2\n",
  // The same text again: answered without a server round trip.
  unannotatedAgain: "def double(n):\n    return n * 2\n",
  syntaxError: "def broken(:\n    pass\n",
};

interface ProbeRun {
  name: string;
  findings: { code: string; severity: string; line: number | null; message: string }[];
  bootMs: number | null;
  checkMs: number | null;
}

async function bundleClient(): Promise<string> {
  // The client is an ES module with exports; the page needs it as a global.
  const result = await build({
    stdin: {
      contents: 'import { TypeChecker } from "./lib/types/type-check-client";\nObject.assign(globalThis, { TypeChecker });\n',
      resolveDir: process.cwd(),
      loader: "ts",
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild produced no bundle.");
  return output.text;
}

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  const foreign: string[] = [];
  try {
    const context = await browser.newContext();
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== "data:" && url.protocol !== "blob:") foreign.push(request.url());
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
    await page.goto(`${origin}/`, { waitUntil: "domcontentloaded" });
    await page.addScriptTag({ content: await bundleClient(), type: "module" });
    await page.waitForFunction(() => "TypeChecker" in globalThis);

    const runs = await page.evaluate(async (samples): Promise<ProbeRun[]> => {
      type Checker = { check(code: string): Promise<ProbeRun["findings"]>; lastBootMs: number | null; lastCheckMs: number | null; dispose(): void };
      const Ctor = (globalThis as unknown as { TypeChecker: new () => Checker }).TypeChecker;
      const checker = new Ctor();
      const out: ProbeRun[] = [];
      for (const [name, code] of Object.entries(samples)) {
        const findings = await checker.check(code);
        out.push({ name, findings, bootMs: checker.lastBootMs, checkMs: checker.lastCheckMs });
      }
      checker.dispose();
      return out;
    }, SAMPLES);

    for (const run of runs) {
      console.log(`\n${run.name}: check ${run.checkMs?.toFixed(0)} ms (boot ${run.bootMs?.toFixed(0)} ms)`);
      for (const f of run.findings) console.log(`  line ${f.line} ${f.severity} ${f.code}: ${f.message.split("\n")[0]}`);
    }
    const problems = verdict(runs);
    for (const run of runs) {
      const inNode = await typeCheckInNode(SAMPLES[run.name as keyof typeof SAMPLES]);
      if (JSON.stringify(inNode) !== JSON.stringify(run.findings)) problems.push(`${run.name}: browser and Node disagree`);
    }
    if (foreign.length > 0) problems.push(`requests to other origins: ${foreign.join(", ")}`);
    if (problems.length > 0) {
      console.error(`\nFAILED:\n  ${problems.join("\n  ")}`);
      process.exitCode = 1;
    } else {
      console.log("\nOK: the browser type checker answered every probe correctly.");
    }
  } finally {
    await browser.close();
  }
}

function verdict(runs: ProbeRun[]): string[] {
  const byName = new Map(runs.map((run) => [run.name, run.findings]));
  const problems: string[] = [];
  const typeError = byName.get("typeError") ?? [];
  if (!typeError.some((f) => f.code === "reportAssignmentType" && f.line === 1 && f.severity === "essential")) {
    problems.push("x: int = 'a' was not reported as an essential reportAssignmentType on line 1");
  }
  if ((byName.get("annotated") ?? [null]).length !== 0) problems.push("the annotated process_items was not clean");
  if (!(byName.get("unannotated") ?? []).some((f) => f.code === "reportMissingParameterType")) {
    problems.push("the unannotated function was not reported");
  }
  return problems;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
