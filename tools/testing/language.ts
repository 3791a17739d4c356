import type { Element, Root, RootContent } from 'hast';

/** Tags whose text no reader sees or hears as page text. */
const SKIPPED = new Set(['head', 'script', 'style', 'template', 'noscript']);

export interface TextRun {
  /** The text of one text node. */
  text: string;
  /** The language it is marked in: the `lang` of its nearest ancestor that has one. */
  lang: string;
}

/** Every text node of a page with the language it inherits from the nearest `lang` attribute. */
export function textRuns(tree: Root): TextRun[] {
  const runs: TextRun[] = [];
  const walk = (nodes: RootContent[], lang: string) => {
    for (const node of nodes) {
      if (node.type === 'text') runs.push({ text: node.value, lang });
      else if (node.type === 'element') {
        const element = node as Element;
        if (SKIPPED.has(element.tagName)) continue;
        const own = element.properties['lang'] ?? element.properties['xmlLang'];
        walk(element.children, typeof own === 'string' ? own.toLowerCase() : lang);
      }
    }
  };
  walk(tree.children, '');
  return runs;
}

export function isDutch(lang: string): boolean {
  return lang === 'nl' || lang.startsWith('nl-');
}

/** The words of a text, lowercased (letters only, so "hij/zij" gives "hij" and "zij"). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * Dutch words that are also English words, brand names or too short to tell apart: a page may use
 * them unmarked. Add to this list only words a reader would take for English.
 */
export const ALSO_ENGLISH = new Set([
  'prospect',
  'prospects',
  'suspect',
  'suspects',
  'product',
  'products',
  'reeds',
  'homebrand',
  'vanish',
  'dash',
]);

/** The Dutch words of the study notes, which any page may quote only when marked. */
export const NOTES_DUTCH = [
  'vermoeden',
  'klant',
  'persoon',
  'acties',
  'heeft',
  'ondernemen',
  'ondernomen',
  'worden',
  'piramide',
  'standaard',
  'maar',
  'gebruiker',
  'mogelijke',
  'functionaliteiten',
  'kiezen',
  'tuinaanleg',
  'een',
  'supermarkt',
  'wasproducten',
  'zoals',
];

/** Words that count as Dutch: long enough to tell apart and not also English. */
export function dutchWords(texts: string[]): Set<string> {
  return new Set(texts.flatMap(words).filter((word) => word.length >= 3 && !ALSO_ENGLISH.has(word)));
}

export interface UnmarkedDutch {
  word: string;
  context: string;
}

/** Each Dutch word that stands in a text run not marked as Dutch, with a little of its context. */
export function unmarkedDutch(runs: TextRun[], dutch: Set<string>): UnmarkedDutch[] {
  const found: UnmarkedDutch[] = [];
  for (const run of runs) {
    if (isDutch(run.lang)) continue;
    for (const match of run.text.matchAll(/\p{L}+/gu)) {
      const word = match[0].toLowerCase();
      if (!dutch.has(word)) continue;
      const start = Math.max(0, match.index - 40);
      const context = run.text.slice(start, match.index + match[0].length + 40).replace(/\s+/g, ' ');
      found.push({ word, context: context.trim() });
    }
  }
  return found;
}
