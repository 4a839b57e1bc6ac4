// The agent mode of <nn-playground>, driven the way a student would: train at full speed with a
// fixed seed until the policy balances (counted in attempts, not seconds), watch it hold the
// pole, push the cart with a key and with a tap, read the episode chart, lay it out at
// 1280×800 and on a 390×844 touch phone, and paste a bad setting.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PLAY_URL, launch, openPage, screenshot, settled, waitFor, widget, showMore } from './helpers.mjs';

/** Attempts seed 1 needs to balance three tests in a row (native test: 25). */
const MAX_ATTEMPTS = 200;
/** Steps the trained policy is watched (10 s of its time at 50 steps a second). */
const WATCH_STEPS = 150;
/** Least change of the cart's speed (m/s) one step of a push makes: 20 N against at most the
 * policy's 10 N on 1.1 kg for 20 ms is 0.18 m/s, less what the pole takes. */
const MIN_KICK = 0.1;
/** Median main-thread time of a frame at the default speed (one attempt, the watched steps,
 * the scene's put and the readouts); AGENT_FRAME_BUDGET_MS overrides it on a slow machine. */
const FRAME_BUDGET_MS = Number(process.env.AGENT_FRAME_BUDGET_MS || 8);
/** Frames the frame time is measured over. */
const PERF_FRAMES = 60;
/** Attempts the fastest speed's pace is measured over. */
const FAST_ATTEMPTS = 2000;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const stats = (page) => widget(page).evaluate((e) => e.stats);
const inside = (box, view) => box && box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 1 && box.height > 50;

/** Opens the agent page at `size` (with `touch`), waits for the first frame. */
async function openAgent(size, touch = false, hash = 'mode=agent&seed=1') {
  const opened = await openPage(browser, `index.html#${hash}`, { context: { viewport: size, hasTouch: touch, isMobile: touch } });
  await widget(opened.page).locator('#scene').waitFor();
  await waitFor(() => stats(opened.page), (s) => s && s.frame >= 1, 15);
  return opened;
}

/** Pixels of the canvas `id`, as a count of pixels near `#rrggbb`. */
const colourCount = (page, id, hex) => widget(page).evaluate((e, [id, hex]) => {
  const c = e.shadowRoot.getElementById(id);
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) < 30 && Math.abs(d[i + 1] - g) < 30 && Math.abs(d[i + 2] - b) < 30) n += 1;
  return n;
}, [id, hex]);

test('the agent learns to balance, holds the pole, reacts to pushes and charts its attempts', async () => {
  const { page, errors } = await openAgent({ width: 1280, height: 800 });
  const w = widget(page);
  const scene = w.locator('#scene');
  assert.ok(inside(await scene.boundingBox(), { width: 1280, height: 800 }), 'the scene is in the viewport');
  await showMore(w);
  await w.locator('#ctl-speed').selectOption('max');
  await w.locator('#play').click();
  const trained = await waitFor(() => stats(page), (s) => s.firstBalanced != null || s.epoch > MAX_ATTEMPTS, 40);
  assert.ok(trained.firstBalanced != null && trained.firstBalanced <= MAX_ATTEMPTS, `balanced after ${trained.firstBalanced}`);
  // Watch only: the policy stays as it is; a new start, then WATCH_STEPS steps upright.
  await w.locator('#ctl-speed').selectOption('watch');
  await w.locator('#new-episode').click();
  const watched = await waitFor(() => stats(page), (s) => s.scene.steps >= WATCH_STEPS || s.scene.ending !== 'running', 30);
  assert.equal(watched.scene.ending, 'running', `fell after ${watched.scene.steps}`);
  await w.locator('#play').click();
  await settled(w);
  await screenshot(page, 'agent-1280');
  await w.evaluate((e) => e.setAttribute('projector', ''));
  await settled(w);
  assert.ok(inside(await scene.boundingBox(), { width: 1280, height: 800 }), 'projector: the scene is in view');
  await screenshot(page, 'agent-projector-1280');
  await w.evaluate((e) => e.removeAttribute('projector'));
  await settled(w);
  // The chart drew the attempts (grey and blue) and the goal (green).
  assert.ok(await colourCount(page, 'chart', '#0969da') > 30, 'the policy tests are drawn');
  assert.ok(await colourCount(page, 'chart', '#1a7f37') > 30, 'the goal is drawn');
  // A key push: the focused picture, ←; one step later the cart moves left faster than before.
  const before = (await stats(page)).scene;
  await scene.focus();
  await page.keyboard.press('ArrowLeft');
  await w.locator('#step').click();
  const pushed = (await settled(w)).scene;
  assert.ok(pushed.push < 0 && pushed.xDot < before.xDot - MIN_KICK, `key push: ${before.xDot} → ${pushed.xDot}`);
  assert.equal(pushed.steps, before.steps + 1, 'the → key did not step: it pushed');
  assert.ok(await colourCount(page, 'scene', '#e36c09') > 50, 'the push arrow is drawn');
  // A tap left of the cart pushes it right.
  const box = await scene.boundingBox();
  await page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.5);
  await w.locator('#step').click();
  const tapped = (await settled(w)).scene;
  assert.ok(tapped.push > 0 && tapped.xDot > pushed.xDot, `tap push: ${pushed.xDot} → ${tapped.xDot}`);
  assert.deepEqual(errors, []);
});

