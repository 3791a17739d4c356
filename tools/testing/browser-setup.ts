import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumLaunchOptions } from '../../src/integrations/chromium.ts';
import { previewSite } from '../lib/preview.ts';
import { builtPages, DIST, TEST_BASE } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteOrigin: string;
    browserEndpoint: string;
  }
}

/**
 * Serves `dist/` under the test base path for the browser tests, and starts the one Chromium their
 * files connect to: a launch costs more than a second of processor time on a 2-core machine, and
 * each file opens contexts of its own, which keep the files' cookies, storage and workers apart.
 */
export default async function setup(project: TestProject) {
  builtPages();
  const { origin, stop } = await previewSite(DIST, TEST_BASE);
  const server = await chromium.launchServer(chromiumLaunchOptions());
  project.provide('siteOrigin', origin);
  project.provide('browserEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
    await stop();
  };
}
