import { checkBundleSchema, testsFilenameFor } from "@/lib/checker/check-bundle";
import { findExercise, getCourse } from "@/lib/content/course.server";

// Bundles are generated at build time for every exercise; nothing else is served.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): { exercise: string }[] {
  return getCourse().modules.flatMap((m) =>
    m.lessons.flatMap((l) => l.exercises.map((e) => ({ exercise: e.id }))),
  );
}

export async function GET(_request: Request, context: { params: Promise<{ exercise: string }> }) {
  const { exercise: id } = await context.params;
  const exercise = findExercise(id);
  if (!exercise) return new Response("No such exercise", { status: 404 });
  const bundle = checkBundleSchema.parse({
    exerciseId: exercise.id,
    module: exercise.meta.module,
    tests: exercise.tests,
    testsFilename: testsFilenameFor(exercise.meta.module),
    structure: exercise.meta.checks.structure,
    timeoutSeconds: exercise.meta.timeoutSeconds,
  });
  return Response.json(bundle);
}
