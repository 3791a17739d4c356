import type { APIRoute, GetStaticPaths } from 'astro';
import { course } from '~/course/config.ts';
import { getQuestionBank } from '~/course/exports/catalog-bank.ts';
import { exportFileNames } from '~/course/exports/files.ts';
import { moodleXml } from '~/course/exports/moodle.ts';

/** Every question of the course for Moodle's question bank, named after the course (teachers' page). */
export const getStaticPaths = (() => [
  { params: { moodle: exportFileNames(course.id).moodle.slice(0, -'.xml'.length) } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  new Response(moodleXml(await getQuestionBank(site!)), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
