import { fileURLToPath } from 'node:url';
import { preview } from 'astro';

/** A built site served by {@link previewSite}. */
export interface PreviewedSite {
  /** `http://127.0.0.1:<port>`, without the base path. */
  origin: string;
  /** Stops serving and drops open connections: the network is gone, not just slow. */
  stop: () => Promise<void>;
}

/**
 * Serves a built site with Astro's own preview server, as GitHub Pages would: under `base`, with
 * the site's 404 page for anything missing, and text compressed. `outDir` is the build to serve
 * (`dist/` unless a test copied or built one elsewhere).
 */
export async function previewSite(outDir: string, base: string): Promise<PreviewedSite> {
  const server = await preview({
    root: fileURLToPath(new URL('../../', import.meta.url)),
    outDir,
    base,
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'error',
  });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
