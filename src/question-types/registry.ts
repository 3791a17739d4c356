/**
 * The question types of the course, a line each. A type is its folder (`schema.ts`, `model.ts`,
 * `Controls.astro`, optionally `Answer.astro`, and `index.ts`, which joins schema and model) and its
 * line here. `index.ts` beside this file makes the rest of the course's view of them: the question
 * schema, the `Question` type, what a type's controls receive.
 */
export { default as single } from './single/index.ts';
export { default as multiple } from './multiple/index.ts';
export { default as truefalse } from './truefalse/index.ts';
export { default as ordering } from './ordering/index.ts';
export { default as matching } from './matching/index.ts';
export { default as fillin } from './fillin/index.ts';
export { default as written } from './written/index.ts';
