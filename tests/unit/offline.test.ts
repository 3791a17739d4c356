import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { getManifest } from 'workbox-build';
import course from '../../course.config.ts';
import {
  generateServiceWorker,
  precacheConfig,
  serviceWorkerConfig,
} from '../../src/integrations/offline/service-worker.ts';
import { renderAppIcon } from '../../src/integrations/offline/app-icons.ts';
import { offlineNames } from '../../src/client/offline/names.ts';
import { exportFileNames } from '../../src/course/exports/files.ts';
import { APP_ICONS, webAppManifest } from '../../src/integrations/offline/web-app-manifest.ts';
import { defineCourse } from '../../src/schemas/course.ts';
import { ROOT } from '../../tools/testing/site.ts';

const fork = defineCourse({ ...course, id: 'crm-class-b', title: 'CRM, class B', shortTitle: 'CRM B' });

describe('offline names', () => {
  test('a course and its fork on one origin have their own scope, worker and caches', () => {
    const original = offlineNames(course.id, '/crm-course');
    const forked = offlineNames(fork.id, '/crm-class-b');
    expect(original).toEqual({
      scope: '/crm-course/',
      serviceWorker: '/crm-course/sw.js',
      cacheId: `${course.id}@/crm-course`,
      pdfCache: `${course.id}@/crm-course-pdf`,
      downloadsCache: `${course.id}@/crm-course-downloads`,
    });
    for (const key of ['scope', 'serviceWorker', 'cacheId', 'pdfCache', 'downloadsCache'] as const) {
      expect(forked[key]).not.toBe(original[key]);
    }
  });

  test('one course under two base paths keeps them apart too', () => {
    expect(offlineNames(course.id, '/a').cacheId).not.toBe(offlineNames(course.id, '/b').cacheId);
    expect(offlineNames(course.id, '/a').pdfCache).not.toBe(offlineNames(course.id, '/b').pdfCache);
  });

  test('a site at the root of its origin', () => {
    expect(offlineNames(course.id, '/')).toMatchObject({ scope: '/', serviceWorker: '/sw.js' });
  });
});

describe('web app manifest', () => {
  test('names the course from its config, opens at its home page and stays in its base path', () => {
    const manifest = webAppManifest(fork, '/crm-class-b');
    expect(manifest).toMatchObject({
      name: 'CRM, class B',
      short_name: 'CRM B',
      lang: course.lang,
      start_url: '/crm-class-b/',
      scope: '/crm-class-b/',
      display: 'standalone',
      theme_color: course.themeColor,
    });
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/crm-class-b\/icons\/[\w-]+\.png$/);
  });

  test('has a 192 and a 512 px icon, and a maskable one', () => {
    const { icons } = webAppManifest(course, '/');
    expect(icons.filter((icon) => icon.purpose === 'any').map((icon) => icon.sizes)).toEqual([
      '192x192',
      '512x512',
    ]);
    expect(icons.find((icon) => icon.purpose === 'maskable')).toMatchObject({ sizes: '512x512' });
  });

  test('icons are drawn at their size; the maskable one on the theme colour, corners included', async () => {
    const favicon = readFileSync(join(ROOT, 'public', 'favicon.svg'));
    for (const icon of APP_ICONS) {
      const png = await renderAppIcon(favicon, icon, '#7a2e0e');
      const { width, height, format } = await sharp(png).metadata();
      expect({ width, height, format }).toEqual({ width: icon.size, height: icon.size, format: 'png' });
      if (icon.purpose === 'maskable') {
        const { data } = await sharp(png).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({
          resolveWithObject: true,
        });
        expect([...data]).toEqual([0x7a, 0x2e, 0x0e, 0xff]);
      }
    }
  });
});

