import { getCollection } from 'astro:content';
import type { Quiz } from '../../schemas/quiz.ts';

export interface CatalogQuiz extends Quiz {
  /** The chapter slug: the quiz file's name. */
  chapter: string;
  /** The quiz file, for error messages. */
  file: string;
}

let catalog: Promise<Map<string, CatalogQuiz>> | undefined;

/** Every quiz of the course by id, after checking that quiz and question ids are unique across files. */
export function getQuizCatalog(): Promise<Map<string, CatalogQuiz>> {
  catalog ??= (async () => {
    const quizzes = new Map<string, CatalogQuiz>();
    const questionFiles = new Map<string, string>();
    for (const entry of await getCollection('quizzes')) {
      const file = entry.filePath ?? `src/content/quizzes/${entry.id}.yaml`;
      for (const quiz of entry.data.quizzes) {
        const other = quizzes.get(quiz.id);
        if (other) throw new Error(`${file}: quiz id "${quiz.id}" is used in ${other.file} too.`);
        quizzes.set(quiz.id, { ...quiz, chapter: entry.id, file });
        for (const question of quiz.questions) {
          const otherFile = questionFiles.get(question.id);
          if (otherFile && otherFile !== file) {
            throw new Error(`${file}: question id "${question.id}" is used in ${otherFile} too.`);
          }
          questionFiles.set(question.id, file);
        }
      }
    }
    return quizzes;
  })();
  return catalog;
}

export async function getQuiz(id: string, usedIn: string): Promise<CatalogQuiz> {
  const quiz = (await getQuizCatalog()).get(id);
  if (!quiz) {
    throw new Error(`${usedIn}: <Quiz id="${id}" /> names no quiz in src/content/quizzes/.`);
  }
  return quiz;
}

/** A chapter's quizzes in the order of its quiz file. */
export async function getChapterQuizzes(chapter: string): Promise<CatalogQuiz[]> {
  return [...(await getQuizCatalog()).values()].filter((quiz) => quiz.chapter === chapter);
}
