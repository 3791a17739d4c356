import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { quizFileSchema, type Question } from '../../src/schemas/quiz.ts';
import { readYaml } from './content.ts';
import { ROOT } from './site.ts';

const QUIZZES_DIR = 'src/content/quizzes';

/**
 * Every question of the course: each quiz file the `quizzes` collection loads (`*.yaml` in
 * `src/content/quizzes/`), parsed by the product's own schema, so defaults (`correct: false`) and
 * trimming are applied as on the site.
 */
export function courseQuestions(): Question[] {
  return readdirSync(join(ROOT, QUIZZES_DIR))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) =>
      quizFileSchema.parse(readYaml(`${QUIZZES_DIR}/${name}`)).quizzes.flatMap((quiz) => quiz.questions),
    );
}
