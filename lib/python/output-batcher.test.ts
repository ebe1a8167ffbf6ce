import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { OUTPUT_LIMIT_CHARS, OutputBatcher, type StreamName } from "./output-batcher";

describe("OutputBatcher", () => {
  let clock = 0;
  let sent: [StreamName, string][];
  let batcher: OutputBatcher;

  beforeEach(() => {
    vi.useFakeTimers();
    clock = 1000;
    sent = [];
    batcher = new OutputBatcher((s, t) => sent.push([s, t]), () => clock);
  });
  afterEach(() => vi.useRealTimers());

  it("sends the first write at once and coalesces quick follow-ups", () => {
    batcher.write("stdout", "a\n");
    batcher.write("stdout", "b\n");
    batcher.write("stdout", "c\n");
    expect(sent).toEqual([["stdout", "a\n"]]);
    vi.advanceTimersByTime(50);
    expect(sent).toEqual([
      ["stdout", "a\n"],
      ["stdout", "b\nc\n"],
    ]);
  });

  it("keeps stdout and stderr apart and in order", () => {
    batcher.write("stdout", "x");
    batcher.write("stderr", "e");
    batcher.write("stdout", "y");
    batcher.flush();
    expect(sent).toEqual([
      ["stdout", "x"],
      ["stderr", "e"],
      ["stdout", "y"],
    ]);
  });

  it("flushes immediately once enough time has passed, even without timers running", () => {
    batcher.write("stdout", "1");
    clock += 100;
    batcher.write("stdout", "2");
    expect(sent.map(([, t]) => t)).toEqual(["1", "2"]);
  });

  it("stops a flood with a notice and drops the rest until reset", () => {
    batcher.write("stdout", "x".repeat(OUTPUT_LIMIT_CHARS - 5));
    batcher.write("stdout", "0123456789");
    batcher.write("stdout", "dropped");
    batcher.flush();
    const text = sent.map(([, t]) => t).join("");
    expect(text).toContain("01234\n[Output stopped here");
    expect(text).not.toContain("dropped");
    batcher.reset();
    batcher.write("stdout", "fresh");
    batcher.flush();
    expect(sent[sent.length - 1]).toEqual(["stdout", "fresh"]);
  });
});
