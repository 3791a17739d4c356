import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { elements, ids, parseHtml } from '../support/html.ts';
import { builtPages, DIST, readBuilt, TEST_BASE } from '../support/site.ts';

const pages = builtPages();

test('no page ships the Mermaid runtime: diagrams arrive as finished SVG', () => {
  const scripts = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.js'));
  for (const script of scripts) {
    expect(readFileSync(join(DIST, '_astro', script), 'utf8'), script).not.toMatch(/mermaid/i);
  }
  for (const page of pages) expect(readBuilt(page), page).not.toMatch(/<script[^>]*mermaid/i);
  const figures = pages.flatMap((page) =>
    elements(parseHtml(readBuilt(page)), (el) => el.tagName === 'figure'),
  );
  expect(
    figures.filter((figure) => (figure.properties['className'] as string[]).includes('course-diagram'))
      .length,
  ).toBeGreaterThanOrEqual(11);
});

test.each(pages)('%s has unique ids', (page) => {
  const all = ids(parseHtml(readBuilt(page)));
  expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
});

test('every internal link in the built pages carries the base path', () => {
  const html = readBuilt('chapters/introduction/index.html');
  expect(html).toContain(`href="${TEST_BASE}glossary/#`);
  expect(html).not.toMatch(/href="\/(chapters|glossary)\//);
});
