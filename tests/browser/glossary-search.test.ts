import type { Element } from 'hast';
import { afterAll, expect, test } from 'vitest';
import { disconnectBrowser } from '../../tools/testing/browser.ts';
import { elements, parseHtml } from '../../tools/testing/html.ts';
import { searchIndex, searchPage } from '../../tools/testing/search.ts';
import { readBuilt, TEST_BASE } from '../../tools/testing/site.ts';

const home = searchPage();
afterAll(async () => {
  expect((await home.get()).problems).toEqual([]);
  await disconnectBrowser();
});

interface GlossaryTerm {
  term: string;
  /** The chapters the entry links to ("Taught in …", "see also …"): the pages that teach the term. */
  chapters: string[];
}

function textOf(element: Element): string {
  return element.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
    .join('');
}

/** Every `###` term of the built glossary with the chapter pages its entry links to. */
function glossaryTerms(): GlossaryTerm[] {
  const main = elements(parseHtml(readBuilt('glossary/index.html')), (el) => el.tagName === 'main')[0]!;
  const terms: GlossaryTerm[] = [];
  const chapterLink = new RegExp(`^${TEST_BASE}(chapters/[a-z-]+/)`);
  for (const el of elements({ type: 'root', children: [main] })) {
    if (el.tagName === 'h2') terms.push({ term: '', chapters: [] });
    if (el.tagName === 'h3')
      terms.push({
        term: textOf(el)
          .replace(/\s*\(.*?\)/g, '')
          .trim(),
        chapters: [],
      });
    const match = el.tagName === 'a' ? chapterLink.exec(String(el.properties['href'] ?? '')) : null;
    if (match && terms.length > 0) terms.at(-1)!.chapters.push(match[1]!);
  }
  return terms.filter((entry) => entry.term !== '');
}

const TERMS = glossaryTerms();

test('the glossary yields its terms and the chapters that teach them', () => {
  expect(TERMS.length).toBeGreaterThanOrEqual(50);
  expect(TERMS.find((entry) => entry.term === 'IDIC model')?.chapters).toEqual(['chapters/introduction/']);
  for (const entry of TERMS) expect(entry.chapters.length, entry.term).toBeGreaterThan(0);
});

test('searching each glossary term shows a chapter that teaches it first or second', async () => {
  const { page } = await home.get();
  const found = await searchIndex(
    page,
    TERMS.map((entry) => entry.term),
  );
  const misses = TERMS.flatMap(({ term, chapters }) => {
    const pages = found.get(term)!.map((url) => new URL(url, page.url()).pathname.slice(TEST_BASE.length));
    return pages.slice(0, 2).some((path) => chapters.includes(path))
      ? []
      : [`"${term}": teaching pages ${[...new Set(chapters)].join(', ')}; results ${pages.join(', ')}`];
  });
  expect(misses).toEqual([]);
});
