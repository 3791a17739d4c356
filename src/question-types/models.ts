import type { AnyQuestionModel } from './define.ts';

/**
 * Every type's model, for the browser: found by folder, so that client code never loads the YAML
 * schemas. A unit test checks that these are exactly the types of the registry.
 */
const modules = import.meta.glob<{ model: AnyQuestionModel }>('./*/model.ts', { eager: true });
const models = new Map(Object.values(modules).map(({ model }) => [model.type as string, model]));

export const modelTypes = (): string[] => [...models.keys()];

export function modelFor(type: string): AnyQuestionModel {
  const model = models.get(type);
  if (!model) throw new Error(`No question type is called "${type}".`);
  return model;
}
