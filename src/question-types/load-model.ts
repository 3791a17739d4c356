import type { AnyQuestionModel } from './question-model.ts';

/**
 * How the browser loads a question type's model. Not a second registry: `registry.ts` lists the
 * types, and each listed type's `index.ts` imports its folder's `model.ts`, which is what is found
 * here. The browser finds it by folder rather than through the registry because the registry imports
 * every type's YAML schema (zod), which no student should download; and it loads a model only when
 * a page shows a question of that type, so that reading a chapter costs none of it.
 */
const loaders = import.meta.glob<{ model: AnyQuestionModel }>('./*/model.ts');
const byType = new Map(Object.entries(loaders).map(([path, load]) => [path.split('/')[1]!, load]));

/** The names of the question types, known without loading any model (to check stored answers). */
export const modelTypes: readonly string[] = [...byType.keys()];

export async function loadModel(type: string): Promise<AnyQuestionModel> {
  const load = byType.get(type);
  if (!load) throw new Error(`No question type is called "${type}".`);
  return (await load()).model;
}
