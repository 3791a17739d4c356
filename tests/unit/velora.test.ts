/**
 * One case, one set of facts: every figure the course states about Velora, its fictional running
 * case, must be a fact of `src/content/velora.yaml` or a figure computed from those facts
 * (`src/course/velora.ts`). Change a number in a chapter, a quiz or a card alone and this fails.
 */
import { describe, expect, test } from 'vitest';
import { veloraFigureList, veloraFigures, type Figure, type FigureKind } from '../../src/course/velora.ts';
import { veloraSchema } from '../../src/schemas/velora.ts';
import { contentFiles, readText, readYaml } from '../../tools/testing/content.ts';

const velora = veloraSchema.parse(readYaml('src/content/velora.yaml'));
const figures = veloraFigureList(velora);
const derived = veloraFigures(velora);

/**
 * Numbers in Velora passages that are not Velora facts, each with its reason. Keep this list short:
 * a figure of the case belongs in the facts file.
 */
const NOT_FACTS: Record<string, string> = {
  'three different customers': 'one customer counted once in each of three separate lists: an illustration',
  'four Velora customers': 'the four example customers of a drawing exercise',
  '3 × 3 grid': 'the CRM business model grid, not a figure of Velora',
};

// ---------------------------------------------------------------------------------------------------
// Finding the numbers in a passage

type TextKind = Exclude<FigureKind, 'factor'> | 'bare';

interface Stated {
  kind: TextKind;
  /** As written, for the message. */
  written: string;
  value: number;
  /** Decimals written: "€1.32" has 2, so it matches any figure that rounds to 1.32. */
  decimals: number;
}

/** Numbers written as words; "one" is left out, it is too often not a count ("one record"). */
const WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
};
/** What Velora counts: a number before one of these (two adjectives may come between) is a count. */
const UNITS =
  'shops?|towns?|cities|customers?|members?|employers?|families|commuters?|riders?|households?|teams?|months?|years?|weeks?|kilometers?|km|check-ups?|bikes?|workshops?|mechanics?|employees?|leases?';
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

function parseNumber(written: string): { value: number; decimals: number } {
  const plain = written.replace(/,/g, '');
  return { value: Number(plain), decimals: plain.includes('.') ? plain.split('.')[1]!.length : 0 };
}

