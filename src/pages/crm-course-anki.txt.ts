import type { APIRoute } from 'astro';
import { ankiExport } from '~/lib/flashcards/anki.ts';
import { getCourseCards, toAnkiNotes } from '~/lib/flashcards/deck.ts';

/** The whole deck for Anki, linked from the review page. */
export const GET: APIRoute = async () =>
  new Response(ankiExport(toAnkiNotes(await getCourseCards(), 'CRM Course')), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
