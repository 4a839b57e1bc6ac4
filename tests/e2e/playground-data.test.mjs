// The user's own data: click or tap adds a point, a drag paints several, erase
// removes them (mouse and touch, through pointer events); 2 500 points import from CSV,
// export back, and a bad file is refused with its line number while the data stay; the
// drawn set survives a reload (in the link when small, in local storage when large).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  configOf, downloadText, launch, openPage, openPlayground, readNumber, screenshot, settled, textOf,
  waitFor, writeFixture, PLAY_URL,
} from './helpers.mjs';

/** Points in the large CSV fixture (more than a link carries, at least the 2 000 asked). */
const LARGE = 2500;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const count = async (page) => Number((await textOf(page, 'point-count')).replace(/\D/g, ''));

/** A CSV of `n` points: two classes on either side of the diagonal, made by a fixed rule. */
function csvOf(n) {
  const lines = ['x,y,label'];
  for (let i = 0; i < n; i++) {
    const x = ((i * 7919) % 1200) / 100 - 6;
    const y = ((i * 104729) % 1100) / 100 - 5.5;
    lines.push(`${x.toFixed(2)},${y.toFixed(2)},${x + y > 0 ? 1 : 0}`);
  }
  return `${lines.join('\n')}\n`;
}

test('clicks add points, a drag paints many, the erase tool removes them', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await widget.locator('#clear-points').click();
  assert.equal((await configOf(page)).get('data'), 'custom');
  assert.equal(await count(page), 0);
  await widget.locator('#tool-add').click();
  // The tool may lie below the plot: bring the plot back into view before drawing on it.
  await widget.locator('.plot').scrollIntoViewIfNeeded();
  const plot = await widget.locator('.plot').boundingBox();
  const at = (fx, fy) => [plot.x + plot.width * fx, plot.y + plot.height * fy];
  await page.mouse.click(...at(0.25, 0.25));
  assert.equal(await waitFor(() => count(page), (n) => n === 1, 2), 1);
  await widget.locator('#class-1').click();
  await page.mouse.move(...at(0.55, 0.7));
  await page.mouse.down();
  await page.mouse.move(...at(0.9, 0.7), { steps: 40 });
  await page.mouse.up();
  const painted = await waitFor(() => count(page), (n) => n > 20, 2);
  assert.ok(painted > 20, `a drag painted ${painted - 1} points`);
  const labels = (await downloadText(page, widget.locator('#export-csv'))).text.trim().split('\n').slice(1).map((l) => l.split(',')[2]);
  assert.equal(labels.filter((l) => l === '0').length, 1);
  assert.equal(labels.filter((l) => l === '1').length, painted - 1);
  await widget.locator('#tool-erase').click();
  await page.mouse.move(...at(0.6, 0.7));
  await page.mouse.down();
  await page.mouse.move(...at(0.75, 0.7), { steps: 20 });
  await page.mouse.up();
  const left = await waitFor(() => count(page), (n) => n < painted, 2);
  assert.ok(left < painted && left > 1, `erasing left ${left} of ${painted}`);
  assert.ok((await configOf(page)).get('points').length > 0, 'the link carries the points');
  await widget.locator('#play').click();
  assert.ok((await waitFor(() => readNumber(page, 'epoch'), (e) => e > 5, 5)) > 5, 'it trains on them');
  await screenshot(page, 'playground-drawn');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a tap on a touch screen adds a point', async () => {
  const context = await browser.newContext({ hasTouch: true, viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('index.html', PLAY_URL).href);
  const widget = page.locator('nn-playground');
  await widget.locator('#epoch').waitFor();
  await widget.locator('#more').tap();
  await widget.locator('#clear-points').tap();
  await widget.locator('#tool-add').tap();
  await widget.locator('.plot').scrollIntoViewIfNeeded();
  const plot = await widget.locator('.plot').boundingBox();
  await page.touchscreen.tap(plot.x + plot.width / 3, plot.y + plot.height / 3);
  assert.equal(await waitFor(() => count(page), (n) => n === 1, 2), 1);
  await page.touchscreen.tap(plot.x + plot.width / 2, plot.y + plot.height / 3);
  assert.equal(await waitFor(() => count(page), (n) => n === 2, 2), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('2 500 points import from CSV, export back, and a bad file keeps them', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await widget.locator('#csv-file').setInputFiles(writeFixture('points-2500.csv', csvOf(LARGE)));
  assert.match(await waitFor(() => textOf(page, 'notice'), (t) => t.includes('Imported'), 3), /Imported 2500 points from points-2500\.csv/);
  assert.equal(await count(page), LARGE);
  const params = await configOf(page);
  assert.equal(params.get('data'), 'custom');
  assert.match(params.get('points'), /^~2500\./, 'the link names the points by digest');
  const exported = (await downloadText(page, widget.locator('#export-csv'))).text.trim().split('\n');
  assert.equal(exported.length, LARGE + 1);
  assert.equal(exported[0], 'x,y,label');
  const bad = 'x,y,label\n1,2,0\n1,abc,1\n';
  await widget.locator('#csv-file').setInputFiles(writeFixture('bad.csv', bad));
  const notice = await waitFor(() => textOf(page, 'notice'), (t) => t.includes('Could not'), 3);
  assert.match(notice, /Could not import bad\.csv; your points are unchanged\. Line 3: the y value "abc" is not a number/);
  assert.equal(await widget.locator('#notice').getAttribute('class'), 'notice error');
  assert.equal(await count(page), LARGE);
  await widget.locator('#ctl-speed').selectOption('epochs10');
  await widget.locator('#play').click();
  const accuracy = await waitFor(() => readNumber(page, 'test-accuracy'), (v) => v > 95, 8);
  assert.ok(accuracy > 95, `accuracy on the imported diagonal: ${accuracy}`);
  await screenshot(page, 'playground-imported');
  assert.deepEqual(errors, []);
  await page.close();
});

test('drawn points survive a reload: a small set in the link, a large one in local storage', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await widget.locator('#clear-points').click();
  await widget.locator('#tool-add').click();
  const plot = await widget.locator('.plot').boundingBox();
  for (let i = 0; i < 5; i++) await page.mouse.click(plot.x + plot.width * (0.1 + 0.15 * i), plot.y + plot.height / 2);
  assert.equal(await waitFor(() => count(page), (n) => n === 5, 2), 5);
  const small = await configOf(page);
  assert.equal(small.get('points').length, 5 * 6, 'six link characters a point');
  await page.reload();
  await widget.locator('#epoch').waitFor();
  assert.equal(await waitFor(() => count(page), (n) => n === 5, 2), 5);
  assert.equal((await configOf(page)).toString(), small.toString());

  await widget.locator('#csv-file').setInputFiles(writeFixture('points-2500.csv', csvOf(LARGE)));
  await waitFor(() => count(page), (n) => n === LARGE, 3);
  const large = (await configOf(page)).toString();
  await page.reload();
  await widget.locator('#epoch').waitFor();
  assert.equal(await waitFor(() => count(page), (n) => n === LARGE, 3), LARGE);
  assert.equal((await configOf(page)).toString(), large);
  assert.equal(await textOf(page, 'issues'), '', 'nothing in the link was ignored');
  assert.deepEqual(errors, []);
  await page.close();
});

test('with no points to train on, play explains what to do instead of training nothing', async () => {
  const { page, errors } = await openPlayground(browser, '#data=custom');
  const widget = page.locator('nn-playground');
  const note = widget.locator('#empty-note');
  await waitFor(() => note.textContent(), (t) => t !== '', 3);
  assert.match(await note.textContent(), /No training points yet.*Add points/);
  await widget.locator('#play').click();
  assert.equal(await widget.evaluate((e) => e.playing), false, 'play started with no points');
  const stats = await widget.evaluate((e) => e.stats);
  assert.equal(stats.trainPoints, 0);
  assert.equal(stats.trainLoss, null, 'an empty set shows a loss');
  assert.equal(await textOf(page, 'train-loss'), '—');
  // Points drawn: the note goes and training runs.
  await widget.locator('#tool-add').click();
  const box = await widget.locator('canvas.points').boundingBox();
  for (let i = 0; i < 12; i++) {
    await page.mouse.click(box.x + box.width * (0.2 + 0.05 * i), box.y + box.height * (0.3 + 0.03 * i));
  }
  await waitFor(() => note.isHidden(), (hidden) => hidden, 3);
  await widget.locator('#play').click();
  assert.ok((await waitFor(() => widget.evaluate((e) => e.stats.epoch), (n) => n >= 3, 5)) >= 3);
  await screenshot(page, 'playground-empty-data');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a drawn curve with no points says so, in French too, and does not play', async () => {
  const { page, errors } = await openPlayground(browser, '#mode=curve&ctarget=drawn');
  const widget = page.locator('nn-playground');
  const note = widget.locator('#empty-note');
  await waitFor(() => note.textContent(), (t) => t !== '', 3);
  assert.match(await note.textContent(), /No points to fit yet/);
  await widget.locator('#play').click();
  assert.equal(await widget.evaluate((e) => e.playing), false);
  assert.deepEqual(errors, []);
  await page.close();
  // A French widget (lang="fr" in the fixture) switched to an empty drawn curve.
  const fr = await openPage(browser, 'tests/e2e/fixtures/fit.html');
  const image = fr.page.locator('#image');
  await image.locator('#epoch').waitFor();
  await image.evaluate((e) => e.set('mode=curve&ctarget=drawn'));
  const frNote = await waitFor(() => image.locator('#empty-note').textContent().catch(() => ''), (t) => t !== '', 5);
  assert.match(frNote, /Aucun point à approcher/);
  assert.deepEqual(fr.errors, []);
  await fr.page.close();
});

test('every point a student draws appears where it was drawn, those kept for testing too', async () => {
  const { page, errors } = await openPlayground(browser, '#showtest=0');
  const widget = page.locator('nn-playground');
  await widget.locator('#clear-points').click();
  await widget.locator('#tool-add').click();
  await widget.locator('.plot').scrollIntoViewIfNeeded();
  const plot = await widget.locator('.plot').boundingBox();
  const spots = [];
  for (let i = 0; i < 10; i++) spots.push([0.12 + 0.08 * i, 0.2 + 0.06 * i]);
  for (const [fx, fy] of spots) await page.mouse.click(plot.x + plot.width * fx, plot.y + plot.height * fy);
  assert.equal(await waitFor(() => count(page), (n) => n === 10, 3), 10);
  await settled(widget);
  // The split keeps some of the ten for testing (train=50 %), and each still shows.
  const shown = await widget.evaluate((e, spots) => {
    const c = e.shadowRoot.querySelector('canvas.points');
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    return spots.map(([fx, fy]) => data[(Math.round(fy * c.height) * c.width + Math.round(fx * c.width)) * 4 + 3]);
  }, spots);
  assert.ok(shown.every((alpha) => alpha > 0), `alpha at the drawn spots: ${shown}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});
