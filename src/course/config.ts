import course from '../../course.config.ts';
import type { CourseConfig } from '../schemas/course.ts';

export { course };

/** What the browser knows of the course: it reaches client code as `__COURSE__`. */
export interface CourseClientEnv {
  id: string;
  title: string;
  /** The path the site is served under: `/` or `/my-course`, without trailing slash. */
  base: string;
  /** Prefix of this course's `localStorage` keys: its id and base path, so forks never mix. */
  storagePrefix: string;
  /** Prefix of the keys progress was kept under before it was kept per course. */
  legacyStoragePrefix: string | undefined;
}

export function courseClientEnv(config: CourseConfig, base: string): CourseClientEnv {
  return {
    id: config.id,
    title: config.title,
    base,
    storagePrefix: `${config.id}@${base}`,
    legacyStoragePrefix: config.legacyStoragePrefix,
  };
}

/** Vite's `define` entries that put {@link courseClientEnv} into client code. */
export function courseDefine(config: CourseConfig, base: string): Record<string, string> {
  return { __COURSE__: JSON.stringify(courseClientEnv(config, base)) };
}

/**
 * The course's identity for style sheets, as custom properties: the print style sheet's running
 * footer reads the title from here (CSS cannot import the config). Inlined in every page's head,
 * allowed by its hash in the Content-Security-Policy.
 */
export function courseStyle(config: CourseConfig): string {
  return `:root{--course-title:${JSON.stringify(config.title)}}`;
}
