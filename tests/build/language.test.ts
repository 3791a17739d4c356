import type { Element } from 'hast';
import { describe, expect, test } from 'vitest';
import { CHAPTER_SLUGS } from '../../tools/testing/content.ts';
import { elements, parseHtml } from '../../tools/testing/html.ts';
import {
  dutchWords,
  isDutch,
  NOTES_DUTCH,
  textRuns,
  unmarkedDutch,
  type TextRun,
  words,
} from '../../tools/testing/language.ts';
import { builtPages, readBuilt } from '../../tools/testing/site.ts';

const TERM_LIST = 'dutch-english/index.html';
const pages = builtPages();

/** The Dutch terms of the term list (its `lang="nl"` text) and the Dutch words of the notes. */
const termListRuns = textRuns(parseHtml(readBuilt(TERM_LIST)));
const DUTCH = dutchWords([
  ...termListRuns.filter((run) => isDutch(run.lang)).map((run) => run.text),
  ...NOTES_DUTCH,
]);

describe('Dutch words are marked lang="nl" (WCAG 3.1.2)', () => {
  test('the term list marks at least 30 Dutch terms and yields the words this check looks for', () => {
    const marked = elements(parseHtml(readBuilt(TERM_LIST)), (el) => el.properties['lang'] === 'nl');
    expect(marked.length).toBeGreaterThanOrEqual(30);
    for (const word of ['klantenpiramide', 'maatwerk', 'waardedisciplines', 'tuinaanleg', 'vermoeden']) {
      expect(DUTCH, word).toContain(word);
    }
    expect(DUTCH).not.toContain('prospects');
  });

  test.each(pages)('%s has no Dutch word outside a lang="nl" element', (page) => {
    const found = unmarkedDutch(textRuns(parseHtml(readBuilt(page))), DUTCH);
    const report = found.map(({ word, context }) => `${page}: "${word}" unmarked in "…${context}…"`);
    expect(report, `Mark these words with <span lang="nl">…</span>`).toEqual([]);
  });

  test('the check finds unmarked Dutch and accepts marked Dutch', () => {
    const tree = parseHtml(
      '<html lang="en"><body><p>The <span lang="nl">klantenpiramide</span> or klantenpiramide; a prospect.</p></body></html>',
    );
    const runs: TextRun[] = textRuns(tree);
    expect(unmarkedDutch(runs, DUTCH).map((hit) => hit.word)).toEqual(['klantenpiramide']);
    expect(words('hij/zij')).toEqual(['hij', 'zij']);
  });
});

/** The text a student reads in a chapter's main content, without the print-only answer key. */
function chapterText(page: string): string {
  const tree = parseHtml(readBuilt(page));
  const main = elements(tree, (el) => el.tagName === 'main')[0];
  if (!main) throw new Error(`${page} has no <main>`);
  const isAnswerKey = (el: Element) =>
    ((el.properties['className'] as string[] | undefined) ?? []).includes('course-answer-key');
  const parts: string[] = [];
  const walk = (el: Element) => {
    if (isAnswerKey(el) || el.tagName === 'script' || el.tagName === 'style') return;
    for (const child of el.children) {
      if (child.type === 'text') parts.push(child.value);
      else if (child.type === 'element') walk(child);
    }
  };
  walk(main);
  return parts.join(' ');
}

describe('chapters teach the subject, not the notes', () => {
  test.each(CHAPTER_SLUGS)(
    'the %s page (prose, quizzes and cards) mentions the notes at most 5 times',
    (slug) => {
      const text = chapterText(`chapters/${slug}/index.html`);
      const mentions = [...text.matchAll(/.{0,40}\bnotes\b.{0,40}/gi)].map((match) => match[0].trim());
      expect(mentions.length, `"notes" on chapters/${slug}/:\n${mentions.join('\n')}`).toBeLessThanOrEqual(5);
    },
  );
});
