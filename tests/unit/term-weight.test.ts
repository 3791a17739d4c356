import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { VFile } from 'vfile';
import { afterAll, expect, test } from 'vitest';
import { rehypeTermWeight, TEACHING_LINK_WEIGHT } from '../../src/integrations/rehype-term-weight.ts';

const glossaryDir = mkdtempSync(join(tmpdir(), 'glossary-'));
afterAll(() => rmSync(glossaryDir, { recursive: true, force: true }));
writeFileSync(
  join(glossaryDir, 'idic-model.yaml'),
  'term: IDIC model\nsection: introduction#the-idic-model\n',
);

function weights(path: string): Array<string | undefined> {
  const tree = fromHtml(
    '<p><a href="/glossary/#idic-model">IDIC</a> <a href="/glossary/#other">other</a></p>',
    { fragment: true },
  ) as Root;
  rehypeTermWeight({ glossaryDir })(tree, new VFile({ path }));
  const links: Element[] = [];
  const walk = (node: Root | Element) =>
    node.children.forEach((child) => {
      if (child.type !== 'element') return;
      if (child.tagName === 'a') links.push(child);
      walk(child);
    });
  walk(tree);
  return links.map((link) => link.properties['dataPagefindWeight'] as string | undefined);
}

test("a term's link weighs more for search on the chapter that teaches it, and only there", () => {
  expect(weights('/x/src/content/docs/chapters/introduction.mdx')).toEqual([
    String(TEACHING_LINK_WEIGHT),
    undefined,
  ]);
  expect(weights('/x/src/content/docs/chapters/business-models.mdx')).toEqual([undefined, undefined]);
  expect(weights('/x/src/content/docs/glossary.mdx')).toEqual([undefined, undefined]);
});
