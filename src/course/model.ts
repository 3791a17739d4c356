import { AstroError } from 'astro/errors';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { Flashcard } from '../schemas/flashcards.ts';
import type { Question, Quiz } from '../schemas/quiz.ts';
import { CHAPTER_ID_PREFIX } from '../schemas/chapter.ts';
import { checkQuestionFigures } from './figures.ts';
import { cardHtml } from './flashcards/markdown.ts';
import { sitePath } from './site-path.ts';

/**
 * The course as one model, built once per build from its content collections: the chapters with
 * their sections (Starlight's own headings), the quizzes and their questions, the flashcards, and the
 * exam's pool. Every cross-reference is checked here, once: unique ids, each question's and card's
 * `section`, each quiz and card file's chapter. Pages and components are views of it.
 */

/** A heading of a chapter: where a question or card sends the student to re-read. */
export interface CourseSection {
  /** The chapter's slug. */
  chapter: string;
  /** The heading's text, for "Re-read: …" links. */
  title: string;
  /** The URL of the section, with the base path. */
  href: string;
}

export interface CourseChapter {
  /** The name of its file, and of its quiz and flashcard files. */
  slug: string;
  /** Its place in the course: Starlight's `sidebar.order`. */
  number: number;
  title: string;
  /** "1. Introduction to CRM": how lists of chapters name it. */
  label: string;
  /** The chapter page, with the base path. */
  href: string;
  entry: CollectionEntry<'docs'>;
  /** Its headings by anchor. */
  sections: Map<string, CourseSection>;
}

export interface CourseQuestion {
  question: Question;
  /** The slug of the chapter whose quiz file holds the question. */
  chapter: string;
  section: CourseSection;
}

export interface CourseQuiz extends Omit<Quiz, 'questions'> {
  /** The chapter slug: the quiz file's name. */
  chapter: string;
  /** The quiz file, for error messages. */
  file: string;
  questions: CourseQuestion[];
}

export interface CourseCard extends Omit<Flashcard, 'section'> {
  /** The chapter slug: the card file's name. */
  chapter: string;
  /** "1. Introduction to CRM". */
  chapterLabel: string;
  section: CourseSection;
  /** The back, rendered from its Markdown with raw HTML escaped. */
  backHtml: string;
}

export interface Course {
  /** In reading order. */
  chapters: CourseChapter[];
  /** Every quiz by id, chapter by chapter in quiz-file order. */
  quizzes: Map<string, CourseQuiz>;
  /** Every question of the course, chapter by chapter in quiz-file order: the exam's pool. */
  questions: CourseQuestion[];
  /** Every flashcard, chapter by chapter in card-file order. */
  cards: CourseCard[];
}

/** "1. Introduction to CRM". */
export const chapterLabel = (chapter: { number: number; title: string }) =>
  `${chapter.number}. ${chapter.title}`;

async function loadChapters(): Promise<CourseChapter[]> {
  const entries = await getCollection('docs', (entry) => entry.data.isChapter);
  const chapters = await Promise.all(
    entries.map(async (entry) => {
      const slug = entry.id.slice(CHAPTER_ID_PREFIX.length);
      // The schema has checked that every chapter has its number (src/schemas/chapter.ts).
      const number = entry.data.sidebar.order!;
      const sections = new Map(
        (await render(entry)).headings.map((heading) => [
          heading.slug,
          { chapter: slug, title: heading.text, href: sitePath(`/chapters/${slug}/#${heading.slug}`) },
        ]),
      );
      const title = entry.data.title;
      return {
        slug,
        number,
        title,
        label: chapterLabel({ number, title }),
        href: sitePath(`/${entry.id}/`),
        entry,
        sections,
      };
    }),
  );
  return chapters.sort((a, b) => a.number - b.number);
}

/** Where each id was first seen, so that a second use names both files. */
class IdRegister {
  #files = new Map<string, string>();
  constructor(
    private readonly kind: string,
    private readonly hint: string,
  ) {}
  add(id: string, file: string): void {
    const other = this.#files.get(id);
    if (other !== undefined) {
      throw new AstroError(
        `${file}: ${this.kind} id "${id}" is used ${other === file ? 'twice in this file' : `in ${other} too`}.`,
        this.hint,
      );
    }
    this.#files.set(id, file);
  }
}

