/**
 * `npm run lighthouse`: Lighthouse on the home page, the heaviest chapter, the exam, the review and
 * the print page of the built site, in
 * the Chromium the tests use (the headless shell first), with the scores written to
 * `tests/lighthouse-scores.json`. Run it after `npm run build` with the same BASE_PATH.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLighthouse } from './lib/lighthouse-run.ts';
import { readSiteEnv } from '../src/course/site-env.ts';

const root = join(import.meta.dirname, '..');
const base = readSiteEnv(process.env).base;
const scores = await runLighthouse(join(root, 'dist'), base === '/' ? '/' : `${base}/`);
writeFileSync(join(root, 'tests', 'lighthouse-scores.json'), `${JSON.stringify(scores, null, 2)}\n`);
console.table(scores);
