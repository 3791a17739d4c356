import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder whose name ends with `extension`, as full paths, sorted. */
export function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name))
    .sort();
}
