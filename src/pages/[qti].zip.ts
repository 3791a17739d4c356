import type { APIRoute, GetStaticPaths } from 'astro';
import { course } from '~/course/config.ts';
import { getQuestionBank } from '~/course/exports/catalog-bank.ts';
import { exportFileNames } from '~/course/exports/files.ts';
import { qtiPackage } from '~/course/exports/qti.ts';

/** Every question of the course as a QTI 1.2 package for Canvas, named after the course (teachers' page). */
export const getStaticPaths = (() => [
  { params: { qti: exportFileNames(course.id).qti.slice(0, -'.zip'.length) } },
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) =>
  new Response(qtiPackage(await getQuestionBank(site!)), { headers: { 'content-type': 'application/zip' } });
