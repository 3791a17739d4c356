import type { TestProject } from 'vitest/node';
import { builtPages, DIST, TEST_BASE } from './site.ts';
import { previewSite } from '../lib/preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
  }
}

/** Serves `dist/` under the test base path for the browser tests. */
export default async function setup(project: TestProject) {
  builtPages();
  const { origin, stop } = await previewSite(DIST, TEST_BASE);
  project.provide('siteOrigin', origin);
  return stop;
}
