import { AstroError } from 'astro/errors';
import { getCollection, render } from 'astro:content';
import type { Question, Quiz } from '../schemas/quiz.ts';
import { chapterSlug, getChapters, sitePath } from './chapters.ts';

/** The section a question links back to, resolved against the chapter's headings. */
export interface QuestionSection {
  chapter: string;
  /** The heading's text, for "Re-read: …" links. */
  title: string;
  /** The URL of the section, with the base path. */
  href: string;
}

export interface CatalogQuestion {
  question: Question;
  /** The slug of the chapter whose quiz file holds the question. */
  chapter: string;
  section: QuestionSection;
}

export interface CatalogQuiz extends Omit<Quiz, 'questions'> {
  /** The chapter slug: the quiz file's name. */
  chapter: string;
  /** The quiz file, for error messages. */
  file: string;
  questions: CatalogQuestion[];
}

/** Every heading of every chapter: `chapter#anchor` → section. */
async function chapterSections(): Promise<Map<string, QuestionSection>> {
  const sections = new Map<string, QuestionSection>();
  for (const entry of await getChapters()) {
    const chapter = chapterSlug(entry);
    for (const heading of (await render(entry)).headings) {
      sections.set(`${chapter}#${heading.slug}`, {
        chapter,
        title: heading.text,
        href: sitePath(`/chapters/${chapter}/#${heading.slug}`),
      });
    }
  }
  return sections;
}

let catalog: Promise<Map<string, CatalogQuiz>> | undefined;

/**
 * Every quiz of the course by id, after checking that quiz and question ids are unique across files
 * and that every question's `section` names a heading of a chapter.
 */
export function getQuizCatalog(): Promise<Map<string, CatalogQuiz>> {
  catalog ??= (async () => {
    const sections = await chapterSections();
    const quizzes = new Map<string, CatalogQuiz>();
    const questionFiles = new Map<string, string>();
    for (const entry of await getCollection('quizzes')) {
      const file = entry.filePath ?? `src/content/quizzes/${entry.id}.yaml`;
      for (const [q, quiz] of entry.data.quizzes.entries()) {
        const other = quizzes.get(quiz.id);
        if (other)
          throw new AstroError(
            `${file}: quiz id "${quiz.id}" is used in ${other.file} too.`,
            'Give each quiz an id of its own.',
          );
        const questions = quiz.questions.map((question, i) => {
          const otherFile = questionFiles.get(question.id);
          if (otherFile && otherFile !== file) {
            throw new AstroError(
              `${file}: question id "${question.id}" is used in ${otherFile} too.`,
              'Progress is stored by question id, so every question of the course needs its own.',
            );
          }
          questionFiles.set(question.id, file);
          const section = sections.get(question.section);
          if (!section) {
            throw new AstroError(
              `${file}: **quizzes.${q}.questions.${i}.section**: "${question.section}" names no heading of a chapter.`,
              'Write `chapter-slug#heading-anchor`, where the anchor is the id Starlight gives the heading (its text in lower case, with hyphens).',
            );
          }
          return { question, chapter: entry.id, section };
        });
        quizzes.set(quiz.id, { ...quiz, chapter: entry.id, file, questions });
      }
    }
    return quizzes;
  })();
  return catalog;
}

export async function getQuiz(id: string, usedIn: string): Promise<CatalogQuiz> {
  const quiz = (await getQuizCatalog()).get(id);
  if (!quiz) {
    throw new AstroError(
      `${usedIn}: <Quiz id="${id}" /> names no quiz in src/content/quizzes/.`,
      'Use the `id` of a quiz in one of the quiz files.',
    );
  }
  return quiz;
}

/** A chapter's quizzes in the order of its quiz file. */
export async function getChapterQuizzes(chapter: string): Promise<CatalogQuiz[]> {
  return [...(await getQuizCatalog()).values()].filter((quiz) => quiz.chapter === chapter);
}

/** Every question of the course, chapter by chapter in quiz-file order. */
export async function getCourseQuestions(): Promise<CatalogQuestion[]> {
  return [...(await getQuizCatalog()).values()].flatMap((quiz) => quiz.questions);
}
