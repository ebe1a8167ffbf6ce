import { execFile } from "node:child_process";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import * as z from "zod/mini";
import type { Finding } from "@/lib/checker/result";
import { lspDiagnosticSchema, STRICT_CONFIG, typeFindings, type LspDiagnostic } from "./type-findings";

/**
 * Type checks learner code under Node (tests, the content validator) with the
 * installed basedpyright CLI, the same version and typeshed as the browser build.
 */

/** The part of `basedpyright --outputjson` the checker reads. */
const cliReportSchema = z.object({
  generalDiagnostics: z.array(
    z.object({
      file: z.string(),
      severity: z.enum(["error", "warning", "information"]),
      message: z.string(),
      // Omitted when pyright reports at an empty range at the top of the file.
      range: z.optional(lspDiagnosticSchema.shape.range),
      rule: z.optional(z.string()),
    }),
  ),
});

const LSP_SEVERITY = { error: 1, warning: 2, information: 3 } as const;
const START_OF_FILE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

// The browser has no Python and no site-packages. An empty virtual environment
// gives the CLI the same: without one it would run `python` to find search
// paths, and results would depend on what this machine has installed.
const NODE_CONFIG = { ...STRICT_CONFIG, venvPath: ".", venv: ".venv" };
const EMPTY_SITE_PACKAGES = path.join(".venv", "lib", `python${STRICT_CONFIG.pythonVersion}`, "site-packages");

/** Exit codes 0 (no errors) and 1 (errors found) both mean the check ran. */
const CHECK_RAN = new Set([0, 1]);

/** Type checks one learner file in strict mode; resolves with its type findings. */
export async function typeCheckInNode(code: string): Promise<Finding[]> {
  // Real path, because the CLI reports files by it (macOS links /var to /private/var).
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), "type-check-")));
  try {
    const file = path.join(dir, "main.py");
    await writeFile(file, code);
    await writeFile(path.join(dir, "pyrightconfig.json"), JSON.stringify(NODE_CONFIG));
    await mkdir(path.join(dir, EMPTY_SITE_PACKAGES), { recursive: true });
    const report = cliReportSchema.parse(JSON.parse(await runCli(dir, file)));
    const diagnostics: LspDiagnostic[] = report.generalDiagnostics
      .filter((d) => d.file === file)
      .map((d) => ({
        range: d.range ?? START_OF_FILE,
        severity: LSP_SEVERITY[d.severity],
        code: d.rule,
        message: d.message,
      }));
    return typeFindings(diagnostics);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runCli(projectDir: string, file: string): Promise<string> {
  // The package's own entry point, run by this Node: no npx, no network, no shell.
  const require = createRequire(import.meta.url);
  const cli = path.join(path.dirname(require.resolve("basedpyright/package.json")), "index.js");
  const args = [cli, "--outputjson", "--project", projectDir, file];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: projectDir, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? error.code : 0;
      if (typeof exitCode === "number" && CHECK_RAN.has(exitCode)) resolve(stdout);
      else reject(new Error(`basedpyright failed (${String(exitCode)}): ${stderr || stdout || String(error)}`));
    });
  });
}
