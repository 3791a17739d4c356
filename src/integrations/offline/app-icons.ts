import sharp from 'sharp';
import type { AppIcon } from './web-app-manifest.ts';

/** Renders an app icon from the favicon's SVG, sharp at any size. */
export async function renderAppIcon(svg: Buffer, icon: AppIcon, background: string): Promise<Buffer> {
  const side = Math.round(icon.size * (icon.padded ?? 1));
  const { width = side } = await sharp(svg).metadata();
  // SVG is rasterised at its own size unless told a density: 72 dpi per CSS pixel, scaled up.
  const image = await sharp(svg, { density: (72 * side) / width })
    .resize(side, side)
    .png()
    .toBuffer();
  if (icon.padded === undefined) return image;
  return sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
    .composite([{ input: image, gravity: 'center' }])
    .png()
    .toBuffer();
}
