// Adds lockfile entries for other platforms' optional binaries (next's swc,
// tailwind's oxide, rollup, …). The registry mirror this project is built
// against serves only some platforms' binaries, so `npm install` silently
// leaves the rest out of package-lock.json, and `npm ci` then refuses the
// lockfile as out of sync. An entry with the version and the platform is all
// `npm ci` needs: it skips packages for other platforms without fetching them.
// Run after changing dependencies: `npm run lockfile`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const PLATFORM = /-(darwin|linux|win32|freebsd|openbsd|netbsd|android|openharmony|sunos|aix|wasm32)(?:-|$)/;

/** Optional dependencies declared in the lockfile that have no entry of their own. */
export function missingOptionalEntries(lock) {
  const missing = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = location ? `${location}/node_modules/${name}` : `node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[hoisted]) missing.push({ name, version, dev: entry.dev === true });
    }
  }
  return missing;
}

/** Adds an entry, with its platform, for every missing optional dependency. */
export function completeLockfile(lock) {
  const missing = missingOptionalEntries(lock);
  for (const { name, version, dev } of missing) {
    const os = PLATFORM.exec(name)?.[1];
    lock.packages[`node_modules/${name}`] = {
      version,
      ...(dev ? { dev: true } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
  }
  return missing.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = new URL("../package-lock.json", import.meta.url);
  const lock = JSON.parse(readFileSync(file, "utf8"));
  const added = completeLockfile(lock);
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`complete-lockfile: ${added} entries added`);
}
