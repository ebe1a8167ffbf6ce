// `npm run bench`: figures from one run in headless Chromium against the
// production build. A benchmark prints numbers; it never passes or fails.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const ORIGIN = `http://localhost:${PORT}`;
const LESSON = "/learn/async-await/gather";
const WARM_CHECKS = 7;
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"];
const solution = readFileSync(
  path.join(process.cwd(), "content/02-async-await/02-gather/exercises/fetch-multiple/solution.py"),
  "utf8",
);

async function startServer(): Promise<ChildProcess> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const server = spawn("npx", ["next", "start", "--port", String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("The server did not start.");
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 120_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function measureLesson(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: { url: string; bytes: number; endedAt: number }[] = [];
  context.on("requestfinished", async (request) => {
    const url = request.url();
    if (!/\.m?js(\?|$)/.test(url)) return;
    const sizes = await request.sizes().catch(() => null);
    scripts.push({ url, bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0), endedAt: Date.now() });
  });
  const navigationStarted = Date.now();
  await page.goto(`${ORIGIN}${LESSON}`);
  const editorReady = await markTime(page, "lab:editor-ready");
  const editorReadyAt = navigationStarted + editorReady;
  const pythonReady = await markTime(page, "lab:python-ready");
  const jsBeforeEditor = scripts.filter((s) => s.endedAt <= editorReadyAt + 50).reduce((sum, s) => sum + s.bytes, 0);

  // As a paste: Monaco's auto-indent would mangle typed multi-line code.
  await page.evaluate((text) => {
    const monaco = (window as unknown as { monaco: { editor: { getModels(): { setValue(v: string): void }[] } } }).monaco;
    monaco.editor.getModels()[0]?.setValue(text);
  }, solution);
  const checkButton = page.getByRole("button", { name: "Check", exact: true });
  for (let i = 0; i <= WARM_CHECKS; i++) {
    await checkButton.click();
    await page.waitForFunction((count) => performance.getEntriesByName("lab:check").length >= count, i + 1);
  }
  const checks = await page.evaluate(() => performance.getEntriesByName("lab:check").map((e) => e.duration));
  await context.close();
  return { pythonReady, editorReady, jsBeforeEditor, coldCheck: checks[0] ?? NaN, warmChecks: checks.slice(1) };
}

async function measureFloor(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/bench/floor.html`);
  const ready = await markTime(page, "lab:python-ready");
  await context.close();
  return ready;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  // Floor first, then the lesson, then the floor again: the better floor counts,
  // so our ratio is never flattered by a cold disk cache on the floor's side.
  const floorA = await measureFloor(browser);
  const lesson = await measureLesson(browser);
  const floorB = await measureFloor(browser);
  const floor = Math.min(floorA, floorB);
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`Python Specialist Lab bench — ${new Date().toISOString()} — ${LESSON}`);
  console.log(`  Python ready on the lesson page      ${ms(lesson.pythonReady)} after navigation start`);
  console.log(`  floor: bare Pyodide in a worker      ${ms(floor)} (runs: ${ms(floorA)}, ${ms(floorB)})`);
  console.log(`  ratio (lesson / floor)               ${(lesson.pythonReady / floor).toFixed(2)}×`);
  console.log(`  editor usable                        ${ms(lesson.editorReady)} after navigation start`);
  console.log(`  JavaScript before the editor usable  ${(lesson.jsBeforeEditor / 1024).toFixed(0)} KiB transferred`);
  console.log(`  first (cold) Check                   ${ms(lesson.coldCheck)}`);
  console.log(`  median of ${lesson.warmChecks.length} warm Checks            ${ms(median(lesson.warmChecks))} (all: ${lesson.warmChecks.map((n) => n.toFixed(0)).join(", ")})`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}
