import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { inlineHash } from '../../src/integrations/csp.ts';
import { elements, ids, parseHtml } from '../../tools/testing/html.ts';
import { readYaml } from '../../tools/testing/content.ts';
import { builtPages, DIST, readBuilt, TEST_BASE } from '../../tools/testing/site.ts';

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

describe('the Content-Security-Policy of every page', () => {
  test.each(pages)('%s allows its own inline scripts by hash, and nothing from other hosts', (page) => {
    const tree = parseHtml(readBuilt(page));
    const meta = elements(
      tree,
      (el) =>
        el.tagName === 'meta' &&
        el.properties['httpEquiv']?.toString().toLowerCase() === 'content-security-policy',
    );
    expect(meta).toHaveLength(1);
    const policy = String(meta[0]!.properties['content']);
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src '))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).not.toMatch(/https?:\/\//);
    const inline = elements(tree, (el) => el.tagName === 'script' && el.properties['src'] === undefined);
    for (const script of inline) {
      const body = script.children.map((child) => ('value' in child ? child.value : '')).join('');
      expect(scriptSrc, body.slice(0, 80)).toContain(`'${inlineHash(body)}'`);
    }
  });
});

test('every branch of the mind map points to a heading of the built chapter 4', () => {
  const headings = new Set(ids(parseHtml(readBuilt('chapters/strategy-in-practice/index.html'))));
  const coverage = readYaml<Array<{ branch: string; section: string }>>('tests/coverage/mind-map.yaml');
  const missing = coverage.filter(({ section }) => !headings.has(section.split('#')[1]!));
  expect(missing).toEqual([]);
});
