import path from "node:path";
import { loadCourse, type Course, type Exercise, type Lesson } from "./load-course.server";

/** Where the course lives; the one place that knows. */
export const CONTENT_DIR = path.join(process.cwd(), "content");

let cached: Course | null = null;

/** The validated course, read once per server process. */
export function getCourse(): Course {
  cached ??= loadCourse(CONTENT_DIR);
  return cached;
}

export function findLesson(moduleSlug: string, lessonSlug: string): Lesson | null {
  const courseModule = getCourse().modules.find((m) => m.slug === moduleSlug);
  return courseModule?.lessons.find((l) => l.slug === lessonSlug) ?? null;
}

export function findExercise(id: string): Exercise | null {
  for (const courseModule of getCourse().modules) {
    for (const lesson of courseModule.lessons) {
      const exercise = lesson.exercises.find((e) => e.id === id);
      if (exercise) return exercise;
    }
  }
  return null;
}

/** Lessons in course order, for previous/next links. */
export function lessonSequence(): Lesson[] {
  return getCourse().modules.flatMap((m) => m.lessons);
}

export function lessonPath(lesson: Pick<Lesson, "moduleSlug" | "slug">): string {
  return `/learn/${lesson.moduleSlug}/${lesson.slug}`;
}
