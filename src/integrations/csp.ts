import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CspHash } from 'astro';

/** An inline script's or style sheet's hash as a Content-Security-Policy source. */
export function inlineHash(script: string): CspHash {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}

/** The bodies of the `<script is:inline>` elements of an Astro component, as they reach the page. */
export function inlineScripts(component: string): string[] {
  return [...component.matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
}

/**
 * Astro hashes the scripts it bundles; Starlight's own inline scripts (theme, search shortcut,
 * sidebar state) it leaves alone, so their hashes are computed here from Starlight's components.
 */
export function starlightInlineScriptHashes(): CspHash[] {
  const require = createRequire(import.meta.url);
  const components = ['ThemeProvider', 'ThemeSelect', 'Search', 'SidebarPersister'].map((name) =>
    readFileSync(require.resolve(`@astrojs/starlight/components/${name}.astro`), 'utf8'),
  );
  return components.flatMap(inlineScripts).map(inlineHash);
}
