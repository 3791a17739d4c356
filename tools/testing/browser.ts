import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { TEST_BASE } from './site.ts';

let browser: Promise<Browser> | undefined;

/**
 * The test run's Chromium (started by `browser-setup.ts`; without one the browser tests fail, never
 * skip), connected to once per test file.
 */
export function connectBrowser(): Promise<Browser> {
  browser ??= chromium.connect(inject('browserEndpoint'));
  return browser;
}

/** Closes the contexts the test file left open, and lets go of the browser. */
export async function disconnectBrowser(): Promise<void> {
  const current = browser;
  browser = undefined;
  if (current) await (await current).close();
}

export interface PageOptions {
  theme?: 'light' | 'dark';
  width?: number;
  javaScriptEnabled?: boolean;
  /** `blocked`: reading `localStorage` throws, as with cookies disabled; `full`: writing throws. */
  storage?: 'blocked' | 'full';
  reducedMotion?: boolean;
  /** A touch screen, as a phone has: `locator.tap()` works. */
  touch?: boolean;
}

/** The full URL of a site path written without the base (`/chapters/introduction/`). */
export function siteUrl(path: string): string {
  return inject('siteOrigin') + TEST_BASE + path.replace(/^\//, '');
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  /** Every URL the page has requested so far. */
  requests: string[];
}

/** Opens a site page in a fresh context without the service worker, recording console errors, page errors and failed requests. */
export async function openPage(path: string, options: PageOptions = {}): Promise<OpenedPage> {
  const context = await (
    await connectBrowser()
  ).newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.theme ?? 'light',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    hasTouch: options.touch ?? false,
    // Installing the course's service worker downloads the whole course into a cache in every fresh
    // context. The offline and fork tests, which are about the worker, open contexts of their own.
    serviceWorkers: 'block',
  });
  if (options.theme) {
    await context.addInitScript((theme) => {
      try {
        localStorage.setItem('starlight-theme', theme);
      } catch {
        // Storage may be blocked on purpose by the test.
      }
    }, options.theme);
  }
  if (options.storage === 'blocked') {
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
  }
  if (options.storage === 'full') {
    await context.addInitScript(() => {
      localStorage.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  }
  const page = await context.newPage();
  const { problems, requests } = watchPage(page);
  await page.goto(siteUrl(path));
  return { page, context, problems, requests };
}

/** What Starlight's theme picker does: the same page, in the other palette. */
export async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.evaluate((value) => (document.documentElement.dataset['theme'] = value), theme);
}

/** Records a page's console errors, page errors, failed requests and every URL it requests. */
export function watchPage(page: Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    // The full browser asks the origin for /favicon.ico for a document that names no icon (a drawing
    // opened full size is an SVG document): outside the course's base path, no build can answer it.
    if (new URL(message.location().url || 'about:blank').pathname === '/favicon.ico') return;
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A prefetch or load cut short by navigating away is not a failure of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { problems, requests };
}
