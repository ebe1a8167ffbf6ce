import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
        <Link href="/" className="font-semibold tracking-tight">
          Python Specialist Lab
        </Link>
        <span className="text-sm text-slate-600 dark:text-slate-400">Backend Python, run in your browser</span>
      </div>
    </header>
  );
}
