// The curve and image modes of <nn-playground>, driven the way a student would: fit a noisy
// sine, place points on the plot and watch the curve bend to them, redraw a picture from pixel
// coordinates with and without Fourier features, see a terrain as relief, upload a picture
// (and a file that is not one), paste a bad link, read it in French, embed it with demo=….
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  configOf, firstStats, hashParams, launch, openPage, openPlayground, screenshot, settled, statsOf,
  waitFor, widget,
} from './helpers.mjs';

/** The default sine (40 points, σ = 0.1) starts near loss 0.2 and must fall below this
 * fraction of its start (measured: 0.007 after 1,500 steps, i.e. 2.5 s at 10 steps a frame). */
const CURVE_LOSS_FACTOR = 0.15;
/** …and the curve must then pass this close to the points on average (mean |noise| is 0.08). */
const CURVE_GAP = 0.12;
/** The reconstruction's mean byte difference from the target must fall by this factor
 * (measured on the default face: 0.12 at the start, 0.04 after 150 passes). */
const PIXEL_FACTOR = 0.6;
const TRAIN_SECONDS = 15;
/** Median of the frame's wasm time (one pass over 64 × 64 pixels with a 3 × 32 network, the
 * reconstruction and the blits) must fit a 60 fps frame. FIT_FRAME_BUDGET_MS overrides it on a
 * slow or busy machine. */
const FRAME_BUDGET_MS = Number(process.env.FIT_FRAME_BUDGET_MS || 16.7);

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens index.html with `suffix` and waits for the first frame's numbers. */
async function open(suffix) {
  const opened = await openPlayground(browser, suffix, { height: 1000 });
  await firstStats(opened.page);
  return opened;
}

/** Mean |target − reconstruction| over the colour bytes of the two canvases, 0 to 1. */
const canvasGap = (page) => widget(page).evaluate((e) => {
  const bytes = (id) => {
    const c = e.shadowRoot.getElementById(id);
    return c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  };
  const [a, b] = [bytes('target'), bytes('output')];
  let total = 0;
  for (let i = 0; i < a.length; i += 4) {
    for (let k = 0; k < 3; k++) total += Math.abs(a[i + k] - b[i + k]);
  }
  return total / (a.length * 0.75) / 255;
});

/** The target canvas's pixels as a short fingerprint (sum and a few samples). */
const targetPixels = (page) => widget(page).evaluate((e) => {
  const c = e.shadowRoot.getElementById('target');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let sum = 0;
  for (const v of d) sum += v;
  const at = (x, y) => Array.from(d.slice((y * c.width + x) * 4, (y * c.width + x) * 4 + 3));
  return { sum, width: c.width, left: at(2, c.height >> 1), right: at(c.width - 3, c.height >> 1) };
});

test('the curve page fits the noisy sine: the loss falls a lot and the curve nears the points', async (t) => {
  const { page, errors, externalRequests } = await open('#mode=curve');
  const start = await statsOf(page);
  assert.equal(start.epoch, 0);
  assert.equal(start.points, 40);
  await widget(page).locator('#play').click();
  const end = await waitFor(() => statsOf(page), (s) => s.loss < CURVE_LOSS_FACTOR * start.loss && s.meanGap < CURVE_GAP, TRAIN_SECONDS);
  await widget(page).locator('#play').click();
  t.diagnostic(`loss ${start.loss.toFixed(4)} -> ${end.loss.toFixed(4)}, gap ${start.meanGap.toFixed(3)} -> ${end.meanGap.toFixed(3)} in ${end.epoch} steps`);
  assert.ok(end.loss < CURVE_LOSS_FACTOR * start.loss, `loss ${start.loss} -> ${end.loss}`);
  assert.ok(end.meanGap < CURVE_GAP, `mean gap ${end.meanGap}`);
  assert.ok(end.epoch > 100);
  assert.equal((await hashParams(page)).get('mode'), 'curve');
  await screenshot(page, 'fit-curve-sine');
  assert.deepEqual(errors, []);
  assert.deepEqual(externalRequests, []);
  await page.close();
});

/** Pixels of the loss chart in the first two past runs' colours (purple, teal; faded). */
const ghostPixels = (page) => widget(page).locator('#loss-chart').evaluate((c) => {
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) {
    const [r, g, b] = [d[i], d[i + 1], d[i + 2]];
    const purple = r - g > 25 && b - g > 25;
    const teal = g - r > 25 && b - r > 10;
    if (purple || teal) n++;
  }
  return n;
});

