// The terrain mode of <nn-playground>, driven the way a student would: train the VAE for a
// bounded number of steps, walk the latent pad with the pointer, a tap and the arrow keys and
// watch the relief change, compare the WebGL and the software renderers' pixels, export the
// heightmap and read the PNG back, paste a bad link, and check the picture's place at
// 1280 × 800, on a 390 × 844 touch phone and in projector mode.
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { configOf, firstStats, launch, openPage, screenshot, statsOf, waitFor, widget } from './helpers.mjs';

/** Training steps before the pad is walked (the codes of the three landforms are apart by
 * then: native test `training_lowers_the_loss_and_spreads_the_codes`, 400 steps). */
const TRAIN_STEPS = 600;
/** A relief covers at least this share of its canvas (measured: about 45 %). */
const MIN_GROUND = 0.25;
/** Moving the latent point across the pad changes at least this share of the relief's pixels. */
const MIN_CHANGED = 0.05;
/** The two renderers agree on at least this share of pixels (within 40 per channel); they
 * differ only at triangle edges (WebGL anti-aliases). Measured: 99.7 %. */
const MIN_AGREEMENT = 0.9;
const SKY = [0xdd, 0xe8, 0xf2];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens the terrain page `path` in a viewport (`context` options) and waits for a frame. */
async function openTerrain(path = 'index.html#mode=terrain', context = { viewport: { width: 1280, height: 800 } }) {
  const opened = await openPage(browser, path, { context });
  await widget(opened.page).locator('#pad').waitFor();
  await firstStats(opened.page);
  return opened;
}

/** Exactly `n` training steps, one Step (→) at a time. */
const steps = (page, n) => widget(page).evaluate((e, n) => {
  for (let k = 0; k < n; k += 1) e.step();
}, n);

/** Trains until `steps` steps are done (Play, then Pause once the count is reached). */
async function train(page, steps) {
  await widget(page).evaluate((e) => e.play());
  await waitFor(() => statsOf(page), (s) => s.epoch >= steps, 60);
  await widget(page).evaluate((e) => e.pause());
}

/** The relief's pixels on a grid of about 160 columns, whichever canvas shows it (a WebGL
 * canvas is read through a 2-D copy): `{ width, height, data, renderer }`. */
const relief = (page) => widget(page).evaluate((e) => {
  const gl = e.shadowRoot.getElementById('relief-gl');
  const canvas = gl.hidden ? e.shadowRoot.getElementById('relief') : gl;
  const copy = document.createElement('canvas');
  [copy.width, copy.height] = [canvas.width, canvas.height];
  const ctx = copy.getContext('2d');
  ctx.drawImage(canvas, 0, 0);
  const all = ctx.getImageData(0, 0, copy.width, copy.height).data;
  const step = Math.max(1, Math.floor(copy.width / 160));
  const data = [];
  for (let y = 0; y < copy.height; y += step) {
    for (let x = 0; x < copy.width; x += step) {
      const i = (y * copy.width + x) * 4;
      data.push(all[i], all[i + 1], all[i + 2], all[i + 3]);
    }
  }
  return { width: copy.width, height: copy.height, data, renderer: gl.hidden ? 'software' : 'webgl' };
});

function groundShare({ data }) {
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - SKY[0]) + Math.abs(data[i + 1] - SKY[1]) + Math.abs(data[i + 2] - SKY[2]) > 12) n += 1;
  }
  return n / (data.length / 4);
}

function changedShare(a, b, tolerance = 40) {
  assert.equal(a.data.length, b.data.length, 'same size');
  let n = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i] - b.data[i]), Math.abs(a.data[i + 1] - b.data[i + 1]), Math.abs(a.data[i + 2] - b.data[i + 2]));
    if (d > tolerance) n += 1;
  }
  return n / (a.data.length / 4);
}

/** Waits until the relief differs from `before` by at least `share` of its pixels. */
async function reliefChanged(page, before, share = MIN_CHANGED) {
  let last = 0;
  await waitFor(() => relief(page), (r) => (last = changedShare(before, r)) >= share, 10).catch(() => {});
  return last;
}

const latent = async (page) => {
  const c = new URLSearchParams(await configOf(page));
  return [Number(c.get('lx')), Number(c.get('ly'))];
};

/** Drags on the pad from (fx0, fy0) to (fx1, fy1), as fractions of its box, with the mouse. */
async function dragPad(page, [fx0, fy0], [fx1, fy1]) {
  const box = await widget(page).locator('#pad').boundingBox();
  await page.mouse.move(box.x + fx0 * box.width, box.y + fy0 * box.height);
  await page.mouse.down();
  for (let k = 1; k <= 5; k += 1) {
    const f = k / 5;
    await page.mouse.move(box.x + (fx0 + (fx1 - fx0) * f) * box.width, box.y + (fy0 + (fy1 - fy0) * f) * box.height);
  }
  await page.mouse.up();
}

