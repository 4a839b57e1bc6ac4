// Helpers for the end-to-end tests: launch Debian's Chromium through playwright-core, open a
// page of the playground served at PLAY_URL while recording page errors and every request that
// would leave the machine, wait on the widget's frames (never on the clock), read its numbers,
// readouts and canvases, find things on the network diagram by scanning it with pointer
// events, capture downloads, and save screenshots and fixtures to tests/e2e/out/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

/** The served repo root; `cargo xtask test` sets it, the default is `cargo xtask serve`'s. */
export const PLAY_URL = process.env.PLAY_URL || 'http://127.0.0.1:8000/';

export const OUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'out');

// The background-networking flags stop Chromium from calling Google on a closed network.
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Launches headless Chromium (`$CHROMIUM`, default /usr/bin/chromium) with a fresh profile. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
}

/**
 * Opens `pagePath` (relative to PLAY_URL) in a fresh context of `browser` (made with the options
 * `context`: viewport, touch, reduced motion…) and waits for `load`. Returns `{ page, response,
 * errors, externalRequests }`: `errors` collects uncaught page errors and console errors,
 * `externalRequests` the URLs of requests to any host but this machine (they are aborted; data:
 * and blob: URLs are fine). Both arrays keep filling after return.
 */
export async function openPage(browser, pagePath = '', { initScript, context: options } = {}) {
  const context = await browser.newContext(options);
  // Runs before any page script, so listeners see events fired during the load.
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  const externalRequests = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  const response = await page.goto(new URL(pagePath, PLAY_URL).href, { waitUntil: 'load' });
  return { page, response, errors, externalRequests };
}

function isLocal(url) {
  const u = new URL(url);
  return u.protocol === 'data:' || u.protocol === 'blob:' || LOCAL_HOSTS.has(u.hostname);
}

/** Saves a screenshot of `target` (a page, whole; or a locator, that element) as
 * tests/e2e/out/<name>.png; returns its path. */
export async function screenshot(target, name) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `${name}.png`);
  const isLocator = typeof target.page === 'function';
  await target.screenshot(isLocator ? { path: file } : { path: file, fullPage: true });
  return file;
}

/** How often `waitFor` reads its value again (ms). */
const POLL_MS = 50;

/** Polls `read` every POLL_MS until `ok(value)` or `seconds` pass; returns the last value. */
export async function waitFor(read, ok, seconds) {
  const end = Date.now() + seconds * 1000;
  // A value the check cannot read yet (e.g. no stats in the frame after a change) is "not yet".
  const good = (value) => {
    try {
      return ok(value);
    } catch {
      return false;
    }
  };
  let value = await read();
  while (!good(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, POLL_MS));
    value = await read();
  }
  return value;
}

/** Waits `n` animation frames inside `page`: for a test that needs time to pass (that nothing
 * moves while paused), counted in the page's frames rather than in milliseconds. */
