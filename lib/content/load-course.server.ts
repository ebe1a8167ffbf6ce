import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ContentError, parseContent } from "./content-error";
import {
  exerciseIdSchema,
  exerciseMetaSchema,
  lessonFrontmatterSchema,
  moduleMetaSchema,
  orderedFolderPattern,
  type ExerciseMeta,
  type LessonFrontmatter,
  type ModuleMeta,
} from "./schema";

export interface Exercise {
  id: string;
  meta: ExerciseMeta;
  starter: string;
  solution: string;
  tests: string;
  /** Progressive hints, first to last, as Markdown. */
  hints: string[];
  /** Known-wrong variants (`wrong/*.py`) by file name. */
  wrong: Record<string, string>;
}

export interface Lesson {
  slug: string;
  moduleSlug: string;
  /** Path of index.mdx relative to the project, for error messages. */
  file: string;
  dir: string;
  frontmatter: LessonFrontmatter;
  body: string;
  exercises: Exercise[];
}

export interface CourseModule {
  slug: string;
  number: number;
  meta: ModuleMeta;
  lessons: Lesson[];
}

export interface Course {
  modules: CourseModule[];
}

const EXERCISE_TAG = /<Exercise\s+id=["']([^"']+)["']/g;

function orderedFolders(dir: string): { name: string; number: number; slug: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const match = orderedFolderPattern.exec(entry.name);
      return match ? { name: entry.name, number: Number(match[1]), slug: match[2] ?? "" } : null;
    })
    .filter((folder) => folder !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

function readRequired(file: string, rel: string): string {
  if (!existsSync(file)) throw new ContentError(rel, null, "file is missing");
  return readFileSync(file, "utf8");
}

function readJson(file: string, rel: string): unknown {
  try {
    return JSON.parse(readRequired(file, rel)) as unknown;
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(rel, null, `is not valid JSON (${(error as Error).message})`);
  }
}

function splitHints(markdown: string): string[] {
  return markdown
    .split(/^---\s*$/m)
    .map((hint) => hint.trim())
    .filter((hint) => hint.length > 0);
}

function loadExercise(dir: string, id: string, relOf: (p: string) => string): Exercise {
  const file = (name: string) => path.join(dir, name);
  parseContent(exerciseIdSchema, id, relOf(dir), "folder name");
  const meta = parseContent(exerciseMetaSchema, readJson(file("exercise.json"), relOf(file("exercise.json"))), relOf(file("exercise.json")));
  const hints = splitHints(readRequired(file("hints.md"), relOf(file("hints.md"))));
  if (hints.length === 0) throw new ContentError(relOf(file("hints.md")), null, "needs at least one hint");
  const wrongDir = file("wrong");
  const wrong: Record<string, string> = {};
  if (existsSync(wrongDir)) {
    for (const name of readdirSync(wrongDir).filter((n) => n.endsWith(".py")).sort()) {
      wrong[name] = readFileSync(path.join(wrongDir, name), "utf8");
    }
  }
  return {
    id,
    meta,
    starter: readRequired(file("starter.py"), relOf(file("starter.py"))),
    solution: readRequired(file("solution.py"), relOf(file("solution.py"))),
    tests: readRequired(file("tests.py"), relOf(file("tests.py"))),
    hints,
    wrong,
  };
}

function loadLesson(dir: string, slug: string, moduleSlug: string, relOf: (p: string) => string): Lesson {
  const file = path.join(dir, "index.mdx");
  const rel = relOf(file);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(readRequired(file, rel));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(rel, "frontmatter", (error as Error).message);
  }
  const frontmatter = parseContent(lessonFrontmatterSchema, parsed.data, rel, "frontmatter");
  const exercisesDir = path.join(dir, "exercises");
  const exercises = existsSync(exercisesDir)
    ? readdirSync(exercisesDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => loadExercise(path.join(exercisesDir, entry.name), entry.name, relOf))
    : [];
  for (const match of parsed.content.matchAll(EXERCISE_TAG)) {
    const id = match[1] ?? "";
    if (!exercises.some((exercise) => exercise.id === id)) {
      throw new ContentError(rel, `<Exercise id="${id}">`, `no folder exercises/${id} beside this lesson`);
    }
  }
  return { slug, moduleSlug, file: rel, dir, frontmatter, body: parsed.content, exercises };
}

/**
 * Reads and validates the whole course under `contentDir`. Throws a
 * ContentError naming the file and field of the first problem found.
 */
export function loadCourse(contentDir: string, projectDir = process.cwd()): Course {
  const relOf = (p: string) => path.relative(projectDir, p);
  const modules = orderedFolders(contentDir).map((folder) => {
    const dir = path.join(contentDir, folder.name);
    const metaFile = path.join(dir, "module.json");
    const meta = parseContent(moduleMetaSchema, readJson(metaFile, relOf(metaFile)), relOf(metaFile));
    const lessons = orderedFolders(dir).map((lesson) =>
      loadLesson(path.join(dir, lesson.name), lesson.slug, folder.slug, relOf),
    );
    return { slug: folder.slug, number: folder.number, meta, lessons };
  });
  const seen = new Map<string, string>();
  for (const lesson of modules.flatMap((m) => m.lessons)) {
    for (const exercise of lesson.exercises) {
      const other = seen.get(exercise.id);
      if (other) throw new ContentError(lesson.file, `exercise ${exercise.id}`, `id already used in ${other}`);
      seen.set(exercise.id, lesson.file);
    }
  }
  return { modules };
}
