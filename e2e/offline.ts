import type { BrowserContext } from "@playwright/test";

/**
 * Records every request the browser makes (pages and workers alike) so a test
 * can assert that nothing left the app's origin.
 */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (request) => urls.push(request.url()));
  return urls;
}

export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
}
