import { defineQuestionType } from '../define-question-type.ts';
import { model } from './model.ts';
import { schema } from './schema.ts';

export default defineQuestionType({ schema, model });
