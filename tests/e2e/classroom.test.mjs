// The classroom tools: projector mode (bigger type, thicker curves, bigger dots),
// the colour-blind palette, reduced motion (no autoplay, no transitions), the PNG export for
// slides, and phones and tablets (no sideways scrolling, taps train and draw).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { drawn, frames, launch, openPage, screenshot, settled, showMore, waitFor } from './helpers.mjs';

/** Projector text must be at least this much larger than the screen's. */
const FONT_GROWTH = 1.3;
/** The projector's curves must be at least this much thicker (measured: 3 px → 9 px). */
const LINE_GROWTH = 1.8;
/** The share of the GAN plot its samples cover must grow by this (measured 1.5: they
 * overlap, so less than the dots' area, 2.9 times larger). */
const DOT_GROWTH = 1.3;
/** The exported picture (EXPORT_WIDTH × EXPORT_HEIGHT in classroom.js). */
const EXPORT_SIZE = [1600, 900];
/** A picture of a map and charts has many colours; a blank one has one. */
const MIN_EXPORT_COLOURS = 50;
const CLASSIC = { negative: [0xf5, 0x93, 0x22], positive: [0x08, 0x77, 0xbd] };
const COLOUR_BLIND = { negative: [0xd5, 0x5e, 0x00], positive: [0x00, 0x72, 0xb2] };

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens `pagePath` in a new context made with `options` (viewport, touch, reduced motion). */
const open = (pagePath, options = {}) => openPage(browser, pagePath, { context: { acceptDownloads: true, ...options } });

const px = (locator, property) => locator.evaluate((n, p) => parseFloat(getComputedStyle(n)[p]), property);

/** The median over the middle columns of a canvas of the longest vertical run of ink
 * pixels: the thickness of its curve. Ink is dark (the black test-loss curve) or, with
 * `coloured`, any saturated colour (the racers' curves, the fitted curve). */
function curveThickness(locator, coloured = false) {
  return locator.evaluate((canvas, coloured) => {
    const { width, height } = canvas;
    const data = canvas.getContext('2d').getImageData(0, 0, width, height).data;
    const runs = [];
    for (let x = Math.floor(width * 0.45); x < width * 0.8; x += 2) {
      let best = 0;
      let run = 0;
      for (let y = 0; y < height; y++) {
        const i = 4 * (y * width + x);
        const [r, g, b, a] = data.subarray(i, i + 4);
        const ink = coloured
          ? Math.max(r, g, b) - Math.min(r, g, b) > 90 && a > 200
          : r < 0x60 && g < 0x60 && b < 0x60 && a > 200;
        run = ink ? run + 1 : 0;
        best = Math.max(best, run);
      }
      runs.push(best);
    }
    runs.sort((a, b) => a - b);
    return runs[runs.length >> 1];
  }, coloured);
}

