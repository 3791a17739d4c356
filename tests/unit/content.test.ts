import { describe, expect, test } from 'vitest';
import { chapterFieldsSchema } from '../../src/schemas/chapter.ts';
import { flashcardFileSchema } from '../../src/schemas/flashcards.ts';
import { quizFileSchema, type QuizFile } from '../../src/schemas/quiz.ts';
import {
  CHAPTER_SLUGS,
  DECKS,
  deckQuestions,
  MIND_MAP,
  proseWords,
  readChapter,
  readText,
  readYaml,
} from '../../tools/testing/content.ts';

const chapters = CHAPTER_SLUGS.map(readChapter);

describe.each(chapters)('chapter $slug', (chapter) => {
  test('has learning objectives, a title and a description', () => {
    expect(chapter.frontmatter['title']).toEqual(expect.any(String));
    expect(chapter.frontmatter['description']).toEqual(expect.any(String));
    expect(chapterFieldsSchema.parse(chapter.frontmatter).objectives).toBeDefined();
  });

  test('closes with key terms and a summary', () => {
    expect(chapter.body).toMatch(/^## Key terms$/m);
    expect(chapter.body).toMatch(/^## Summary$/m);
  });

  test('teaches in 1,500 to 3,500 words of prose', () => {
    const words = proseWords(chapter.body);
    expect(words).toBeGreaterThanOrEqual(1500);
    expect(words).toBeLessThanOrEqual(3500);
  });

  test('places every quiz of its quiz file exactly once, and only those', () => {
    const file = quizFileSchema.parse(readYaml<QuizFile>(`src/content/quizzes/${chapter.slug}.yaml`));
    // A quiz with a drawing question holds its figure: `<Quiz id="…">` block `</Quiz>`.
    const placed = [...chapter.body.matchAll(/<Quiz id="([^"]+)"(?: \/)?>/g)].map((match) => match[1]);
    expect(placed.sort()).toEqual(file.quizzes.map((quiz) => quiz.id).sort());
    expect(file.quizzes.flatMap((quiz) => quiz.questions).length).toBeGreaterThanOrEqual(15);
    expect(file.quizzes.length).toBeGreaterThanOrEqual(3);
  });

  test('ends with its flashcards', () => {
    expect(chapter.body).toContain(`<Flashcards chapter="${chapter.slug}" />`);
  });
});

test('no question, option or feedback speaks of the study notes: the quizzes ask about CRM', () => {
  for (const slug of CHAPTER_SLUGS) {
    const quizzes = quizFileSchema.parse(readYaml(`src/content/quizzes/${slug}.yaml`)).quizzes;
    for (const question of quizzes.flatMap((quiz) => quiz.questions)) {
      expect(JSON.stringify(question), question.id).not.toMatch(/\bnotes?\b/i);
    }
  }
});

test('the course uses all seven question types', () => {
  const types = new Set(
    CHAPTER_SLUGS.flatMap((slug) =>
      readYaml<QuizFile>(`src/content/quizzes/${slug}.yaml`).quizzes.flatMap((quiz) =>
        quiz.questions.map((q) => q.type),
      ),
    ),
  );
  expect([...types].sort()).toEqual([
    'fillin',
    'matching',
    'multiple',
    'ordering',
    'single',
    'truefalse',
    'written',
  ]);
});

describe('every question of the notes is a flashcard that points to the section teaching it', () => {
  test.each(Object.entries(DECKS))('%s deck (%s)', (slug, deckPath) => {
    const questions = deckQuestions(deckPath);
    const cards = flashcardFileSchema.parse(readYaml(`src/content/flashcards/${slug}.yaml`)).cards;
    const notes = cards.flatMap((card) => (card.note ? [card.note] : []));
    expect(notes.sort()).toEqual([...questions].sort());
    // That each section names a real heading, the build checks (src/course/model.ts).
    for (const card of cards) {
      expect(card.section.startsWith(`${slug}#`), `${card.id} points into its own chapter`).toBe(true);
    }
  });

  test('the question finder finds the questions counted by hand in the notes, which do not change', () => {
    expect(Object.values(DECKS).map((deck) => deckQuestions(deck).length)).toEqual([7, 15, 24]);
  });

  test('the mind-map chapter has cards too, each pointing to its section', () => {
    const cards = flashcardFileSchema.parse(
      readYaml('src/content/flashcards/strategy-in-practice.yaml'),
    ).cards;
    expect(cards.length).toBeGreaterThanOrEqual(8);
    for (const card of cards) expect(card.section, card.id).toMatch(/^strategy-in-practice#/);
  });
});

test('every branch of the mind map is mapped to a section of chapter 4 (the built page has it: tests/build/site.test.ts)', () => {
  const branches = readText(MIND_MAP)
    .split('\n')
    .slice(3)
    .filter((line) => line.trim() !== '');
  const coverage = readYaml<Array<{ branch: string; section: string }>>('tests/coverage/mind-map.yaml');
  expect(coverage.map((entry) => entry.branch)).toEqual(branches);
  for (const { branch, section } of coverage)
    expect(section.startsWith('strategy-in-practice#'), branch).toBe(true);
});
