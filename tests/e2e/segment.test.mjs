// The segment mode of <nn-playground>, driven the way a student would: paint five strokes on
// the beach with the mouse, let it train a bounded number of steps, and check that the
// overlay took each label's colour away from the strokes; paint with a finger and with the
// keyboard on a phone (reduced motion: nothing starts by itself), show it in projector mode,
// and paste a bad link. Screenshots in tests/e2e/out/segment-*.png.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { downloadText, firstStats, hashParams, launch, openPage, screenshot, settled, showMore, statsOf, waitFor, widget, writeFixture } from './helpers.mjs';

/** Side of the picture in its pixels, and canvas pixels to one of them (the wasm's). */
const SIZE = 64;
const SCALE = 4;
/** Steps trained before the overlay is read (the native test pins ≥ 90 % at 2 400; about 60
 * are enough on the beach). */
const STEPS = 300;
/** The five strokes of the native test (src/modes/segment/tests/learning.rs), as
 * [label key, brush radius, points in picture pixels]: the trees with the finest brush (a
 * wider one paints sky and sand beside the thin trunks as trees). */
const STROKES = [
  ['1', '2', [[26, 56], [40, 55], [60, 57]]],
  ['2', '2', [[26, 34], [36, 35], [48, 34]]],
  ['3', '1', [[12, 52], [11, 44], [10, 36], [10, 19], [3, 18], [17, 18]]],
  ['3', '1', [[52, 28], [61, 28]]],
  ['4', '2', [[20, 8], [40, 10], [58, 6]]],
];
/** Pixels no stroke covers, one per label of the beach: [label index, x, y]. */
const PROBES = [[0, 50, 61], [1, 20, 30], [2, 5, 16], [3, 10, 3]];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openSegment(hash, context) {
  const opened = await openPage(browser, `index.html#mode=segment${hash}`, { context });
  await widget(opened.page).locator('#picture').waitFor();
  await firstStats(opened.page);
  return opened;
}

/** The viewport point of picture pixel (x, y) (its centre). */
async function pointOf(page, [x, y]) {
  const box = await widget(page).locator('#picture').boundingBox();
  return [box.x + ((x + 0.5) / SIZE) * box.width, box.y + ((y + 0.5) / SIZE) * box.height];
}

/** The picture canvas's RGB at each picture pixel [x, y] of `points` (the middle of its
 * block). */
const rgbAt = (page, points) => widget(page).evaluate((e, [points, scale]) => {
  const ctx = e.shadowRoot.getElementById('picture').getContext('2d');
  return points.map(([x, y]) => Array.from(ctx.getImageData(x * scale + 2, y * scale + 2, 1, 1).data.slice(0, 3)));
}, [points, SCALE]);

const hex = (h) => [1, 3, 5].map((k) => parseInt(h.slice(k, k + 2), 16));
const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

function inViewport(box, [w, h], what) {
  assert.ok(box && box.width > 100, `${what}: ${JSON.stringify(box)}`);
  assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= w + 0.5 && box.y + box.height <= h + 0.5,
    `${what} ${JSON.stringify(box)} outside the ${w}×${h} viewport`);
}

