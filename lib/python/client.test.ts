import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PythonClient, PythonStopped, type PythonEvent } from "./client";
import type { ToWorker } from "./protocol";
import { awaitInput } from "./stdin-channel";

/** Stands in for the Python worker: records requests, lets the test reply. */
class FakeWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: unknown) {
    this.onmessage?.({ data: message } as MessageEvent<unknown>);
  }
  last(): ToWorker {
    const message = this.received[this.received.length - 1];
    if (!message) throw new Error("nothing received");
    return message;
  }
}

const okRun = { outcome: "ok", error: null, exitCode: null };

describe("PythonClient", () => {
  let workers: FakeWorker[];
  let client: PythonClient;
  let events: PythonEvent[];

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    events = [];
    client = new PythonClient({
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
      isolated: true,
      stopGraceMs: 1000,
    });
    client.subscribe((event) => events.push(event));
  });
  afterEach(() => vi.useRealTimers());

  async function bootFirstWorker(): Promise<FakeWorker> {
    const booted = client.boot();
    const worker = workers[0] as FakeWorker;
    const boot = worker.last();
    expect(boot).toMatchObject({ type: "lab/boot" });
    worker.reply({ type: "lab/ready", id: boot.id, pythonVersion: "3.14.2", bootMs: 10 });
    await booted;
    return worker;
  }

  it("boots once and matches replies to requests by id", async () => {
    const worker = await bootFirstWorker();
    expect(client.getStatus()).toBe("ready");
    const result = client.run("print(1)", "main.py");
    await vi.waitFor(() => expect(worker.last().type).toBe("lab/run"));
    const request = worker.last();
    worker.reply({ type: "lab/run-done", id: request.id + 100, result: okRun });
    worker.reply({ type: "lab/run-done", id: request.id, result: { ...okRun, outcome: "exit", exitCode: 3 } });
    await expect(result).resolves.toMatchObject({ outcome: "exit", exitCode: 3 });
    await client.boot();
    expect(workers).toHaveLength(1);
  });

  it("streams output events and reports a forged message instead of acting on it", async () => {
    const worker = await bootFirstWorker();
    worker.reply({ type: "lab/output", stream: "stdout", text: "hi\n" });
    worker.reply({ type: "lab/run-done", id: "not a number", result: okRun });
    expect(events).toContainEqual({ type: "output", stream: "stdout", text: "hi\n" });
    const complaint = events.find((e) => e.type === "output" && e.stream === "stderr");
    expect(complaint).toMatchObject({ text: expect.stringContaining("Invalid message from the Python worker at id") });
  });

  it("Stop sets the interrupt buffer and keeps the worker when Python stops in time", async () => {
    const worker = await bootFirstWorker();
    const boot = worker.received[0];
    if (boot?.type !== "lab/boot" || !boot.interruptBuffer) throw new Error("expected an interrupt buffer");
    const interrupt = new Int32Array(boot.interruptBuffer);
    const result = client.run("while True: pass", "main.py");
    await vi.waitFor(() => expect(worker.last().type).toBe("lab/run"));
    client.stop();
    expect(Atomics.load(interrupt, 0)).toBe(2);
    worker.reply({ type: "lab/run-done", id: worker.last().id, result: { ...okRun, outcome: "interrupted" } });
    await expect(result).resolves.toMatchObject({ outcome: "interrupted" });
    vi.advanceTimersByTime(2000);
    expect(worker.terminated).toBe(false);
    expect(workers).toHaveLength(1);
  });

  it("replaces the worker when Python ignores Stop, and the next run goes to the new one", async () => {
    const worker = await bootFirstWorker();
    const result = client.run("stubborn", "main.py");
    await vi.waitFor(() => expect(worker.last().type).toBe("lab/run"));
    client.stop();
    const rejected = expect(result).rejects.toBeInstanceOf(PythonStopped);
    vi.advanceTimersByTime(1000);
    await rejected;
    expect(worker.terminated).toBe(true);
    expect(events).toContainEqual({ type: "restarted", reason: expect.stringContaining("KeyboardInterrupt") });

    const fresh = workers[1] as FakeWorker;
    fresh.reply({ type: "lab/ready", id: fresh.last().id, pythonVersion: "3.14.2", bootMs: 10 });
    const next = client.run("print(2)", "main.py");
    await vi.waitFor(() => expect(fresh.last().type).toBe("lab/run"));
    fresh.reply({ type: "lab/run-done", id: fresh.last().id, result: okRun });
    await expect(next).resolves.toMatchObject({ outcome: "ok" });
  });

  it("stops a check that runs past its time limit", async () => {
    const worker = await bootFirstWorker();
    const report = client.check("loop", "/checks/x", 5000);
    await vi.waitFor(() => expect(worker.last().type).toBe("lab/check"));
    const rejected = expect(report).rejects.toBeInstanceOf(PythonStopped);
    vi.advanceTimersByTime(5000 + 1000);
    await rejected;
    expect(worker.terminated).toBe(true);
  });

  it("passes a line typed by the learner to a waiting input()", async () => {
    const worker = await bootFirstWorker();
    const boot = worker.received[0];
    if (boot?.type !== "lab/boot" || !boot.stdinBuffer) throw new Error("expected a stdin buffer");
    void client.run("input()", "main.py");
    await vi.waitFor(() => expect(worker.last().type).toBe("lab/run"));
    worker.reply({ type: "lab/input-request" });
    expect(events).toContainEqual({ type: "input-request" });
    client.sendInput("Ada Lovelace");
    expect(awaitInput(boot.stdinBuffer, () => undefined)).toBe("Ada Lovelace");
  });
});
