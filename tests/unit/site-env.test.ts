import { describe, expect, test } from 'vitest';
import { normalizeBasePath, readSiteEnv, withBase } from '../../src/course/site-env.ts';

describe('normalizeBasePath', () => {
  test.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/crm-course/', '/crm-course'],
    ['crm-course', '/crm-course'],
    ['/courses/crm', '/courses/crm'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBasePath(input)).toBe(expected);
  });

  test('rejects what is not a path', () => {
    expect(() => normalizeBasePath('/a b/')).toThrow(
      'BASE_PATH "/a b/" is not a URL path such as /my-course/.',
    );
    expect(() => normalizeBasePath('/a//b/')).toThrow('is not a URL path');
  });
});

describe('readSiteEnv', () => {
  test('defaults suit a local build', () => {
    expect(readSiteEnv({})).toEqual({ site: 'http://localhost:4321', base: '/', repository: undefined });
  });

  test('reads a GitHub Pages project site', () => {
    expect(
      readSiteEnv({
        SITE_URL: 'https://example.github.io',
        BASE_PATH: '/crm-course/',
        GITHUB_REPOSITORY: 'example/crm-course',
      }),
    ).toEqual({ site: 'https://example.github.io', base: '/crm-course', repository: 'example/crm-course' });
  });

  test('names a bad variable', () => {
    expect(() => readSiteEnv({ SITE_URL: 'example.github.io' })).toThrow(
      'SITE_URL "example.github.io" is not an absolute URL.',
    );
    expect(() => readSiteEnv({ COURSE_REPOSITORY: 'just-a-name' })).toThrow(
      'COURSE_REPOSITORY "just-a-name" is not of the form owner/name.',
    );
  });
});

describe('withBase', () => {
  test('prefixes root-relative paths once', () => {
    expect(withBase('/crm-course', '/chapters/introduction/')).toBe('/crm-course/chapters/introduction/');
    expect(withBase('/crm-course', '/crm-course/glossary/')).toBe('/crm-course/glossary/');
    expect(withBase('/', '/glossary/')).toBe('/glossary/');
  });

  test('leaves other URLs alone', () => {
    for (const href of [
      'https://example.com/',
      '//cdn.example.com/x.js',
      '#summary',
      '../glossary/',
      'mailto:a@b.c',
    ]) {
      expect(withBase('/crm-course', href)).toBe(href);
    }
  });
});
