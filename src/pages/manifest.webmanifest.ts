import type { APIRoute } from 'astro';
import { course } from '~/course/config.ts';
import { webAppManifest } from '~/integrations/offline/web-app-manifest.ts';
import { normalizeBasePath } from '~/course/site-env.ts';

/** What "Add to home screen" installs, from the course config. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest(course, normalizeBasePath(import.meta.env.BASE_URL))), {
    headers: { 'content-type': 'application/manifest+json' },
  });
