import { micromark } from 'micromark';

/**
 * A card's back is short Markdown. micromark escapes any raw HTML in it, so what an author types can
 * never inject markup into the page or the Anki deck.
 */
export function cardHtml(markdown: string): string {
  return micromark(markdown.trim()).trim();
}
