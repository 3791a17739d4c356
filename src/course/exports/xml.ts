/**
 * Writing XML by hand, safely: text is always escaped, and line breaks inside text become character
 * references, so that indenting a document never changes a word of it.
 */

/** Escapes text for XML content or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, '&#10;');
}

/** Plain text as an HTML fragment (what Moodle and Canvas store for a question's text). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Characters that XML 1.0 cannot carry, not even as character references. */
/** (With the `u` flag a surrogate range matches only a lone surrogate.) */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;

/** The first character of `text` that XML cannot carry, as `U+0007`, if any. */
export function nonXmlCharacter(text: string): string | undefined {
  const match = NOT_XML.exec(text);
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

type Attributes = Record<string, string | number | undefined>;

/**
 * An element with escaped attributes. `children` are serialized XML (elements, or text from
 * {@link escapeXml}); element children go on lines of their own, indented.
 */
export function element(name: string, attributes: Attributes = {}, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  if (children.length === 0) return `<${name}${attrs}/>`;
  if (children.every((child) => child.startsWith('<') && !child.startsWith(CDATA_START))) {
    const inner = children.join('\n').replace(/^/gm, '  ');
    return `<${name}${attrs}>\n${inner}\n</${name}>`;
  }
  return `<${name}${attrs}>${children.join('')}</${name}>`;
}

const CDATA_START = '<![CDATA[';

/**
 * Text as a CDATA section, as Moodle's own export writes HTML: readable in the file. A `]]>` in the
 * text ends one section and starts the next.
 */
export function cdata(text: string): string {
  return `${CDATA_START}${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** An element holding text only. */
export const textElement = (name: string, text: string, attributes: Attributes = {}): string =>
  element(name, attributes, escapeXml(text));

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
