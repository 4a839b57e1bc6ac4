// Every picture explains itself: the classifier's points keep their class colour over the map
// (on screen, in projector mode, with the colour-blind palette and in the saved picture).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, settled, showMore } from './helpers.mjs';

const CLASSIC = [[0xf5, 0x93, 0x22], [0x08, 0x77, 0xbd]];
const COLOUR_BLIND = [[0xd5, 0x5e, 0x00], [0x00, 0x72, 0xb2]];
/** A point must differ from the map under it by at least this (RGB distance) to be seen. */
const MIN_CONTRAST = 50;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const open = (pagePath, options = {}) =>
  openPage(browser, pagePath, { context: { acceptDownloads: true, viewport: { width: 1280, height: 1000 }, ...options } });

const distance = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/** Trains the classifier of `w` for `epochs` epochs (paused) and waits until it drew. */
async function train(w, epochs) {
  for (let i = 0; i < epochs; i++) await w.locator('#step-epoch').click();
  await settled(w);
}

/**
 * The pixels of the points layer drawn in a class colour of `colours` (the discs' insides,
 * centres included), each with the map colour under it, as the page shows them (the map scaled
 * to the points layer).
 */
function pointsOverMap(w, colours) {
  return w.evaluate((e, colours) => {
    const root = e.shadowRoot;
    const points = root.querySelector('canvas.points');
    const map = root.querySelector('canvas.boundary');
    const c = document.createElement('canvas');
    [c.width, c.height] = [points.width, points.height];
    const ctx = c.getContext('2d');
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(map, 0, 0, c.width, c.height);
    const under = ctx.getImageData(0, 0, c.width, c.height).data;
    const over = points.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const found = [];
    for (let i = 0; i < over.length; i += 4) {
      if (over[i + 3] !== 255) continue;
      const k = colours.findIndex((col) => col.every((v, j) => Math.abs(over[i + j] - v) <= 2));
      if (k >= 0) found.push({ point: [over[i], over[i + 1], over[i + 2]], map: [under[i], under[i + 1], under[i + 2]] });
    }
    return found;
  }, colours);
}

/** Asserts every point pixel stands out from the map under it; returns the smallest contrast. */
function assertVisible(found, what) {
  assert.ok(found.length > 200, `${what}: only ${found.length} point pixels in class colours`);
  const contrasts = found.map((f) => distance(f.point, f.map));
  const hidden = contrasts.filter((d) => d < MIN_CONTRAST).length;
  const least = Math.min(...contrasts);
  console.log(`${what}: ${found.length} point pixels, least contrast with the map ${least.toFixed(0)}, ${hidden} hidden`);
  assert.equal(hidden, 0, `${what}: ${hidden} of ${found.length} point pixels look like the map under them`);
  return least;
}

