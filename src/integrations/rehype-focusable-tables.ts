import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Starlight lets a wide table scroll sideways on a narrow screen. A scrolling area must be reachable
 * from the keyboard, so every table in the content can take focus.
 */
export function rehypeFocusableTables() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'table') node.properties['tabIndex'] = 0;
    });
  };
}
