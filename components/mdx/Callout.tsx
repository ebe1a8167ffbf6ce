import type { ReactNode } from "react";

/** An aside in a lesson: a tip, a caveat, a note on the browser environment. */
export function Callout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="my-6 rounded-lg border-l-4 border-sky-500 bg-sky-50 px-4 py-3 dark:bg-sky-950/40">
      <p className="font-semibold">{title}</p>
      <div className="[&>p]:my-1">{children}</div>
    </aside>
  );
}
