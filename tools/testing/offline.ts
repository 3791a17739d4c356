import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { previewSite } from '../lib/preview.ts';
import { DIST, TEST_BASE } from './site.ts';

export interface ServedCopy {
  /** The copy of `dist/`, to change as a new build would. */
  dir: string;
  origin: string;
  url: (path: string) => string;
  /** Stops serving, dropping open connections: the network is gone, not just slow. */
  stop: () => Promise<void>;
  remove: () => void;
}

/**
 * Serves a copy of the build on an origin of its own: each test gets a fresh service worker
 * registration, and can change files or take the server down without touching `dist/`.
 */
export async function serveCopy(): Promise<ServedCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'offline-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const { origin, stop } = await previewSite(dir, TEST_BASE);
  return {
    dir,
    origin,
    url: (path) => origin + TEST_BASE + path.replace(/^\//, ''),
    stop,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Waits until the course's service worker has precached the course and controls the page. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
