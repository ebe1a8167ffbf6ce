// `npm run bench`: figures from one run in headless Chromium against the
// production build. A benchmark prints numbers; it never passes or fails.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { get } from "node:http";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const ORIGIN = `http://localhost:${PORT}`;
const LESSON = "/learn/async-await/gather";
const TYPING_LESSON = "/learn/type-safety/annotations";
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
  const transfers = recordTransfers(context);
  const navigationStarted = Date.now();
  await page.goto(`${ORIGIN}${LESSON}`);
  const editorReady = await markTime(page, "lab:editor-ready");
  const editorReadyAt = navigationStarted + editorReady;
  const pythonReady = await markTime(page, "lab:python-ready");
  const jsBeforeEditor = transfers
    .filter((t) => /\.m?js(\?|$)/.test(t.url) && t.endedAt <= editorReadyAt + 50)
    .reduce((sum, t) => sum + t.bytes, 0);

  await setCode(page, solution);
  const checkButton = page.getByRole("button", { name: "Check", exact: true });
  for (let i = 0; i <= WARM_CHECKS; i++) {
    await checkButton.click();
    await page.waitForFunction((count) => performance.getEntriesByName("lab:check").length >= count, i + 1);
  }
  const checks = await page.evaluate(() => performance.getEntriesByName("lab:check").map((e) => e.duration));

  // Lint: from a keystroke that adds a bare except to the first marker for it.
  const lintTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    await setCode(page, `try:\n    print(${i})\n`);
    // Wait until the markers belong to this code, so no stale marker counts.
    await page.waitForFunction(() => {
      type Marker = { code?: string | { value: string } };
      const w = window as unknown as { monaco: { editor: { getModelMarkers(f: object): Marker[] } } };
      return !w.monaco.editor.getModelMarkers({}).some((m) => (typeof m.code === "object" ? m.code.value : m.code) === "E722");
    });
    await page.getByRole("textbox", { name: /^Code for / }).focus();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("except:\npas");
    // Timed from the last keystroke, the one that completes the bare except.
    await page.evaluate(() => ((window as unknown as { benchStart: number }).benchStart = performance.now()));
    await page.keyboard.type("s");
    const elapsed = await page.waitForFunction(
      () => {
        type Marker = { code?: string | { value: string } };
        const w = window as unknown as { benchStart: number; monaco: { editor: { getModelMarkers(f: object): Marker[] } } };
        const found = w.monaco.editor.getModelMarkers({}).some((m) => (typeof m.code === "object" ? m.code.value : m.code) === "E722");
        return found ? performance.now() - w.benchStart : null;
      },
      undefined,
      { polling: "raf" },
    );
    lintTimes.push((await elapsed.jsonValue()) as number);
  }
  await context.close();
  return {
    pythonReady,
    editorReady,
    jsBeforeEditor,
    coldCheck: checks[0] ?? NaN,
    warmChecks: checks.slice(1),
    lintTimes,
    ruff: await checkerBytes(transfers, "/ruff/"),
  };
}

type Transfer = { url: string; bytes: number; endedAt: number };

/** Every finished request with its bytes on the wire (headers and body; page requests only — see checkerBytes). */
function recordTransfers(context: BrowserContext): Transfer[] {
  const transfers: Transfer[] = [];
  context.on("requestfinished", async (request) => {
    const endedAt = Date.now();
    const sizes = await request.sizes().catch(() => null);
    transfers.push({
      url: request.url(),
      bytes: (sizes?.responseBodySize ?? 0) + (sizes?.responseHeadersSize ?? 0),
      endedAt,
    });
  });
  return transfers;
}

/** Bytes on the wire for one URL, compressed as the browser asks for it. */
function compressedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": "gzip, deflate, br" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
}

/**
 * What a checker costs to download: each distinct file under `folder` the
 * page requested, at its compressed size. Chromium reports no body sizes for
 * worker scripts, so the sizes are measured against the same server.
 */
async function checkerBytes(transfers: Transfer[], folder: string): Promise<{ bytes: number; files: number; requests: number }> {
  const requested = transfers.filter((t) => new URL(t.url).pathname.startsWith(folder)).map((t) => t.url);
  const files = [...new Set(requested)];
  const sizes = await Promise.all(files.map(compressedSize));
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: files.length, requests: requested.length };
}

/** As a paste: Monaco's auto-indent would mangle typed multi-line code. */
async function setCode(page: Page, code: string): Promise<void> {
  await page.evaluate((text) => {
    const monaco = (window as unknown as { monaco: { editor: { getModels(): { setValue(v: string): void }[] } } }).monaco;
    monaco.editor.getModels()[0]?.setValue(text);
  }, code);
}

/** Type diagnostics on the typing lesson: the first check boots the checker (cold), later ones are warm. */
async function measureTypes(browser: Browser) {
  const context = await browser.newContext();
  const transfers = recordTransfers(context);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${TYPING_LESSON}`);
  const count = () => page.evaluate(() => performance.getEntriesByName("lab:types").length);
  await page.waitForFunction(() => performance.getEntriesByName("lab:types").length >= 1, undefined, { timeout: 120_000 });
  for (let i = 0; i < 5; i++) {
    const before = await count();
    await setCode(page, `count: int = ${i}\nname: str = ${i}\n`);
    await page.waitForFunction((n) => performance.getEntriesByName("lab:types").length > n, before, { timeout: 60_000 });
  }
  const times = await page.evaluate(() => performance.getEntriesByName("lab:types").map((e) => e.duration));
  await context.close();
  return { cold: times[0] ?? NaN, warm: times.slice(1), download: await checkerBytes(transfers, "/basedpyright/") };
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
  const types = await measureTypes(browser);
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
  console.log(`  keystroke to first lint marker       median ${ms(median(lesson.lintTimes))} (all: ${lesson.lintTimes.map((n) => n.toFixed(0)).join(", ")}; from the last keystroke, including the 250 ms debounce)`);
  console.log(`  type diagnostics, cold checker       ${ms(types.cold)} (boot and first check)`);
  console.log(`  type diagnostics, warm checker       median ${ms(median(types.warm))} (all: ${types.warm.map((n) => n.toFixed(0)).join(", ")})`);
  const download = (d: { bytes: number; files: number; requests: number }) =>
    `${(d.bytes / 1024).toFixed(0)} KiB compressed (${d.files} file${d.files === 1 ? "" : "s"}, ${d.requests} request${d.requests === 1 ? "" : "s"})`;
  console.log(`  Ruff downloaded                      ${download(lesson.ruff)}`);
  console.log(`  basedpyright downloaded              ${download(types.download)}, typing lesson only`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid);
}
