import type { ComponentType } from "react";
import { ContentError } from "@/lib/content/content-error";
import { compileMdx } from "@/lib/content/compile-mdx.server";
import type { Lesson } from "@/lib/content/load-course.server";
import { checkBundleUrl } from "@/lib/checker/check-bundle";
import { ExercisePanel } from "@/components/exercise/ExercisePanel";
import { Callout } from "./Callout";
import { renderMdx } from "./render-mdx.server";

/**
 * The component registry for one lesson's MDX. `<Exercise id>` resolves to the
 * lesson's exercise folder; the page receives the starter and the hints, never
 * the hidden tests or the solution.
 */
export async function lessonComponents(lesson: Lesson): Promise<Record<string, ComponentType<never>>> {
  const hintsById = new Map(
    await Promise.all(
      lesson.exercises.map(
        async (exercise) =>
          [
            exercise.id,
            await Promise.all(exercise.hints.map((hint, i) => compileMdx(hint, lesson.dir, `${lesson.file} (hint ${i + 1} of ${exercise.id})`))),
          ] as const,
      ),
    ),
  );

  function Exercise({ id }: { id: string }) {
    const exercise = lesson.exercises.find((e) => e.id === id);
    const hints = hintsById.get(id);
    if (!exercise || !hints) throw new ContentError(lesson.file, `<Exercise id="${id}">`, "unknown exercise");
    return (
      <ExercisePanel
        exerciseId={exercise.id}
        title={exercise.meta.title}
        starter={exercise.starter}
        filename={`${exercise.meta.module}.py`}
        bundleUrl={checkBundleUrl(exercise.id)}
        timeoutMs={exercise.meta.timeoutSeconds * 1000}
        checks={{ lint: exercise.meta.checks.lint, types: exercise.meta.checks.types === "strict" }}
        hints={hints.map((code) => renderMdx(code))}
      />
    );
  }

  return { Exercise, Callout } as Record<string, ComponentType<never>>;
}
