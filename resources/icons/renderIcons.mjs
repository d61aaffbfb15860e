// Regenerates the app icons (run by hand: node resources/icons/renderIcons.mjs). Chromium draws
// each size natively, so small sizes get hinted glyphs instead of a blurry downscale; the .ico
// embeds PNGs (valid since Windows Vista) so electron-builder needs no conversion tool.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** 公文 red tile with the app's name; below 48 px only 年 stays legible. */
function html(size) {
  const text = size < 48 ? '年' : '年报';
  const font = size < 48 ? size * 0.72 : size * 0.4;
  const radius = Math.round(size * 0.18);
  return `<!doctype html><html><body style="margin:0;background:transparent">
<div style="width:${size}px;height:${size}px;border-radius:${radius}px;background:#c8161d;display:flex;
align-items:center;justify-content:center;color:#fff;font:700 ${font}px 'Noto Serif CJK SC','Noto Sans CJK SC',serif;
letter-spacing:0">${text}</div></body></html>`;
}

/** ICO container of PNG images (ICONDIR + one ICONDIRENTRY per image). */
export function buildIco(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const pngs = new Map();
    for (const size of LINUX_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(html(size));
      pngs.set(size, await page.screenshot({ omitBackground: true }));
      await page.close();
    }
    mkdirSync(path.join(here, 'linux'), { recursive: true });
    for (const [size, png] of pngs) writeFileSync(path.join(here, 'linux', `${size}x${size}.png`), png);
    writeFileSync(path.join(here, 'icon.ico'), buildIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))));
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