export function frames(page, n) {
  return page.evaluate((n) => new Promise((resolve) => {
    let k = 0;
    const tick = () => (++k >= n ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

/** How many frames the widget `locator` (an `<nn-playground>`) has drawn: `stats.frame`, 0
 * before its first. */
export const frameOf = (locator) => locator.evaluate((e) => e.stats?.frame ?? 0);

/** Waits until the widget `locator` has drawn frame `frame` (`stats.frame`); returns its stats.
 * E.g. `drawn(w, (await frameOf(w)) + 30)`: thirty more frames. */
export async function drawn(locator, frame, seconds = 15) {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction(([e, n]) => (e.stats?.frame ?? 0) >= n, [handle, frame],
    { polling: 'raf', timeout: seconds * 1000 });
  return locator.evaluate((e) => e.stats);
}

/**
 * Waits until the widget `locator` has settled: its `stats` has stayed the same object (no frame
 * drawn) for `quiet` animation frames in a row, so that every frame asked for by what the test
 * did before (a click, a pause, a resize and the redraw it causes) has been drawn. A widget that
 * keeps playing never settles: that fails after `seconds`. Returns the last frame's stats.
 */
export async function settled(locator, { quiet = 3, seconds = 15 } = {}) {
  const ok = await locator.evaluate((e, [quiet, ms]) => new Promise((resolve) => {
    const end = performance.now() + ms;
    let last = e.stats;
    let still = 0;
    const tick = () => {
      if (e.stats !== last) [last, still] = [e.stats, 0];
      else still += 1;
      if (still >= quiet) resolve(true);
      else if (performance.now() > end) resolve(false);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }), [quiet, seconds * 1000]);
  if (!ok) throw new Error(`the widget kept drawing for ${seconds} s`);
  return locator.evaluate((e) => e.stats);
}

// ---- the widget of a page ----

/** The first `<nn-playground>` matching `selector` on `page`. */
export const widget = (page, selector = 'nn-playground') => page.locator(selector).first();

/** Opens the widget's "More settings" (`locator`: the `<nn-playground>`), where the controls
 * a lesson rarely touches wait; nothing when they are shown already. */
export async function showMore(locator) {
  const more = locator.locator('#more');
  if (await more.isVisible() && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
}

/** The widget's last frame's numbers (its `stats`: `pg.stats()` and the frame counter). */
export const statsOf = (page, selector) => widget(page, selector).evaluate((e) => e.stats);

/** Waits for the widget's first frame; returns its stats. */
export const firstStats = (page, selector) => drawn(widget(page, selector), 1);

/** The widget's config as URLSearchParams. */
export async function configOf(page, selector) {
  return new URLSearchParams(await widget(page, selector).evaluate((e) => e.config));
}

/** The page's URL hash as URLSearchParams. */
export const hashParams = async (page) => new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));

/** The widget's text in the element with `id` (in its shadow root). */
export const textOf = (page, id) => widget(page).locator(`#${id}`).textContent();

/** The number a readout shows (NaN for a dash; thousands separators dropped). */
export async function readNumber(page, id) {
  const text = await textOf(page, id);
  return Number(text.replace(/[^0-9.eE+-]/g, '') || NaN);
}

/**
 * Opens index.html (with `suffix`: "?…" and/or "#…") at `width` × `height`, waits for the
 * widget's control `ready` (the classifier's epoch readout unless told) and, unless `more` is
 * false, opens its More settings (the tests of controls reach every one of them). Returns what
 * `openPage` does.
 */
export async function openPlayground(browser, suffix = '', { width = 1400, height = 900, ready = '#epoch', more = true } = {}) {
  const opened = await openPage(browser, `index.html${suffix}`);
  await opened.page.setViewportSize({ width, height });
  await widget(opened.page).locator(ready).waitFor();
  if (more) await showMore(widget(opened.page));
  return opened;
}

// ---- canvases, the diagram, files ----

/** RGBA bytes of a canvas of the widget (by CSS selector), as a plain array. */
export function pixelsOf(page, selector) {
  return widget(page).evaluate((e, sel) => {
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
  return widget(page).evaluate((e, step) => {
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

// ---- load times ----

/** How many page loads a first-frame time is the median of: one load on a shared machine can
 * be slowed by whatever else runs. */
export const FIRST_FRAME_LOADS = 3;

/** The first frame's target after the page's load event, on localhost (reported in the notes). */
export const FIRST_FRAME_TARGET_MS = 300;
/** What a timing test asserts: a coarse regression guard, three times the target, so that a busy
 * machine does not fail it at random; the measured median is printed beside it. */
export const FIRST_FRAME_GUARD_MS = 3 * FIRST_FRAME_TARGET_MS;

/**
 * Loads `pagePath` FIRST_FRAME_LOADS times, each in a fresh context, and measures when the first
 * `<nn-playground>` drew its first frame. Returns `{ median, loads, errors }`: the median time
 * after the `load` event (ms), each load's `{ ready, afterLoad }` (ready: ms after navigation
 * start) and every page error seen.
 */
export async function firstFrameTimes(browser, pagePath) {
  const loads = [];
  const errors = [];
  for (let i = 0; i < FIRST_FRAME_LOADS; i++) {
    const opened = await openPage(browser, pagePath);
    const first = opened.page.locator('nn-playground').first();
    await opened.page.waitForFunction((w) => w.readyAt != null, await first.elementHandle(), { timeout: 10_000 });
    const timing = await opened.page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { load: nav.loadEventStart, ready: document.querySelector('nn-playground').readyAt };
    });
    loads.push({ ready: timing.ready, afterLoad: timing.ready - timing.load });
    errors.push(...opened.errors);
    await opened.page.context().close();
  }
  const sorted = loads.map((l) => l.afterLoad).sort((a, b) => a - b);
  return { median: sorted[sorted.length >> 1], loads, errors };
}
