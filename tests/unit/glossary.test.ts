import { expect, test } from 'vitest';
import {
  brokenGlossaryLinks,
  byInitial,
  glossaryLinks,
  inGlossaryOrder,
  sectionLabel,
} from '../../src/course/glossary-links.ts';
import { dutchWordListSchema, glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { isPopoverTerm } from '../../src/shared/glossary.ts';

const TERM = {
  term: 'Customer pyramid',
  definition: 'Jay Curry’s way of [segmenting](/glossary/#customer-segmentation) customers by value.',
  dutch: 'klantenpiramide',
  source: 'Curry & Curry (2000)',
  section: 'building-a-strategy#the-customer-pyramid',
};

/** The schema's complaints about a term file, as `field: message`. */
function problems(data: Record<string, unknown>): string[] {
  const result = glossaryTermSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('a term file with a term, a definition and a section is valid; Dutch, source and see-also are optional', () => {
  expect(problems(TERM)).toEqual([]);
  const { dutch: _dutch, source: _source, ...bare } = TERM;
  expect(problems(bare)).toEqual([]);
  expect(glossaryTermSchema.parse(bare).seeAlso).toEqual([]);
});

test('a term without a definition, or with an empty one, says what to add', () => {
  const { definition: _definition, ...withoutDefinition } = TERM;
  const message =
    'definition: A glossary term needs its definition: add `definition: |` with a sentence or two in Markdown.';
  expect(problems(withoutDefinition)).toEqual([message]);
  expect(problems({ ...TERM, definition: '  \n' })).toEqual([message]);
  expect(problems({ ...TERM, term: '' })).toEqual(['term: A glossary term needs its name: add `term:`.']);
});

test('sections are written chapter-slug#heading-anchor, and a misspelt field is refused', () => {
  expect(problems({ ...TERM, section: '/chapters/building-a-strategy/#the-customer-pyramid' })).toEqual([
    'section: A section is written `chapter-slug#heading-anchor`.',
  ]);
  expect(problems({ ...TERM, seeAlso: ['strategy-in-practice'] })).toEqual([
    'seeAlso.0: A section is written `chapter-slug#heading-anchor`.',
  ]);
  expect(problems({ ...TERM, dutsch: 'klantenpiramide' })).toHaveLength(1);
});

test('the Dutch word list needs words, each with its English and its section', () => {
  expect(dutchWordListSchema.safeParse({ words: [] }).success).toBe(false);
  expect(
    dutchWordListSchema.safeParse({
      words: [
        {
          dutch: 'topklanten',
          english: 'top customers',
          section: 'building-a-strategy#the-customer-pyramid',
        },
      ],
    }).success,
  ).toBe(true);
  expect(
    dutchWordListSchema.safeParse({ words: [{ dutch: 'topklanten', english: 'top customers' }] }).success,
  ).toBe(false);
});

test('glossary links are found in Markdown, in MDX and HTML attributes, and only with a term', () => {
  const source = [
    'A [customer pyramid](/glossary/#customer-pyramid), a <a href="/glossary/#suspect">suspect</a>,',
    'the [glossary](/glossary/) itself and the [chapter](/chapters/introduction/#defining-crm).',
  ].join('\n');
  expect(glossaryLinks('page.mdx', source)).toEqual([
    { file: 'page.mdx', href: '/glossary/#customer-pyramid', id: 'customer-pyramid' },
    { file: 'page.mdx', href: '/glossary/#suspect', id: 'suspect' },
  ]);
});

test('a link to no term is reported with its file; links to terms pass', () => {
  const links = [
    ...glossaryLinks('src/content/docs/a.mdx', '[a](/glossary/#suspect) [b](/glossary/#suspects)'),
    ...glossaryLinks('src/content/glossary/x.yaml: **definition**', '[c](/glossary/#)'),
  ];
  expect(brokenGlossaryLinks(links, new Set(['suspect']))).toEqual([
    'src/content/docs/a.mdx: /glossary/#suspects names no glossary term.',
    'src/content/glossary/x.yaml: **definition**: /glossary/# names no glossary term.',
  ]);
});

test('the glossary is alphabetical whatever the case, under one heading per initial', () => {
  const terms = [
    'Gartner’s model',
    'CRM value chain',
    'Critical success factor',
    'General Data Protection Regulation',
    'churn',
  ].map((term) => ({ term }));
  expect(inGlossaryOrder(terms).map(({ term }) => term)).toEqual([
    'churn',
    'Critical success factor',
    'CRM value chain',
    'Gartner’s model',
    'General Data Protection Regulation',
  ]);
  expect(byInitial(terms).map(({ letter, id, terms }) => [letter, id, terms.length])).toEqual([
    ['C', 'c', 3],
    ['G', 'g', 2],
  ]);
});

test('a section is named with its chapter, unless it stands beside a link into the same chapter', () => {
  const section = {
    chapter: { slug: 'business-models', title: 'CRM business models' },
    title: 'Four key hurdles',
  };
  expect(sectionLabel(section)).toBe('CRM business models: Four key hurdles');
  expect(sectionLabel(section, 'business-models')).toBe('Four key hurdles');
  expect(sectionLabel(section, 'introduction')).toBe('CRM business models: Four key hurdles');
});

test('a term read from terms.json is shown only when it has what the popover shows', () => {
  const term = {
    term: 'Suspect',
    definition: '<p>Someone who could become a customer.</p>',
    dutch: 'suspect',
    section: { title: 'Building a CRM strategy: Suspects and prospects', href: '/x/#y' },
  };
  expect(isPopoverTerm(term)).toBe(true);
  const { dutch: _dutch, ...withoutDutch } = term;
  expect(isPopoverTerm(withoutDutch)).toBe(true);
  for (const broken of [
    undefined,
    null,
    'Suspect',
    [],
    { ...term, definition: 3 },
    { ...term, dutch: null },
    { ...term, section: null },
    { ...term, section: { title: 'x' } },
    { term: 'Suspect' },
  ]) {
    expect(isPopoverTerm(broken), JSON.stringify(broken)).toBe(false);
  }
});