/** Text without what is not a statement about Velora: link targets, tags, citations, exempt phrases. */
function clean(text: string): string {
  let out = text
    .replace(/<sup>([^<]*)<\/sup>/g, '^$1')
    .replace(/<sub>([^<]*)<\/sub>/g, ' $1 ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    // Citations: "(Buttle & Maklan, 2015)", "(Fader & Hardie, 2012, compare …)".
    .replace(/\([^()]*\b[A-Z][\p{L}'-]+[^()]*,\s*(?:19|20)\d\d[a-z]?\b[^()]*\)/gu, ' ')
    // …and "Gilmore and Pine (1997)", "Pine's (1997)".
    .replace(/(?<=\b[A-Z][\p{L}'-]+\s)\((?:19|20)\d\d[a-z]?\)/gu, ' ')
    .replace(/[*_`]/g, '');
  for (const phrase of Object.keys(NOT_FACTS)) out = out.replaceAll(phrase, ' ');
  return out;
}

/** The euro amounts, percentages, years, counts and calculation operands a passage states. */
function statedNumbers(text: string): Stated[] {
  const found: Stated[] = [];
  let rest = clean(text);
  const take = (kind: TextKind, pattern: RegExp, group = 1) => {
    rest = rest.replace(pattern, (...match: string[]) => {
      const written = match[group]!;
      const word = WORDS[written.toLowerCase()];
      found.push(
        word === undefined
          ? { kind, written: match[0]!.trim(), ...parseNumber(written) }
          : { kind, written: match[0]!.trim(), value: word, decimals: 0 },
      );
      return ' '.repeat(match[0]!.length);
    });
  };
  take('eur', new RegExp(String.raw`(?:€|EUR)\s?(${NUMBER})`, 'g'));
  take('eur', new RegExp(String.raw`\b(${NUMBER})\s?(?:euros?|€)(?![\w])`, 'g'));
  take('rate', new RegExp(String.raw`\b(${NUMBER})\s?(?:%|percent\b)`, 'g'));
  take('year', /\b((?:19|20)\d\d)\b(?![.,]\d)/g);
  const words = Object.keys(WORDS).join('|');
  take('count', new RegExp(String.raw`\b(${NUMBER}|${words})[ -](?:[a-z-]+ ){0,2}?(?:${UNITS})\b`, 'gi'));
  // Operands of a calculation ("160 × 0.64 / 1.21", "t = 0") and figures alone in a table cell.
  take('bare', new RegExp(String.raw`(?<=[×÷/+=≈^−(]\s?)(${NUMBER})\b`, 'g'));
  take('bare', new RegExp(String.raw`\b(${NUMBER})(?=\s?[×÷/+=≈^−])`, 'g'));
  take('bare', new RegExp(String.raw`(?<=\|\s*)(${NUMBER})(?=\s*\|)`, 'g'));
  return found;
}

const MATCHES: Record<TextKind, FigureKind[]> = {
  eur: ['eur'],
  rate: ['rate'],
  year: ['year'],
  count: ['count'],
  bare: ['eur', 'rate', 'factor'],
};

/** What a count counts, by its noun: "three months" must be a duration in months, not any 3. */
const COUNTED: [RegExp, RegExp][] = [
  [/^months?$/i, /Months$/],
  [/^years?$/i, /Years$/],
  [/^(kilometers?|km)$/i, /Km$/],
  [/^(shops?|workshops?|towns?|cities)$/i, /^(shops\.length|derived\.shopCount)$/],
  [/^members?$/i, /careMembersCount$/],
  [/^employers?$/i, /employersCount$|^customers\.groups\[\d+\]\.count$/],
  [/^bikes?$/i, /BikesCount$/],
  [/^check-ups?$/i, /checkUps\w*Count$/],
  [/^teams?$/i, /^organization\.teams/],
  [/^(customers?|commuters?|families|riders?|households?)$/i, /^customers\./],
];

function round(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals) / 10 ** decimals;
}

/** The facts or derived figures a stated number can be: same kind, equal once rounded as written. */
function sources(stated: Stated): Figure[] {
  const noun = stated.kind === 'count' ? new RegExp(`(?:${UNITS})$`, 'i').exec(stated.written)![0] : '';
  const counted = COUNTED.find(([unit]) => unit.test(noun))?.[1];
  return figures.filter(
    (figure) =>
      MATCHES[stated.kind].includes(figure.kind) &&
      (!counted || counted.test(figure.path)) &&
      Math.abs(
        round(stated.kind === 'rate' ? figure.value * 100 : figure.value, stated.decimals) - stated.value,
      ) < 1e-9,
  );
}

function unsupported(text: string): string[] {
  return statedNumbers(text)
    .filter((stated) => sources(stated).length === 0)
    .map((stated) => `"${stated.written}"`);
}

// ---------------------------------------------------------------------------------------------------
// Finding the Velora passages

interface Passage {
  where: string;
  text: string;
}

const mentionsVelora = (text: string) => /\bVelora/.test(text);

/**
 * The Velora passages of a page: every block of a section whose heading names Velora, and in other
 * sections the block that first names Velora and every block after it (a worked example's table and
 * the lessons drawn from it follow the sentence that introduces it). Code blocks are left out.
 */
function pagePassages(path: string, source: string): Passage[] {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const passages: Passage[] = [];
  let inScope = false;
  let headingScope = false;
  let block: string[] = [];
  let blockStart = 0;
  let inCode = false;
  const lines = body.split('\n');
  const offset = source.split('\n').length - lines.length;
  const flush = () => {
    const text = block.join('\n');
    if (block.length && (headingScope || inScope || mentionsVelora(text))) {
      inScope = true;
      passages.push({ where: `${path}:${blockStart + offset + 1}`, text });
    }
    block = [];
  };
  lines.forEach((line, i) => {
    if (/^(```|~~~)/.test(line)) {
      flush();
      inCode = !inCode;
      return;
    }
    if (inCode || /^import\s/.test(line)) return;
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      headingScope = mentionsVelora(heading[1]!);
      inScope = false;
      return;
    }
    if (line.trim() === '') return flush();
    if (block.length === 0) blockStart = i;
    block.push(line);
  });
  flush();
  return passages;
}

/** Every string of a quiz question or card, except its id, type and section. */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['id', 'type', 'section', 'note'].includes(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

function itemPassages(dir: string, listOf: (file: unknown) => { id: string }[]): Passage[] {
  return contentFiles(dir, /\.yaml$/).flatMap((path) =>
    listOf(readYaml(path))
      .map((item) => ({ where: `${path} ${item.id}`, text: strings(item).join('\n') }))
      .filter((passage) => mentionsVelora(passage.text)),
  );
}

/**
 * The practice-data page describes a generated extract, not Velora: its cut-offs and example figures
 * are the exercise's, and `practice-files.test.ts` checks the data itself against the facts.
 */
const EXTRACT_PAGES = ['src/content/docs/practice-data.mdx'];
const pages = contentFiles('src/content/docs', /\.mdx?$/)
  .filter((path) => !EXTRACT_PAGES.includes(path))
  .flatMap((path) => pagePassages(path, readText(path)));
const questions = itemPassages('src/content/quizzes', (file) =>
  (file as { quizzes: { questions: { id: string }[] }[] }).quizzes.flatMap((quiz) => quiz.questions),
);
const cards = itemPassages('src/content/flashcards', (file) => (file as { cards: { id: string }[] }).cards);
/** The facts file's own sentences ("By 2030, …", "95 % of repairs …") must agree with its numbers. */
const factTexts: Passage[] = strings(velora).map((text, i) => ({
  where: `src/content/velora.yaml text ${i + 1}`,
  text,
}));

// ---------------------------------------------------------------------------------------------------

describe('every figure stated about Velora is a fact or follows from the facts', () => {
  test('the chapters and pages have Velora passages, and so do the quizzes and cards', () => {
    expect(new Set(pages.map((p) => p.where.split(':')[0])).size).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(cards.length).toBeGreaterThanOrEqual(5);
  });

  test.each([
    ['pages', pages],
    ['quiz questions', questions],
    ['flashcards', cards],
    ['the facts file', factTexts],
  ])('in %s', (_, passages) => {
    const problems = passages.flatMap((passage) =>
      unsupported(passage.text).map((figure) => `${passage.where}: ${figure} is no Velora fact`),
    );
    expect(problems, 'Put the figure in src/content/velora.yaml, or correct the text').toEqual([]);
  });
});

describe('the worked examples show the computed figures, in order', () => {
  const chapter = (slug: string) => readText(`src/content/docs/chapters/${slug}.mdx`);
  const eur = (value: number, decimals = 0) =>
    `€${value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}`;

  test("chapter 3's lifetime-value table: each year's present value and the total", () => {
    const rows = [...chapter('building-a-strategy').matchAll(/^\| (\d)\s+\|.*\| (€[\d,.]+)\s+\|$/gm)];
    expect(rows.map((row) => row[2])).toEqual(derived.commuterPresentValuesEur.map((value) => eur(value, 2)));
    expect(chapter('building-a-strategy')).toContain(`**${eur(derived.commuterLifetimeValueEur, 2)}**`);
    // Rounded rows add up to the rounded total, so a student who checks the sum finds it.
    const sum = derived.commuterPresentValuesEur.reduce((total, value) => total + round(value, 2), 0);
    expect(round(sum, 2)).toBe(round(derived.commuterLifetimeValueEur, 2));
  });

  test("chapter 3's lifetime-value card adds the same rows", () => {
    const card = cards.find((passage) => passage.where.endsWith('building-clv-formula'))!;
    const terms = derived.commuterPresentValuesEur.map((value, t) =>
      t === 0 ? String(value) : value.toFixed(2),
    );
    expect(card.text).toContain(`${terms.join(' + ')} = **${eur(derived.commuterLifetimeValueEur, 2)}**`);
  });

  test("chapter 2's Velora Care table: costs, investment, margin, savings and value", () => {
    const table = chapter('business-models').match(/^\| Per member, per year[\s\S]*?\n\n/m)![0];
    const amounts = [...table.matchAll(/\|\s+\**(−?€\d+)\**\s+\|$/gm)].map((match) => match[1]);
    const { care } = velora;
    expect(amounts).toEqual(
      [
        care.checkUpsCostEur,
        care.partsDiscountCostEur,
        care.remindersAndAdminCostEur,
        -care.feeEur,
        derived.careInvestmentEur,
        derived.careExtraMarginEur,
        care.savingsEur,
        derived.careValueReturnedEur,
      ].map((value) => (value < 0 ? `−${eur(-value)}` : eur(value))),
    );
  });

  /**
   * A figure can match the wrong fact by chance (an "€80" gain would pass as the €80 of check-ups),
   * so the sentences that state a result are pinned to the figure they compute: the sentence that
   * contains the phrase must state each listed figure, rounded to the decimals given.
   */
  const RESULTS: [file: string, phrase: string, figures: [keyof typeof derived, number][]][] = [
    [
      'docs/chapters/business-models.mdx',
      'Each euro invested brings back',
      [
        ['careReturnPerEuroEur', 2],
        ['careNetValueEur', 0],
      ],
    ],
    ['docs/chapters/business-models.mdx', 'would suggest', [['careTurnoverAsValueEur', 0]]],
    [
      'docs/chapters/business-models.mdx',
      'cut the fee to',
      [
        ['careBreakEvenFeeEur', 0],
        ['careValueReturnedEur', 0],
      ],
    ],
    ['docs/chapters/building-a-strategy.mdx', 'a member brings', [['commuterMarginEur', 0]]],
    ['docs/chapters/building-a-strategy.mdx', 'Without the plan', [['commuterBaseMarginEur', 0]]],
    [
      'docs/chapters/building-a-strategy.mdx',
      'At 85 % retention',
      [
        ['commuterHigherRetentionValueEur', 0],
        ['higherRetentionGainEur', 0],
      ],
    ],
    [
      'docs/chapters/building-a-strategy.mdx',
      'no plan',
      [
        ['cityRiderMarginEur', 0],
        ['cityRiderLifetimeValueEur', 0],
      ],
    ],
    ['docs/chapters/building-a-strategy.mdx', 'CLV caps spending', [['commuterLifetimeValueEur', 0]]],
    ['quizzes/building-a-strategy.yaml', '85 % instead of 80 %', [['higherRetentionGainEur', 0]]],
  ];

  test.each(RESULTS)('%s: the sentence with "%s" states what it computes', (file, phrase, expected) => {
    const sentences = readText(`src/content/${file}`)
      .split(/(?<=[.!?])\s+|\n/)
      .filter((sentence) => sentence.includes(phrase));
    expect(sentences, `no sentence with "${phrase}"`).toHaveLength(1);
    const stated = statedNumbers(sentences[0]!).filter((number) => number.kind === 'eur');
    for (const [key, decimals] of expected) {
      const value = round(derived[key] as number, decimals);
      expect(
        stated.some((number) => number.value === value),
        `"${sentences[0]}" should state ${key} = ${eur(value, decimals)}`,
      ).toBe(true);
    }
  });

  test('the CLV margin of a member is the margin of a non-member plus what Velora Care adds', () => {
    expect(derived.commuterMarginEur).toBe(derived.commuterBaseMarginEur + derived.careNetValueEur);
    expect(derived.careNetValueEur).toBe(
      velora.care.extraSpendingEur * velora.marginRate + velora.care.savingsEur - derived.careInvestmentEur,
    );
  });
});

describe('the check itself', () => {
  test('finds euro amounts, percentages, years, counts and operands, and ignores citations', () => {
    const stated = statedNumbers(
      'Velora (Buttle & Maklan, 2015) has twelve shops and 40,000 customers, as Pine (1997) would; by 2030, 95 % on time; 160 × 0.64 / 1.21 = €84.63.',
    );
    expect(stated.map(({ kind, value }) => `${kind}:${value}`)).toEqual([
      'eur:84.63',
      'rate:95',
      'year:2030',
      'count:12',
      'count:40000',
      'bare:0.64',
      'bare:1.21',
      'bare:160',
    ]);
  });

  test('fails on a figure changed in a chapter only', () => {
    const text = 'Velora Care costs Velora €41 per member; each member adds €13.';
    expect(unsupported(text)).toEqual([]);
    expect(unsupported(text.replace('€41', '€42'))).toEqual(['"€42"']);
    expect(unsupported('Velora has eleven shops.')).toEqual(['"eleven shops"']);
    expect(unsupported('Velora keeps 31 % of what it sells.')).toEqual(['"31 %"']);
  });

  test('takes a table and the lessons after a Velora sentence into scope, and code blocks out', () => {
    const page = [
      '## A section',
      '',
      'Generic text with 25 %.',
      '',
      "Velora's figures:",
      '',
      '| t | €1 |',
      '',
      '```mermaid',
      'Velora 99 %',
      '```',
      '',
      '## Next',
      '',
      'Other text, 7 %.',
    ].join('\n');
    expect(pagePassages('page', page).map((passage) => passage.text)).toEqual([
      "Velora's figures:",
      '| t | €1 |',
    ]);
  });
});
