import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, LaunchOptions } from 'playwright-core';

/**
 * Where Debian, Ubuntu, Fedora and macOS put Chromium or Chrome. Chromium's headless shell comes
 * first: everything here drives Chromium headless, and the shell, without the full browser's
 * machinery, runs the browser tests in half the processor time.
 */
const USUAL_PATHS = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags that keep a headless Chromium quiet on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CHROMIUM_MISSING_MESSAGE =
  'No Chromium found. Install it (Debian: `apt-get install -y chromium-headless-shell`, or `chromium`) or set CHROME_PATH to a Chromium or Chrome executable.';

/**
 * The Chromium to drive: `CHROME_PATH` when set, otherwise the first of the usual paths that
 * `exists` (a parameter so that tests can say what is installed).
 */
export function findChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  const fromEnv = env['CHROME_PATH']?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.`);
    return fromEnv;
  }
  return USUAL_PATHS.find((path) => exists(path));
}

export function requireChromium(env: Record<string, string | undefined> = process.env): string {
  const path = findChromium(env);
  if (!path) throw new Error(CHROMIUM_MISSING_MESSAGE);
  return path;
}

/** How Playwright starts the Chromium {@link requireChromium} finds: headless, with {@link CHROMIUM_ARGS}. */
export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: requireChromium(), args: CHROMIUM_ARGS };
}

/** Starts Chromium with {@link chromiumLaunchOptions}. */
export function launchChromium(): Promise<Browser> {
  // Loaded when a browser is wanted: the build imports this module, and most builds render no
  // diagram. Required, not imported: the build renders after Vite's module loader for the config
  // has closed.
  const require = createRequire(import.meta.url);
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  return chromium.launch(chromiumLaunchOptions());
}
