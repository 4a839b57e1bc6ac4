// The learned simulator (demo="physics"), driven the way a student would: train the network a
// bounded number of steps, drag the start on the phase picture with the mouse and with a
// finger, launch both simulators and watch them drift apart, read the errors and the measured
// cost ratio, in a desktop window, on a phone and in projector mode; a bad link is reported
// and the reduced-motion preference shows the paths whole at once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, statsOf, waitFor, widget, firstStats, hashParams, countNear, pixelsOf } from './helpers.mjs';

/** The true simulator's and the network's colours (TRUTH, NETWORK in src/modes/physics/draw.rs). */
const TRUTH = [0x00, 0x72, 0xb2];
const NETWORK = [0xd5, 0x5e, 0x00];
/** Training steps before the rollouts are looked at (the native test pins 3000 for its
 * numbers; 1500 already put the network's path near the truth). */
const TRAIN_STEPS = 1500;
/** Pixels of each path's colour on the phase picture after a launch (a 200-step path is
 * hundreds of pixels long; an empty picture has none of either colour). */
const MIN_PATH_PIXELS = 150;
/** Pixels of the network's colour on the error chart (its curve). */
const MIN_CURVE_PIXELS = 30;
/** A dragged start lands within this of the state under the pointer (rad, rad/s: a pixel of
 * a ~500-pixel picture spans 0.013 rad). */
const DRAG_TOLERANCE = 0.06;
/** Median main-thread frame at the default speed; PHYSICS_FRAME_BUDGET_MS overrides it on a
 * slow or busy machine. */
const FRAME_BUDGET_MS = Number(process.env.PHYSICS_FRAME_BUDGET_MS || 8);

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens the physics page with `context` options and waits for the first frame. */
async function openPhysics(suffix = '#mode=physics', context = { viewport: { width: 1280, height: 800 } }) {
  const opened = await openPage(browser, `index.html${suffix}`, { context });
  await widget(opened.page).locator('#phase').waitFor();
  await firstStats(opened.page);
  return opened;
}

/** Clicks a control of the widget by id. */
const press = (page, id) => widget(page).locator(`#${id}`).click();

/** Trains at the default speed (at most 50 steps a frame) until at least `steps` steps are
 * done, pausing in the first frame that reaches them; returns the steps done. */
async function train(page, steps) {
  return widget(page).evaluate((e, steps) => new Promise((resolve) => {
    const play = e.shadowRoot.getElementById('play');
    play.click();
    const check = () => {
      if ((e.stats?.epoch ?? 0) < steps) return requestAnimationFrame(check);
      play.click();
      resolve(e.stats.epoch);
    };
    requestAnimationFrame(check);
  }), steps);
}

/** The state (θ, ω) under the fractions (fx, fy) of the phase picture, as the Rust maps it
 * (PhaseArea: a 2 % margin, θ from −π to π across, ω from 3.3 down to −3.3). */
async function stateAt(page, fx, fy) {
  const { w, h } = await widget(page).evaluate((e) => {
    const c = e.shadowRoot.getElementById('phase');
    return { w: c.width, h: c.height };
  });
  const m = Math.max(2, Math.min(w, h) * 0.02);
  const theta = ((fx * w - m) / (w - 2 * m)) * 2 * Math.PI - Math.PI;
  const omega = 3.3 - ((fy * h - m) / (h - 2 * m)) * 6.6;
  return [theta, omega].map((v) => Math.max(-3, Math.min(3, v)));
}

/** Waits for a launched rollout to finish; returns the shown-step counts seen on the way. */
async function watchLaunch(page) {
  const seen = [];
  // Between two frames (e.g. while the link the drag wrote is read back) stats may be null.
  await waitFor(async () => {
    const s = await statsOf(page);
    if (s) seen.push(s.shown);
    return s;
  }, (s) => s != null && !s.animating && s.shown === s.rollout, 30);
  return seen;
}

