import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from '../course/site-env.ts';

/**
 * Authors write root-relative links (`/chapters/introduction/`) without the base path, so the same
 * content works at `/` and under a GitHub Pages project path. This prefixes the base path to every
 * root-relative `href` and `src` in Markdown and MDX content.
 */
export function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const property of ['href', 'src'] as const) {
        const value = node.properties[property];
        if (typeof value === 'string') node.properties[property] = withBase(options.base, value);
      }
    });
  };
}
