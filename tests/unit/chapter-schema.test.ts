import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { expect, test } from 'vitest';
import { chapterFieldsSchema } from '../../src/schemas/chapter.ts';

/** The docs collection's schema, as `src/content.config.ts` builds it. */
const pageSchema = docsSchema({ extend: chapterFieldsSchema })({ image: () => z.string() } as never);

const OBJECTIVES = [
  'Explain what a learning objective is for.',
  'Classify a business activity under a CRM perspective.',
  'Draw the CRM value chain from memory.',
];

/** The schema's complaints about a page, as `field: message`. */
function problems(fields: Record<string, unknown>): string[] {
  const result = pageSchema.safeParse({ title: 'A page', ...fields });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('a chapter page needs its number and its learning objectives', () => {
  expect(problems({ isChapter: true })).toEqual([
    'sidebar.order: A chapter needs its chapter number: add `sidebar: { order: 5 }`; chapters are numbered and listed in this order.',
    'objectives: A chapter needs its learning objectives: add `objectives:` with three or more sentences that start with a verb, such as "Explain the IDIC model."',
  ]);
  expect(problems({ isChapter: true, sidebar: { order: 2 }, objectives: OBJECTIVES })).toEqual([]);
});

test('other pages need neither', () => {
  expect(problems({})).toEqual([]);
  expect(problems({ isChapter: false })).toEqual([]);
});

test('each objective is a sentence, and a chapter has at least three', () => {
  expect(problems({ objectives: ['Short.', ...OBJECTIVES] })).toEqual([
    'objectives.0: A learning objective needs a whole sentence.',
  ]);
  expect(problems({ objectives: OBJECTIVES.slice(0, 2) })).toEqual([
    'objectives: A chapter needs at least three learning objectives.',
  ]);
});
