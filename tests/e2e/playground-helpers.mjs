// Helpers shared by the playground's browser tests: open index.html at a fixed size, read
// readouts and canvases in the widget's shadow root, find things on the network diagram by
// scanning it with pointer events, and capture downloads.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPage, waitFor } from './helpers.mjs';

export { waitFor };

export const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

/** Opens index.html (with `suffix`: "?…" and/or "#…") and waits for the widget's controls. */
export async function openPlayground(browser, suffix = '') {
  const opened = await openPage(browser, `index.html${suffix}`);
  await opened.page.setViewportSize({ width: 1400, height: 900 });
  await opened.page.locator('nn-playground #epoch').waitFor();
  return opened;
}

/** The widget's text in the element with `id` (in its shadow root). */
export const textOf = (page, id) => page.locator(`nn-playground #${id}`).textContent();

/** The number a readout shows (NaN for a dash). */
export async function readNumber(page, id) {
  const text = await textOf(page, id);
  return Number(text.replace(/[^0-9.eE+-]/g, '') || NaN);
}

/** The widget's config as URLSearchParams. */
export async function configOf(page) {
  return new URLSearchParams(await page.locator('nn-playground').evaluate((e) => e.config));
}

/** The last frame's numbers (`pg.stats()`), through the element's `stats` property. */
export const statsOf = (page) => page.locator('nn-playground').evaluate((e) => e.stats);

/** RGBA bytes of a canvas of the widget (by CSS selector), as a plain array. */
export function pixelsOf(page, selector) {
  return page.locator('nn-playground').evaluate((e, sel) => {
    const c = e.shadowRoot.querySelector(sel);
    return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data);
  }, selector);
}

/** How many pixels of `rgba` lie within `tolerance` of `colour` (each channel). */
export function countNear(rgba, colour, tolerance = 24) {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    if (colour.every((c, k) => Math.abs(rgba[i + k] - c) <= tolerance)) n++;
  }
  return n;
}

/** Share of bytes that differ between two pixel arrays. */
export function changed(a, b) {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n / a.length;
}

/**
 * Scans the network canvas with synthetic pointer moves on a `step`-pixel grid (CSS pixels)
 * and returns, per tooltip text (value-free: numbers replaced by #), the first page position
 * where it appeared: `{ text → {x, y, tip} }`.
 */
export function scanDiagram(page, step = 3) {
  return page.locator('nn-playground').evaluate((e, step) => {
    const root = e.shadowRoot;
    const canvas = root.querySelector('.network-canvas');
    const tip = root.querySelector('#tip');
    const box = canvas.getBoundingClientRect();
    const found = {};
    for (let y = 1; y < box.height; y += step) {
      for (let x = 1; x < box.width; x += step) {
        const [clientX, clientY] = [box.left + x, box.top + y];
        canvas.dispatchEvent(new PointerEvent('pointermove', { clientX, clientY, bubbles: true }));
        if (tip.hidden) continue;
        const key = tip.textContent.replace(/-?\d+\.\d+/g, '#');
        found[key] ??= { x: clientX, y: clientY, tip: tip.textContent };
      }
    }
    canvas.dispatchEvent(new PointerEvent('pointerleave'));
    return found;
  }, step);
}

/** Clicks `locator` and returns the text of the file it downloads. */
export async function downloadText(page, locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/** Writes `text` to tests/e2e/out/<name> and returns its path (for file inputs). */
export function writeFixture(name, text) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, name);
  fs.writeFileSync(file, text);
  return file;
}
