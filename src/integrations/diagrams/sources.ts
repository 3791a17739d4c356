import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_DIR = fileURLToPath(new URL('../../content/docs/', import.meta.url));

export interface DiagramSource {
  /** Path relative to the project root. */
  file: string;
  /** The path of the page it is on, root-relative, without the base path: `/chapters/introduction/`. */
  page: string;
  line: number;
  meta: string;
  source: string;
}

/** The page a content file becomes: `chapters/introduction.mdx` → `/chapters/introduction/`. */
export function pagePath(contentFile: string): string {
  const path = contentFile
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '');
  return path === '' ? '/' : `/${path}/`;
}

const FENCE = /^```mermaid([^\n]*)\n([\s\S]*?)\n```[ \t]*$/gm;

/** Every ```mermaid block in the course's Markdown and MDX, as the remark plugin will see it. */
export function findDiagramSources(dir = CONTENT_DIR, root = join(dir, '../../..')): DiagramSource[] {
  const found: DiagramSource[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(FENCE)) {
      found.push({
        file: relative(root, path),
        page: pagePath(relative(dir, path)),
        line: text.slice(0, match.index).split('\n').length,
        meta: match[1]!.trim(),
        source: match[2]!,
      });
    }
  }
  return found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