test('projector mode enlarges the type, thickens the curves and is toggled by its button', async () => {
  const { page, errors } = await open('index.html#data=xor&hidden=4,2', { viewport: { width: 1400, height: 1000 } });
  const w = page.locator('nn-playground');
  await w.locator('#projector').waitFor();
  await showMore(w);
  for (let i = 0; i < 15; i++) await w.locator('#step-epoch').click();
  await waitFor(() => w.evaluate((e) => e.stats?.epoch ?? 0), (n) => n >= 15, 5);
  const chart = w.locator('canvas.chart').first();
  await settled(w);
  const before = {
    loss: await px(w.locator('#train-loss'), 'fontSize'),
    label: await px(w.locator('label[for="ctl-lr"]'), 'fontSize'),
    line: await curveThickness(chart),
    height: await chart.evaluate((c) => c.height),
  };
  assert.equal(await w.locator('#projector').getAttribute('aria-pressed'), 'false');

  await w.locator('#projector').click();
  assert.equal(await w.locator('#projector').getAttribute('aria-pressed'), 'true');
  // The chart grows (its canvas follows), then Rust redraws it with the projector style.
  await waitFor(() => chart.evaluate((c) => c.height), (h) => h > before.height, 5);
  await settled(w);
  const after = {
    loss: await px(w.locator('#train-loss'), 'fontSize'),
    label: await px(w.locator('label[for="ctl-lr"]'), 'fontSize'),
    line: await curveThickness(chart),
  };
  console.log(`projector: readout ${before.loss} → ${after.loss} px, label ${before.label} → ${after.label} px, curve ${before.line} → ${after.line} px`);
  assert.ok(after.loss >= before.loss * FONT_GROWTH, `readout ${before.loss} → ${after.loss} px`);
  assert.ok(after.label >= before.label * FONT_GROWTH, `label ${before.label} → ${after.label} px`);
  assert.ok(after.line >= before.line * LINE_GROWTH, `curve ${before.line} → ${after.line} px thick`);
  console.log(`screenshot: ${await screenshot(page, 'classroom-projector')}`);

  await w.locator('#projector').click();
  await settled(w);
  assert.equal(await px(w.locator('#train-loss'), 'fontSize'), before.loss, 'toggled back off');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('projector mode turns on by itself while the element is full screen', async () => {
  const { page, errors } = await open('index.html#data=xor', { viewport: { width: 1200, height: 900 } });
  const w = page.locator('nn-playground');
  await w.locator('#projector').waitFor();
  await w.evaluate((e) => e.requestFullscreen());
  await waitFor(() => w.locator('#projector').getAttribute('aria-pressed'), (v) => v === 'true', 5);
  assert.equal(await w.locator('#projector').getAttribute('aria-pressed'), 'true');
  assert.equal(await w.evaluate((e) => e.shadowRoot.querySelector('.pg').classList.contains('projector')), true);
  await page.evaluate(() => document.exitFullscreen());
  await waitFor(() => w.locator('#projector').getAttribute('aria-pressed'), (v) => v === 'false', 5);
  assert.equal(await w.locator('#projector').getAttribute('aria-pressed'), 'false');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the GAN has projector mode too: bigger readouts, bigger dots', async () => {
  const { page, errors } = await open('index.html#mode=gan', { viewport: { width: 1400, height: 1000 } });
  const w = page.locator('nn-playground');
  await w.locator('#projector').waitFor();
  await drawn(w, 1);
  await settled(w);
  const opaque = () => w.locator('canvas.points').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n / (c.width * c.height);
  });
  const before = { js: await px(w.locator('#js'), 'fontSize'), dots: await opaque() };
  await w.locator('#projector').click();
  await settled(w);
  const after = { js: await px(w.locator('#js'), 'fontSize'), dots: await opaque() };
  console.log(`GAN projector: readout ${before.js} → ${after.js} px, dots cover ${before.dots.toFixed(3)} → ${after.dots.toFixed(3)} of the plot`);
  assert.ok(after.js >= before.js * FONT_GROWTH);
  assert.ok(after.dots >= before.dots * DOT_GROWTH, 'the samples are drawn larger');
  console.log(`screenshot: ${await screenshot(page, 'classroom-gan-projector')}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** The distinct colours (as "r,g,b") of a widget's boundary canvas. */
function boundaryColours(widget) {
  return widget.locator('canvas.boundary').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4) seen.add(`${d[i]},${d[i + 1]},${d[i + 2]}`);
    return [...seen];
  });
}

test('the colour-blind palette paints the boundary in its own colours, from the attribute or the control', async () => {
  const { page, errors } = await open('tests/e2e/fixtures/classroom.html', { viewport: { width: 1400, height: 1000 } });
  const cb = page.locator('#cb');
  await cb.locator('#projector').waitFor();
  // Projector mode keeps the palette and the epoch step behind More settings.
  await showMore(cb);
  for (let i = 0; i < 10; i++) await cb.locator('#step-epoch').click();
  await settled(cb);
  // The map is laid at alpha 160 / 255 over white (MAP_STRENGTH in drawing/colour.rs).
  const key = (c) => c.map((v) => Math.round(255 + (v - 255) * (160 / 255))).join(',');
  let colours = await boundaryColours(cb);
  // discrete=1: every cell is exactly one end of the map.
  assert.ok(colours.includes(key(COLOUR_BLIND.negative)), `colours ${colours}`);
  assert.ok(colours.includes(key(COLOUR_BLIND.positive)), `colours ${colours}`);
  assert.ok(!colours.includes(key(CLASSIC.negative)) && !colours.includes(key(CLASSIC.positive)));
  assert.equal(await cb.locator('#ctl-palette').inputValue(), 'colorblind');
  assert.equal(await cb.locator('#projector').getAttribute('aria-pressed'), 'true', 'the projector attribute');

  await cb.locator('#ctl-palette').selectOption('classic');
  await settled(cb);
  colours = await boundaryColours(cb);
  assert.ok(colours.includes(key(CLASSIC.negative)) && colours.includes(key(CLASSIC.positive)), `colours ${colours}`);
  await cb.evaluate((e) => e.setAttribute('palette', 'colorblind'));
  await settled(cb);
  assert.ok((await boundaryColours(cb)).includes(key(COLOUR_BLIND.positive)), 'the attribute is followed');

  // An unknown palette is reported and the classic colours are kept.
  const bad = page.locator('#bad');
  await bad.locator('#play').waitFor();
  await showMore(bad);
  assert.match(await bad.locator('#classroom-note').textContent(), /rainbow/);
  assert.equal(await bad.locator('#ctl-palette').inputValue(), 'classic');
  console.log(`screenshot: ${await screenshot(page, 'classroom-palette')}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('with reduced motion nothing starts by itself and transitions are off; play still works', async () => {
  const { page, errors } = await open('tests/e2e/fixtures/autoplay.html', { viewport: { width: 1200, height: 900 }, reducedMotion: 'reduce' });
  const auto = page.locator('#auto');
  const gan = page.locator('#gan');
  await auto.locator('#epoch').waitFor();
  await gan.locator('#iterations').waitFor();
  // Autoplay would start with the first frame: both have drawn theirs, and some frames more.
  await drawn(auto, 1);
  await drawn(gan, 1);
  await frames(page, 10);
  assert.equal(await auto.evaluate((e) => e.playing), false, 'the classifier waits');
  assert.equal(await gan.evaluate((e) => e.playing), false, 'the GAN waits');
  assert.equal(await auto.locator('#play').evaluate((b) => getComputedStyle(b).transitionDuration), '0s');
  await auto.locator('#play').click();
  const epoch = await waitFor(() => auto.evaluate((e) => e.stats?.epoch ?? 0), (n) => n >= 2, 5);
  assert.ok(epoch >= 2, `epoch ${epoch} after pressing play`);
  assert.deepEqual(errors, []);
  await page.context().close();

  // Without the preference the same page starts at once, and buttons fade.
  const normal = await open('tests/e2e/fixtures/autoplay.html', { viewport: { width: 1200, height: 900 } });
  const playing = await waitFor(() => normal.page.locator('#auto').evaluate((e) => e.playing), (p) => p, 5);
  assert.equal(playing, true);
  assert.notEqual(await normal.page.locator('#auto #play').evaluate((b) => getComputedStyle(b).transitionDuration), '0s');
  await normal.page.context().close();
});

/** Width, height and distinct colours of a PNG file's bytes, decoded by the page. */
function decodePng(page, bytes) {
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [image.naturalWidth, image.naturalHeight];
    const ctx = c.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return { width: c.width, height: c.height, colours: seen.size };
  }, bytes.toString('base64'));
}

const EXPORTED = [
  ['classifier', '#data=spiral&hidden=8,8'], ['GAN', '#mode=gan'], ['race', '#mode=race'],
  ['curve', '#mode=curve'], ['image', '#mode=image&itarget=terrain'], ['segment', '#mode=segment'],
];
for (const [mode, hash] of EXPORTED) {
  test(`the ${mode} exports a PNG of its map and charts for slides`, async () => {
    const { page, errors } = await open(`index.html${hash}`, { viewport: { width: 1400, height: 1000 } });
    const w = page.locator('nn-playground');
    await w.locator('#play').waitFor();
    await showMore(w);
    for (let i = 0; i < 5; i++) await w.locator('#step').click();
    await settled(w);
    const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#export-png').click()]);
    assert.equal(download.suggestedFilename(), 'nn-playground.png');
    const fs = await import('node:fs');
    const bytes = fs.readFileSync(await download.path());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
    const png = await decodePng(page, bytes);
    console.log(`${mode} export: ${png.width} × ${png.height}, ${png.colours} colours, ${bytes.length} bytes`);
    assert.deepEqual([png.width, png.height], EXPORT_SIZE);
    assert.ok(png.colours >= MIN_EXPORT_COLOURS, `${png.colours} colours`);
    fs.mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
    fs.writeFileSync(new URL(`./out/classroom-export-${mode}.png`, import.meta.url), bytes);
    assert.match(await w.locator('#classroom-note').textContent(), /nn-playground\.png/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

/** Per mode: the canvas whose curves projector mode thickens, and whether they are coloured. */
const PROJECTED_CURVES = {
  race: { canvas: '#chart', coloured: true },
  curve: { canvas: '#curve-plot', coloured: true },
  image: { canvas: '#loss-chart', coloured: false },
};

test('the race, curve and image modes have projector mode too: bigger type, thicker curves', async (t) => {
  for (const [mode, curves] of Object.entries(PROJECTED_CURVES)) {
    const { page, errors } = await open(`index.html#mode=${mode}`, { viewport: { width: 1400, height: 1000 } });
    const w = page.locator('nn-playground');
    await w.locator('#projector').waitFor();
    // Some training, so that the charts have curves.
    await w.evaluate((e) => e.play());
    await waitFor(() => w.evaluate((e) => e.stats?.steps ?? e.stats?.epoch ?? 0), (n) => n >= 40, 10);
    await w.evaluate((e) => e.pause());
    await settled(w);
    const canvas = w.locator(curves.canvas);
    const label = w.locator('.field label').first();
    const before = { font: await px(label, 'fontSize'), line: await curveThickness(canvas, curves.coloured) };
    await w.locator('#projector').click();
    assert.equal(await w.locator('#projector').getAttribute('aria-pressed'), 'true', mode);
    await settled(w);
    const after = { font: await px(label, 'fontSize'), line: await curveThickness(canvas, curves.coloured) };
    t.diagnostic(`${mode}: label ${before.font} → ${after.font} px, curve ${before.line} → ${after.line} px`);
    assert.ok(after.font >= before.font * FONT_GROWTH, `${mode}: label ${before.font} -> ${after.font} px`);
    assert.ok(before.line > 0, `${mode}: no curve on ${curves.canvas}`);
    assert.ok(after.line >= before.line * LINE_GROWTH, `${mode}: curve ${before.line} -> ${after.line} px`);
    // The palette recolours the race and the curve, not the image's own colours (projector
    // mode keeps it behind More settings).
    await showMore(w);
    assert.equal(await w.locator('#ctl-palette').isHidden(), mode === 'image', `${mode}: the palette control`);
    await screenshot(page, `classroom-${mode}-projector`);
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

const DEVICES = {
  phone: { viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 },
  tablet: { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2 },
};

for (const [name, device] of Object.entries(DEVICES)) {
  test(`on a ${name} the page reflows and taps train and draw points`, async () => {
    const { page, errors } = await open('index.html#data=xor&hidden=4,2', { ...device, hasTouch: true, isMobile: true });
    const w = page.locator('nn-playground');
    await w.locator('#play').waitFor();
    await drawn(w, 1);
    await settled(w);
    const widths = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, inner: innerWidth }));
    assert.ok(widths.scroll <= widths.inner, `page ${widths.scroll} px wide in a ${widths.inner} px viewport`);
    // The map fits the screen, at least half its width, and its canvas follows its size.
    const plot = await w.locator('canvas.points').evaluate((c) => ({ css: c.getBoundingClientRect().width, px: c.width }));
    assert.ok(plot.css <= widths.inner && plot.css > widths.inner * 0.5, `map ${plot.css} px wide`);
    assert.ok(plot.px >= plot.css, `map buffer ${plot.px} px for ${plot.css} css px`);
    console.log(`screenshot: ${await screenshot(page, `classroom-${name}`)}`);

    await w.locator('#play').tap();
    const epoch = await waitFor(() => w.evaluate((e) => e.stats?.epoch ?? 0), (n) => n >= 2, 5);
    assert.ok(epoch >= 2, `epoch ${epoch} after a tap on play`);
    await w.locator('#play').tap();
    assert.equal(await w.evaluate((e) => e.playing), false);

    await showMore(w);
    await w.locator('#tool-add').tap();
    const before = await w.evaluate((e) => e.stats.points);
    const box = await w.locator('.plot').boundingBox();
    await w.locator('.plot').scrollIntoViewIfNeeded();
    const moved = await w.locator('.plot').boundingBox();
    await page.touchscreen.tap(moved.x + moved.width * 0.3, moved.y + moved.height * 0.3);
    const points = await waitFor(() => w.evaluate((e) => e.stats.points), (n) => n > before, 5);
    assert.ok(points > before, `points ${before} → ${points} after a tap on the map (${box.width} px)`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}
