import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/** A page of the site as it is placed on the whole-course print page. */
export interface JoinedPage {
  /** URL path of the page on the site, with the base: `/my-course/chapters/introduction/`. */
  path: string;
  /** Prefix for its ids on the print page: `introduction`. */
  prefix: string;
}

const ID_LIST_ATTRIBUTES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor'] as const;

export interface JoinOptions {
  /**
   * Pages (URL paths, with the base) whose links in this page become their text: a chapter's glossary
   * terms read as words on paper, where a link could take no one to the definition.
   */
  textOnlyLinksTo?: readonly string[];
}

/**
 * Rewrites one page's HTML for the print page, where several pages share one document: every id gets
 * the page's prefix (`summary` → `introduction--summary`), references to ids follow, and links to
 * any joined page become links within the print page, so they work in the PDF too. Starlight's
 * "Section titled …" anchor links beside the headings are left out: paper hides them, and over the
 * whole course they add up to a twentieth of the page.
 */
export function joinPageHtml(
  html: string,
  page: JoinedPage,
  allPages: readonly JoinedPage[],
  options: JoinOptions = {},
): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const own = (id: string) => `${page.prefix}--${id}`;
  const textOnly = new Set(options.textOnlyLinksTo);
  const printedChildren = (children: ElementContent[]): ElementContent[] =>
    children.flatMap((child) =>
      isHeadingAnchorLink(child) ? [] : isLinkTo(child, textOnly) ? printedChildren(child.children) : [child],
    );
  tree.children = printedChildren(tree.children as ElementContent[]);
  visit(tree, 'element', (element: Element) => {
    const { properties } = element;
    element.children = printedChildren(element.children);
    if (typeof properties['id'] === 'string') properties['id'] = own(properties['id']);
    for (const name of ID_LIST_ATTRIBUTES) {
      const value = properties[name];
      if (Array.isArray(value)) properties[name] = value.map((id) => own(String(id)));
      else if (typeof value === 'string') properties[name] = [own(value)];
    }
    for (const [name, value] of Object.entries(properties)) {
      if (typeof value === 'string' && value.includes('url(#')) {
        properties[name] = value.replace(/url\(#([^)]+)\)/g, (_match, id: string) => `url(#${own(id)})`);
      }
    }
    for (const name of ['href', 'xLinkHref'] as const) {
      const href = properties[name];
      if (typeof href === 'string') properties[name] = rewriteHref(href, page, allPages);
    }
  });
  return toHtml(tree);
}

function isHeadingAnchorLink(node: ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'a') return false;
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes('sl-anchor-link');
}

function isLinkTo(node: ElementContent, paths: ReadonlySet<string>): node is Element {
  if (node.type !== 'element' || node.tagName !== 'a') return false;
  const href = node.properties['href'];
  return typeof href === 'string' && paths.has(href.split('#')[0]!);
}

function rewriteHref(href: string, page: JoinedPage, allPages: readonly JoinedPage[]): string {
  if (href.startsWith('#')) return href === '#' ? href : `#${page.prefix}--${href.slice(1)}`;
  const [path = '', hash] = href.split('#');
  const target = allPages.find((candidate) => candidate.path === path);
  if (!target) return href;
  return hash ? `#${target.prefix}--${hash}` : `#${target.prefix}`;
}
