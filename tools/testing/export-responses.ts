import { questionTypes, type Question, type QuestionOf } from '../../src/question-types/index.ts';
import type { LmsResponse } from './lms-scoring.ts';

/**
 * Responses to a question as the site records them and as Moodle and Canvas would receive them:
 * right, wrong and partly right (where the type gives partial credit), with the site's own score.
 * The tests score the same responses from the exported XML and compare.
 */
export interface ResponseCase {
  name: string;
  /** The site's score for the response (its question type's `score`). */
  siteScore: number;
  moodle: LmsResponse;
  qti: LmsResponse;
}

function siteScore<K extends Question['type']>(question: QuestionOf<K>, response: unknown): number {
  const model = questionTypes[question.type as K].model as unknown as {
    present(q: unknown): { key: unknown };
    score(key: unknown, response: unknown): { score: number };
  };
  return model.score(model.present(question).key, response).score;
}

const choice = (chosen: string[]): LmsResponse => ({ kind: 'choice', chosen });

export function responseCases(question: Question): ResponseCase[] {
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const right = question.options.flatMap((option, value) => (option.correct ? [value] : []));
      const wrong = question.options.flatMap((option, value) => (option.correct ? [] : [value]));
      const cases: Array<[string, number[]]> =
        question.type === 'single'
          ? [
              ['right', right],
              ['wrong', wrong.slice(0, 1)],
            ]
          : [
              ['right', right],
              ['wrong', wrong],
              ['partly right: one right option', right.slice(0, 1)],
              ['partly right: every right option and a wrong one', [...right, ...wrong.slice(0, 1)]],
            ];
      return cases.map(([name, values]) => {
        const texts = values.map((value) => question.options[value]!.text);
        const response =
          question.type === 'single'
            ? { type: 'single', choice: values[0] ?? null }
            : { type: 'multiple', choices: values };
        return { name, siteScore: siteScore(question, response), moodle: choice(texts), qti: choice(texts) };
      });
    }
    case 'truefalse':
      return [question.answer, !question.answer].map((value) => ({
        name: value === question.answer ? 'right' : 'wrong',
        siteScore: siteScore(question, { type: 'truefalse', value }),
        moodle: choice([String(value)]),
        qti: choice([value ? 'True' : 'False']),
      }));
    case 'matching': {
      const rights = [...new Set(question.pairs.map((pair) => pair.right))];
      const other = (right: string) => rights.find((candidate) => candidate !== right) ?? right;
      const cases: Array<[string, string[]]> = [
        ['right', question.pairs.map((pair) => pair.right)],
        ['wrong', question.pairs.map((pair) => other(pair.right))],
        ['partly right', question.pairs.map((pair, i) => (i === 0 ? pair.right : other(pair.right)))],
      ];
      return cases.map(([name, chosen]) => {
        const pairs = question.pairs.map((pair, i): [string, string] => [pair.left, chosen[i]!]);
        return {
          name,
          siteScore: siteScore(question, { type: 'matching', rights: chosen }),
          moodle: { kind: 'pairs', pairs },
          qti: { kind: 'pairs', pairs },
        };
      });
    }
    case 'ordering': {
      const count = question.items.length;
      // positions[i]: the place given to the i-th item of the YAML (its right place is i + 1).
      const cases: Array<[string, number[]]> = [
        ['right', question.items.map((_, i) => i + 1)],
        ['wrong: every item one place later', question.items.map((_, i) => ((i + 1) % count) + 1)],
        ['partly right: the first two swapped', question.items.map((_, i) => (i < 2 ? 2 - i : i + 1))],
      ];
      return cases.map(([name, positions]) => {
        const order = [...question.items].sort(
          (a, b) => positions[question.items.indexOf(a)]! - positions[question.items.indexOf(b)]!,
        );
        return {
          name,
          siteScore: siteScore(question, { type: 'ordering', positions }),
          moodle: { kind: 'order', items: order },
          qti: {
            kind: 'pairs',
            pairs: question.items.map((item, i): [string, string] => [item, String(positions[i])]),
          },
        };
      });
    }
    case 'fillin': {
      const typed: Array<[string, string]> = [
        ...question.answers.map((answer): [string, string] => [`right: "${answer}"`, answer]),
        [`right, in capitals: "${question.answers[0]!.toUpperCase()}"`, question.answers[0]!.toUpperCase()],
        ['wrong', 'certainly not the answer'],
      ];
      return typed.map(([name, text]) => ({
        name,
        siteScore: siteScore(question, { type: 'fillin', text }),
        moodle: { kind: 'text', text },
        qti: { kind: 'text', text },
      }));
    }
    case 'written':
      // The student marks a written answer against its points: no LMS scores it by itself.
      return [];
  }
}
