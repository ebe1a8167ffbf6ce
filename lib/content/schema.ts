import { z } from "zod";
import { structureRuleSchema } from "@/lib/checker/structure-rules";

/**
 * The authoring format. Every field documented here is what an instructor
 * writes; the loader validates it and names the file and field on error.
 */

/** `content/NN-module/module.json` */
export const moduleMetaSchema = z.strictObject({
  /** Shown on the course home, e.g. "Async/await". */
  title: z.string().min(1),
  /** One or two sentences on what the module teaches. */
  summary: z.string().min(1),
});
export type ModuleMeta = z.infer<typeof moduleMetaSchema>;

/** Frontmatter of `content/NN-module/NN-lesson/index.mdx` */
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().min(1),
  /** One sentence shown in the lesson list. */
  summary: z.string().min(1),
  /** What the learner can do after the lesson. */
  objectives: z.array(z.string().min(1)).min(1),
  /** The part of the source document the lesson is derived from. */
  source: z.string().min(1).optional(),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

const pythonIdentifier = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be a Python module name such as gather_demo");

/** What Check requires beyond the hidden tests. */
export const exerciseChecksSchema = z.strictObject({
  /**
   * Ruff rules that must be clean for Check to pass; a prefix covers a family
   * ("ANN" covers ANN001 and ANN201). Other rules still show as advice.
   */
  lint: z.array(z.string().regex(/^[A-Z]+[0-9]*$/, "must be a Ruff rule code or prefix such as E722 or ANN")).default([]),
  /** Structural rules on the learner's code; see lib/checker/structure-rules.ts. */
  structure: z.array(structureRuleSchema).default([]),
  /** "strict": zero basedpyright errors in strict mode are required. Absent: no type check. */
  types: z.literal("strict").optional(),
});
export type ExerciseChecks = z.infer<typeof exerciseChecksSchema>;

/** `content/…/exercises/<id>/exercise.json` */
export const exerciseMetaSchema = z.strictObject({
  title: z.string().min(1),
  /**
   * The import name of the learner's code. Hidden tests import it exactly as a
   * real test suite would: `from gather_demo import fetch_multiple`.
   */
  module: pythonIdentifier,
  /** Seconds a whole Check may run before it is stopped. */
  timeoutSeconds: z.number().positive().max(60).default(10),
  checks: exerciseChecksSchema.default({ lint: [], structure: [] }),
});
export type ExerciseMeta = z.infer<typeof exerciseMetaSchema>;

/** Exercise folder names double as ids, so they must be URL- and file-safe. */
export const exerciseIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens, e.g. fetch-multiple");

/** Module and lesson folders: a two-digit order, a hyphen, a slug. */
export const orderedFolderPattern = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
