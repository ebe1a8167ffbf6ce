// zod/mini keeps the page and worker bundles small; the API differs only in modifiers.
import * as z from "zod/mini";

/**
 * Learner progress kept in the browser. The stored document carries a version
 * so later releases can migrate it; a document that does not parse is set
 * aside under a backup key rather than thrown away.
 */

export const PROGRESS_KEY = "python-lab:progress";
export const PROGRESS_BACKUP_KEY = "python-lab:progress:unreadable";

const exerciseProgressSchema = z.object({
  /** The learner's latest code. */
  code: z.string(),
  /** Whether a Check has passed at least once. */
  passed: z.boolean(),
  updatedAt: z.string(),
});
export type ExerciseProgress = z.infer<typeof exerciseProgressSchema>;

export const progressSchema = z.object({
  version: z.literal(1),
  exercises: z.record(z.string(), exerciseProgressSchema),
});
export type Progress = z.infer<typeof progressSchema>;

const empty = (): Progress => ({ version: 1, exercises: {} });

export type ProgressLoad = { progress: Progress; problem: string | null };

/** Reads progress; a corrupted document yields empty progress, a backup and a message. */
export function loadProgress(storage: Storage): ProgressLoad {
  const raw = storage.getItem(PROGRESS_KEY);
  if (raw === null) return { progress: empty(), problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  const parsed = progressSchema.safeParse(data);
  if (parsed.success) return { progress: parsed.data, problem: null };
  storage.setItem(PROGRESS_BACKUP_KEY, raw);
  storage.removeItem(PROGRESS_KEY);
  return {
    progress: empty(),
    problem: `Saved progress could not be read, so it was set aside (kept under "${PROGRESS_BACKUP_KEY}") and you start fresh.`,
  };
}

/** Stores one exercise's progress, keeping the rest. */
export function saveExercise(storage: Storage, id: string, update: { code?: string; passed?: boolean }): void {
  const { progress } = loadProgress(storage);
  const previous = progress.exercises[id];
  progress.exercises[id] = {
    code: update.code ?? previous?.code ?? "",
    passed: (previous?.passed ?? false) || (update.passed ?? false),
    updatedAt: new Date().toISOString(),
  };
  storage.setItem(PROGRESS_KEY, JSON.stringify(progress));
}
