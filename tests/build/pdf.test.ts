import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { course } from '../../src/course/config.ts';
import { elements, parseHtml } from '../../tools/testing/html.ts';
import { DIST, readBuilt } from '../../tools/testing/site.ts';

const PDF = join(DIST, course.pdfFileName);

interface OutlineItem {
  title: string;
  items: OutlineItem[];
}

let outline: OutlineItem[];
let pages: string[];
let info: Record<string, unknown>;
let marked: boolean;

beforeAll(async () => {
  if (!existsSync(PDF))
    throw new Error(
      `dist/${course.pdfFileName} is missing: \`npm test\` makes it with \`npm run pdf:test\`.`,
    );
  const document = await getDocument({ data: new Uint8Array(readFileSync(PDF)) }).promise;
  outline = ((await document.getOutline()) ?? []) as OutlineItem[];
  info = (await document.getMetadata()).info as Record<string, unknown>;
  const markInfo = (await document.getMarkInfo()) as Map<string, boolean> | null;
  marked = markInfo?.get('Marked') === true;
  pages = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
});

/** The chapter headings of the built print page, in its order: the PDF must keep them. */
const CHAPTERS = [
  ...readBuilt('print/index.html').matchAll(/<h1[^>]*>\s*(Chapter \d+\.[^<]*?)\s*<\/h1>/g),
].map((match) => match[1]!.replace(/\s+/g, ' '));

describe('the course PDF', () => {
  test('has an A4 outline of the chapters, in order, with their sections', () => {
    const titles = outline.map((item) => item.title.trim());
    expect(CHAPTERS.length).toBeGreaterThanOrEqual(4);
    expect(titles.filter((title) => title.startsWith('Chapter'))).toEqual(CHAPTERS);
    expect(titles).toContain('Glossary');
    const chapter = outline.find((item) => item.title.trim() === 'Chapter 3. Building a CRM strategy')!;
    expect(chapter.items.map((item) => item.title.trim())).toEqual(
      expect.arrayContaining(['Step 1: Create awareness', 'Key terms', 'Summary', 'Answer key']),
    );
  });

  test('prints the chapter titles in order, each with its answer key', () => {
    const text = pages.join('\n');
    const positions = CHAPTERS.map((title) =>
      // After the contents, which list the same titles.
      text.indexOf(title, text.indexOf(CHAPTERS.at(-1)!) + 1),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text.match(/Answer key/g)?.length).toBeGreaterThanOrEqual(CHAPTERS.length);
  });

  test("keeps the diagrams' labels as text", () => {
    const text = pages.join('\n');
    for (const label of [
      'underpin',
      'Questions at the development stage',
      'Supporting conditions',
      'Relationship Optimizers',
    ]) {
      expect(text).toContain(label);
    }
  });

  test('holds no navigation chrome, and numbers its pages', () => {
    const text = pages.join('\n');
    for (const chrome of ['Skip to content', 'On this page', 'Start here', 'Ctrl K', 'Select theme']) {
      expect(text).not.toContain(chrome);
    }
    expect(pages[4]).toMatch(/^5 CRM Course\b/);
  });

  test('is tagged and names its title and language', () => {
    expect(marked).toBe(true);
    expect(info['Title']).toBe(course.title);
    expect(info['Language']).toBe(course.lang);
  });
});

test('once the PDF exists, the print page links to it, and the link resolves', () => {
  const links = elements(
    parseHtml(readBuilt('print/index.html')),
    (element) => element.tagName === 'a',
  ).filter((link) => String(link.properties['href']).endsWith(`/${course.pdfFileName}`));
  expect(links).toHaveLength(1);
  expect(readBuilt('print/index.html')).not.toContain('data-course-pdf-link hidden');
});