test('on a touch phone the scene comes first and a swipe pushes; a bad setting is reported', async () => {
  const { page } = await openAgent({ width: 390, height: 844 }, true, 'mode=agent&aglr=7&agbatch=4');
  const w = widget(page);
  const box = await w.locator('#scene').boundingBox();
  assert.ok(inside(box, { width: 390, height: 844 }), `scene box ${JSON.stringify(box)}`);
  assert.ok(box.y < 844 / 2, 'the picture is in the upper half');
  assert.match(await w.locator('#issues').textContent(), /aglr/);
  const before = (await stats(page)).scene;
  await w.locator('#scene').dispatchEvent('pointerdown', { pointerId: 3, button: 0, clientX: box.x + 100, clientY: box.y + 50, pointerType: 'touch' });
  await w.locator('#scene').dispatchEvent('pointerup', { pointerId: 3, button: 0, clientX: box.x + 180, clientY: box.y + 50, pointerType: 'touch' });
  await w.locator('#step').tap();
  const after = (await settled(w)).scene;
  assert.ok(after.push > 0 && after.xDot > before.xDot + MIN_KICK, `swipe right: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
  await screenshot(page, 'agent-390');
});

/** Attempts each run of the past-runs test makes (at 10 a frame: a few frames). */
const RUN_ATTEMPTS = 40;

test('a run ends at Reset or at a new network and stays on the chart, faded, labelled by its settings', async () => {
  const { page, errors } = await openAgent({ width: 1280, height: 800 });
  const w = widget(page);
  await showMore(w);
  await w.locator('#ctl-speed').selectOption('fast');
  const run = async () => {
    const e0 = (await stats(page)).epoch;
    await w.locator('#play').click();
    await waitFor(() => stats(page), (s) => s.epoch >= e0 + RUN_ATTEMPTS, 20);
    await w.locator('#play').click();
    return settled(w);
  };
  await run();
  assert.equal((await settled(w)).pastRuns, 0, 'no past run before the first ends');
  // The oldest past run's colour (src/web/chart.rs GHOSTS, #8e44ad: its label, and its curve
  // faded), the only purple on the chart: red and blue well above green.
  const ghostPixels = () => w.evaluate((e) => {
    const c = e.shadowRoot.getElementById('chart');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] - d[i + 1] > 25 && d[i + 2] - d[i + 1] > 25) n += 1;
    return n;
  });
  const before = await ghostPixels();
  // Reset: the run that ended is kept, with the same settings as the next one.
  await w.locator('#reset').click();
  let s = await settled(w);
  assert.equal(s.epoch, 0);
  assert.equal(s.pastRuns, 1);
  assert.deepEqual(Array.from(s.ghosts, ([label]) => label), ['same settings']);
  // The learning rate changes before the new run's first attempt: it is that run's own.
  await w.evaluate((e) => e.set('aglr=0.03'));
  await run();
  // A new network ends the second run.
  await w.locator('#ctl-aghidden').selectOption('8');
  s = await settled(w);
  assert.equal(s.epoch, 0, 'a new network learns from scratch');
  assert.equal(s.pastRuns, 2);
  assert.deepEqual(Array.from(s.ghosts, ([label]) => label), ['hidden neurons 16, learning rate 0.1', 'hidden neurons 16']);
  for (const [, best] of s.ghosts) assert.ok(best >= 1 && best <= 500, `longest test ${best}`);
  // The legend under the chart says the same, with each run's longest test.
  const legend = await w.locator('#ghosts').textContent();
  assert.match(legend, /run 1: hidden neurons 16, learning rate 0\.1; longest test \d+ steps?/);
  assert.match(legend, /run 2: hidden neurons 16; longest test/);
  // The first run's faded curve (the oldest run's colour) is on the chart.
  await screenshot(page, 'agent-past-runs');
  assert.ok(await ghostPixels() > before + 40, `faded pixels ${before} → ${await ghostPixels()}`);
  assert.deepEqual(errors, []);
});

/** The boxes of the picture and of what is said and done about it, in the viewport. */
const FIGURE = ['scene', 'scene-text', 'push-left', 'push-right', 'new-episode', 'plot-legend'];

const overlap = (a, b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

test('in projector mode on a 390×844 phone and at 1024×768 the picture, its line, the pushes and the legend are whole and apart', async () => {
  for (const [size, touch, name] of [[{ width: 390, height: 844 }, true, 'agent-projector-390'], [{ width: 1024, height: 768 }, false, 'agent-projector-1024']]) {
    const { page, errors } = await openAgent(size, touch);
    const w = widget(page);
    await w.evaluate((e) => e.setAttribute('projector', ''));
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled(w);
    const boxes = {};
    for (const id of FIGURE) boxes[id] = await w.locator(`#${id}`).first().boundingBox();
    const at = `${size.width}×${size.height}`;
    for (const [id, b] of Object.entries(boxes)) {
      assert.ok(b && b.width > 0 && b.x >= 0 && b.y >= 0 && b.x + b.width <= size.width + 0.5 && b.y + b.height <= size.height + 0.5,
        `${at}: #${id} ${JSON.stringify(b)} outside the viewport`);
    }
    const scene = boxes.scene;
    assert.ok(scene.width >= Math.min(340, size.width - 50) && scene.height >= 250, `${at}: scene ${JSON.stringify(scene)}`);
    for (let i = 0; i < FIGURE.length; i += 1) {
      for (let j = i + 1; j < FIGURE.length; j += 1) {
        assert.ok(!overlap(boxes[FIGURE[i]], boxes[FIGURE[j]]), `${at}: #${FIGURE[i]} overlaps #${FIGURE[j]}`);
      }
    }
    // The line under the picture is large enough to read from the back.
    const font = await w.locator('#scene-text').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(font >= 19, `${at}: the scene's line in ${font} px`);
    // The picture is drawn at its size (the cart in ink on the canvas).
    assert.ok(await colourCount(page, 'scene', '#bf8700') > 100, `${at}: the pole is drawn`);
    await screenshot(page, name);
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

test('a frame at the default speed stays within budget; the fastest speed’s pace is reported', async (t) => {
  const { page, errors } = await openPage(browser, 'index.html?debug=perf#mode=agent&seed=2', { context: { viewport: { width: 1280, height: 800 } } });
  const w = widget(page);
  const perf = w.locator('#perf');
  await perf.waitFor();
  await w.locator('#play').click();
  const frames = await waitFor(async () => Number(await perf.getAttribute('data-frames') || 0), (n) => n >= PERF_FRAMES, 30);
  const median = Number(await perf.getAttribute('data-median-ms'));
  t.diagnostic(`median frame ${median} ms over ${frames} frames at the default speed`);
  assert.ok(median > 0 && median <= FRAME_BUDGET_MS, `median frame ${median} ms`);
  // The fastest speed: attempts a second over the next FAST_ATTEMPTS attempts, a diagnostic.
  await showMore(w);
  await w.locator('#ctl-speed').selectOption('max');
  const [e0, t0] = await w.evaluate((e) => [e.stats.epoch, performance.now()]);
  await waitFor(() => w.evaluate((e) => e.stats.epoch), (n) => n >= e0 + FAST_ATTEMPTS, 60);
  const [e1, t1] = await w.evaluate((e) => [e.stats.epoch, performance.now()]);
  t.diagnostic(`fastest speed: ${((e1 - e0) / ((t1 - t0) / 1000)).toFixed(0)} attempts/s from attempt ${e0}`);
  assert.deepEqual(errors, []);
});

test('under reduced motion an autoplay agent waits, and Step moves the cart by one 20 ms step', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const url = new URL('agent-autoplay.html', PLAY_URL).href;
  await context.route(url, (route) => route.fulfill({
    contentType: 'text/html',
    body: '<!doctype html><script type="module" src="www/nn-playground.js"></script><nn-playground demo="agent" autoplay></nn-playground>',
  }));
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const w = widget(page);
  await waitFor(() => stats(page), (s) => s && s.frame >= 1, 15);
  const still = await settled(w);
  assert.equal(still.epoch, 0, 'no attempt without Play');
  assert.equal(still.scene.steps, 0, 'the cart waits');
  await w.locator('#step').click();
  const stepped = await settled(w);
  assert.equal(stepped.scene.steps, 1);
  assert.notEqual(stepped.scene.x, still.scene.x, 'the cart moved');
  // One step, in the singular.
  assert.equal(await w.locator('#scene-text').textContent(), 'Balancing: 1 step (episode 1).');
  assert.equal(stepped.epoch, 0);
  await context.close();
});