describe('service worker', () => {
  const dist = mkdtempSync(join(tmpdir(), 'offline-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (path: string, content: string | Buffer = path) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  };
  write('index.html');
  write('chapters/introduction/index.html');
  write('_astro/page.Ab12Cd34.js');
  write('pagefind/pagefind.js');
  write('pagefind/pagefind-entry.json');
  write('pagefind/fragment/en_0123abc.pf_fragment');
  write('pagefind/index/en_0123abc.pf_index');
  write(course.pdfFileName);
  for (const file of Object.values(exportFileNames(course.id))) write(file);

  test('precaches every built file under the base path, with the search index, and not the PDF nor the teachers’ files', async () => {
    const { manifestEntries } = await getManifest(precacheConfig(dist, course, '/crm-course'));
    expect(manifestEntries!.map((entry) => entry.url).sort()).toEqual([
      '/crm-course/_astro/page.Ab12Cd34.js',
      '/crm-course/chapters/introduction/index.html',
      '/crm-course/index.html',
      '/crm-course/pagefind/fragment/en_0123abc.pf_fragment',
      '/crm-course/pagefind/index/en_0123abc.pf_index',
      '/crm-course/pagefind/pagefind-entry.json',
      '/crm-course/pagefind/pagefind.js',
    ]);
    // Hashed bundles need no revision; anything else is revised by its content.
    const revision = (url: string) => manifestEntries!.find((entry) => entry.url === url)!.revision;
    expect(revision('/crm-course/_astro/page.Ab12Cd34.js')).toBeNull();
    expect(revision('/crm-course/index.html')).toMatch(/^[0-9a-f]{32}$/);
  });

  test('caches the PDF when downloaded, in a cache of the course, network first', () => {
    const [rule] = serviceWorkerConfig(dist, course, '/crm-course').runtimeCaching!;
    const pattern = rule!.urlPattern as RegExp;
    expect(pattern.test(`http://127.0.0.1:8080/crm-course/${course.pdfFileName}`)).toBe(true);
    expect(pattern.test(`http://127.0.0.1:8080/crm-class-b/${course.pdfFileName}`)).toBe(false);
    expect(rule).toMatchObject({
      handler: 'NetworkFirst',
      options: { cacheName: offlineNames(course.id, '/crm-course').pdfCache },
    });
  });

  test('caches each teachers’ file when downloaded, in a cache of the course, network first', () => {
    const [, rule] = serviceWorkerConfig(dist, course, '/crm-course').runtimeCaching!;
    const pattern = rule!.urlPattern as RegExp;
    for (const file of Object.values(exportFileNames(course.id))) {
      expect(pattern.test(`http://127.0.0.1:8080/crm-course/${file}`), file).toBe(true);
      expect(pattern.test(`http://127.0.0.1:8080/crm-class-b/${file}`), file).toBe(false);
    }
    expect(pattern.test(`http://127.0.0.1:8080/crm-course/index.html`)).toBe(false);
    expect(rule).toMatchObject({
      handler: 'NetworkFirst',
      options: { cacheName: offlineNames(course.id, '/crm-course').downloadsCache },
    });
  });

  test('waits for the student to reload, and names its caches by course and base path', () => {
    expect(serviceWorkerConfig(dist, course, '/crm-course')).toMatchObject({
      skipWaiting: false,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      cacheId: `${course.id}@/crm-course`,
    });
  });

  test('writes sw.js, and fails rather than leave out a file too large to precache', async () => {
    const written = await generateServiceWorker(dist, course, '/crm-course');
    expect(written.count).toBe(7);
    const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
    expect(worker).toContain('"/crm-course/pagefind/pagefind.js"');
    expect(worker).not.toContain(course.pdfFileName.replace('.pdf', '.pdf"'));
    expect(worker).toContain('SKIP_WAITING');

    write('print/index.html', Buffer.alloc(6 * 1024 * 1024, 'a'));
    await expect(generateServiceWorker(dist, course, '/crm-course')).rejects.toThrow(
      /service worker is incomplete:[\s\S]*print\/index\.html/,
    );
  }, 30_000);
});
