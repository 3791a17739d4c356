import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { mermaidConfig, paletteRoles, roleProperty, SENTINEL_PALETTE } from './roles.ts';

/** Mermaid settings to lay over the course's own for one drawing (`narrow.ts` has the narrow ones). */
export type MermaidOverrides = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export class MermaidSyntaxError extends Error {}

/** `sentinel colour → var(--course-diagram-<role>)`, what the page's theme paints the role in. */
const THEMED_PAINT = Object.fromEntries(
  Object.entries(paletteRoles(SENTINEL_PALETTE)).map(([role, colour]) => [
    colour,
    `var(${roleProperty(role)})`,
  ]),
);

const require = createRequire(import.meta.url);

/**
 * Renders Mermaid source to one self-contained SVG in headless Chromium, themed by the page's CSS.
 *
 * Mermaid styles its SVG with a `<style>` element; inlined into MDX that element does not survive
 * (the diagram turns into solid black shapes). So, once Mermaid has drawn a diagram, every element's
 * computed paint is written onto it as presentation attributes and the `<style>` is dropped. The
 * diagram is drawn in sentinel colours, and each sentinel is written as the custom property of its
 * role, so light, dark and print switch by CSS alone. Ids are prefixed with `idPrefix` so that
 * several diagrams can share a page.
 */
export class MermaidRenderer {
  #browser: Promise<Browser> | undefined;
  #page: Promise<Page> | undefined;
  /** Mermaid's configuration is global to the page, so renders run one at a time. */
  #queue: Promise<unknown> = Promise.resolve();

  render(source: string, idPrefix: string, overrides: MermaidOverrides = {}): Promise<string> {
    const next = this.#queue.then(() => this.#render(source, idPrefix, overrides));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #render(source: string, idPrefix: string, overrides: MermaidOverrides): Promise<string> {
    const page = await this.#openPage();
    const config: Record<string, unknown> = { ...mermaidConfig(SENTINEL_PALETTE) };
    for (const [key, values] of Object.entries(overrides))
      config[key] = { ...(config[key] as Record<string, unknown> | undefined), ...values };
    const result = await page.evaluate(renderInPage, {
      source,
      id: idPrefix,
      config: config as ReturnType<typeof mermaidConfig>,
      themedPaint: THEMED_PAINT,
      linePaint: `var(${roleProperty('line')})`,
    });
    if ('error' in result) throw new MermaidSyntaxError(result.error);
    if (result.unthemed.length > 0) {
      throw new Error(
        `Mermaid drew in colours that belong to no role of the palette (${result.unthemed.join(', ')}); set the Mermaid theme variable they derive from in src/integrations/diagrams/roles.ts.`,
      );
    }
    return result.svg;
  }

  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    this.#page = undefined;
    if (browser) await (await browser).close();
  }

  #openPage(): Promise<Page> {
    this.#page ??= (async () => {
      this.#browser ??= launchChromium();
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
  themedPaint: Record<string, string>;
  /** The paint of lines, which the arrowheads at their ends take over. */
  linePaint: string;
}

/** Runs inside Chromium: must not reference anything outside its own body. */
async function renderInPage({
  source,
  id,
  config,
  themedPaint,
  linePaint,
}: RenderRequest): Promise<{ svg: string; unthemed: string[] } | { error: string }> {
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

  // Paint the stylesheet and Mermaid's own attributes gave each element, written as attributes. An
  // inherited property is written only where it differs from the parent's, and a property at its
  // initial value not at all, which keeps the SVG small.
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
  const own = ['opacity', 'dominant-baseline'];
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
  // A dash pattern without gaps ("0px", "1px, 0px") draws a solid line, like none.
  const normal = (property: string, value: string) =>
    property === 'stroke-dasharray' &&
    value.split(/[\s,]+/).every((length, i) => i % 2 === 0 || parseFloat(length) === 0)
      ? 'none'
      : hex(value);
  const painted = [svg, ...svg.querySelectorAll('*')].filter(
    (element) => element.tagName !== 'style' && !element.closest('style, title, desc'),
  );
  const computed = new Map(
    painted.map((element) => {
      const style = getComputedStyle(element);
      const values = [...inherited, ...own, 'display'].map((property) => [
        property,
        normal(property, style.getPropertyValue(property)),
      ]);
      return [element, Object.fromEntries(values) as Record<string, string>];
    }),
  );
  svg.querySelectorAll('style').forEach((style) => style.remove());
  for (const element of painted) {
    for (const property of [...inherited, ...own, 'display', 'class', 'style'])
      element.removeAttribute(property);
  }
  for (const element of painted) {
    const style = computed.get(element)!;
    const parent = element === svg ? undefined : computed.get(element.parentElement!);
    if (style['display'] === 'none') element.setAttribute('display', 'none');
    for (const property of inherited) {
      const value = style[property];
      const inheritedValue = parent?.[property] ?? initial[property];
      if (value && value !== inheritedValue) element.setAttribute(property, value);
    }
    for (const property of own) {
      const value = style[property];
      if (value && value !== initial[property]) element.setAttribute(property, value);
    }
  }

  // Mermaid's bookkeeping (`data-*`, base64 edge points) means nothing to a reader.
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (attribute.name.startsWith('data-')) element.removeAttribute(attribute.name);
    }
  }

  // Every paint becomes the custom property of its role; a colour of no role is reported. (Shadows,
  // `flood-color`, stay black in every theme.)
  const unthemed = new Set<string>();
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const property of ['fill', 'stroke', 'color', 'stop-color']) {
      const value = element.getAttribute(property);
      if (value === null || /^(none|currentcolor|transparent|url\(.*\))$/i.test(value)) continue;
      const themed = themedPaint[hex(value).toLowerCase()];
      if (themed) element.setAttribute(property, themed);
      else unthemed.add(`${property}="${value}"`);
    }
  }

  // An arrowhead takes the colour of the line it ends, whatever document it is drawn in: a page that
  // shows the SVG through `<use>` does not pass its custom properties on to the file's markers.
  for (const element of svg.querySelectorAll('marker, marker *')) {
    for (const property of ['fill', 'stroke']) {
      if (element.getAttribute(property) === linePaint) element.setAttribute(property, 'context-stroke');
    }
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

  // An id nothing refers to, a marker, filter or gradient nothing uses, and a shape without size or
  // content draw nothing: they go.
  const referenced = new Set<string>();
  for (const element of svg.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      for (const match of attribute.value.matchAll(/url\(#([^)]+)\)|^#(.+)$/g))
        referenced.add(match[1] ?? match[2]!);
    }
  }
  for (const element of svg.querySelectorAll('[id]')) {
    if (!referenced.has(element.id)) element.removeAttribute('id');
  }
  svg
    .querySelectorAll('marker, filter, linearGradient, radialGradient, clipPath, mask, pattern, symbol')
    .forEach((element) => element.id || element.remove());
  for (const element of [...svg.querySelectorAll('defs, g, text, tspan, rect')].reverse()) {
    const empty =
      element.tagName === 'rect'
        ? !(
            Number.parseFloat(element.getAttribute('width') ?? '0') > 0 &&
            Number.parseFloat(element.getAttribute('height') ?? '0') > 0
          )
        : element.children.length === 0 && !element.textContent?.trim();
    if (empty && !element.id) element.remove();
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
  return { svg: svgOut, unthemed: [...unthemed] };

  interface MermaidGlobal {
    initialize(config: unknown): void;
    render(id: string, text: string): Promise<{ svg: string }>;
  }
}
