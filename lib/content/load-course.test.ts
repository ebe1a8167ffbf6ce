import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCourse } from "./load-course.server";

let root: string;

function write(rel: string, text: string) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const lesson = (frontmatter: string, body = '<Exercise id="add-one" />') => `---\n${frontmatter}\n---\n\n${body}\n`;
const goodFrontmatter = "title: Adding\nsummary: Add one.\nobjectives:\n  - add";
const exercise = "content/01-basics/01-adding/exercises/add-one";

function writeValidCourse() {
  write("content/01-basics/module.json", JSON.stringify({ title: "Basics", summary: "The basics." }));
  write("content/01-basics/01-adding/index.mdx", lesson(goodFrontmatter));
  write(`${exercise}/exercise.json`, JSON.stringify({ title: "Add one", module: "adding" }));
  write(`${exercise}/starter.py`, "def add_one(n):\n    return n\n");
  write(`${exercise}/solution.py`, "def add_one(n):\n    return n + 1\n");
  write(`${exercise}/tests.py`, "from adding import add_one\n\ndef test_add_one():\n    assert add_one(1) == 2\n");
  write(`${exercise}/hints.md`, "Add one.\n\n---\n\nUse `+ 1`.\n");
}

const load = () => loadCourse(path.join(root, "content"), root);

describe("loadCourse", () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "course-"));
    writeValidCourse();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("reads modules, lessons and exercises in folder order", () => {
    const course = load();
    expect(course.modules.map((m) => [m.number, m.slug, m.meta.title])).toEqual([[1, "basics", "Basics"]]);
    const [adding] = course.modules[0]?.lessons ?? [];
    expect(adding?.slug).toBe("adding");
    expect(adding?.exercises[0]).toMatchObject({ id: "add-one", meta: { module: "adding", timeoutSeconds: 10 } });
    expect(adding?.exercises[0]?.hints).toEqual(["Add one.", "Use `+ 1`."]);
  });

  it("names the file and field of a frontmatter problem", () => {
    write("content/01-basics/01-adding/index.mdx", lesson("summary: Add one.\nobjectives:\n  - add"));
    expect(load).toThrow("content/01-basics/01-adding/index.mdx → frontmatter.title:");
  });

  it("rejects unknown frontmatter fields, naming them", () => {
    write("content/01-basics/01-adding/index.mdx", lesson(`${goodFrontmatter}\ntitel: typo`));
    expect(load).toThrow(/index\.mdx → frontmatter.*titel/);
  });

  it("names the field of an exercise metadata problem", () => {
    write(`${exercise}/exercise.json`, JSON.stringify({ title: "Add one", module: "not a module" }));
    expect(load).toThrow(`${exercise}/exercise.json → module: must be a Python module name`);
  });

  it("reports malformed JSON with the file", () => {
    write(`${exercise}/exercise.json`, "{ title: ");
    expect(load).toThrow(`${exercise}/exercise.json: is not valid JSON`);
  });

  it("reports a missing exercise file", () => {
    rmSync(path.join(root, exercise, "tests.py"));
    expect(load).toThrow(`${exercise}/tests.py: file is missing`);
  });

  it("reports an <Exercise> that has no folder", () => {
    write("content/01-basics/01-adding/index.mdx", lesson(goodFrontmatter, '<Exercise id="missing-one" />'));
    expect(load).toThrow('index.mdx → <Exercise id="missing-one">: no folder exercises/missing-one');
  });

  it("requires at least one hint", () => {
    write(`${exercise}/hints.md`, "\n---\n");
    expect(load).toThrow(`${exercise}/hints.md: needs at least one hint`);
  });

  it("rejects an exercise id used twice in the course", () => {
    write("content/01-basics/02-again/index.mdx", lesson(goodFrontmatter));
    for (const name of ["exercise.json", "starter.py", "solution.py", "tests.py", "hints.md"]) {
      write(`content/01-basics/02-again/exercises/add-one/${name}`, name.endsWith(".json") ? JSON.stringify({ title: "x", module: "adding" }) : "x\n");
    }
    expect(load).toThrow("content/01-basics/02-again/index.mdx → exercise add-one: id already used in content/01-basics/01-adding/index.mdx");
  });
});