test('reset and rebuilding changes keep the earlier runs on the loss chart, labelled by what differed', async (t) => {
  const { page, errors } = await open('#mode=curve');
  const w = widget(page);
  await w.evaluate((e) => e.play());
  await waitFor(() => statsOf(page), (s) => s?.epoch >= 200, 10);
  await w.evaluate((e) => e.pause());
  assert.deepEqual((await statsOf(page)).ghosts, []);
  assert.equal(await ghostPixels(page), 0, 'past-run colours before any past run');
  // A live change mid-run, then a reset: the run is labelled by the rate it started with.
  await w.evaluate((e) => e.set('clr=0.03'));
  await w.locator('#reset').click();
  const one = await waitFor(() => statsOf(page), (s) => s?.ghosts.length === 1 && s.epoch === 0, 3);
  assert.match(one.ghosts[0], /learning rate 0\.01/);
  await w.evaluate((e) => e.play());
  await waitFor(() => statsOf(page), (s) => s?.epoch >= 100, 10);
  await w.evaluate((e) => e.pause());
  // A change that rebuilds the network starts a new run too.
  await w.evaluate((e) => e.set('chidden=8'));
  const two = await waitFor(() => statsOf(page), (s) => s?.ghosts.length === 2, 3);
  t.diagnostic(`past runs: ${two.ghosts.join(' | ')}`);
  assert.match(two.ghosts[1], /hidden layers 16,16/);
  await settled(w);
  const pixels = await ghostPixels(page);
  assert.ok(pixels > 30, `${pixels} pixels of past runs on the loss chart`);
  await screenshot(page, 'fit-curve-ghosts');

  // The image mode keeps its runs the same way.
  await w.evaluate((e) => e.set('mode=image'));
  await waitFor(() => statsOf(page), (s) => s?.kind != null, 5);
  await w.evaluate((e) => e.play());
  await waitFor(() => statsOf(page), (s) => s?.epoch >= 10, 10);
  await w.evaluate((e) => e.pause());
  await w.locator('#reset').click();
  const image = await waitFor(() => statsOf(page), (s) => s.ghosts?.length === 1, 3);
  assert.equal(image.ghosts[0], 'same settings');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Clicks the plot at data point (x, y), through the plot area the page shows. */
async function clickPlot(page, x, y) {
  const box = await widget(page).locator('#curve-plot').boundingBox();
  // The data area lies inside the axes; these fractions match the plot at 1400 px wide
  // (left axis ~9 %, bottom axis ~9 %), and the wasm maps the pixel back, so only "inside"
  // matters for the test: it reads the points back from the config.
  const left = box.x + box.width * 0.1;
  const right = box.x + box.width * 0.97;
  const top = box.y + box.height * 0.04;
  const bottom = box.y + box.height * 0.9;
  await page.mouse.click(left + ((x + 1) / 2) * (right - left), top + ((1.5 - y) / 3) * (bottom - top));
}

test('clicks on the plot add drawn points and the curve bends to them; erase and clear', async (t) => {
  const { page, errors } = await open('#mode=curve');
  await widget(page).locator('#play').click();
  await waitFor(() => statsOf(page), (s) => s.epoch > 300, TRAIN_SECONDS);
  await widget(page).locator('#play').click();
  const targets = [[-0.8, -1], [-0.4, 1], [0, -1], [0.4, 1], [0.8, -1]];
  for (const [x, y] of targets) await clickPlot(page, x, y);
  const drawn = await configOf(page);
  assert.equal(drawn.get('ctarget'), 'drawn');
  assert.equal(drawn.get('cpoints').length, 4 * targets.length, drawn.get('cpoints'));
  assert.equal((await hashParams(page)).get('cpoints'), drawn.get('cpoints'), 'the link carries the points');
  const before = await waitFor(() => statsOf(page), (s) => s.points === targets.length, 5);
  assert.equal(before.points, targets.length);
  assert.match(await widget(page).locator('#point-count').textContent(), /5 of 200/);
  await widget(page).locator('#play').click();
  const after = await waitFor(() => statsOf(page), (s) => s.meanGap < 0.3 * before.meanGap, TRAIN_SECONDS);
  await widget(page).locator('#play').click();
  t.diagnostic(`gap to the drawn points ${before.meanGap.toFixed(3)} -> ${after.meanGap.toFixed(3)}`);
  assert.ok(after.meanGap < 0.3 * before.meanGap, `gap ${before.meanGap} -> ${after.meanGap}`);
  await screenshot(page, 'fit-curve-drawn');

  await widget(page).locator('#tool-erase').click();
  await clickPlot(page, 0, -1);
  assert.equal((await configOf(page)).get('cpoints').length, 4 * (targets.length - 1));
  await widget(page).locator('#clear-points').click();
  assert.equal((await configOf(page)).get('cpoints'), '');
  assert.equal((await waitFor(() => statsOf(page), (s) => s.points === 0, 5)).points, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the image page redraws the face: the loss falls and the reconstruction nears the target', async (t) => {
  const { page, errors } = await open('#mode=image');
  const start = await statsOf(page);
  const gap0 = await canvasGap(page);
  await widget(page).locator('#play').click();
  const end = await waitFor(() => statsOf(page), (s) => s.epoch >= 120, TRAIN_SECONDS);
  await widget(page).locator('#play').click();
  const gap1 = await canvasGap(page);
  t.diagnostic(`loss ${start.loss.toFixed(4)} -> ${end.loss.toFixed(4)}, canvas gap ${gap0.toFixed(3)} -> ${gap1.toFixed(3)} after ${end.epoch} passes`);
  assert.ok(end.loss < 0.3 * start.loss, `loss ${start.loss} -> ${end.loss}`);
  assert.ok(gap1 < PIXEL_FACTOR * gap0, `pixels ${gap0} -> ${gap1}`);
  await screenshot(page, 'fit-image-face');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the Fourier toggle changes the config and the network still learns, sharper', async (t) => {
  const { page, errors } = await open('#mode=image&itarget=checker&isize=32');
  assert.equal((await statsOf(page)).inputs, 2);
  await widget(page).locator('#ctl-ifourier').check();
  assert.equal((await configOf(page)).get('ifourier'), '1');
  assert.equal((await hashParams(page)).get('ifourier'), '1');
  const start = await waitFor(() => statsOf(page), (s) => s?.inputs === 64, 5);
  assert.equal(start.inputs, 64);
  await widget(page).locator('#play').click();
  const end = await waitFor(() => statsOf(page), (s) => s.epoch >= 100, TRAIN_SECONDS);
  await widget(page).locator('#play').click();
  t.diagnostic(`checkerboard with Fourier features: loss ${start.loss.toFixed(4)} -> ${end.loss.toFixed(4)}`);
  assert.ok(end.loss < 0.2 * start.loss, `loss ${start.loss} -> ${end.loss}`);
  assert.ok(await canvasGap(page) < 0.08);
  await screenshot(page, 'fit-image-fourier');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the terrain target is shown as shaded relief, on the target and on the reconstruction', async () => {
  const { page, errors } = await open('#mode=image&itarget=terrain');
  assert.equal((await statsOf(page)).kind, 'height');
  // Relief: many distinct colours (hypsometric tints and shading), not a few grey levels.
  const colours = await widget(page).evaluate((e) => {
    const c = e.shadowRoot.getElementById('target');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    let coloured = 0;
    for (let i = 0; i < d.length; i += 4) coloured += Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 20;
    return { distinct: seen.size, colouredShare: coloured / (d.length / 4) };
  });
  assert.ok(colours.distinct > 500, `distinct colours ${colours.distinct}`);
  assert.ok(colours.colouredShare > 0.5, `coloured share ${colours.colouredShare}`);
  assert.ok(await widget(page).locator('#ctl-icolour').isDisabled(), 'colour does not apply to heights');
  await widget(page).locator('#play').click();
  await waitFor(() => statsOf(page), (s) => s.epoch >= 30, TRAIN_SECONDS);
  await widget(page).locator('#play').click();
  await screenshot(page, 'fit-image-terrain');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file that is not an image, or too large, is refused with a message and the picture is kept', async () => {
  const { page, errors } = await open('#mode=image');
  const before = await targetPixels(page);
  await widget(page).locator('#upload').setInputFiles({
    name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('these are not pixels\n'),
  });
  const message = await waitFor(() => widget(page).locator('#upload-error').textContent(), (s) => s.length > 0, 5);
  assert.match(message, /this file is not an image we can read/i);
  assert.match(message, /notes\.txt/);
  assert.equal((await statsOf(page)).uploaded, false);
  assert.deepEqual(await targetPixels(page), before);

  // Too many bytes: refused before decoding.
  await widget(page).locator('#upload').setInputFiles({
    name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(21 * 1024 * 1024),
  });
  const big = await waitFor(() => widget(page).locator('#upload-error').textContent(), (s) => /too large/.test(s), 10);
  assert.match(big, /21\.0 MB; the limit is 20 MB/);
  assert.equal((await statsOf(page)).uploaded, false);
  assert.deepEqual(await targetPixels(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

/** A `width` × `height` PNG made in the page: red left third, green middle, blue right third
 * (or top, middle, bottom thirds when `across` is false). */
const thirdsPng = (page, width, height, across = true) => page.evaluate(async ([width, height, across]) => {
  const c = new OffscreenCanvas(width, height);
  const ctx = c.getContext('2d');
  ['#ff0000', '#00ff00', '#0000ff'].forEach((colour, k) => {
    ctx.fillStyle = colour;
    if (across) ctx.fillRect(Math.round((k * width) / 3), 0, Math.ceil(width / 3), height);
    else ctx.fillRect(0, Math.round((k * height) / 3), width, Math.ceil(height / 3));
  });
  const blob = await c.convertToBlob({ type: 'image/png' });
  return Array.from(new Uint8Array(await blob.arrayBuffer()));
}, [width, height, across]);

test('a 24-megapixel photo is shrunk, its centre square used and said so, and Reset keeps it', async (t) => {
  const { page, errors } = await open('#mode=image');
  const png = await thirdsPng(page, 6000, 4000);
  t.diagnostic(`a 6000 × 4000 PNG of ${(png.length / 1024).toFixed(0)} kB`);
  const started = Date.now();
  await widget(page).locator('#upload').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  const uploaded = await waitFor(() => statsOf(page), (s) => s.uploaded, 20);
  t.diagnostic(`read and fitted in ${Date.now() - started} ms`);
  assert.equal(uploaded.uploaded, true);
  assert.equal(await widget(page).locator('#upload-error').textContent(), '');
  const status = await widget(page).locator('#upload-status').textContent();
  assert.match(status, /6000 × 4000 pixels, shrunk to 64 × 64/);
  assert.match(status, /only its centre square is used, the left and right edges are cut off/);
  // The centre square of red | green | blue thirds: green in the middle, the red and blue
  // thirds each a quarter of the square (1000 of its 4000 pixels) at its edges.
  const pixels = await waitFor(() => targetPixels(page), (p) => p.left[0] > 200, 5);
  assert.deepEqual(pixels.left, [255, 0, 0]);
  assert.deepEqual(pixels.right, [0, 0, 255]);
  const middle = await widget(page).evaluate((e) => {
    const c = e.shadowRoot.getElementById('target');
    return Array.from(c.getContext('2d').getImageData(c.width / 2, c.height / 2, 1, 1).data.slice(0, 3));
  });
  assert.deepEqual(middle, [0, 255, 0]);
  const target = await widget(page).evaluate((e) => {
    const c = e.shadowRoot.getElementById('target');
    return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data);
  });
  await widget(page).locator('#play').click();
  await waitFor(() => statsOf(page), (s) => s.epoch >= 3, 20);
  await widget(page).locator('#play').click();
  await widget(page).locator('#reset').click();
  const reset = await waitFor(() => statsOf(page), (s) => s.epoch === 0, 5);
  assert.equal(reset.uploaded, true, 'Reset keeps the uploaded picture');
  const after = await widget(page).evaluate((e) => {
    const c = e.shadowRoot.getElementById('target');
    return Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data);
  });
  assert.deepEqual(after, target, 'the target\'s pixels are unchanged by Reset');
  assert.match(await widget(page).locator('#upload-status').textContent(), /6000 × 4000/);
  // A tall picture is cut at the top and bottom.
  await widget(page).locator('#upload').setInputFiles({
    name: 'tall.png', mimeType: 'image/png', buffer: Buffer.from(await thirdsPng(page, 900, 3000, false)),
  });
  await waitFor(() => widget(page).locator('#upload-status').textContent(), (s) => /900 × 3000/.test(s), 10);
  assert.match(await widget(page).locator('#upload-status').textContent(), /the top and bottom edges are cut off/);
  // A camera's JPEG stored sideways (300 × 200, red | green | blue) with the EXIF orientation 6
  // ("turn a quarter clockwise") is used upright: 200 × 300, red on top, blue at the bottom.
  const jpeg = await page.evaluate(async () => {
    const c = new OffscreenCanvas(300, 200);
    const ctx = c.getContext('2d');
    ['#ff0000', '#00ff00', '#0000ff'].forEach((colour, k) => {
      ctx.fillStyle = colour;
      ctx.fillRect(k * 100, 0, 100, 200);
    });
    const plain = new Uint8Array(await (await c.convertToBlob({ type: 'image/jpeg', quality: 1 })).arrayBuffer());
    // APP1 "Exif": a big-endian TIFF header and one IFD entry, Orientation (0x0112) = 6.
    const exif = [0xff, 0xe1, 0x00, 0x22, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00,
      0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
      0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
      0x00, 0x00, 0x00, 0x00];
    return [...plain.slice(0, 2), ...exif, ...plain.slice(2)];
  });
  await widget(page).locator('#upload').setInputFiles({ name: 'camera.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(jpeg) });
  await waitFor(() => widget(page).locator('#upload-status').textContent(), (s) => /200 × 300/.test(s), 10);
  assert.match(await widget(page).locator('#upload-status').textContent(), /200 × 300 pixels.*top and bottom edges/);
  // The status is written at once, the picture at the next frame: read it once it changed.
  const corners = () => widget(page).evaluate((e) => {
    const c = e.shadowRoot.getElementById('target');
    const at = (x, y) => Array.from(c.getContext('2d').getImageData(x, y, 1, 1).data.slice(0, 3));
    return { top: at(c.width >> 1, 1), bottom: at(c.width >> 1, c.height - 2) };
  });
  const upright = await waitFor(corners, (c) => c.top.join() !== c.bottom.join(), 5);
  t.diagnostic(`upright JPEG: top ${upright.top}, bottom ${upright.bottom}`);
  assert.ok(upright.top[0] > 200 && upright.top[2] < 60, `red on top: ${upright.top}`);
  assert.ok(upright.bottom[2] > 200 && upright.bottom[0] < 60, `blue at the bottom: ${upright.bottom}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an uploaded PNG replaces the target, stays out of the link and on reset, and goes for a built-in picture', async () => {
  const { page, errors } = await open('#mode=image');
  const hash = await page.evaluate(() => location.hash);
  // A 300 × 200 PNG made in the page: red left half, blue right half.
  const png = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 300;
    c.height = 200;
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#ff0000';
    ctx.fillRect(0, 0, 150, 200);
    ctx.fillStyle = '#0000ff';
    ctx.fillRect(150, 0, 150, 200);
    const blob = await new Promise((resolve) => c.toBlob(resolve, 'image/png'));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  });
  await widget(page).locator('#upload').setInputFiles({ name: 'halves.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  const uploaded = await waitFor(() => statsOf(page), (s) => s.uploaded, 5);
  assert.equal(uploaded.uploaded, true);
  assert.equal(uploaded.epoch, 0, 'a new picture starts from fresh weights');
  const pixels = await waitFor(() => targetPixels(page), (p) => p.left[0] > 200, 5);
  assert.deepEqual(pixels.left, [255, 0, 0]);
  assert.deepEqual(pixels.right, [0, 0, 255]);
  assert.match(await widget(page).locator('#upload-status').textContent(), /300 × 200.*64 × 64/);
  assert.equal(await page.evaluate(() => location.hash), hash, 'the upload is not in the link');
  const pressed = widget(page).locator('.targets [aria-pressed="true"]');
  assert.equal(await pressed.count(), 0, 'no built-in target is shown as chosen');
  await widget(page).locator('#play').click();
  await waitFor(() => statsOf(page), (s) => s.epoch >= 20, TRAIN_SECONDS);
  await widget(page).locator('#play').click();
  await screenshot(page, 'fit-image-upload');
  await widget(page).locator('#reset').click();
  await waitFor(() => statsOf(page), (s) => s.epoch === 0, 5);
  assert.equal((await statsOf(page)).uploaded, true, 'Reset keeps the upload');
  assert.deepEqual((await targetPixels(page)).left, [255, 0, 0]);
  // Choosing a built-in picture drops it.
  await widget(page).locator('.targets button[data-name="checker"]').click();
  assert.equal((await waitFor(() => statsOf(page), (s) => !s.uploaded, 5)).uploaded, false);
  assert.notDeepEqual((await targetPixels(page)).left, [255, 0, 0]);
  assert.equal(await pressed.getAttribute('data-name'), 'checker');
  assert.deepEqual(errors, []);
  await page.close();
});

test('bad values in a link are reported and their defaults kept', async () => {
  const { page, errors } = await open('#mode=image&isize=1000&ilr=abc&ifourier=1');
  const issues = await widget(page).locator('#issues').textContent();
  assert.match(issues, /isize/);
  assert.match(issues, /ilr/);
  const params = await configOf(page);
  assert.equal(params.get('isize'), '64');
  assert.equal(params.get('ilr'), '0.005');
  assert.equal(params.get('ifourier'), '1', 'the good key is applied');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a diverging run is paused with a message, and Reset clears it', async () => {
  const { page, errors } = await open('#mode=curve&clr=1&copt=momentum&chidden=64,64,64&cact=linear');
  await widget(page).locator('#play').click();
  const diverged = await waitFor(() => statsOf(page), (s) => s.diverged != null, TRAIN_SECONDS);
  assert.equal(diverged.diverged, 'loss');
  assert.equal(await widget(page).evaluate((e) => e.playing), false);
  assert.match(await widget(page).locator('#alert').textContent(), /diverged/);
  assert.equal(await widget(page).locator('#loss').textContent(), '—');
  await widget(page).locator('#reset').click();
  const fresh = await waitFor(() => statsOf(page), (s) => s?.diverged === null, 5);
  assert.equal(fresh.epoch, 0);
  assert.equal(await widget(page).locator('#alert').textContent(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo attributes choose the modes, under a strict CSP, and French uses decimal commas', async () => {
  const { page, errors, externalRequests } = await openPage(browser, 'tests/e2e/fixtures/fit.html');
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.locator('#curve #curve-plot').waitFor();
  await page.locator('#image #output').waitFor();
  await firstStats(page, '#curve');
  await firstStats(page, '#image');
  assert.equal((await configOf(page, '#curve')).get('ctarget'), 'abs');
  assert.equal((await configOf(page, '#image')).get('itarget'), 'checker');
  assert.equal((await statsOf(page, '#image')).size, 32);
  const fr = widget(page, '#image');
  assert.match(await fr.locator('#play').textContent(), /Lecture/);
  assert.match(await fr.locator('label[for="ctl-ifourier"]').textContent(), /Caractéristiques de Fourier/);
  assert.match(await fr.locator('#ctl-ilr option:checked').textContent(), /^0,005$/);
  await fr.locator('#play').click();
  await waitFor(() => statsOf(page, '#image'), (s) => s.epoch >= 5, TRAIN_SECONDS);
  await fr.locator('#play').click();
  assert.match(await fr.locator('#loss').textContent(), /^0,\d+$/);
  assert.match(await fr.locator('#pixel-gap').textContent(), /^\d+,\d\s?%$/);
  await fr.locator('#upload').setInputFiles({ name: 'x.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  const message = await waitFor(() => fr.locator('#upload-error').textContent(), (s) => s.length > 0, 5);
  assert.match(message, /n’est pas une image que nous savons lire/);
  await screenshot(page, 'fit-demos');
  assert.deepEqual(errors, []);
  assert.deepEqual(externalRequests, []);
  await page.close();
});

test('one pass over a 64 × 64 picture per frame fits in a 60 fps frame (?debug=perf)', async (t) => {
  const { page, errors } = await open('?debug=perf#mode=image');
  assert.equal(await widget(page).locator('#ctl-speed').inputValue(), 'pass');
  await widget(page).locator('#play').click();
  const perf = widget(page).locator('#perf');
  const frames = await waitFor(async () => Number(await perf.getAttribute('data-frames')), (n) => n >= 200, 20);
  const median = Number(await perf.getAttribute('data-median-ms'));
  const s = await statsOf(page);
  await widget(page).locator('#play').click();
  t.diagnostic(`median wasm time per frame ${median} ms over ${frames} frames (${s.epoch} passes)`);
  assert.ok(frames >= 200, `only ${frames} frames measured`);
  assert.ok(median < FRAME_BUDGET_MS, `median ${median} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});
