import { course } from '../config.ts';
import { getCourse } from '../model.ts';
import { sitePath } from '../site-path.ts';
import { checkExportable, type QuestionBank } from './question-bank.ts';

/**
 * The course's question bank from the course model the site's quizzes come from, every link absolute
 * on the published course (`site` is `SITE_URL`). The model has already checked that each quiz file
 * is named after a chapter, so every question is filed under its chapter and none goes missing.
 */
export async function getQuestionBank(site: URL): Promise<QuestionBank> {
  const model = await getCourse();
  const quizzes = [...model.quizzes.values()];
  const absolute = (path: string) => new URL(path, site).href;
  const entries = (quiz: (typeof quizzes)[number]) =>
    quiz.questions.map(({ question, section }) => ({
      question,
      file: quiz.file,
      section: { title: section.title, url: absolute(section.href) },
    }));
  quizzes.flatMap(entries).forEach(checkExportable);
  return {
    course,
    url: absolute(sitePath('/')),
    chapters: model.chapters.map((chapter) => ({
      slug: chapter.slug,
      number: chapter.number,
      title: chapter.title,
      quizzes: quizzes
        .filter((quiz) => quiz.chapter === chapter.slug)
        .map((quiz) => ({ id: quiz.id, title: quiz.title, questions: entries(quiz) })),
    })),
  };
}
