import { bundleMDX } from "mdx-bundler";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";

const cache = new Map<string, Promise<string>>();

/**
 * Compiles MDX to the code string mdx-bundler's getMDXComponent evaluates.
 * Compilation happens at build time (pages are static), once per source.
 */
export function compileMdx(source: string, cwd: string, file: string): Promise<string> {
  const key = `${cwd}\0${source}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = bundleMDX({
      source,
      cwd,
      mdxOptions(options) {
        // Tables and strikethrough as authors expect from Markdown.
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        // Headings get ids, so findings can link to the section that teaches the fix.
        options.rehypePlugins = [...(options.rehypePlugins ?? []), rehypeSlug];
        return options;
      },
    })
      .then((result) => result.code)
      .catch((error: unknown) => {
        throw new Error(`${file}: MDX does not compile: ${(error as Error).message}`);
      });
    cache.set(key, compiled);
  }
  return compiled;
}
