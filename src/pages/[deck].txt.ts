import type { APIRoute, GetStaticPaths } from 'astro';
import { course } from '~/course/config.ts';
import { ankiDeckPath, ankiExport, toAnkiNotes, writtenQuestionCards } from '~/course/flashcards/anki.ts';
import { getCourse } from '~/course/model.ts';

/** The whole deck for Anki, linked from the review page, named after the course: its flashcards and written questions. */
export const getStaticPaths = (() => [
  { params: { deck: ankiDeckPath(course.id).slice(1, -'.txt'.length) } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const model = await getCourse();
  return new Response(
    ankiExport(
      toAnkiNotes([...model.cards, ...writtenQuestionCards(model)], {
        courseId: course.id,
        deckName: course.ankiDeckName,
      }),
    ),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
};
