import type { CourseConfig } from '../../schemas/course.ts';
import { offlineNames } from '../../client/offline/names.ts';

/** An icon of the installed app, rendered from `public/favicon.svg` at build time. */
export interface AppIcon {
  /** File name under `<base>/icons/`. */
  name: string;
  size: number;
  purpose: 'any' | 'maskable';
  /**
   * Part of the side the favicon takes, on a square of the theme colour; `undefined`: the favicon
   * alone, edge to edge. A maskable icon keeps it inside the circle every launcher's mask leaves
   * (80 % of the side); iOS fills a transparent touch icon with black, so it gets a background too.
   */
  padded?: number;
}

export const APP_ICONS = [
  { name: 'icon-192.png', size: 192, purpose: 'any' },
  { name: 'icon-512.png', size: 512, purpose: 'any' },
  { name: 'icon-maskable-512.png', size: 512, purpose: 'maskable', padded: 0.6 },
] as const satisfies readonly AppIcon[];

export const APPLE_TOUCH_ICON = {
  name: 'apple-touch-icon.png',
  size: 180,
  purpose: 'any',
  padded: 0.8,
} as const satisfies AppIcon;

/** Behind the app while it starts, and the page colour of Starlight's light theme. */
const BACKGROUND = '#ffffff';

/** The web app manifest: the installed course opens at its home page, in its own window. */
export function webAppManifest(course: CourseConfig, base: string) {
  const { scope } = offlineNames(course.id, base);
  return {
    id: scope,
    name: course.title,
    short_name: course.shortTitle,
    description: course.description,
    lang: course.lang,
    start_url: scope,
    scope,
    display: 'standalone',
    theme_color: course.themeColor,
    background_color: BACKGROUND,
    icons: APP_ICONS.map((icon) => ({
      src: `${scope}icons/${icon.name}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
