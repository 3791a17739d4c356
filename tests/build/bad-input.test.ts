import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildCopy, type BuiltCopy } from '../../tools/testing/project-copy.ts';
import { ROOT } from '../../tools/testing/site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/bad-input');
const copies: BuiltCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.remove()));

/** Each broken fixture, and what the failed build must say: the file, and the reason. */
const EXPECTED: Record<string, string[]> = {
  'broken-link': ['broken-link.md', '/chapters/no-such-chapter/', 'invalid link'],
  'bad-mermaid': [
    'src/content/docs/bad-mermaid.md:5: Mermaid diagram "A broken diagram" does not parse (its first line is line 6 of the file). Mermaid says:',
    'Parse error on line',
  ],
  'missing-caption': ['src/content/docs/missing-caption.md:5: Mermaid diagram: the fence needs title="…"'],
  'missing-title': [
    '[InvalidContentEntryDataError] docs → missing-title data does not match collection schema.',
    '**title: Required',
    'src/content/docs/missing-title.md',
  ],
  'unknown-component': [
    'src/content/docs/unknown-component.mdx:5: <Quizz> is used but not imported.',
    "Import the component at the top of the page (`import Quiz from '~/components/Quiz.astro';`), or check its spelling.",
  ],
  'unknown-quiz': [
    'src/content/docs/unknown-quiz.mdx: <Quiz id="no-such-quiz" /> names no quiz in src/content/quizzes/.',
  ],
  'bad-objectives': [
    '[InvalidContentEntryDataError] docs → chapters/bad-objectives data does not match collection schema.',
    'sidebar.order: A chapter needs its chapter number: add `sidebar: { order: 5 }`',
    'objectives: A chapter needs its learning objectives: add `objectives:` with three or more sentences',
    'src/content/docs/chapters/bad-objectives.md',
  ],
  'broken-card-section': [
    'src/content/flashcards/business-models.yaml: **cards.0.section**: "business-models#no-such-heading" names no heading of a chapter.',
    'Write `chapter-slug#heading-anchor`',
  ],
  'duplicate-id': [
    'src/content/flashcards/business-models.yaml: flashcard id "bm-twice" is used twice in this file.',
  ],
  'written-missing-keyword': [
    '[InvalidContentEntryDataError] quizzes → written-missing-keyword data does not match collection schema.',
    'quizzes.0.questions.0.points.1.keywords: The model answer does not say "analytical", a key word of this marking point',
    'src/content/quizzes/written-missing-keyword.yaml',
  ],
  'unknown-drawing': [
    'src/content/quizzes/strategy-in-practice.yaml: **quizzes.0.questions.0.drawing**: "A figure nobody drew" is the title of no diagram of the course.',
    'Write the title of a ```mermaid block exactly as its fence gives it',
  ],
  'glossary-link': [
    'src/content/docs/glossary-link.md: /glossary/#happy-customer names no glossary term.',
    'A glossary link names a term by its id, the name of its file in src/content/glossary/',
  ],
  'glossary-no-definition': [
    '[InvalidContentEntryDataError] glossary → no-definition data does not match collection schema.',
    'definition: A glossary term needs its definition: add `definition: |` with a sentence or two in Markdown.',
    'src/content/glossary/no-definition.yaml',
  ],
  'invalid-quiz': [
    '[InvalidContentEntryDataError] quizzes → invalid-quiz data does not match collection schema.',
    'quizzes.0.questions.0.options: A single-choice question needs exactly one option with `correct: true`.',
    'src/content/quizzes/invalid-quiz.yaml',
  ],
  'unexportable-question': [
    'src/content/quizzes/unexportable-question.yaml: question "unexportable-vertical-tab" cannot be exported: **prompt** holds the control character U+000B',
  ],
};

test('every fixture is checked', () => {
  expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.concurrent(
  'broken content fails the build, naming the file and the reason, and leaves no dist/',
  () => {
    test.each(Object.entries(EXPECTED))('%s', async (name, messages) => {
      const copy = await buildCopy({ name, overlay: join(FIXTURES, name) });
      copies.push(copy);
      const { status, output, dist } = copy;
      expect(status, output.slice(-3000)).not.toBe(0);
      for (const message of messages) expect(output, output.slice(-3000)).toContain(message);
      expect(dist).toBe(false);
    });
  },
);