test('points keep their class colour over the map: screen, projector, colour-blind', async () => {
  const { page, errors } = await open('index.html#data=gauss&hidden=4&noise=0');
  const w = page.locator('nn-playground');
  await w.locator('#play').waitFor();
  await showMore(w);
  await train(w, 30);
  const accuracy = await w.evaluate((e) => e.stats.train_accuracy ?? e.stats.trainAccuracy);
  console.log(`accuracy after 30 epochs: ${accuracy}`);
  assertVisible(await pointsOverMap(w, CLASSIC), 'classic');
  await screenshot(w.locator('.plot'), 'pictures-points-classic');

  await w.locator('#projector').click();
  await settled(w);
  assertVisible(await pointsOverMap(w, CLASSIC), 'projector');

  // Projector mode keeps the palette behind More settings.
  await showMore(w);
  await w.locator('#ctl-palette').selectOption('colorblind');
  await settled(w);
  const found = await pointsOverMap(w, COLOUR_BLIND);
  assertVisible(found, 'colour-blind');
  assert.ok(found.some((f) => distance(f.point, COLOUR_BLIND[0]) < 3) && found.some((f) => distance(f.point, COLOUR_BLIND[1]) < 3),
    'both colour-blind class colours on the points');
  await screenshot(w.locator('.plot'), 'pictures-points-colorblind');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the saved picture shows the points in their class colours over a lighter map', async () => {
  const { page, errors } = await open('index.html#data=gauss&hidden=4&noise=0');
  const w = page.locator('nn-playground');
  await w.locator('#play').waitFor();
  await showMore(w);
  await train(w, 30);
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#export-png').click()]);
  const bytes = fs.readFileSync(await download.path());
  fs.mkdirSync(new URL('./out/', import.meta.url), { recursive: true });
  fs.writeFileSync(new URL('./out/pictures-export-points.png', import.meta.url), bytes);
  // The map's square in the picture: pixels in a full class colour are the points'.
  const counts = await page.evaluate(async ([b64, colours]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [image.naturalWidth, image.naturalHeight];
    const ctx = c.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const d = ctx.getImageData(30, 120, 750, 750).data;
    const full = colours.map(() => 0);
    for (let i = 0; i < d.length; i += 4) {
      colours.forEach((col, k) => {
        if (col.every((v, j) => Math.abs(d[i + j] - v) <= 6)) full[k] += 1;
      });
    }
    return { full, total: d.length / 4 };
  }, [bytes.toString('base64'), CLASSIC]);
  console.log(`export: ${counts.full.join(' / ')} pixels in full class colours of ${counts.total}`);
  for (const n of counts.full) {
    assert.ok(n > 100, `points in each class colour (${counts.full})`);
    assert.ok(n < counts.total * 0.1, `the map itself is not in full class colour (${counts.full})`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** Per mode: the link, the main visual and what its legend must say (mark colours in order). */
const LEGENDS = {
  classify: { hash: '#data=xor&showtest=1', visual: '.plot', colours: ['#f59322', '#0877bd'] },
  gan: { hash: '#mode=gan', visual: '.plot', colours: ['#1b9e77', '#753bbd'] },
  race: { hash: '#mode=race', visual: '.plot', colours: ['#e41a1c', '#ff7f00', '#984ea3', '#f781bf', '#377eb8'] },
  curve: { hash: '#mode=curve', visual: '#curve-plot', colours: ['#f59322', '#0877bd', '#b0b0b0'] },
};

const hex = (rgb) => `#${rgb.match(/\d+/g).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;

/** Where the legend and the visual are, the legend's font size, and its items' boxes, texts and
 * mark colours. */
function legendLayout(w, visual) {
  return w.evaluate((e, visual) => {
    const root = e.shadowRoot;
    const legend = root.querySelector('#plot-legend');
    const pic = root.querySelector(visual);
    const box = (n) => {
      const r = n.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, bottom: r.bottom, right: r.right };
    };
    const items = [...legend.children].filter((li) => !li.hidden && !li.querySelector('.mark.none')).map((li) => ({
      box: box(li), text: li.textContent, colour: getComputedStyle(li.querySelector('.mark')).backgroundColor,
      border: getComputedStyle(li.querySelector('.mark')).borderTopColor,
    }));
    return {
      legend: box(legend), visual: box(pic), font: parseFloat(getComputedStyle(legend).fontSize),
      together: legend.parentElement.contains(pic), items, rows: [...legend.children].filter((li) => !li.hidden).map((li) => li.getBoundingClientRect().width),
    };
  }, visual);
}

for (const [mode, spec] of Object.entries(LEGENDS)) {
  test(`the ${mode} has one compact legend row right below its picture`, async () => {
    const { page, errors } = await open(`index.html${spec.hash}`);
    const w = page.locator('nn-playground');
    await w.locator('#plot-legend').waitFor();
    await settled(w);
    const at = await legendLayout(w, spec.visual);
    const gap = at.legend.y - at.visual.bottom;
    console.log(`${mode}: item widths ${at.rows.map((x) => x.toFixed(0))}`);
    console.log(`${mode}: legend ${at.legend.width.toFixed(0)} × ${at.legend.height.toFixed(0)} px, ${gap.toFixed(0)} px below the picture, ${at.items.length} items: ${at.items.map((i) => i.text).join(' | ')}`);
    assert.ok(at.together, 'in the same container as the picture');
    assert.ok(gap >= 0 && gap <= 30, `${gap} px below the picture`);
    assert.ok(at.legend.height > 0 && at.legend.height <= 24, `one row: ${at.legend.height} px tall`);
    assert.equal(at.font, 13);
    for (const [k, c] of spec.colours.entries()) assert.equal(hex(at.items[k].colour), c, `${mode} item ${k}`);
    for (const [i, a] of at.items.entries()) {
      assert.ok(a.text.trim().length > 0 && a.box.width > 0, `item ${i} shows`);
      for (const b of at.items.slice(i + 1)) {
        const apart = a.box.right <= b.box.x || b.box.right <= a.box.x || a.box.bottom <= b.box.y || b.box.bottom <= a.box.y;
        assert.ok(apart, `${a.text} overlaps ${b.text}`);
      }
    }
    await screenshot(w.locator(`${spec.visual === '.plot' ? '.figure' : '.figure'}`).first(), `pictures-legend-${mode}`);

    await w.locator('#projector').click();
    await settled(w);
    const big = await legendLayout(w, spec.visual);
    console.log(`${mode} projector: legend ${big.legend.height.toFixed(0)} px tall, font ${big.font} px`);
    assert.ok(big.legend.height >= 28, `projector legend ${big.legend.height} px`);
    assert.ok(big.font >= 19, `projector font ${big.font}`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('the classifier legend follows the classes, the test points and the colour-blind palette', async () => {
  const { page, errors } = await open('index.html#data=gauss&classes=3&showtest=0');
  const w = page.locator('nn-playground');
  await w.locator('#plot-legend').waitFor();
  await showMore(w);
  await settled(w);
  let at = await legendLayout(w, '.plot');
  assert.deepEqual(at.items.slice(0, 3).map((i) => hex(i.colour)), ['#f59322', '#0877bd', '#4daf4a']);
  assert.equal(at.items.length, 4, 'three classes, the background');
  await w.locator('#ctl-palette').selectOption('colorblind');
  await w.locator('#ctl-showtest').check();
  await settled(w);
  at = await legendLayout(w, '.plot');
  assert.deepEqual(at.items.slice(0, 3).map((i) => hex(i.colour)), ['#d55e00', '#0072b2', '#f0e442']);
  assert.equal(at.items.length, 5, 'and the test points');
  assert.equal(hex(at.items[3].border), '#202020', 'test points have a dark ring');
  assert.deepEqual(errors, []);
  await page.context().close();
});

/**
 * The median height of the loss curve (the dark loss colour) above the x axis, as a share of
 * the plot's height (axis to the top of the y axis). A loss falling over decades hugs the floor
 * of a linear axis (a few per cent); on a log axis it stays well above it.
 */
function medianHeight(w, selector) {
  return w.locator(selector).evaluate((c) => {
    const { width, height } = c;
    const d = c.getContext('2d').getImageData(0, 0, width, height).data;
    const px = (x, y) => d.subarray(4 * (y * width + x), 4 * (y * width + x) + 3);
    const dark = (x, y) => px(x, y).every((v) => v < 0x30);
    const curve = (x, y) => px(x, y).every((v) => Math.abs(v - 0x44) < 14);
    const argmax = (n, count) => Array.from({ length: n }, (_, i) => [count(i), i]).sort((a, b) => b[0] - a[0])[0][1];
    let count = (y) => Array.from({ length: width }, (_, x) => dark(x, y)).filter(Boolean).length;
    const axisRow = argmax(height, count);
    count = (x) => Array.from({ length: height }, (_, y) => dark(x, y)).filter(Boolean).length;
    const axisCol = argmax(width, count);
    let top = 0;
    while (top < axisRow && !dark(axisCol, top)) top++;
    const heights = [];
    for (let x = axisCol + 6; x < width - 4; x++) {
      for (let y = top; y < axisRow - 2; y++) {
        if (curve(x, y)) {
          heights.push((axisRow - y) / (axisRow - top));
          break;
        }
      }
    }
    heights.sort((a, b) => a - b);
    return { median: heights[heights.length >> 1], columns: heights.length, plot: axisRow - top };
  }, selector);
}

for (const [mode, steps] of [['curve', 600], ['image', 150]]) {
  test(`the ${mode} mode's loss chart has a log axis: the late loss still shows`, async () => {
    const { page, errors } = await open(`index.html#mode=${mode}`);
    const w = page.locator('nn-playground');
    await w.locator('#loss-chart').waitFor();
    await w.evaluate((e) => e.play());
    await page.waitForFunction((n) => document.querySelector('nn-playground').stats?.epoch >= n, steps, { timeout: 30_000 });
    await w.evaluate((e) => e.pause());
    await settled(w);
    const m = await medianHeight(w, '#loss-chart');
    const stats = await w.evaluate((e) => e.stats);
    console.log(`${mode}: after ${stats.epoch} steps (loss ${stats.loss.toFixed(4)}) the curve's median height is ${(m.median * 100).toFixed(0)} % of the ${m.plot} px plot (${m.columns} columns)`);
    assert.ok(m.columns > 100, `${m.columns} columns of curve`);
    // Measured: 78 % (curve) and 50 % (image) on the log axis, 20 % and 12 % on a linear one.
    assert.ok(m.median > 0.35, `median height ${(m.median * 100).toFixed(0)} %`);
    await screenshot(w.locator('#loss-chart'), `pictures-log-${mode}`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

/** The past runs' label colours on the loss charts (GHOSTS in web/chart.rs), oldest first. */
const GHOST_COLOURS = [[0x8e, 0x44, 0xad], [0x16, 0xa0, 0x85], [0xc0, 0x39, 0x2b]];

/** The box of the pixels in each past run's full colour on `selector` (its label's text: the
 * curves are faded), or null for a colour not there. */
function labelBoxes(w, selector) {
  return w.locator(selector).evaluate((c, colours) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const boxes = colours.map(() => null);
    for (let y = 0; y < c.height; y++) {
      for (let x = 0; x < c.width; x++) {
        const i = 4 * (y * c.width + x);
        colours.forEach((col, k) => {
          if (Math.hypot(d[i] - col[0], d[i + 1] - col[1], d[i + 2] - col[2]) > 45) return;
          const b = (boxes[k] ??= { x0: x, y0: y, x1: x, y1: y });
          [b.x0, b.y0, b.x1, b.y1] = [Math.min(b.x0, x), Math.min(b.y0, y), Math.max(b.x1, x), Math.max(b.y1, y)];
        });
      }
    }
    return boxes;
  }, GHOST_COLOURS);
}

/** Plays `w` until its step count reaches `n`, then pauses and waits until it settled. */
async function playTo(w, n) {
  await w.evaluate((e) => e.play());
  await w.page().waitForFunction(([e, n]) => (e.stats?.epoch ?? 0) >= n, [await w.elementHandle(), n], { timeout: 20_000 });
  await w.evaluate((e) => e.pause());
  await settled(w);
}

for (const lang of ['en', 'fr']) {
  test(`past runs are named as the controls name them (${lang}), one per settings, labels apart`, async () => {
    // lang.html: #fr takes the page's French; index.html is English.
    const { page, errors } = await open(lang === 'fr' ? 'tests/e2e/fixtures/lang.html' : 'index.html#mode=curve');
    const w = page.locator(lang === 'fr' ? '#fr' : 'nn-playground');
    if (lang === 'fr') {
      await w.locator('#play').waitFor();
      await w.evaluate((e) => e.set('mode=curve'));
    }
    await w.locator('#loss-chart').waitFor();
    await playTo(w, 60);
    await w.evaluate((e) => e.set('clr=0.03'));
    await w.locator('#reset').click();
    let stats = await settled(w);
    const expected = lang === 'fr' ? 'taux d’apprentissage 0,01' : 'learning rate 0.01';
    assert.deepEqual(stats.ghosts, [expected]);
    // Two resets with unchanged settings: the run of these settings is kept once.
    for (let i = 0; i < 2; i++) {
      await playTo(w, 60);
      await w.locator('#reset').click();
    }
    stats = await settled(w);
    console.log(`${lang}: past runs ${JSON.stringify(stats.ghosts)}`);
    assert.equal(stats.ghosts.length, 2, 'the same settings replace their past run');
    assert.equal(stats.ghosts[0], expected);
    // Three runs ending at about the same place: their labels must not cover each other.
    await w.evaluate((e) => e.set('clr=0.0101'));
    await playTo(w, 60);
    await w.evaluate((e) => e.set('clr=0.0102'));
    await w.locator('#reset').click();
    await playTo(w, 60);
    await w.evaluate((e) => e.set('clr=0.0103'));
    await w.locator('#reset').click();
    await playTo(w, 10);
    stats = await settled(w);
    console.log(`${lang}: past runs ${JSON.stringify(stats.ghosts)}`);
    await screenshot(w.locator('#loss-chart'), `pictures-past-runs-${lang}`);
    const boxes = await labelBoxes(w, '#loss-chart');
    console.log(`${lang}: label boxes ${JSON.stringify(boxes)}`);
    assert.ok(boxes.every((b) => b && b.x1 - b.x0 > 20), 'three labels drawn');
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0;
        assert.ok(apart, `labels overlap: ${JSON.stringify([a, b])}`);
      }
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

/** Pixels of every canvas matching `selector` within 12 of `colour` (RGB), summed. */
function colourCount(w, selector, colour) {
  return w.evaluate((e, [selector, colour]) => {
    let n = 0;
    for (const c of e.shadowRoot.querySelectorAll(selector)) {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - colour[0]) <= 12 && Math.abs(d[i + 1] - colour[1]) <= 12 && Math.abs(d[i + 2] - colour[2]) <= 12) n++;
      }
    }
    return n;
  }, [selector, colour]);
}

/** Pixels in the classic orange and the colour-blind vermillion on the diagram and the dataset
 * pictures (the two blues are too close to tell apart). */
async function paletteCounts(w) {
  const out = {};
  for (const [name, sel] of [['diagram', '.network-canvas'], ['thumbnails', '.datasets canvas']]) {
    out[name] = {
      classic: await colourCount(w, sel, CLASSIC[0]),
      colorblind: await colourCount(w, sel, COLOUR_BLIND[0]),
    };
  }
  return out;
}

test('the colour-blind palette is kept in the link and recolours the diagram and the dataset pictures', async () => {
  const { page, errors } = await open('index.html#data=xor&hidden=4,2');
  const w = page.locator('nn-playground');
  await w.locator('#play').waitFor();
  await showMore(w);
  await train(w, 5);
  const before = await paletteCounts(w);
  await w.locator('#ctl-palette').selectOption('colorblind');
  await settled(w);
  assert.equal(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('palette'), 'colorblind');
  const after = await paletteCounts(w);
  console.log(`classic → colour-blind: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  for (const part of ['diagram', 'thumbnails']) {
    assert.ok(before[part].classic > 100 && before[part].colorblind < before[part].classic / 4, `${part} in classic colours first`);
    assert.ok(after[part].colorblind > 100 && after[part].classic < after[part].colorblind / 4, `${part} in colour-blind colours`);
  }
  await screenshot(w.locator('.main'), 'pictures-palette-colorblind');

  await page.reload();
  await w.locator('#play').waitFor();
  await showMore(w);
  await settled(w);
  assert.equal(await w.locator('#ctl-palette').inputValue(), 'colorblind', 'the reload keeps the palette');
  assert.equal(await w.evaluate((e) => e.shadowRoot.querySelector('.pg').classList.contains('colorblind')), true);
  const reloaded = await paletteCounts(w);
  assert.ok(reloaded.thumbnails.colorblind > 100 && reloaded.thumbnails.classic < reloaded.thumbnails.colorblind / 4, JSON.stringify(reloaded));
  assert.ok(reloaded.diagram.colorblind > 100, JSON.stringify(reloaded));
  // Back to classic: the key leaves the link.
  await w.locator('#ctl-palette').selectOption('classic');
  await settled(w);
  assert.equal(new URLSearchParams((await page.evaluate(() => location.hash)).slice(1)).get('palette'), null);
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** Per mode: the link, and the saved picture's chart slots (how many, and which one holds the
 * first chart: the image mode's first is its target picture). */
const EXPORTS = {
  classify: { hash: '#data=spiral&hidden=8,8', slots: 2, chart: 0 },
  gan: { hash: '#mode=gan', slots: 2, chart: 0 },
  race: { hash: '#mode=race', slots: 1, chart: 0 },
  curve: { hash: '#mode=curve', slots: 1, chart: 0 },
  image: { hash: '#mode=image&itarget=terrain', slots: 2, chart: 1 },
};
/** The picture's layout (classroom.js): header, legend strip, margins, captions. */
const LAYOUT = { header: 160, legendTop: 160 + 654 + 14, captions: 56 };

/**
 * Measures a saved picture (`b64`) in the page: ink (non-white pixels) in the settings line,
 * the metrics line and the legend strip; and the share of hard edges (a step of more than 96
 * in brightness between neighbours, among steps of more than 24) in the first chart's slot and
 * in the page's own chart scaled up to the same size, as the picture used to show it.
 */
function measureExport(page, b64, spec) {
  return page.evaluate(async ([b64, spec, layout]) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const c = document.createElement('canvas');
    [c.width, c.height] = [image.naturalWidth, image.naturalHeight];
    const ctx = c.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(image, 0, 0);
    const ink = (x, y, w, h) => {
      const d = ctx.getImageData(x, y, w, h).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 700) n++;
      return n;
    };
    const hard = (g, w, h) => {
      const d = g.getImageData(0, 0, w, h).data;
      const lum = (i) => 0.3 * d[i] + 0.59 * d[i + 1] + 0.11 * d[i + 2];
      let [edges, steep] = [0, 0];
      for (let y = 0; y < h; y++) {
        for (let x = 0; x + 1 < w; x++) {
          const i = 4 * (y * w + x);
          const step = Math.abs(lum(i) - lum(i + 4));
          if (step > 24) edges++;
          if (step > 96) steep++;
        }
      }
      return { edges, share: steep / Math.max(edges, 1) };
    };
    const each = (710 - 20 * (spec.slots - 1)) / spec.slots;
    const top = layout.header + spec.chart * (each + 20);
    const slotH = Math.round(each - layout.captions);
    const [x0, x1] = [1000, 1560];
    const crop = document.createElement('canvas');
    [crop.width, crop.height] = [x1 - x0, slotH - 8];
    crop.getContext('2d').drawImage(c, x0, top + 4, x1 - x0, slotH - 8, 0, 0, x1 - x0, slotH - 8);
    // The page's chart scaled up to the slot, with smoothing, then the same right-hand part.
    const shown = document.querySelector('nn-playground').shadowRoot.querySelector('canvas.chart');
    const slotW = 1570 - (1600 - 30 - 846);
    const scale = Math.min(slotW / shown.width, slotH / shown.height);
    const up = document.createElement('canvas');
    [up.width, up.height] = [Math.round(shown.width * scale), Math.round(shown.height * scale)];
    const upCtx = up.getContext('2d');
    upCtx.imageSmoothingEnabled = true;
    upCtx.drawImage(shown, 0, 0, up.width, up.height);
    return {
      size: [c.width, c.height],
      settings: ink(30, 66, 1540, 56),
      metrics: ink(30, 124, 1540, 28),
      legend: ink(30, layout.legendTop, 560, 56),
      chart: hard(crop.getContext('2d'), crop.width, crop.height),
      upscaled: hard(upCtx, up.width, up.height),
      scale,
    };
  }, [b64, spec, LAYOUT]);
}

for (const [mode, spec] of Object.entries(EXPORTS)) {
  test(`the ${mode}'s saved picture has a legend, its settings, its numbers and sharp charts`, async () => {
    const { page, errors } = await open(`index.html${spec.hash}`, { viewport: { width: 1280, height: 1000 } });
    const w = page.locator('nn-playground');
    await w.locator('#play').waitFor();
    await showMore(w);
    await playTo(w, mode === 'image' ? 20 : 40);
    const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#export-png').click()]);
    const bytes = fs.readFileSync(await download.path());
    fs.writeFileSync(new URL(`./out/pictures-export-${mode}.png`, import.meta.url), bytes);
    const m = await measureExport(page, bytes.toString('base64'), spec);
    console.log(`${mode}: ink settings ${m.settings}, metrics ${m.metrics}, legend ${m.legend}; hard edges ${(m.chart.share * 100).toFixed(0)} % of ${m.chart.edges} in the picture's chart vs ${(m.upscaled.share * 100).toFixed(0)} % of ${m.upscaled.edges} in the page's chart scaled ${m.scale.toFixed(2)}×`);
    assert.deepEqual(m.size, [1600, 900]);
    assert.ok(m.settings > 1500, `settings line: ${m.settings} ink pixels`);
    assert.ok(m.metrics > 800, `metrics line: ${m.metrics} ink pixels`);
    assert.ok(m.legend > 800, `legend strip: ${m.legend} ink pixels`);
    assert.ok(m.chart.edges > 300, `chart: ${m.chart.edges} edges`);
    assert.ok(m.chart.share > m.upscaled.share * 1.25, `the chart is drawn at the picture's size: ${m.chart.share.toFixed(2)} vs ${m.upscaled.share.toFixed(2)} scaled up`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

/** Per mode: the canvases the palette recolours, and one colour of each palette there. */
const RECOLOURED = {
  race: { selector: '#map, #chart', classic: [0xe4, 0x1a, 0x1c], colorblind: [0xd5, 0x5e, 0x00], steps: 20 },
  curve: { selector: '#curve-plot', classic: [0xf5, 0x93, 0x22], colorblind: [0xd5, 0x5e, 0x00], steps: 20 },
};

for (const [mode, spec] of Object.entries(RECOLOURED)) {
  test(`the colour-blind palette recolours the ${mode} and its legend, and stays on reload`, async () => {
    const { page, errors } = await open(`index.html#mode=${mode}`);
    const w = page.locator('nn-playground');
    await w.locator('#play').waitFor();
    await showMore(w);
    await playTo(w, spec.steps);
    const count = async () => ({
      classic: await colourCount(w, spec.selector, spec.classic),
      colorblind: await colourCount(w, spec.selector, spec.colorblind),
      legend: hex(await w.locator('#plot-legend .mark').first().evaluate((m) => getComputedStyle(m).backgroundColor)),
    });
    const before = await count();
    await w.locator('#ctl-palette').selectOption('colorblind');
    await settled(w);
    const after = await count();
    console.log(`${mode}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    assert.ok(before.classic > 50 && before.colorblind < before.classic / 4, JSON.stringify(before));
    assert.ok(after.colorblind > 50 && after.classic < after.colorblind / 4, JSON.stringify(after));
    assert.notEqual(after.legend, before.legend, 'the legend follows');
    assert.equal(after.legend, `#${spec.colorblind.map((v) => v.toString(16).padStart(2, '0')).join('')}`);
    await page.reload();
    await w.locator('#play').waitFor();
    await showMore(w);
    await settled(w);
    assert.equal(await w.locator('#ctl-palette').inputValue(), 'colorblind');
    assert.equal((await count()).legend, after.legend);
    await screenshot(w.locator('.main'), `pictures-palette-${mode}`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}
