import { beforeEach, describe, expect, it } from "vitest";
import { PROGRESS_BACKUP_KEY, PROGRESS_KEY, loadProgress, saveExercise } from "./progress-store";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe("progress store", () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
  });

  it("starts empty", () => {
    expect(loadProgress(storage)).toEqual({ progress: { version: 1, exercises: {} }, problem: null });
  });

  it("keeps code and remembers a pass even after later failing edits", () => {
    saveExercise(storage, "fetch-multiple", { code: "x = 1", passed: true });
    saveExercise(storage, "fetch-multiple", { code: "x = 2", passed: false });
    const entry = loadProgress(storage).progress.exercises["fetch-multiple"];
    expect(entry?.code).toBe("x = 2");
    expect(entry?.passed).toBe(true);
  });

  it("sets corrupted progress aside with a message instead of crashing", () => {
    storage.setItem(PROGRESS_KEY, "{not json");
    const { progress, problem } = loadProgress(storage);
    expect(progress.exercises).toEqual({});
    expect(problem).toContain("could not be read");
    expect(storage.getItem(PROGRESS_BACKUP_KEY)).toBe("{not json");
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it("treats a document of another version as unreadable", () => {
    storage.setItem(PROGRESS_KEY, JSON.stringify({ version: 99, exercises: {} }));
    expect(loadProgress(storage).problem).not.toBeNull();
  });
});
