import type { APIRoute, GetStaticPaths } from 'astro';
import favicon from '../../../public/favicon.svg?raw';
import { course } from '~/course/config.ts';
import { renderAppIcon } from '~/integrations/offline/app-icons.ts';
import { APP_ICONS, APPLE_TOUCH_ICON, type AppIcon } from '~/integrations/offline/web-app-manifest.ts';

/** The installed app's icons, drawn from the favicon so that a fork's own favicon becomes its icon. */
export const getStaticPaths = (() =>
  [...APP_ICONS, APPLE_TOUCH_ICON].map((icon) => ({
    params: { icon: icon.name },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) => {
  const png = await renderAppIcon(Buffer.from(favicon), props.icon, course.themeColor);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
