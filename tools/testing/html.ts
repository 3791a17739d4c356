import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

export function parseHtml(html: string): Root {
  return fromHtml(html);
}

export function elements(tree: Root, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

export function ids(tree: Root): string[] {
  return elements(tree, (element) => typeof element.properties['id'] === 'string').map(
    (element) => element.properties['id'] as string,
  );
}

/** Every URL a page refers to: links, stylesheets, scripts, images and icons, except in `hidden` parts. */
export function referencedUrls(tree: Root): string[] {
  const urls: string[] = [];
  const shown: Element[] = [];
  visit(tree, 'element', (element: Element) => {
    if (element.properties['hidden'] === true) return SKIP;
    shown.push(element);
    return undefined;
  });
  for (const element of shown) {
    for (const property of ['href', 'src'] as const) {
      const value = element.properties[property];
      if (typeof value === 'string') urls.push(value);
    }
    const srcset = element.properties['srcSet'];
    if (Array.isArray(srcset)) urls.push(...srcset.map((entry) => String(entry).trim().split(/\s+/)[0]!));
  }
  return urls;
}
