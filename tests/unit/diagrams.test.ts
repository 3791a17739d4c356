import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  diagramFigureId,
  diagramHash,
  parseDiagramMeta,
  rendererHash,
  svgIdPrefix,
} from '../../src/integrations/diagrams/block.ts';
import {
  DIAGRAM_CACHE_DIR,
  diagramFileName,
  mermaidVersion,
  pruneCachedDiagrams,
  readCachedDiagram,
} from '../../src/integrations/diagrams/cache.ts';
import { PHONE_COLUMN_PX, phoneOutline, svgSize } from '../../src/integrations/diagrams/narrow.ts';
import { DIAGRAM_THEMES, diagramPalettes } from '../../src/integrations/diagrams/palette.ts';
import { paletteRoles, SENTINEL_PALETTE } from '../../src/integrations/diagrams/roles.ts';
import { findDiagramSources } from '../../src/integrations/diagrams/sources.ts';
import { ROOT } from '../../tools/testing/site.ts';

const diagrams = findDiagramSources();
const version = mermaidVersion();
const renderer = rendererHash();
const hashOf = (source: string) => diagramHash(source, version, renderer);
const ROLES = Object.keys(paletteRoles(SENTINEL_PALETTE));

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

  /** Whether a diagram has a drawing of its own for a phone: too wide, and not read as a list there. */
  const needsNarrowDrawing = (source: string) =>
    svgSize(readCachedDiagram(hashOf(source)) ?? '<svg viewBox="0 0 0 0">').width > PHONE_COLUMN_PX &&
    phoneOutline(source) === undefined;

  test.each(diagrams.map((diagram) => [`${diagram.file}:${diagram.line}`, diagram] as const))(
    '%s has its rendered SVGs, coloured by theme roles only (else run `npm run diagrams` and commit src/diagrams/)',
    (_where, diagram) => {
      const hash = hashOf(diagram.source);
      const variants = needsNarrowDrawing(diagram.source)
        ? (['wide', 'narrow'] as const)
        : (['wide'] as const);
      for (const variant of variants) {
        const svg = readCachedDiagram(hash, variant);
        expect(svg, `no src/diagrams/${diagramFileName(hash, variant)}`).toBeDefined();
        expect(svg).toMatch(/^<svg /);
        expect(svg).not.toMatch(/<style|<script|<foreignObject|\son[a-z]+=|\sdata-/i);
        const ids = [...svg!.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
        expect(ids.every((id) => id.startsWith(svgIdPrefix(hash)))).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        // Every colour is a role's custom property, so CSS alone switches light, dark and print; an
        // arrowhead takes its line's, which reaches it through `<use>` where a property would not.
        const markers = svg!.replace(/<marker[\s\S]*?<\/marker>/g, (marker) => {
          expect(
            marker.match(/\s(?:fill|stroke)="([^"]+)"/g)?.every((paint) => /context-stroke|none/.test(paint)),
          ).toBe(true);
          return '';
        });
        const paints = [...markers.matchAll(/\s(fill|stroke|color|stop-color)="([^"]+)"/g)].map((m) => m[2]!);
        const roles = paints.map((paint) => /^var\(--course-diagram-([a-z0-9-]+)\)$/.exec(paint)?.[1]);
        expect(paints.filter((paint, i) => paint !== 'none' && !ROLES.includes(roles[i]!))).toEqual([]);
        expect(roles).toContain('text');
      }
    },
  );

  test('src/diagrams/ holds the SVGs of every diagram and nothing else (`npm run build` prunes the rest)', () => {
    const expected = diagrams.flatMap((diagram) => {
      const hash = hashOf(diagram.source);
      return needsNarrowDrawing(diagram.source)
        ? [diagramFileName(hash), diagramFileName(hash, 'narrow')]
        : [diagramFileName(hash)];
    });
    expect(readdirSync(DIAGRAM_CACHE_DIR).sort()).toEqual([...new Set(expected)].sort());
    expect(DIAGRAM_CACHE_DIR).toBe(join(ROOT, 'src/diagrams/'));
  });

  test('pruning deletes the SVGs of no diagram in use, old per-theme ones included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    try {
      const [kept, stale] = ['0123456789abcdef', 'fedcba9876543210'];
      const names = [`${kept}.svg`, `${kept}.narrow.svg`, `${stale}.svg`, `${stale}.narrow.svg`];
      for (const name of [...names, `${kept}.light.svg`, 'README.md']) {
        writeFileSync(join(dir, name), '<svg/>');
      }
      expect(pruneCachedDiagrams(new Set([kept]), dir).sort()).toEqual([
        `${kept}.light.svg`,
        `${stale}.narrow.svg`,
        `${stale}.svg`,
      ]);
      expect(readdirSync(dir).sort()).toEqual([`${kept}.narrow.svg`, `${kept}.svg`, 'README.md']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a change to a diagram, to Mermaid or to the renderer gives a new hash', () => {
    const source = 'flowchart LR\n  A --> B';
    const hash = (text: string, mermaid = '12.0.0', rendered = 'r1') => diagramHash(text, mermaid, rendered);
    expect(hash(source)).toBe(hash(`\n${source}\n\n`));
    expect(hash(source)).not.toBe(hash('flowchart LR\n  A --> C'));
    expect(hash(source)).not.toBe(hash(source, '12.0.1'));
    expect(hash(source)).not.toBe(hash(source, '12.0.0', 'r2'));
  });

  test("the renderer's hash is read from its source, ignoring line endings", () => {
    const dir = mkdtempSync(join(tmpdir(), 'renderer-'));
    try {
      const file = join(dir, 'render.ts');
      const hashOfFile = (text: string) => {
        writeFileSync(file, text);
        return rendererHash([pathToFileURL(file)]);
      };
      expect(hashOfFile('export const a = 1;\n')).toBe(hashOfFile('export const a = 1;\r\n'));
      expect(hashOfFile('export const a = 1;\n')).not.toBe(hashOfFile('export const a = 2;\n'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('Mermaid is pinned exactly, so a lock refresh cannot make every rendered SVG stale', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  expect(manifest.dependencies['mermaid']).toBe(version);
});

/** WCAG contrast of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

test.each(DIAGRAM_THEMES)('in the %s palette, labels contrast 4.5:1 with every fill they sit on', (theme) => {
  const p = diagramPalettes[theme];
  for (const fill of [p.background, p.nodeFill, p.groupFill, ...p.branchFills]) {
    expect(contrast(p.text, fill), `${p.text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
  }
});
