import { normalizeBasePath, withBase } from './site-env.ts';

/** A site path with the configured base path, for links that do not pass through Markdown. */
export function sitePath(path: string): string {
  return withBase(normalizeBasePath(import.meta.env.BASE_URL), path);
}
