import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import course from '../../course.config.ts';
import { exportFileNames } from '../../src/course/exports/files.ts';
import { axeViolations } from '../../tools/testing/axe.ts';
import { connectBrowser, disconnectBrowser } from '../../tools/testing/browser.ts';
import { DIST } from '../../tools/testing/site.ts';
import { readZip } from '../../tools/testing/zip.ts';

/**
 * The EPUB's pages under axe in Chromium, as Ace by DAISY would check them: Ace drives a Chromium of
 * its own, which it downloads, so the course runs axe itself over the book's XHTML, served from the
 * book as a reading system shows it (as XHTML, with its style sheet and drawings).
 */
const files = new Map(
  readZip(readFileSync(join(DIST, exportFileNames(course.id).epub))).map((file) => [
    `/${file.name}`,
    file.data,
  ]),
);
const pages = [...files.keys()].filter((name) => name.endsWith('.xhtml'));
const TYPES: Record<string, string> = {
  xhtml: 'application/xhtml+xml',
  css: 'text/css',
  svg: 'image/svg+xml',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://book').pathname);
  const data = files.get(path);
  response.writeHead(data ? 200 : 404, {
    'content-type': TYPES[path.split('.').pop()!] ?? 'application/octet-stream',
  });
  response.end(data);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
afterAll(async () => {
  server.close();
  await disconnectBrowser();
});

test.each(pages)('%s: no WCAG 2.2 A or AA violation', async (name) => {
  const context = await (await connectBrowser()).newContext({ viewport: { width: 600, height: 900 } });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on(
      'response',
      (response) => response.ok() || problems.push(`${response.url()}: ${response.status()}`),
    );
    // The full browser asks for /favicon.ico, which a book's page names none of: not the book's error.
    page.on(
      'console',
      (message) =>
        message.type() === 'error' &&
        !message.location().url.endsWith('/favicon.ico') &&
        problems.push(message.text()),
    );
    await page.goto(origin + name);
    expect(await page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
});
