import * as z from "zod/mini";

/**
 * Structural rules: what an exercise requires of the shape of the learner's
 * code, checked by the harness on its syntax tree (labharness/structure.py).
 * Part of the authoring format (exercise.json → checks.structure) and of the
 * check bundle the worker receives. `function` limits a rule to one
 * function's body.
 */
const name = z.string().check(z.minLength(1));
const scope = { function: z.optional(z.string()) };

export const structureRuleSchema = z.discriminatedUnion("rule", [
  /** The code must call `name`, e.g. "asyncio.gather" (however it was imported). */
  z.strictObject({ rule: z.literal("calls"), name, ...scope }),
  /** The code must not call `name`, e.g. "time.sleep". */
  z.strictObject({ rule: z.literal("no-call"), name, ...scope }),
  /** No `await` inside a for/while loop: start the work first, then await it together. */
  z.strictObject({ rule: z.literal("no-await-in-loop"), ...scope }),
  /** `name` (e.g. "httpx.AsyncClient") must be used as `async with name(...)`. */
  z.strictObject({ rule: z.literal("async-with"), name, ...scope }),
  /** `name` (e.g. "open") must be used as `with name(...)`. */
  z.strictObject({ rule: z.literal("with"), name, ...scope }),
  /** Every parameter (but self/cls) and every return of every function is annotated. */
  z.strictObject({ rule: z.literal("fully-annotated"), ...scope }),
]);
export type StructureRule = z.infer<typeof structureRuleSchema>;
