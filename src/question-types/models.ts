import type { AnyQuestionModel } from './define.ts';

/**
 * Every type's model, for the browser: found by folder, so that client code never loads the YAML
 * schemas, and loaded when a page shows a question of that type, so that reading a chapter costs
 * none of it. A unit test checks that these are exactly the types of the registry.
 */
const loaders = import.meta.glob<{ model: AnyQuestionModel }>('./*/model.ts');
const byType = new Map(Object.entries(loaders).map(([path, load]) => [path.split('/')[1]!, load]));

/** The names of the question types, known without loading any model. */
export const modelTypes: readonly string[] = [...byType.keys()];

export async function loadModel(type: string): Promise<AnyQuestionModel> {
  const load = byType.get(type);
  if (!load) throw new Error(`No question type is called "${type}".`);
  return (await load()).model;
}
