import { AstroError } from 'astro/errors';
import type { Question } from '../../question-types/index.ts';
import type { CourseConfig } from '../../schemas/course.ts';
import { nonXmlCharacter } from './xml.ts';

/** A question as the exports see it: from the same catalog as the site's quizzes. */
export interface BankQuestion {
  question: Question;
  /** The quiz file that holds it, for error messages. */
  file: string;
  /** The section that teaches it, on the published course. */
  section: { title: string; url: string };
}

export interface BankQuiz {
  id: string;
  title: string;
  questions: BankQuestion[];
}

export interface BankChapter {
  slug: string;
  number: number;
  title: string;
  quizzes: BankQuiz[];
}

/** Every question of the course, chapter by chapter, and where the course is published. */
export interface QuestionBank {
  course: Pick<CourseConfig, 'id' | 'title' | 'author' | 'license' | 'lang'>;
  /** The published course's home page (`SITE_URL` with the base path), which the files link back to. */
  url: string;
  chapters: BankChapter[];
}

/** The build's error for a question that cannot be written into an export. */
export function unexportable(entry: BankQuestion, problem: string, hint: string): AstroError {
  return new AstroError(
    `${entry.file}: question "${entry.question.id}" cannot be exported: ${problem}`,
    hint,
  );
}

/** Every text of a question, with its field's path: the strings an export writes. */
function texts(value: unknown, path: string): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * Fails on a question no export can carry: one whose text holds a character XML cannot hold (a
 * control character pasted from a word processor). Checked for every question before anything is
 * written, so that no question is ever silently left out.
 */
export function checkExportable(entry: BankQuestion): void {
  for (const [field, text] of texts(entry.question, '')) {
    const character = nonXmlCharacter(text);
    if (character) {
      throw unexportable(
        entry,
        `**${field}** holds the control character ${character}, which XML (and so Moodle, Canvas and EPUB) cannot carry.`,
        'Delete the invisible character (it usually comes with text pasted from a word processor) and type the text again.',
      );
    }
  }
}

/** Every question of the bank, in chapter and quiz order. */
export function bankQuestions(bank: QuestionBank): BankQuestion[] {
  return bank.chapters.flatMap((chapter) => chapter.quizzes.flatMap((quiz) => quiz.questions));
}
