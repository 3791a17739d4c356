import { describe, expect, test } from 'vitest';
import { modelOf, presentQuestion } from '../../src/question-types/present.ts';
import type { QuestionOf } from '../../src/question-types/index.ts';
import { courseQuestions } from '../../tools/testing/course-questions.ts';

/**
 * What a student may type for each fill-in question of the course, and what must be marked wrong,
 * checked with the product's own fill-in scoring (`src/question-types/fillin/model.ts`). The scoring
 * already ignores case, accents, punctuation, articles and a plural "s", so the rows list what a
 * student really types, not every spelling. A question whose meaning changes gets a new id, and so a
 * new row; a new fill-in question needs a row before the tests pass.
 */
const ANSWERS: Record<string, { accept: string[]; reject: string[] }> = {
  'building-suspect-fillin': {
    accept: ['suspect', 'Suspect', 'a suspect', 'suspects', 'the suspect', 'Suspect.'],
    // "Potential customer" fits a prospect just as well: it does not name the stage.
    reject: ['prospect', 'lead', 'customer', 'inactive customer', 'potential customer', 'target group'],
  },
  'building-collaborative-fillin': {
    accept: [
      'collaborative',
      'Collaborative',
      'collaborative customization',
      'collaborative customisation',
      'Collaborative customization.',
      'collaborative mass customization',
      'collaborative mass customisation',
    ],
    // "Full" is the notes' name for it; the question asks for Gilmore and Pine's.
    reject: ['transparent', 'cosmetic', 'adaptive', 'full', 'full customization', 'customer intimacy'],
  },
  'building-ambassador-fillin': {
    accept: [
      'ambassador',
      'Ambassador',
      'an ambassador',
      'ambassadors',
      'customer ambassador',
      'brand ambassador',
      // The top rung of the loyalty ladder in the textbooks is the advocate.
      'advocate',
      'an advocate',
      'customer advocate',
      'brand advocate',
    ],
    // A loyal customer is the rung below: loyal, but not (yet) recommending the company.
    reject: ['loyal customer', 'customer', 'prospect', 'suspect', 'top customer'],
  },
  'bm-velora-care-net-fillin': {
    accept: [
      '13',
      '€13',
      '€ 13',
      '13 €',
      '13 euro',
      '13 euros',
      'EUR 13',
      '€13.',
      '13 EUR',
      '13.00',
      '€13,00', // the decimal comma students in Flanders write
      'thirteen',
      'thirteen euros',
    ],
    reject: [
      '54',
      '€54',
      '41',
      '95',
      '1.32',
      '€1.32',
      '132',
      '31',
      // A negative amount is a wrong answer, not 13 with punctuation.
      '-13',
    ],
  },
  'bm-relationship-economy-fillin': {
    accept: [
      'relationship',
      'Relationship',
      'the relationship',
      'relationships',
      'relationship economy',
      'relationship-economy',
    ],
    reject: ['customer', 'digital', 'experience', 'knowledge', 'service', 'information', 'market'],
  },
  'bm-investment-fillin': {
    accept: ['more', 'More', 'more than', 'more than a dollar', 'more value', 'more than one dollar'],
    // The principle asks for more, not for much more: a small gain passes it.
    reject: ['less', 'the same', 'at least', 'no less', 'exactly', 'a dollar', 'equal', 'much more'],
  },
  'bm-five-models-fillin': {
    accept: [
      'Customer Satisfiers',
      'customer satisfiers',
      'Customer Satisfier',
      'the Customer Satisfiers',
      'Satisfiers',
      'customer-satisfiers',
    ],
    reject: [
      'Relationship Optimizers',
      'Basic Connectors',
      'Pleasant Transactors',
      'Customer Connectors',
      'Relationship Builders',
      'Customer Optimizers',
    ],
  },
  'intro-definition-core-word': {
    accept: [
      'strategy',
      'Strategy',
      'strategies',
      'business strategy',
      'core business strategy',
      'the core business strategy',
    ],
    reject: ['process', 'philosophy', 'approach', 'technology', 'software', 'function'],
  },
  'intro-value-chain-first-stage': {
    accept: [
      'customer portfolio analysis',
      'Customer Portfolio Analysis',
      'customer portfolio analyses',
      'customer-portfolio analysis',
      'portfolio analysis',
      'analysis of the customer portfolio',
    ],
    // "Identification" is the first stage in the notes' version of the chain, which the course corrects.
    reject: [
      'identification',
      'customer identification',
      'customer intimacy',
      'network development',
      'value proposition development',
      'customer acquisition',
      'segmentation',
      'market segmentation',
    ],
  },
  'intro-chapter-idic-c': {
    accept: [
      'customize',
      'Customize',
      'customise',
      'customizing',
      'customising',
      'customization',
      'customisation',
      'customized',
      'Customization.',
    ],
    // "Customer" is the usual slip: the C is an activity, like the I, D and I before it.
    reject: [
      'customer',
      'customers',
      'customer intimacy',
      'communicate',
      'collaborate',
      'create',
      'personalize',
    ],
  },
  'intro-chapter-it-vendors': {
    accept: [
      'IT vendors',
      'it vendors',
      'IT vendor',
      'IT hardware vendors',
      'IT infrastructure vendors',
      'IT hardware and infrastructure vendors',
      'hardware vendors',
      'infrastructure vendors',
      'hardware and infrastructure vendors',
      'information technology vendors',
      'IT suppliers',
      'hardware suppliers',
    ],
    reject: [
      'CRM software houses',
      'software houses',
      'software vendors',
      'CRM vendors',
      'management consultants',
      'consultants',
      'social media companies',
    ],
  },
  'practice-dimension-program-offer': {
    accept: [
      'program offer',
      'Program offer',
      'the program offer',
      'programme offer',
      'program offers',
      'program-offer',
      'offer',
      'the offer',
    ],
    reject: [
      'positioning',
      'targeting',
      'communication',
      'customer behavior',
      'cost and benefit structure',
      'value proposition',
      'product',
      'price',
    ],
  },
  'practice-fillin-ebs': {
    accept: [
      'enterprise business system',
      'Enterprise Business System',
      'the enterprise business system',
      'enterprise business systems',
      'EBS',
      'ebs',
      'the EBS',
      'enterprise business system (EBS)',
      'EBS (enterprise business system)',
    ],
    reject: [
      'CRM application',
      'customer database',
      'web system',
      'analytics',
      'data warehouse',
      'external data',
    ],
  },
};

