import type { CheckReport, RunResult } from "@/lib/checker/result";
import { answerInput, createStdinBuffer } from "./stdin-channel";
import { fromWorkerSchema, parseMessage, type FromWorker, type ToWorker } from "./protocol";

/** What the page sees of the Python runtime. */
export type PythonStatus = "booting" | "ready" | "busy" | "failed";

export type PythonEvent =
  | { type: "status"; status: PythonStatus; detail?: string }
  | { type: "output"; stream: "stdout" | "stderr"; text: string }
  | { type: "input-request" }
  /** The worker was terminated and is starting again; `reason` is for the learner. */
  | { type: "restarted"; reason: string };

/** Why a Run or Check ended without a result of its own. */
export class PythonStopped extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PythonStopped";
  }
}

export type WorkerFactory = () => Worker;

export interface PythonClientOptions {
  createWorker: WorkerFactory;
  /** How long Python may ignore Stop (say, by catching KeyboardInterrupt) before the worker is replaced. */
  stopGraceMs?: number;
  /** Whether SharedArrayBuffer is usable (the page is cross-origin isolated). */
  isolated?: boolean;
}

type Pending = {
  resolve: (message: FromWorker) => void;
  reject: (error: Error) => void;
};

const INTERRUPT_SIGINT = 2;

/**
 * The page's handle on the Python worker: matches replies to requests by id,
 * streams output and input requests to listeners, stops runaway code through
 * Pyodide's interrupt buffer, and replaces the worker when code will not stop.
 */
export class PythonClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: PythonEvent) => void>();
  private nextId = 1;
  private ready: Promise<void> | null = null;
  private interrupt: Int32Array | null = null;
  private stdin: SharedArrayBuffer | null = null;
  private busyId: number | null = null;
  private awaitingInput = false;
  private status: PythonStatus = "booting";
  private readonly stopGraceMs: number;
  private readonly isolated: boolean;

  constructor(private readonly options: PythonClientOptions) {
    this.stopGraceMs = options.stopGraceMs ?? 1500;
    this.isolated = options.isolated ?? typeof SharedArrayBuffer !== "undefined";
  }

  /** Current status; listeners hear every change. */
  getStatus(): PythonStatus {
    return this.status;
  }

  subscribe(listener: (event: PythonEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts the worker and Python; safe to call many times. */
  boot(): Promise<void> {
    this.ready ??= this.start();
    return this.ready;
  }

  async run(code: string, filename: string): Promise<RunResult> {
    const reply = await this.request({ type: "lab/run", id: 0, code, filename });
    if (reply.type !== "lab/run-done") throw new Error(`Unexpected reply ${reply.type} to a run.`);
    return reply.result;
  }

  /**
   * Checks code against an exercise's hidden tests; stops the check after
   * `timeoutMs` so an endless loop cannot hang it.
   */
  async check(code: string, bundleUrl: string, timeoutMs: number): Promise<CheckReport> {
    const timer = setTimeout(() => this.stop(), timeoutMs);
    try {
      const reply = await this.request({ type: "lab/check", id: 0, code, bundleUrl });
      if (reply.type !== "lab/check-done") throw new Error(`Unexpected reply ${reply.type} to a check.`);
      return reply.report;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends a line to a waiting input(). */
  sendInput(line: string): void {
    if (!this.stdin || !this.awaitingInput) return;
    this.awaitingInput = false;
    answerInput(this.stdin, line);
  }

  /**
   * Stops the running code: a KeyboardInterrupt first; if Python is still
   * busy after the grace period, the worker is terminated and started again.
   */
  stop(): void {
    const id = this.busyId;
    if (id === null) return;
    if (!this.interrupt) {
      this.restart(id, "Python was restarted to stop your code.");
      return;
    }
    Atomics.store(this.interrupt, 0, INTERRUPT_SIGINT);
    setTimeout(() => {
      if (this.busyId === id) {
        this.restart(
          id,
          "Your code did not stop when asked (does it catch KeyboardInterrupt?), so Python was restarted.",
        );
      }
    }, this.stopGraceMs);
  }

  /** Ends the worker for good. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(new PythonStopped("Python was shut down."));
    this.listeners.clear();
  }

  private async start(): Promise<void> {
    this.setStatus("booting");
    this.worker = this.options.createWorker();
    this.worker.onmessage = (event: MessageEvent<unknown>) => this.receive(event.data);
    this.worker.onerror = (event) => this.fail(`The Python worker crashed: ${event.message}`);
    const interruptBuffer = this.isolated ? new SharedArrayBuffer(4) : null;
    this.interrupt = interruptBuffer ? new Int32Array(interruptBuffer) : null;
    this.stdin = this.isolated ? createStdinBuffer() : null;
    try {
      await this.send({
        type: "lab/boot",
        id: 0,
        interruptBuffer,
        stdinBuffer: this.stdin,
      });
      // A User Timing mark, read by the benchmark and visible in dev tools.
      performance.mark("lab:python-ready");
      this.setStatus("ready");
    } catch (error) {
      this.fail(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  private async request(message: ToWorker): Promise<FromWorker> {
    await this.boot();
    if (this.busyId !== null) throw new Error("Python is still busy with the previous request.");
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    this.setStatus("busy");
    try {
      return await this.send(message, (id) => (this.busyId = id));
    } finally {
      this.busyId = null;
      this.awaitingInput = false;
      if (this.status === "busy") this.setStatus("ready");
    }
  }

  private send(message: ToWorker, onId?: (id: number) => void): Promise<FromWorker> {
    const worker = this.worker;
    if (!worker) return Promise.reject(new Error("Python is not running."));
    const id = this.nextId++;
    onId?.(id);
    return new Promise<FromWorker>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ ...message, id });
    });
  }

  private receive(data: unknown): void {
    let message: FromWorker;
    try {
      message = parseMessage(fromWorkerSchema, data, "the Python worker");
    } catch (error) {
      this.emit({ type: "output", stream: "stderr", text: `${(error as Error).message}\n` });
      return;
    }
    switch (message.type) {
      case "lab/output":
        this.emit({ type: "output", stream: message.stream, text: message.text });
        return;
      case "lab/input-request":
        this.awaitingInput = true;
        this.emit({ type: "input-request" });
        return;
      case "lab/failed": {
        const waiting = message.id === null ? undefined : this.pending.get(message.id);
        if (waiting && message.id !== null) {
          this.pending.delete(message.id);
          waiting.reject(new Error(message.message));
        } else {
          this.emit({ type: "output", stream: "stderr", text: `${message.message}\n` });
        }
        return;
      }
      default: {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        waiting?.resolve(message);
      }
    }
  }

  private restart(id: number, reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    this.rejectAll(new PythonStopped(reason));
    waiting?.reject(new PythonStopped(reason));
    this.busyId = null;
    this.emit({ type: "restarted", reason });
    this.ready = null;
    void this.boot().catch(() => undefined);
  }

  private rejectAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private fail(detail: string): void {
    this.setStatus("failed", detail);
    this.rejectAll(new Error(detail));
  }

  private setStatus(status: PythonStatus, detail?: string): void {
    this.status = status;
    this.emit({ type: "status", status, detail });
  }

  private emit(event: PythonEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
