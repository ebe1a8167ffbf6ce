import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PythonPreboot } from "@/components/exercise/PythonPreboot";
import { lessonComponents } from "@/components/mdx/lesson-components.server";
import { renderMdx } from "@/components/mdx/render-mdx.server";
import { compileMdx } from "@/lib/content/compile-mdx.server";
import { findLesson, getCourse, lessonPath, lessonSequence } from "@/lib/content/course.server";

type Params = { module: string; lesson: string };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return getCourse().modules.flatMap((m) => m.lessons.map((l) => ({ module: m.slug, lesson: l.slug })));
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { module, lesson } = await params;
  const found = findLesson(module, lesson);
  return found ? { title: found.frontmatter.title, description: found.frontmatter.summary } : {};
}

export default async function LessonPage({ params }: { params: Promise<Params> }) {
  const { module, lesson: slug } = await params;
  const lesson = findLesson(module, slug);
  if (!lesson) notFound();
  const code = await compileMdx(lesson.body, lesson.dir, lesson.file);
  const components = await lessonComponents(lesson);
  const sequence = lessonSequence();
  const index = sequence.indexOf(lesson);
  const previous = sequence[index - 1];
  const next = sequence[index + 1];
  const courseModule = getCourse().modules.find((m) => m.slug === module);

  return (
    <article>
      {lesson.exercises.length > 0 && <PythonPreboot />}
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/" className="underline">
          Course
        </Link>{" "}
        / Module {courseModule?.number}: {courseModule?.meta.title}
      </nav>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{lesson.frontmatter.title}</h1>
      <section aria-label="What you will learn" className="mt-4 rounded-lg bg-slate-50 p-4 dark:bg-slate-900">
        <h2 className="font-semibold">You will be able to</h2>
        <ul className="mt-1 list-disc pl-6">
          {lesson.frontmatter.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
      <div className="lesson-body mt-6">{renderMdx(code, components)}</div>
      <nav aria-label="Lessons" className="mt-12 flex justify-between border-t border-slate-200 pt-4 dark:border-slate-800">
        {previous ? <Link href={lessonPath(previous)}>← {previous.frontmatter.title}</Link> : <span />}
        {next ? <Link href={lessonPath(next)}>{next.frontmatter.title} →</Link> : <span />}
      </nav>
    </article>
  );
}
