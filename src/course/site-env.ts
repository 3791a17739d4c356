/**
 * Where the course is published, read from the environment so that a fork can deploy it without
 * editing code. GitHub Pages serves a project site under `/<repository>/`, hence the base path.
 */
export interface SiteEnv {
  /** Origin of the published site, e.g. `https://example.github.io`. */
  site: string;
  /** Path the site is served under: `/` or a path such as `/my-course`, without trailing slash. */
  base: string;
  /** `owner/name` of the GitHub repository, used for "Edit this page" links; absent locally. */
  repository: string | undefined;
}

export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed.includes('//') || /[?#\s]/.test(trimmed)) {
    throw new Error(`BASE_PATH "${value}" is not a URL path such as /my-course/.`);
  }
  return trimmed === '' ? '/' : `/${trimmed}`;
}

export function readSiteEnv(env: Record<string, string | undefined>): SiteEnv {
  const site = env['SITE_URL']?.trim() || 'http://localhost:4321';
  if (!URL.canParse(site)) throw new Error(`SITE_URL "${site}" is not an absolute URL.`);
  const repository = env['COURSE_REPOSITORY']?.trim() || env['GITHUB_REPOSITORY']?.trim() || undefined;
  if (repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    throw new Error(`COURSE_REPOSITORY "${repository}" is not of the form owner/name.`);
  }
  return { site, base: normalizeBasePath(env['BASE_PATH']), repository };
}

/** Prefixes a root-relative path with the base path; other URLs are returned unchanged. */
export function withBase(base: string, href: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  if (base === '/') return href;
  if (href === base || href.startsWith(`${base}/`)) return href;
  return `${base}${href}`;
}
