/**
 * A small XML reader for the tests, written apart from the code that writes the exports, so that a
 * mistake in one is not repeated in the other: elements, attributes, text, CDATA and character
 * references; comments, processing instructions and the doctype are skipped. Well-formedness is
 * `xmllint`'s job (the tests run it too).
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const entity = ENTITIES[name];
    if (entity === undefined) throw new Error(`Unknown entity ${match}`);
    return entity;
  });
}

export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack = [root];
  const pattern =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!\[CDATA\[([\s\S]*?)\]\]>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const match of source.matchAll(pattern)) {
    const [whole, cdata, closing, opening, attributes, selfClosing, text] = match;
    const current = stack.at(-1)!;
    if (cdata !== undefined) current.children.push(cdata);
    else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`);
      stack.pop();
    } else if (opening !== undefined) {
      const element: XmlElement = { name: opening, attributes: {}, children: [] };
      for (const [, name, value] of (attributes ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        element.attributes[name!] = decode(value ?? '');
      current.children.push(element);
      if (!selfClosing) stack.push(element);
    } else if (text !== undefined) current.children.push(decode(text));
    else if (whole.startsWith('<') && !/^<(!--|\?|!DOCTYPE)/.test(whole))
      throw new Error(`Cannot read ${whole}`);
  }
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)!.name}> is not closed`);
  const [documentElement] = root.children.filter((child): child is XmlElement => typeof child !== 'string');
  if (!documentElement) throw new Error('No document element');
  return documentElement;
}

/** The element's child elements, of `name` when given. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && (name === undefined || child.name === name),
  );
}

/** The first child element called `name`; throws when there is none. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = childElements(element, name)[0];
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}

/** Every descendant element called `name`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  return childElements(element).flatMap((item) => [
    ...(item.name === name ? [item] : []),
    ...descendants(item, name),
  ]);
}

/** The element's text, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children.map((item) => (typeof item === 'string' ? item : textOf(item))).join('');
}