test('five mouse strokes on the beach: the overlay takes each painted label’s colour where nobody painted', async () => {
  const { page, errors } = await openSegment('', { viewport: { width: 1280, height: 800 } });
  const w = widget(page);
  inViewport(await w.locator('#picture').boundingBox(), [1280, 800], 'the picture at 1280×800');
  let s = await statsOf(page);
  assert.equal(s.painted, 0);
  assert.match(await w.locator('#empty-note').textContent(), /Paint a few strokes/);
  const before = await rgbAt(page, PROBES.map(([, x, y]) => [x, y]));
  const colours = await w.evaluate((e) => Array.from(e.shadowRoot.querySelectorAll('.plot-legend .mark.area'))
    .map((m) => getComputedStyle(m).getPropertyValue('--c').trim()));
  assert.equal(colours.length, 4, 'four labels in the legend');
  for (const [key, radius, points] of STROKES) {
    await w.locator('#ctl-brush').selectOption(radius);
    await w.locator('#picture').focus();
    await page.keyboard.press(key);
    const [x0, y0] = await pointOf(page, points[0]);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (const p of points.slice(1)) {
      const [x, y] = await pointOf(page, p);
      await page.mouse.move(x, y, { steps: 6 });
    }
    await page.mouse.up();
  }
  s = await waitFor(() => statsOf(page), (v) => v.strokes === 5 && v.epoch >= STEPS, 20);
  await w.evaluate((e) => e.pause());
  s = await settled(w);
  await screenshot(page, 'segment-desktop');
  assert.equal(s.strokes, 5);
  assert.deepEqual(s.paintedCounts.map((n) => n > 0), [true, true, true, true], 'every label painted');
  assert.ok(s.accuracy >= 0.9, `accuracy ${s.accuracy} after ${s.epoch} steps`);
  const after = await rgbAt(page, PROBES.map(([, x, y]) => [x, y]));
  for (const [k, [label, x, y]] of PROBES.entries()) {
    const [b, a] = [before[k], after[k]];
    const gains = colours.map((c) => distance(b, hex(c)) - distance(a, hex(c)));
    const best = gains.indexOf(Math.max(...gains));
    assert.equal(best, label, `pixel (${x}, ${y}) moved towards label ${best} (${gains.map(Math.round)}), not ${label}: ${b} → ${a}`);
    assert.ok(gains[label] > 20, `pixel (${x}, ${y}) barely took its colour: ${b} → ${a}`);
  }
  const params = await hashParams(page);
  assert.equal(params.get('strokes').split('.').map((t) => t[0]).join(''), '12334', 'the strokes are in the link');
  const accuracy = await w.locator('#accuracy').textContent();
  assert.match(accuracy, /^\d+\.\d%$/, 'a percentage with one decimal');
  console.log(`segment: ${s.epoch} steps, accuracy ${s.accuracy}, ${s.stepMs.toFixed(3)} ms a step, draw ${s.drawMs.toFixed(2)} ms`);
  // Projector mode: the picture fills the stage's height, in the viewport.
  await w.evaluate((e) => e.setAttribute('projector', ''));
  await waitFor(() => w.evaluate((e) => e.shadowRoot.querySelector('.pg').classList.contains('projector')), Boolean, 5);
  // The page's title sits above the element: the element is scrolled to the top, as a
  // teacher does before showing it.
  await w.evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await settled(w);
  const box = await w.locator('#picture').boundingBox();
  inViewport(box, [1280, 800], 'the picture in projector mode');
  assert.ok(box.height > 500, `projector picture ${box.height} px high`);
  await screenshot(page, 'segment-projector');
  // Reset: fresh weights, the strokes stay, the run that ended is kept on the loss chart.
  await w.locator('#reset').click();
  const reset = await waitFor(() => statsOf(page), (v) => v.epoch === 0, 5);
  assert.equal(reset.pastRuns, 1);
  assert.equal(reset.strokes, 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone a finger and the keyboard paint, and nothing starts by itself under reduced motion', async () => {
  const { page, errors } = await openSegment('&scene=lake', {
    viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce',
  });
  const w = widget(page);
  const box = await w.locator('#picture').boundingBox();
  inViewport(box, [390, 844], 'the picture at 390×844');
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, [x, y]) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }] });
  const from = await pointOf(page, [8, 30]);
  const to = await pointOf(page, [56, 30]);
  await touch('touchStart', from);
  for (let k = 1; k <= 6; k++) await touch('touchMove', [from[0] + ((to[0] - from[0]) * k) / 6, from[1]]);
  await touch('touchEnd', to);
  let s = await waitFor(() => statsOf(page), (v) => v.strokes === 1, 5);
  assert.ok(s.paintedCounts[0] > 40, `the finger painted ${s.paintedCounts} pixels`);
  assert.equal(await w.evaluate((e) => e.playing), false, 'reduced motion: the stroke did not start training');
  // The keyboard: label 4 (sky), the cursor moved up-left, the brush down, three steps right.
  await w.locator('#picture').focus();
  await page.keyboard.press('4');
  for (let k = 0; k < 6; k++) await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Enter');
  for (let k = 0; k < 3; k++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  s = await waitFor(() => statsOf(page), (v) => v.strokes === 2, 5);
  assert.ok(s.paintedCounts[3] > 10, `the keyboard painted ${s.paintedCounts}`);
  assert.equal(s.epoch, 0, 'the arrows moved the cursor, they did not step');
  assert.equal((await hashParams(page)).get('strokes').split('.')[1][0], '4');
  await screenshot(page, 'segment-phone');
  // Another scene starts with no stroke.
  await w.locator('[data-key="scene"] button[data-name="desert"]').click();
  s = await waitFor(() => statsOf(page), (v) => v.strokes === 0, 5);
  assert.deepEqual(s.paintedCounts, [0, 0, 0], 'three labels in the desert, none painted');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a bad link is reported and loses nothing else', async () => {
  const { page, errors } = await openSegment('&scene=moon&strokes=zz&slr=0.1', { viewport: { width: 1280, height: 800 } });
  const issues = await widget(page).locator('#issues').textContent();
  assert.match(issues, /scene/);
  assert.match(issues, /beach, lake, desert/);
  assert.match(issues, /strokes/);
  const params = await hashParams(page);
  assert.equal(params.get('slr'), '0.1');
  assert.equal(params.get('scene'), 'beach');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an upload is segmented with unnamed labels; a foreign or huge file is refused and the picture kept', async () => {
  const { page, errors } = await openSegment('', { viewport: { width: 1280, height: 800 } });
  const w = widget(page);
  const input = w.locator('#upload');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await waitFor(() => w.locator('#upload-error').textContent(), (t) => /not an image we can read \(notes\.txt\)/.test(t), 5);
  // The huge file is made in the page (sending 21 MB to the browser takes seconds).
  await w.evaluate((e) => {
    const input = e.shadowRoot.getElementById('upload');
    const files = new DataTransfer();
    files.items.add(new File([new ArrayBuffer(21 * 1024 * 1024)], 'huge.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
  });
  await waitFor(() => w.locator('#upload-error').textContent(), (t) => /too large \(21\.0 MB; the limit is 20 MB\)/.test(t), 5);
  assert.equal((await statsOf(page)).uploaded, false, 'the scene is kept');
  // A 100 × 50 picture, red on the left and white on the right: its centre square is used.
  const png = await page.evaluate(() => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [100, 50];
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 100, 50);
    ctx.fillStyle = '#d00';
    ctx.fillRect(0, 0, 50, 50);
    return c.toDataURL('image/png').split(',')[1];
  });
  await input.setInputFiles({ name: 'mine.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  const s = await waitFor(() => statsOf(page), (v) => v.uploaded, 5);
  assert.equal(s.accuracy, null);
  assert.equal(await w.locator('#upload-error').textContent(), '');
  assert.match(await w.locator('.plot-legend').textContent(), /1 label 1.*4 label 4/);
  const [left, right] = await rgbAt(page, [[10, 30], [54, 30]]);
  assert.ok(left[0] > 180 && left[1] < 40, `left half red: ${left}`);
  assert.ok(right.every((v) => v > 230), `right half white: ${right}`);
  assert.equal((await hashParams(page)).get('strokes'), '', 'the strokes went with the scene');
  assert.deepEqual(errors, []);
  await page.close();
});

test('Save file and Open file bring back the strokes and the weights', async () => {
  const lesson = '&strokes=12AQA3AyA3.22AQAiAyAi';
  const first = await openSegment(lesson, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  let w = widget(first.page);
  for (let k = 0; k < 20; k++) await w.locator('#step').click();
  const trained = await waitFor(() => statsOf(first.page), (v) => v.epoch === 20, 5);
  await showMore(w);
  const file = await downloadText(first.page, w.locator('#save-state'));
  assert.match(file.name, /\.json$/);
  assert.match(file.text, /"strokes":"12AQA3AyA3\.22AQAiAyAi"/);
  await first.page.close();
  const second = await openSegment('', { viewport: { width: 1280, height: 800 } });
  w = widget(second.page);
  assert.equal((await statsOf(second.page)).strokes, 0);
  await showMore(w);
  await w.locator('#state-file').setInputFiles(writeFixture('segment-state.json', file.text));
  const loaded = await waitFor(() => statsOf(second.page), (v) => v.strokes === 2, 5);
  assert.equal(loaded.accuracy, trained.accuracy, 'the same weights label the same pixels');
  assert.equal((await hashParams(second.page)).get('strokes'), '12AQA3AyA3.22AQAiAyAi');
  assert.deepEqual([...first.errors, ...second.errors], []);
  await second.page.close();
});
