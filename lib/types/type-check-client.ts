import * as z from "zod/mini";
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  createMessageConnection,
  type MessageConnection,
} from "vscode-jsonrpc/browser";
import type { Finding } from "@/lib/checker/result";
import { lspDiagnosticSchema, STRICT_CONFIG, typeFindings, type LspDiagnostic } from "./type-findings";

/** Where scripts/copy-runtime.mjs puts browser-basedpyright; served from our own origin. */
export const TYPE_CHECKER_WORKER_URL = "/basedpyright/pyright.worker.js";

/** Options for {@link TypeChecker}. */
export interface TypeCheckerOptions {
  /** The worker bundle; must be on the page's origin. */
  workerUrl?: string;
  /** How long one check may take before the workers are dropped and the check fails. */
  timeoutMs?: number;
}

// The worker's in-memory file system: typeshed lives at /typeshed, our workspace at /src.
const ROOT_URI = "file:///src";
const DOCUMENT_URI = `${ROOT_URI}/main.py`;
const BROWSER_CONFIG = { ...STRICT_CONFIG, typeshedPath: "/typeshed" };

/** The foreground worker asks the page for a background worker and hands it a port. */
const newWorkerSchema = z.object({
  type: z.literal("browser/newWorker"),
  initialData: z.unknown(),
  port: z.instanceof(MessagePort),
});

const publishDiagnosticsSchema = z.object({
  uri: z.string(),
  version: z.optional(z.int()),
  diagnostics: z.array(lspDiagnosticSchema),
});

/** A check waiting for the server's diagnostics of one document version. */
interface Waiting {
  version: number;
  resolve: (diagnostics: LspDiagnostic[]) => void;
  reject: (error: Error) => void;
}

/**
 * Strict-mode type checking of one learner file in the browser, with
 * browser-basedpyright in Web Workers. The workers start on the first check
 * and stay up, so later checks only re-analyse the changed file.
 */
export class TypeChecker {
  /** Milliseconds from creating the worker to a ready language server, for the last boot. */
  lastBootMs: number | null = null;
  /** Milliseconds the last check took (the first includes loading builtins). */
  lastCheckMs: number | null = null;

  private readonly workerUrl: string;
  private readonly timeoutMs: number;
  private workers: Worker[] = [];
  private connection: Promise<MessageConnection> | null = null;
  private version = 0;
  private waiting: Waiting | null = null;
  private last: { code: string; findings: Finding[] } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: TypeCheckerOptions = {}) {
    this.workerUrl = new URL(options.workerUrl ?? TYPE_CHECKER_WORKER_URL, location.href).href;
    if (new URL(this.workerUrl).origin !== location.origin) {
      throw new Error(`The type checker must be served from this site, not ${this.workerUrl}.`);
    }
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** Type checks `code` in strict mode; checks run one at a time, in call order. */
  check(code: string): Promise<Finding[]> {
    const result = this.queue.then(() => this.checkNow(code));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the workers; a later check starts them again. */
  dispose(): void {
    void this.connection?.then((connection) => connection.dispose()).catch(() => undefined);
    this.connection = null;
    for (const worker of this.workers) worker.terminate();
    this.workers = [];
    this.version = 0;
    this.abandon(new Error("The type checker was stopped."));
    this.last = null;
  }

  private async checkNow(code: string): Promise<Finding[]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("The type checker took too long and was restarted.")), this.timeoutMs);
    });
    try {
      return await Promise.race([this.analyse(code), timeout]);
    } catch (error) {
      // A server that failed or hung once is not trusted with the next check.
      this.dispose();
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private async analyse(code: string): Promise<Finding[]> {
    this.connection ??= this.boot();
    const connection = await this.connection;
    const started = performance.now();
    // The server does not re-analyse unchanged text, so it would never answer.
    if (this.last?.code === code) {
      this.lastCheckMs = performance.now() - started;
      return this.last.findings;
    }
    const version = ++this.version;
    const published = new Promise<LspDiagnostic[]>((resolve, reject) => {
      this.waiting = { version, resolve, reject };
    });
    if (version === 1) {
      await connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri: DOCUMENT_URI, languageId: "python", version, text: code },
      });
    } else {
      await connection.sendNotification("textDocument/didChange", {
        textDocument: { uri: DOCUMENT_URI, version },
        contentChanges: [{ text: code }],
      });
    }
    const findings = typeFindings(await published);
    this.lastCheckMs = performance.now() - started;
    this.last = { code, findings };
    return findings;
  }

  /** The server pushes diagnostics after analysing; the version ties them to the text they judge. */
  private receiveDiagnostics(params: unknown): void {
    const published = publishDiagnosticsSchema.safeParse(params);
    if (!published.success || published.data.uri !== DOCUMENT_URI) return;
    const waiting = this.waiting;
    if (!waiting || waiting.version !== published.data.version) return;
    this.waiting = null;
    waiting.resolve(published.data.diagnostics);
  }

  private abandon(error: Error): void {
    this.waiting?.reject(error);
    this.waiting = null;
  }

  private async boot(): Promise<MessageConnection> {
    const started = performance.now();
    const foreground = this.startWorker("type-checker");
    foreground.addEventListener("message", (event: MessageEvent<unknown>) => this.startBackground(event.data));
    foreground.postMessage({ type: "browser/boot", mode: "foreground" });
    const connection = createMessageConnection(
      new BrowserMessageReader(foreground),
      new BrowserMessageWriter(foreground),
    );
    const failed = new Promise<never>((_, reject) => {
      foreground.addEventListener("error", (event: Event) => {
        // A script that fails to load fires a bare Event, with no message.
        const reason = event instanceof ErrorEvent ? event.message : `could not load ${this.workerUrl}`;
        const error = new Error(`The type checker failed: ${reason}`);
        reject(error);
        this.abandon(error);
      });
    });
    // Only the boot races this; after it, a crash reaches the check through abandon().
    failed.catch(() => undefined);
    connection.onNotification("textDocument/publishDiagnostics", (params: unknown) => this.receiveDiagnostics(params));
    connection.listen();
    await Promise.race([
      connection.sendRequest("initialize", {
        processId: null,
        rootUri: ROOT_URI,
        // The server makes workspaces from workspaceFolders (or the deprecated
        // rootPath), not rootUri; without one it never finds pyrightconfig.json.
        workspaceFolders: [{ uri: ROOT_URI, name: "src" }],
        // Push, not pull: with 1.39.4 a textDocument/diagnostic request went
        // unanswered, while pushed diagnostics arrive as in basedpyright's playground.
        capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
        initializationOptions: { files: { "/src/pyrightconfig.json": JSON.stringify(BROWSER_CONFIG) } },
      }),
      failed,
    ]);
    await connection.sendNotification("initialized", {});
    this.lastBootMs = performance.now() - started;
    return connection;
  }

  private startBackground(data: unknown): void {
    const request = newWorkerSchema.safeParse(data);
    if (!request.success) return;
    const { initialData, port } = request.data;
    const background = this.startWorker(`type-checker-background-${this.workers.length}`);
    background.postMessage({ type: "browser/boot", mode: "background", initialData, port }, [port]);
  }

  private startWorker(name: string): Worker {
    // A classic worker: the bundle is a webpack IIFE, not an ES module.
    const worker = new Worker(this.workerUrl, { name });
    this.workers.push(worker);
    return worker;
  }
}
