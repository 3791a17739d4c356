/**
 * Writes Velora's practice customer file (fictional) into `public/downloads/`, from the seeded
 * generator in `tools/lib/practice-data.ts`. Run it after changing the generator, and commit the
 * files: a unit test fails when they differ from what the generator writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRACTICE_FILES } from '../src/course/practice-data.ts';
import { generatePracticeData } from './lib/practice-data.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const files = generatePracticeData();
for (const key of ['customers', 'transactions'] as const) {
  const path = join(ROOT, 'public', PRACTICE_FILES[key]);
  writeFileSync(path, files[key]);
  console.log(`wrote ${path} (${files[key].split('\n').length - 2} records)`);
}