test('training, then walking the pad with the pointer and the arrow keys changes the relief', async () => {
  const { page, errors } = await openTerrain();
  const first = await statsOf(page);
  assert.equal(first.epoch, 0);
  await train(page, TRAIN_STEPS);
  const s = await statsOf(page);
  assert.ok(Number.isFinite(s.recon) && s.diverged === null, `trained: ${JSON.stringify(s)}`);
  const before = await relief(page);
  assert.ok(groundShare(before) > MIN_GROUND, `the relief covers ${groundShare(before)}`);
  await screenshot(page, 'terrain-trained-1280');
  // A drag to the pad's upper right moves the point there and redraws the relief.
  await dragPad(page, [0.5, 0.5], [0.85, 0.15]);
  const [x, y] = await latent(page);
  assert.ok(x > 1.5 && y > 1.5, `the point followed the pointer: (${x}, ${y})`);
  const moved = await reliefChanged(page, before);
  assert.ok(moved >= MIN_CHANGED, `the relief changed on ${moved} of its pixels`);
  assert.equal(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('lx'), String(x), 'the link keeps the point');
  await screenshot(page, 'terrain-walked-1280');
  // Arrow keys on the focused pad move the point by 0.1.
  await widget(page).locator('#pad').focus();
  await page.keyboard.press('ArrowLeft');
  await waitFor(() => latent(page), ([lx]) => Math.abs(lx - (x - 0.1)) < 1e-9, 5);
  await page.keyboard.press('ArrowDown');
  await waitFor(() => latent(page), ([, ly]) => Math.abs(ly - (y - 0.1)) < 1e-9, 5);
  // Raising the water floods: more water-blue pixels.
  const dry = await relief(page);
  await widget(page).evaluate((e) => e.set('water=0.7'));
  const flooded = await reliefChanged(page, dry);
  assert.ok(flooded >= MIN_CHANGED, `the water level changed ${flooded} of the relief`);
  assert.deepEqual(errors, []);
});

test('the WebGL and the software renderers draw the same relief', async (t) => {
  const link = 'mode=terrain&lx=1.2&ly=-0.8&water=0.4&turn=45';
  const gl = await openTerrain(`index.html#${link}`);
  const sw = await openTerrain(`index.html?renderer=software#${link}`);
  for (const page of [gl.page, sw.page]) {
    await steps(page, 200);
    await waitFor(() => statsOf(page), (s) => s.epoch === 200, 10);
  }
  const [a, b] = [await relief(gl.page), await relief(sw.page)];
  assert.equal(b.renderer, 'software');
  if (a.renderer !== 'webgl') {
    // A browser without WebGL falls back by itself; only the software pixels can be checked.
    assert.ok(groundShare(b) > MIN_GROUND);
    t.skip('this browser has no WebGL');
    return;
  }
  assert.match(await widget(sw.page).locator('#renderer').textContent(), /software renderer/);
  for (const r of [a, b]) assert.ok(groundShare(r) > MIN_GROUND, `${r.renderer} covers ${groundShare(r)}`);
  // The same weights after the same steps (same seed): the pictures match but for edges.
  const agree = 1 - changedShare(a, b);
  assert.ok(agree >= MIN_AGREEMENT, `the renderers agree on ${agree} of the pixels`);
  console.log(`renderers agree on ${(100 * agree).toFixed(1)} % of the relief's pixels`);
  await screenshot(gl.page, 'terrain-webgl');
  await screenshot(sw.page, 'terrain-software');
  assert.deepEqual([...gl.errors, ...sw.errors], []);
});

test('Export heightmap downloads a 256 × 256 16-bit grey PNG of the terrain', async () => {
  const { page } = await openTerrain('index.html#mode=terrain&lx=-1&ly=1');
  await train(page, 100);
  const [download] = await Promise.all([page.waitForEvent('download'), widget(page).locator('#export-heightmap').click()]);
  assert.equal(download.suggestedFilename(), 'terrain-heightmap.png');
  const bytes = fs.readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20), bytes[24], bytes[25]], [256, 256, 16, 0], 'size, 16 bits, grey');
  // Node's zlib inflates the stored blocks (and checks the Adler-32): one filter byte and
  // 256 big-endian 16-bit heights a row.
  const idatAt = bytes.indexOf('IDAT', 0, 'latin1');
  const raw = zlib.inflateSync(bytes.subarray(idatAt + 4, idatAt + 4 + bytes.readUInt32BE(idatAt - 4)));
  assert.equal(raw.length, 256 * (1 + 512));
  const heights = [];
  for (let row = 0; row < 256; row += 1) for (let x = 0; x < 256; x += 1) heights.push(raw.readUInt16BE(row * 513 + 1 + 2 * x));
  const [lo, hi] = [Math.min(...heights), Math.max(...heights)];
  const s = await statsOf(page);
  assert.ok(Math.abs(lo / 65535 - s.low) < 0.02 && Math.abs(hi / 65535 - s.high) < 0.02, `PNG heights ${lo}–${hi}, terrain ${s.low}–${s.high}`);
  // The browser decodes it too, at its size.
  const decoded = await page.evaluate(async (b64) => {
    const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    return [bitmap.width, bitmap.height];
  }, bytes.toString('base64'));
  assert.deepEqual(decoded, [256, 256]);
  assert.match(await widget(page).locator('#export-notice').textContent(), /terrain-heightmap\.png/);
});

