/**
 * Draws the app's two icons with pngjs and writes them to appPackage/. Run after changing the glyph:
 *   npx tsx scripts/draw-icons.ts
 * The glyph is a funnel (triage: many blockers in, one L2 out), a polygon in a unit box.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Also the manifest's accentColor, so the tile around the icon matches it. */
const BACKGROUND = { r: 0x2e, g: 0x5a, b: 0xac };
const FUNNEL: readonly (readonly [number, number])[] = [
  [0, 0.04],
  [1, 0.04],
  [0.61, 0.5],
  [0.61, 0.96],
  [0.39, 0.8],
  [0.39, 0.5],
];

function insideGlyph(x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = FUNNEL.length - 1; i < FUNNEL.length; j = i++) {
    const [xi, yi] = FUNNEL[i];
    const [xj, yj] = FUNNEL[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Share of the pixel at (px, py) that the glyph covers, with the glyph's unit box at `offset`, `size` pixels wide. */
function coverage(px: number, py: number, offset: number, size: number, samples: number): number {
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = (px + (sx + 0.5) / samples - offset) / size;
      const y = (py + (sy + 0.5) / samples - offset) / size;
      if (insideGlyph(x, y)) hits++;
    }
  }
  return hits / (samples * samples);
}

function draw(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      png.data.set(pixel(x, y), (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

/** 192×192: white glyph, anti-aliased, in the central 96×96 that Teams keeps clear of its tile's corners, on a solid square. */
const color = draw(192, (x, y) => {
  const c = coverage(x, y, 48, 96, 4);
  const mix = (channel: number) => Math.round(channel * (1 - c) + 255 * c);
  return [mix(BACKGROUND.r), mix(BACKGROUND.g), mix(BACKGROUND.b), 255];
});

/** 32×32: Teams accepts only fully white or fully transparent pixels, so no anti-aliasing; the glyph fills the box. */
const outline = draw(32, (x, y) => (coverage(x, y, 0, 32, 1) === 1 ? [255, 255, 255, 255] : [0, 0, 0, 0]));

const dir = join(__dirname, '..', 'appPackage');
writeFileSync(join(dir, 'color.png'), color);
writeFileSync(join(dir, 'outline.png'), outline);
console.log(`Wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