const fillins = courseQuestions().filter(
  (question): question is QuestionOf<'fillin'> => question.type === 'fillin',
);

/** Whether the product's fill-in scoring gives full credit for a typed answer. */
function accepted(question: QuestionOf<'fillin'>, text: string): boolean {
  const { key } = presentQuestion(question);
  return modelOf(question).score(key, { type: 'fillin', text }).correct;
}

const quoted = (texts: readonly string[]) => texts.map((text) => `"${text}"`).join(', ');

test('every fill-in question of the course has a row of answers, and every row a question', () => {
  expect(fillins.length).toBeGreaterThan(0);
  const ids = fillins.map((question) => question.id);
  const missing = ids.filter((id) => !(id in ANSWERS));
  const stale = Object.keys(ANSWERS).filter((id) => !ids.includes(id));
  expect(
    missing,
    `Add a row to ANSWERS in tests/unit/fillin-answers.test.ts (answers to accept and to reject) for: ${missing.join(', ')}`,
  ).toEqual([]);
  expect(stale, `These rows name no fill-in question of the course any more: ${stale.join(', ')}`).toEqual(
    [],
  );
  for (const [id, row] of Object.entries(ANSWERS)) {
    expect(row.accept.length, `${id}: answers to accept`).toBeGreaterThanOrEqual(2);
    expect(row.reject.length, `${id}: answers to reject`).toBeGreaterThanOrEqual(3);
  }
});

describe.each(fillins.filter((question) => question.id in ANSWERS))('$id', (question) => {
  const row = ANSWERS[question.id]!;

  test('accepts every fair answer', () => {
    const refused = row.accept.filter((text) => !accepted(question, text));
    expect(
      refused,
      `${question.id} marks fair answers wrong: add them to its \`answers\`: ${quoted(refused)}`,
    ).toEqual([]);
  });

  test('marks wrong answers wrong', () => {
    const taken = row.reject.filter((text) => accepted(question, text));
    expect(taken, `${question.id} accepts wrong answers: ${quoted(taken)}`).toEqual([]);
  });
});
