import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagramFigureId, diagramHash, parseDiagramMeta, svgIdPrefix } from '../../src/lib/diagrams/block.ts';
import {
  cachedHashes,
  DIAGRAM_CACHE_DIR,
  mermaidVersion,
  readCachedDiagram,
} from '../../src/lib/diagrams/cache.ts';
import { diagramPalettes } from '../../src/lib/diagrams/palette.ts';
import { findDiagramSources } from '../../src/lib/diagrams/sources.ts';
import { ROOT } from '../support/site.ts';

const diagrams = findDiagramSources();
const version = mermaidVersion();

describe('the fence of a Mermaid block', () => {
  test('gives the caption and the description', () => {
    expect(parseDiagramMeta('title="The IDIC cycle" description="Four steps in a loop."')).toEqual({
      title: 'The IDIC cycle',
      description: 'Four steps in a loop.',
    });
    expect(parseDiagramMeta('title="Say \\"hi\\"" description="x"').title).toBe('Say "hi"');
  });

  test('errors name what is missing or wrong', () => {
    expect(() => parseDiagramMeta('')).toThrow(
      'the fence needs title="…" (the visible caption and accessible name)',
    );
    expect(() => parseDiagramMeta('title="x"')).toThrow(
      'the fence needs description="…" (one sentence for screen readers and print)',
    );
    expect(() => parseDiagramMeta('title="x" description="y" color="red"')).toThrow(
      'unknown attribute "color" (allowed: title, description)',
    );
    expect(() => parseDiagramMeta('title=x')).toThrow('cannot read "title=x" in the fence');
  });
});

describe('the diagrams of the course', () => {
  test('at least the eleven the course needs, each with a caption and a unique figure id', () => {
    expect(diagrams.length).toBeGreaterThanOrEqual(11);
    const ids = diagrams.map((diagram) => diagramFigureId(parseDiagramMeta(diagram.meta).title));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(diagrams.map((diagram) => [`${diagram.file}:${diagram.line}`, diagram] as const))(
    '%s has a rendered SVG for each theme (else run `npm run diagrams` and commit src/diagrams/)',
    (_where, diagram) => {
      const hash = diagramHash(diagram.source, version);
      const rendered = readCachedDiagram(hash);
      expect(rendered, `no src/diagrams/${hash}.*.svg`).toBeDefined();
      for (const svg of Object.values(rendered!)) {
        expect(svg).toMatch(/^<svg /);
        expect(svg).not.toMatch(/<style|<script|<foreignObject|\son[a-z]+=/i);
        const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
        expect(ids.every((id) => id.startsWith(svgIdPrefix(hash)))).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
      }
      expect(rendered!.light).not.toBe(rendered!.dark);
    },
  );

  test('no rendered SVG is stale (else run `npm run diagrams`, which removes it)', () => {
    const used = new Set(diagrams.map((diagram) => diagramHash(diagram.source, version)));
    expect([...cachedHashes()].filter((hash) => !used.has(hash))).toEqual([]);
    expect(DIAGRAM_CACHE_DIR).toBe(join(ROOT, 'src/diagrams/'));
  });

  test('a change to a diagram, to Mermaid or to the palette gives a new hash', () => {
    const source = 'flowchart LR\n  A --> B';
    expect(diagramHash(source, '12.0.0')).toBe(diagramHash(`\n${source}\n\n`, '12.0.0'));
    expect(diagramHash(source, '12.0.0')).not.toBe(diagramHash('flowchart LR\n  A --> C', '12.0.0'));
    expect(diagramHash(source, '12.0.0')).not.toBe(diagramHash(source, '12.0.1'));
  });
});

test('the diagram palette matches the site theme', () => {
  const css = readFileSync(join(ROOT, 'src/styles/theme.css'), 'utf8');
  const block = (selector: string) => css.slice(css.indexOf(`${selector} {`)).split('}')[0]!;
  const value = (selector: string, property: string) =>
    new RegExp(`${property}:\\s*([^;]+);`).exec(block(selector))?.[1]?.trim();
  for (const [selector, palette] of [
    [':root', diagramPalettes.dark],
    ["  :root[data-theme='light']", diagramPalettes.light],
  ] as const) {
    expect(value(selector, '--sl-color-accent-low')).toBe(palette.nodeFill);
    expect(value(selector, '--course-diagram-background')).toBe(palette.background);
  }
  expect(value(':root', '--sl-color-accent-high')).toBe(diagramPalettes.dark.nodeBorder);
  expect(value("  :root[data-theme='light']", '--sl-color-accent')).toBe(diagramPalettes.light.nodeBorder);
});
