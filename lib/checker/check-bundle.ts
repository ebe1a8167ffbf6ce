// zod/mini keeps the page and worker bundles small; the API differs only in modifiers.
import * as z from "zod/mini";
import { structureRuleSchema } from "./structure-rules";

/**
 * What the worker needs to check one exercise: served as JSON at
 * `/checks/<exercise-id>`, fetched by the worker itself so the hidden tests
 * never enter the page.
 */
export const checkBundleSchema = z.object({
  exerciseId: z.string(),
  /** Import name of the learner's code, e.g. `gather_demo`. */
  module: z.string(),
  /** Source of the hidden tests. */
  tests: z.string(),
  /** Module file name the hidden tests are imported as, e.g. `test_gather_demo.py`. */
  testsFilename: z.string(),
  /** Structural rules the harness checks on the learner's code. */
  structure: z.array(structureRuleSchema),
  /** Seconds a whole Check may take before it is stopped. */
  timeoutSeconds: z.number().check(z.positive()),
});
export type CheckBundle = z.infer<typeof checkBundleSchema>;

/** The file name hidden tests are imported under, as a real suite would name it. */
export function testsFilenameFor(module: string): string {
  return `test_${module}.py`;
}

/** URL of an exercise's check bundle. */
export function checkBundleUrl(exerciseId: string): string {
  return `/checks/${encodeURIComponent(exerciseId)}`;
}
