import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations; its functions are exercised below.
import { completeLockfile, missingOptionalEntries } from "./complete-lockfile.mjs";

describe("complete-lockfile", () => {
  it("adds a platform-tagged entry for each missing optional binary", () => {
    const lock = {
      packages: {
        "": { devDependencies: { next: "16" } },
        "node_modules/next": { version: "16.4.6", optionalDependencies: { "@next/swc-darwin-arm64": "16.4.6", "@next/swc-linux-x64-gnu": "16.4.6" } },
        "node_modules/@next/swc-linux-x64-gnu": { version: "16.4.6", optional: true },
      },
    };
    expect(completeLockfile(lock)).toBe(1);
    expect(lock.packages).toHaveProperty(["node_modules/@next/swc-darwin-arm64"], {
      version: "16.4.6",
      optional: true,
      os: ["darwin"],
    });
    expect(missingOptionalEntries(lock)).toEqual([]);
  });

  it("keeps the committed lockfile complete, so npm ci accepts it", () => {
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    expect(missingOptionalEntries(lock)).toEqual([]);
  });
});
