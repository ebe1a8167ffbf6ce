/** The harness's Python sources, inlined into the worker bundle by scripts/bundle-worker.ts. */
declare module "virtual:harness-files" {
  const files: Record<string, string>;
  export default files;
}