test('trained, dragged and launched: both paths drawn and animated, errors and cost shown', async (t) => {
  const { page, errors } = await openPhysics();
  const box = await widget(page).locator('#phase').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 1280 && box.y >= 0 && box.y + box.height <= 800, `phase picture at ${JSON.stringify(box)}`);
  assert.ok(box.width > 300, `phase picture ${box.width} px wide`);
  const untrained = await statsOf(page);
  const done = await train(page, TRAIN_STEPS);
  assert.ok(done >= TRAIN_STEPS && done <= TRAIN_STEPS + 50, `trained ${done} steps`);
  const trained = await waitFor(() => statsOf(page), (s) => s.epoch === done, 5);
  assert.ok(trained.oneStepError < untrained.oneStepError / 3, `one-step error ${untrained.oneStepError} → ${trained.oneStepError}`);
  // Drag the start from the picture's centre to (0.3, 0.35) of its box, with the mouse.
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.45, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.35, { steps: 4 });
  await page.mouse.up();
  const [theta, omega] = await stateAt(page, 0.3, 0.35);
  const s = await waitFor(() => statsOf(page), (s) => Math.abs(s.start.theta - theta) < DRAG_TOLERANCE, 10);
  assert.ok(Math.abs(s.start.omega - omega) < DRAG_TOLERANCE, `start ${JSON.stringify(s.start)}, pointer at ${theta}, ${omega}`);
  assert.equal((await hashParams(page)).get('simstart'), `${s.start.theta},${s.start.omega}`);
  // Launch: the paths grow step by step, then the cost is measured.
  await press(page, 'launch');
  const seen = await watchLaunch(page);
  assert.ok(seen.some((n) => n > 0 && n < 200), `the launch was not animated: ${seen.join(',')}`);
  const end = await statsOf(page);
  t.diagnostic(`after ${end.epoch} steps: one-step error ${end.oneStepError.toFixed(4)}; at step 200 network ${end.networkError.toFixed(3)}, extrapolation ${end.baselineError.toFixed(3)}`);
  assert.ok(end.meanNetworkError < end.meanBaselineError, `network ${end.meanNetworkError} ≥ extrapolation ${end.meanBaselineError}`);
  const phase = await pixelsOf(page, '#phase');
  const [truthPixels, networkPixels] = [countNear(phase, TRUTH, 30), countNear(phase, NETWORK, 30)];
  assert.ok(truthPixels > MIN_PATH_PIXELS && networkPixels > MIN_PATH_PIXELS, `truth ${truthPixels}, network ${networkPixels} pixels`);
  await waitFor(() => pixelsOf(page, '#error-chart'), (px) => countNear(px, NETWORK, 40) > MIN_CURVE_PIXELS, 10);
  const readout = (id) => widget(page).locator(`#readout-${id}`).textContent();
  assert.match(await readout('networkError'), /^\d+[.,]?\d*$/);
  assert.match(await readout('shown'), /^200 \/ 200$/);
  // The cost readout: both costs measured in this browser (µs per 0.2 s step), the simulator at
  // equal accuracy needing at least the rod's stability limit in sub-steps, and the ratio as
  // the page computed it, larger than 1 (the stiff rod makes the learned step pay).
  const ratio = Number(await waitFor(() => widget(page).locator('#readout-ratio').getAttribute('data-equal'), (v) => v != null, 10));
  const costs = Object.fromEntries(Object.entries(await widget(page).locator('#readout-ratio').evaluate((e) => ({ ...e.dataset }))).map(([k, v]) => [k, Number(v)]));
  t.diagnostic(`costs: network ${costs.network.toFixed(3)} µs, simulator at equal accuracy ${costs.simulator.toFixed(3)} µs (${costs.substeps} sub-steps, stable from ${costs.stable}; one-step errors ${costs.simulatorError.toExponential(2)} vs network ${costs.networkError.toExponential(2)}), reference ${costs.reference} × network (${costs.referenceSubsteps} sub-steps); ratio ${ratio.toFixed(2)}`);
  assert.ok(costs.network > 0 && costs.simulator > 0, JSON.stringify(costs));
  assert.ok(costs.substeps >= costs.stable && costs.substeps <= costs.referenceSubsteps, JSON.stringify(costs));
  assert.ok(costs.simulatorError <= costs.networkError, JSON.stringify(costs));
  assert.ok(Math.abs(ratio - costs.simulator / costs.network) < 1e-9 * ratio, `ratio ${ratio}`);
  assert.ok(ratio > 1, `simulator ÷ network at equal accuracy ${ratio}`);
  const number = (text) => Number(text.replace(/\s/g, '').replace(',', '.').match(/^[\d.]+/)[0]);
  assert.ok(Math.abs(number(await readout('costNetwork')) - costs.network) <= 0.01 * costs.network, await readout('costNetwork'));
  assert.match(await readout('costSimulator'), new RegExp(`\\(sub-steps: ${costs.substeps}\\)$`));
  const shownRatio = number(await readout('ratio'));
  assert.ok(shownRatio > 1 && Math.abs(shownRatio - ratio) <= 0.01 * ratio, `${await readout('ratio')} vs ${ratio}`);
  assert.match(await widget(page).locator('#verdict').textContent(), new RegExp(`^Measured here: one network step costs less .*\\(sub-steps: ${costs.substeps}`));
  assert.match(await widget(page).locator('#physics-why').textContent(), /stiff rod.*implicit integrator/);
  await screenshot(page, 'physics-1280');
  // Reset keeps the run that ends as a faded past run on the loss chart, labelled.
  assert.deepEqual(end.ghosts, []);
  await press(page, 'reset');
  const reset = await waitFor(() => statsOf(page), (s) => s.epoch === 0 && s.ghosts.length === 1, 10);
  assert.deepEqual([reset.epoch, reset.ghosts.length], [0, 1]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone, a finger moves the start and the picture fits the screen', async () => {
  const context = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2, reducedMotion: 'reduce' };
  const { page, errors } = await openPhysics('#mode=physics', context);
  const box = await widget(page).locator('#phase').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y + box.height <= 844, `phase picture at ${JSON.stringify(box)}`);
  assert.ok(box.width > 300, `phase picture ${box.width} px wide`);
  const before = (await statsOf(page)).start;
  await page.touchscreen.tap(box.x + box.width * 0.75, box.y + box.height * 0.7);
  const [theta, omega] = await stateAt(page, 0.75, 0.7);
  const s = await waitFor(() => statsOf(page), (s) => s.start.theta !== before.theta, 10);
  assert.ok(Math.abs(s.start.theta - theta) < DRAG_TOLERANCE && Math.abs(s.start.omega - omega) < DRAG_TOLERANCE, `start ${JSON.stringify(s.start)}, finger at ${theta}, ${omega}`);
  const launchBox = await widget(page).locator('#launch').boundingBox();
  assert.ok(launchBox && launchBox.x >= 0 && launchBox.x + launchBox.width <= 390 && launchBox.y + launchBox.height <= 844, `launch button at ${JSON.stringify(launchBox)}: not on the first screen`);
  await widget(page).locator('#launch').tap();
  await watchLaunch(page);
  await widget(page).locator('#phase').scrollIntoViewIfNeeded();
  const phase = await pixelsOf(page, '#phase');
  assert.ok(countNear(phase, TRUTH, 30) > MIN_PATH_PIXELS && countNear(phase, NETWORK, 30) > MIN_PATH_PIXELS);
  // The viewport as the phone shows it (a full-page capture resizes the page, which clears
  // the canvases until their next frame).
  await page.screenshot({ path: new URL('./out/physics-390.png', import.meta.url).pathname });
  // The legend's lines fit the phone's width, and the cost (measured after the launch) reads.
  const legend = await widget(page).locator('#plot-legend li').evaluateAll((items) => items.map((i) => {
    const range = document.createRange();
    range.selectNodeContents(i);
    return range.getBoundingClientRect().right;
  }));
  assert.ok(legend.length > 0 && legend.every((right) => right <= 390), `legend items end at ${legend}`);
  await waitFor(() => widget(page).locator('#readout-ratio').getAttribute('data-equal'), (v) => v != null, 10);
  await widget(page).locator('#physics-why').scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL('./out/physics-390-costs.png', import.meta.url).pathname });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the keyboard moves the start; projector mode keeps the picture on screen', async () => {
  const { page, errors } = await openPhysics();
  const before = (await statsOf(page)).start;
  await widget(page).locator('#phase').focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowUp');
  const s = await waitFor(() => statsOf(page), (s) => s.start.theta !== before.theta, 10);
  assert.deepEqual([s.start.theta, s.start.omega].map((v) => Number(v.toFixed(2))), [Number((before.theta - 0.1).toFixed(2)), Number((before.omega + 0.1).toFixed(2))]);
  assert.equal(s.epoch, 0, 'an arrow on the picture moves the start, it does not step the training');
  await page.keyboard.press('Enter');
  await waitFor(() => statsOf(page), (s) => s.animating || s.shown < s.rollout, 10);
  await widget(page).evaluate((e) => e.setAttribute('projector', ''));
  await waitFor(() => widget(page).evaluate((e) => e.shadowRoot.querySelector('.pg').classList.contains('projector')), (on) => on, 5);
  // The page's title sits above the element; in full screen the element is the screen.
  const top = (await widget(page).boundingBox()).y;
  const box = await widget(page).locator('#phase').boundingBox();
  assert.ok(box.y >= top && box.y + box.height <= top + 800 && box.x + box.width <= 1280, `phase picture at ${JSON.stringify(box)}`);
  assert.ok(box.width > 600, `projector picture ${box.width} px wide`);
  await screenshot(page, 'physics-projector');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a bad start in the link is reported and the default kept; reduced motion shows the paths at once', async () => {
  const { page, errors } = await openPhysics('#mode=physics&simstart=9,0', { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const issues = await widget(page).locator('#issues').textContent();
  assert.match(issues, /simstart/);
  assert.match(issues, /-3 and 3/);
  const s = await statsOf(page);
  assert.deepEqual([s.start.theta, s.start.omega], [2, 0]);
  await press(page, 'launch');
  const after = await waitFor(() => statsOf(page), (s) => s.frame > 0 && s.shown === s.rollout, 5);
  assert.equal(after.animating, false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('frame time at the default speed while training', async (t) => {
  const { page, errors } = await openPhysics('?debug=perf#mode=physics');
  await press(page, 'play');
  const perf = widget(page).locator('#perf');
  const frames = await waitFor(() => perf.getAttribute('data-frames'), (n) => Number(n) >= 100, 40);
  const median = Number(await perf.getAttribute('data-median-ms'));
  t.diagnostic(`median frame ${median} ms over ${frames} frames`);
  assert.ok(median < FRAME_BUDGET_MS, `median frame ${median} ms`);
  await press(page, 'play');
  assert.deepEqual(errors, []);
  await page.close();
});
