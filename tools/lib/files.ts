import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder whose path ends with `ending` (`''`: every file), as full paths, sorted. */
export function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => path.endsWith(ending))
    .sort();
}

/**
 * The file a built site serves for a URL path, as GitHub Pages resolves it: under `base`, a folder
 * by its `index.html`. `undefined` when nothing is there (the server would answer 404).
 */
export function servedFile(dist: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const candidate = join(dist, decodeURIComponent(urlPath.slice(base.length)));
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  if (existsSync(join(candidate, 'index.html'))) return join(candidate, 'index.html');
  return undefined;
}