/** Resolves `chapter#anchor` against the chapters' real headings, or fails naming the file and field. */
function resolveSection(
  chapters: ReadonlyMap<string, CourseChapter>,
  reference: string,
  file: string,
  field: string,
): CourseSection {
  const [slug, anchor] = reference.split('#') as [string, string];
  const section = chapters.get(slug)?.sections.get(anchor);
  if (!section) {
    throw new AstroError(
      `${file}: **${field}**: "${reference}" names no heading of a chapter.`,
      'Write `chapter-slug#heading-anchor`, where the anchor is the id Starlight gives the heading (its text in lower case, with hyphens).',
    );
  }
  return section;
}

/** A quiz or card file names its chapter: `src/content/quizzes/<chapter>.yaml`. */
function chapterOfFile(
  chapters: ReadonlyMap<string, CourseChapter>,
  slug: string,
  file: string,
): CourseChapter {
  const chapter = chapters.get(slug);
  if (!chapter) {
    throw new AstroError(
      `${file}: no chapter is called "${slug}".`,
      `Name the file after a chapter in src/content/docs/chapters/ (${[...chapters.keys()].join(', ')}).`,
    );
  }
  return chapter;
}

async function loadCourse(): Promise<Course> {
  const chapters = await loadChapters();
  const bySlug = new Map(chapters.map((chapter) => [chapter.slug, chapter]));
  const order = (slug: string) => bySlug.get(slug)?.number ?? 0;

  const quizIds = new IdRegister('quiz', 'Give each quiz an id of its own.');
  const questionIds = new IdRegister(
    'question',
    'Progress is stored by question id, so every question of the course needs its own.',
  );
  const quizzes = new Map<string, CourseQuiz>();
  const quizFiles = (await getCollection('quizzes')).sort((a, b) => order(a.id) - order(b.id));
  for (const entry of quizFiles) {
    const file = entry.filePath ?? `src/content/quizzes/${entry.id}.yaml`;
    chapterOfFile(bySlug, entry.id, file);
    for (const [q, quiz] of entry.data.quizzes.entries()) {
      quizIds.add(quiz.id, file);
      const questions = quiz.questions.map((question, i) => {
        questionIds.add(question.id, file);
        const section = resolveSection(bySlug, question.section, file, `quizzes.${q}.questions.${i}.section`);
        checkQuestionFigures(question, file, `quizzes.${q}.questions.${i}`);
        return { question, chapter: entry.id, section };
      });
      quizzes.set(quiz.id, { ...quiz, chapter: entry.id, file, questions });
    }
  }

  const cardIds = new IdRegister(
    'flashcard',
    'Review progress is stored by card id: give each card its own.',
  );
  const cardFiles = (await getCollection('flashcards')).sort((a, b) => order(a.id) - order(b.id));
  const cards = cardFiles.flatMap((entry) => {
    const file = entry.filePath ?? `src/content/flashcards/${entry.id}.yaml`;
    const chapter = chapterOfFile(bySlug, entry.id, file);
    return entry.data.cards.map((card, i) => {
      cardIds.add(card.id, file);
      return {
        ...card,
        chapter: chapter.slug,
        chapterLabel: chapter.label,
        section: resolveSection(bySlug, card.section, file, `cards.${i}.section`),
        backHtml: cardHtml(card.back),
      };
    });
  });

  return {
    chapters,
    quizzes,
    questions: [...quizzes.values()].flatMap((quiz) => quiz.questions),
    cards,
  };
}

let course: Promise<Course> | undefined;

/** The course model, built once per build (or dev server) and shared by every page. */
export function getCourse(): Promise<Course> {
  course ??= loadCourse();
  return course;
}

/** A quiz placed with `<Quiz id="…" />`, or an error naming the page. */
export function quizById(course: Course, id: string, usedIn: string): CourseQuiz {
  const quiz = course.quizzes.get(id);
  if (!quiz) {
    throw new AstroError(
      `${usedIn}: <Quiz id="${id}" /> names no quiz in src/content/quizzes/.`,
      'Use the `id` of a quiz in one of the quiz files.',
    );
  }
  return quiz;
}

/** A chapter by slug, or an error naming where it was asked for. */
export function chapterBySlug(course: Course, slug: string, usedIn: string): CourseChapter {
  const chapter = course.chapters.find((candidate) => candidate.slug === slug);
  if (!chapter) throw new AstroError(`${usedIn}: no chapter is called "${slug}".`);
  return chapter;
}
