import Link from "next/link";
import { getCourse, lessonPath } from "@/lib/content/course.server";

export default function CourseHome() {
  const { modules } = getCourse();
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Modern backend Python, hands on</h1>
      <p className="mt-3 max-w-2xl text-slate-700 dark:text-slate-300">
        FastAPI, async/await, type hints and profiling. Every lesson has code you edit and run right here: Python
        runs in your browser, and Check tells you what to fix.
      </p>
      <ol className="mt-8 space-y-6" aria-label="Modules">
        {modules.map((courseModule) => (
          <li key={courseModule.slug} className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
            <h2 className="text-xl font-semibold">
              Module {courseModule.number}: {courseModule.meta.title}
            </h2>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{courseModule.meta.summary}</p>
            <ol className="mt-3 space-y-2" aria-label={`Lessons in ${courseModule.meta.title}`}>
              {courseModule.lessons.map((lesson) => (
                <li key={lesson.slug}>
                  <Link href={lessonPath(lesson)} className="font-medium text-sky-700 underline dark:text-sky-400">
                    {lesson.frontmatter.title}
                  </Link>
                  <p className="text-sm text-slate-600 dark:text-slate-400">{lesson.frontmatter.summary}</p>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </>
  );
}
