/**
 * Cross-origin isolation gives the page SharedArrayBuffer, which Pyodide's
 * interrupt buffer (Stop) and the blocking input() channel need. Everything the
 * page loads comes from our own origin, so require-corp costs nothing.
 */
const isolationHeaders = [
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // mdx-bundler drives esbuild's native binary; it must stay a plain Node require.
  serverExternalPackages: ["mdx-bundler", "esbuild"],
  async headers() {
    return [{ source: "/:path*", headers: isolationHeaders }];
  },
};

export default nextConfig;
