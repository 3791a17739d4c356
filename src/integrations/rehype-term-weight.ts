import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { parse } from 'yaml';

/** How much a glossary term's link counts for search on the chapter that teaches the term. */
export const TEACHING_LINK_WEIGHT = 10;

/** Each glossary term's teaching chapter, from its file in `src/content/glossary/`: id → chapter slug. */
export function teachingChapters(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => {
        const { section } = parse(readFileSync(join(dir, name), 'utf8')) as { section?: string };
        return [basename(name, '.yaml'), section?.split('#')[0] ?? ''] as const;
      }),
  );
}

/**
 * On the chapter that teaches a glossary term, its link to the glossary counts most for Pagefind:
 * every chapter uses words like "customer" and "relationship" many times, and a search for a term
 * should find the chapter that teaches it before the chapters that only use its words.
 */
export function rehypeTermWeight(options: { glossaryDir: string }) {
  const chapters = teachingChapters(options.glossaryDir);
  return (tree: Root, file: VFile) => {
    const chapter = /\/chapters\/([a-z0-9-]+)\.mdx?$/.exec(file.path ?? '')?.[1];
    if (!chapter) return;
    visit(tree, 'element', (node: Element) => {
      const term =
        node.tagName === 'a'
          ? /\/glossary\/#([a-z0-9-]+)$/.exec(String(node.properties['href'] ?? ''))?.[1]
          : undefined;
      if (term && chapters.get(term) === chapter)
        node.properties['dataPagefindWeight'] = String(TEACHING_LINK_WEIGHT);
    });
  };
}
