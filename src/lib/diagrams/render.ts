import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, requireChromium } from '../chromium.ts';
import { DIAGRAM_THEMES, mermaidConfig, type DiagramTheme } from './palette.ts';

export type RenderedDiagram = Record<DiagramTheme, string>;

export class MermaidSyntaxError extends Error {}

const require = createRequire(import.meta.url);

/**
 * Renders Mermaid source to self-contained SVG in headless Chromium, once per theme.
 *
 * Mermaid styles its SVG with a `<style>` element; inlined into MDX that element does not survive
 * (the diagram turns into solid black shapes). So, once Mermaid has drawn a diagram, every element's
 * computed paint is written onto it as presentation attributes and the `<style>` is dropped. Ids are
 * prefixed with `idPrefix` so that several diagrams, and both themes of one, can share a page.
 */
export class MermaidRenderer {
  #browser: Promise<Browser> | undefined;
  #page: Promise<Page> | undefined;
  /** Mermaid's configuration is global to the page, so renders run one at a time. */
  #queue: Promise<unknown> = Promise.resolve();

  render(source: string, idPrefix: string): Promise<RenderedDiagram> {
    const next = this.#queue.then(() => this.#render(source, idPrefix));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #render(source: string, idPrefix: string): Promise<RenderedDiagram> {
    const page = await this.#openPage();
    const rendered: Partial<RenderedDiagram> = {};
    for (const theme of DIAGRAM_THEMES) {
      const result = await page.evaluate(renderInPage, {
        source,
        id: `${idPrefix}-${theme}`,
        config: mermaidConfig(theme),
      });
      if ('error' in result) throw new MermaidSyntaxError(result.error);
      rendered[theme] = result.svg;
    }
    return rendered as RenderedDiagram;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    this.#page = undefined;
    if (browser) await (await browser).close();
  }

  #openPage(): Promise<Page> {
    this.#page ??= (async () => {
      this.#browser ??= chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
      const page = await (await this.#browser).newPage();
      await page.setContent('<!doctype html><html><body><div id="stage"></div></body></html>');
      await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
      return page;
    })();
    return this.#page;
  }
}

interface RenderRequest {
  source: string;
  id: string;
  config: ReturnType<typeof mermaidConfig>;
}

/** Runs inside Chromium: must not reference anything outside its own body. */
async function renderInPage({
  source,
  id,
  config,
}: RenderRequest): Promise<{ svg: string } | { error: string }> {
  const mermaid = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
  mermaid.initialize(config);
  let svgText: string;
  try {
    svgText = (await mermaid.render(id, source)).svg;
  } catch (error) {
    document.getElementById(`d${id}`)?.remove();
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const stage = document.getElementById('stage')!;
  stage.innerHTML = svgText;
  const svg = stage.querySelector('svg')!;

  // Paint the stylesheet gave each element, written as attributes. An inherited property is written
  // only where it differs from the parent's, and a property at its initial value not at all, which
  // keeps the SVG small.
  const inherited = [
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'text-anchor',
  ];
  const initial: Record<string, string> = {
    'fill-opacity': '1',
    'stroke-opacity': '1',
    'stroke-dasharray': 'none',
    'font-style': 'normal',
    'font-weight': '400',
    'text-anchor': 'start',
    opacity: '1',
    'dominant-baseline': 'auto',
  };
  const hex = (value: string) =>
    value.replace(
      /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*1)?\)/g,
      (_match, r: string, g: string, b: string) =>
        `#${[r, g, b].map((channel) => Number(channel).toString(16).padStart(2, '0')).join('')}`,
    );
  const painted = [svg, ...svg.querySelectorAll('*')].filter(
    (element) => element.tagName !== 'style' && !element.closest('style, title, desc'),
  );
  const computed = new Map(painted.map((element) => [element, getComputedStyle(element)]));
  for (const element of painted) {
    const style = computed.get(element)!;
    const parent = element === svg ? undefined : computed.get(element.parentElement!);
    if (style.display === 'none') element.setAttribute('display', 'none');
    for (const property of inherited) {
      const value = style.getPropertyValue(property);
      const inheritedValue = parent?.getPropertyValue(property);
      if (value && value !== inheritedValue && !(parent === undefined && initial[property] === value)) {
        element.setAttribute(property, hex(value));
      }
    }
    for (const property of ['opacity', 'dominant-baseline']) {
      const value = style.getPropertyValue(property);
      if (value && value !== initial[property]) element.setAttribute(property, value);
    }
  }
  svg.querySelectorAll('style').forEach((style) => style.remove());
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    element.removeAttribute('class');
    element.removeAttribute('style');
  }

  // Give every id the diagram's prefix and follow the references to it.
  // Some diagram types repeat an id on nested elements; nothing refers to those, so the repeats go.
  const renamed = new Map<string, string>();
  for (const element of svg.querySelectorAll('[id]')) {
    const old = element.id;
    if (renamed.has(old)) {
      element.removeAttribute('id');
      continue;
    }
    const fresh = old.startsWith(id) ? old : `${id}-${old}`;
    renamed.set(old, fresh);
    element.id = fresh;
  }
  svg.id = id;
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.replace(/url\(#([^)]+)\)/g, (match, ref: string) =>
        renamed.has(ref) ? `url(#${renamed.get(ref)})` : match,
      );
      const hrefRef = /^#(.+)$/.exec(value)?.[1];
      const next = hrefRef && renamed.has(hrefRef) ? `#${renamed.get(hrefRef)}` : value;
      if (next !== attribute.value) element.setAttribute(attribute.name, next);
    }
  }
  for (const attribute of ['aria-roledescription', 'aria-labelledby', 'aria-describedby', 'role']) {
    svg.removeAttribute(attribute);
  }
  // Two decimals are finer than a pixel at any size the page shows.
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [
      'd',
      'points',
      'transform',
      'x',
      'y',
      'x1',
      'y1',
      'x2',
      'y2',
      'cx',
      'cy',
      'r',
      'rx',
      'ry',
      'width',
      'height',
      'viewBox',
    ]) {
      const value = element.getAttribute(attribute);
      if (value) {
        element.setAttribute(
          attribute,
          value.replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100)),
        );
      }
    }
  }
  const viewBox = svg.getAttribute('viewBox')?.split(/\s+/).map(Number);
  if (viewBox?.length === 4) {
    svg.setAttribute('width', String(Math.ceil(viewBox[2]!)));
    svg.setAttribute('height', String(Math.ceil(viewBox[3]!)));
  }
  const svgOut = new XMLSerializer().serializeToString(svg);
  stage.innerHTML = '';
  return { svg: svgOut };

  interface MermaidGlobal {
    initialize(config: unknown): void;
    render(id: string, text: string): Promise<{ svg: string }>;
  }
}