test('a bad link is reported and loses nothing', async () => {
  const { page } = await openTerrain('index.html#mode=terrain&lx=9&water=deep&snow=0.9');
  const issues = await widget(page).locator('#issues').textContent();
  assert.match(issues, /lx/);
  assert.match(issues, /water/);
  const c = new URLSearchParams(await configOf(page));
  assert.deepEqual([c.get('lx'), c.get('water'), c.get('snow')], ['0', '0.35', '0.9']);
});

test('the relief comes first at 1280 × 800, on a 390 × 844 touch phone and in projector mode', async () => {
  const desk = await openTerrain();
  const r = await widget(desk.page).locator('#relief-gl').boundingBox();
  const pad = await widget(desk.page).locator('#pad').boundingBox();
  assert.ok(r.y + r.height <= 800 && r.width >= 450, `relief at 1280: ${JSON.stringify(r)}`);
  assert.ok(pad.y + pad.height <= 800 && pad.width >= 150, `pad at 1280: ${JSON.stringify(pad)}`);

  const phone = await openTerrain('index.html#mode=terrain', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const pr = await widget(phone.page).locator('#relief-gl').boundingBox();
  assert.ok(pr.x >= 0 && pr.x + pr.width <= 390 && pr.y < 844 && pr.width >= 300, `relief on the phone: ${JSON.stringify(pr)}`);
  await screenshot(phone.page, 'terrain-phone');
  // A tap on the pad moves the point.
  await widget(phone.page).locator('#pad').scrollIntoViewIfNeeded();
  const pb = await widget(phone.page).locator('#pad').boundingBox();
  assert.ok(pb.x >= 0 && pb.x + pb.width <= 390, `pad on the phone: ${JSON.stringify(pb)}`);
  await phone.page.touchscreen.tap(pb.x + pb.width * 0.25, pb.y + pb.height * 0.75);
  const [tx, ty] = await latent(phone.page);
  assert.ok(tx < -1 && ty < -1, `a tap moved the point to (${tx}, ${ty})`);
  await screenshot(phone.page, 'terrain-phone-pad');

  const proj = await openTerrain('index.html#mode=terrain', { viewport: { width: 1280, height: 800 } });
  await widget(proj.page).evaluate((e) => e.setAttribute('projector', ''));
  await waitFor(() => widget(proj.page).locator('#relief-gl').boundingBox(), (b) => b && b.width > 0, 5);
  const big = await widget(proj.page).locator('#relief-gl').boundingBox();
  assert.ok(big.y < 800 && big.x < 640, `projector relief: ${JSON.stringify(big)}`);
  await screenshot(proj.page, 'terrain-projector');
  assert.deepEqual([...desk.errors, ...phone.errors, ...proj.errors], []);
});

test('the image mode shows its terrain target in 3-D with the toggle', async () => {
  const { page, errors } = await openPage(browser, 'index.html#mode=image&itarget=terrain&isize=32', { context: { viewport: { width: 1280, height: 800 } } });
  await firstStats(page);
  const canvasOf = (id) => widget(page).evaluate((e, id) => {
    const c = e.shadowRoot.getElementById(id);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let sky = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] === 0xdd && d[i + 1] === 0xe8 && d[i + 2] === 0xf2) sky += 1;
    return { width: c.width, sky: sky / (d.length / 4) };
  }, id);
  assert.equal((await canvasOf('target')).width, 32, 'seen from above: one pixel a height');
  const toggle = widget(page).locator('#ctl-i3d');
  assert.ok(await toggle.isVisible(), 'the 3-D toggle is offered for the terrain');
  await toggle.check();
  const target = await waitFor(() => canvasOf('target'), (c) => c.width === 320, 10);
  assert.ok(target.sky > 0.1 && target.sky < 0.9, `the 3-D target shows sky and ground: ${JSON.stringify(target)}`);
  const output = await waitFor(() => canvasOf('output'), (c) => c.width === 320, 10);
  assert.ok(output.sky > 0.1, `the reconstruction in 3-D: ${JSON.stringify(output)}`);
  assert.equal(new URLSearchParams(await configOf(page)).get('i3d'), '1');
  await screenshot(page, 'terrain-image-3d');
  await widget(page).evaluate((e) => e.set('itarget=face'));
  await waitFor(() => canvasOf('target'), (c) => c.width === 32, 10);
  assert.ok(!(await toggle.isVisible()), 'no 3-D toggle for the face');
  assert.deepEqual(errors, []);
});
