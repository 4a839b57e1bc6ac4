// The full playground page (index.html), driven the way a student would: load it, press play,
// change settings through the controls, reload, paste a bad link, push training over the edge.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  hashParams, launch, openPage, openPlayground, readNumber, screenshot, settled, waitFor, widget,
} from './helpers.mjs';

/** The displayed training loss must fall below this within TRAIN_SECONDS at "max" speed.
 * Measured (circle, defaults, 2-core machine): 0.489 → 0.001 within the first 100 ms, at
 * about 30,000 epochs a second. */
const LOSS_BOUND = 0.01;
const TRAIN_SECONDS = 5;
/** At lr 0.00001 one second of training moves the loss by less than this (measured ~1e-4). */
const FROZEN_LOSS_CHANGE = 0.005;
/** One second of training at the default speed (an epoch a frame): counted in epochs, so that
 * a busy machine trains as much as an idle one. */
const FROZEN_EPOCHS = 60;
/** Switching to lr 0.1 must take the loss at least this far down within FALL_SECONDS. */
const CLEAR_FALL = 0.15;
const FALL_SECONDS = 4;
/** A coarse regression guard on the default page's median frame (train + boundary + chart
 * + readouts), in ms: twice the 1.5 ms target, so that a shared CI machine does not
 * fail it while a real regression (a per-point call, a redraw of everything) still does. The
 * measured figure is printed and reported; FRAME_BUDGET_MS overrides the guard. */
const FRAME_BUDGET_MS = Number(process.env.FRAME_BUDGET_MS || 3);
/** Frames the frame-time median is read over. */
const PERF_FRAMES = 200;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Moves a range slider to `value` as a drag would (an input event). */
const setSlider = (slider, value) => slider.evaluate((input, v) => {
  input.value = String(v);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}, value);

const widgetConfig = (page) => widget(page).evaluate((e) => e.config);

test('the page loads with no console error and no request leaving the machine', async () => {
  const { page, errors, externalRequests } = await openPlayground(browser);
  await page.waitForLoadState('networkidle');
  assert.equal(await readNumber(page, 'epoch'), 0);
  assert.match(await page.locator('nn-playground #train-loss').textContent(), /^\d\.\d{3}$/);
  assert.deepEqual(errors, []);
  assert.deepEqual(externalRequests, []);
  await page.close();
});

test('pressing play on circle brings the training loss under the bound within seconds', async (t) => {
  const { page, errors } = await openPlayground(browser, '#data=circle');
  await page.locator('nn-playground #ctl-speed').selectOption('max');
  const start = await readNumber(page, 'train-loss');
  await page.locator('nn-playground #play').click();
  const started = Date.now();
  const loss = await waitFor(() => readNumber(page, 'train-loss'), (v) => v < LOSS_BOUND, TRAIN_SECONDS);
  t.diagnostic(`train loss ${start} → ${loss} in ${(Date.now() - started) / 1000} s`);
  assert.ok(loss < LOSS_BOUND, `train loss ${loss} (from ${start}) not under ${LOSS_BOUND} after ${TRAIN_SECONDS} s`);
  assert.ok((await readNumber(page, 'epoch')) > 0);
  await screenshot(page, 'playground-full');
  assert.deepEqual(errors, []);
  await page.close();
});

test('changing the learning rate mid-run takes effect without a reset', async (t) => {
  const { page, errors } = await openPlayground(browser, '#lr=0.00001');
  const widget = page.locator('nn-playground');
  await widget.locator('#play').click();
  const frozenFrom = await waitFor(() => readNumber(page, 'epoch'), (e) => e >= 1, 3);
  const frozenStart = await readNumber(page, 'train-loss');
  const frozenTo = await waitFor(() => readNumber(page, 'epoch'), (e) => e >= frozenFrom + FROZEN_EPOCHS, 10);
  const frozenEnd = await readNumber(page, 'train-loss');
  assert.ok(frozenTo >= frozenFrom + FROZEN_EPOCHS, `only epochs ${frozenFrom} → ${frozenTo} at lr 0.00001`);
  assert.ok(Math.abs(frozenEnd - frozenStart) < FROZEN_LOSS_CHANGE, `loss moved ${frozenStart} → ${frozenEnd} at lr 0.00001`);
  const epochBefore = await readNumber(page, 'epoch');
  await widget.locator('#ctl-lr').selectOption('0.1');
  const fallen = await waitFor(() => readNumber(page, 'train-loss'), (v) => v < frozenEnd - CLEAR_FALL, FALL_SECONDS);
  t.diagnostic(`lr 0.00001 for ${FROZEN_EPOCHS} epochs: ${frozenStart} → ${frozenEnd}; then lr 0.1: → ${fallen}`);
  assert.ok(fallen < frozenEnd - CLEAR_FALL, `loss only went ${frozenEnd} → ${fallen} at lr 0.1`);
  assert.ok((await readNumber(page, 'epoch')) > epochBefore, 'the run was restarted instead of continued');
  assert.equal((await hashParams(page)).get('lr'), '0.1');
  assert.deepEqual(errors, []);
  await page.close();
});

test('reloading restores every setting made through the controls', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await widget.locator('.datasets button[data-name="xor"]').click();
  await widget.locator('#ctl-act').selectOption('relu');
  await widget.locator('#ctl-lr').selectOption('0.1');
  await widget.locator('#ctl-opt').selectOption('adam');
  await widget.locator('#ctl-reg').selectOption('l2');
  await widget.locator('#ctl-regrate').selectOption('0.003');
  await setSlider(widget.locator('#ctl-batch'), 17);
  await setSlider(widget.locator('#ctl-noise'), 15);
  await widget.locator('#add-layer').click();
  await widget.locator('#layer-1-plus').click();
  await widget.locator('.chips button[data-name="x1x2"]').click();
  await widget.locator('#ctl-showtest').check();
  await widget.locator('#regenerate').click();
  const before = await widgetConfig(page);
  assert.equal((await hashParams(page)).toString(), new URLSearchParams(before).toString());
  const expected = {
    data: 'xor', act: 'relu', lr: '0.1', opt: 'adam', reg: 'l2', regrate: '0.003', batch: '17',
    noise: '15', hidden: '5,2,2', features: 'x1,x2,x1x2', showtest: '1',
  };
  const params = new URLSearchParams(before);
  for (const [k, v] of Object.entries(expected)) assert.equal(params.get(k), v, k);
  assert.notEqual(params.get('seed'), '1', 'regenerate draws a new seed');

  await page.reload();
  await widget.locator('#epoch').waitFor();
  assert.equal(await widgetConfig(page), before);
  assert.equal(await widget.locator('#ctl-act').inputValue(), 'relu');
  assert.equal(Number(await widget.locator('#ctl-lr').inputValue()), 0.1);
  assert.equal(await widget.locator('#ctl-opt').inputValue(), 'adam');
  assert.equal(await widget.locator('#ctl-batch').inputValue(), '17');
  assert.equal(await widget.locator('.datasets button[data-name="xor"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.chips button[data-name="x1x2"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await widget.locator('.layer').count(), 3);
  assert.ok(await widget.locator('#ctl-showtest').isChecked());
  assert.deepEqual(errors, []);
  await page.close();
});

test('a pasted link is applied and a bad value is reported, the default kept', async () => {
  const { page, errors } = await openPlayground(browser, '#lr=abc');
  const widget = page.locator('nn-playground');
  const issues = await widget.locator('#issues').textContent();
  assert.match(issues, /lr=abc/);
  assert.match(issues, /kept 0\.03/);
  assert.equal(Number(await widget.locator('#ctl-lr').inputValue()), 0.03);
  await widget.locator('#play').click();
  assert.ok((await waitFor(() => readNumber(page, 'epoch'), (e) => e > 0, 3)) > 0, 'it does not run');
  // A link pasted into the address bar while the page is open (hashchange).
  await page.evaluate(() => { location.hash = 'data=spiral&hidden=6'; });
  await waitFor(() => widgetConfig(page), (c) => c.includes('data=spiral'), 2);
  const params = new URLSearchParams(await widgetConfig(page));
  assert.equal(params.get('hidden'), '6');
  assert.equal(params.get('lr'), '0.03');
  assert.equal(await widget.locator('#issues').textContent(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a diverging run pauses with an explanation and never shows NaN', async () => {
  const { page, errors } = await openPlayground(browser, '#data=plane&act=relu&lr=10&hidden=8,8');
  const widget = page.locator('nn-playground');
  await widget.locator('#play').click();
  await widget.locator('#alert p').first().waitFor({ timeout: 5000 });
  const alert = await widget.locator('#alert').textContent();
  assert.match(alert, /diverged/i);
  assert.match(alert, /learning rate/i);
  assert.equal(await widget.locator('#play').getAttribute('aria-pressed'), 'false');
  const text = await widget.evaluate((e) => e.shadowRoot.textContent);
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  await screenshot(page, 'playground-diverged');
  // A live change does not undo the divergence: play stays refused until a reset.
  await widget.locator('#ctl-lr').selectOption('0.01');
  await widget.locator('#play').click();
  await settled(widget);
  assert.equal(await widget.locator('#play').getAttribute('aria-pressed'), 'false');
  assert.match(await widget.locator('#alert').textContent(), /diverged/i);
  // Reset clears the divergence and the message.
  await widget.locator('#reset').click();
  await waitFor(() => widget.locator('#alert').textContent(), (t) => t === '', 2);
  assert.equal(await widget.locator('#alert').textContent(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('?debug=perf shows the median frame time as a number', async (t) => {
  const { page, errors } = await openPlayground(browser, '?debug=perf');
  const perf = page.locator('nn-playground #perf');
  await perf.waitFor();
  // Chromium runs wasm SIMD, so the loader picks the SIMD build.
  assert.match(await page.locator('nn-playground #build').textContent(), /simd/);
  await page.locator('nn-playground #play').click();
  const frames = await waitFor(async () => Number(await perf.getAttribute('data-frames')), (n) => n >= PERF_FRAMES, 15);
  assert.ok(frames >= PERF_FRAMES, `only ${frames} frames measured`);
  const median = Number(await perf.getAttribute('data-median-ms'));
  t.diagnostic(`median frame time on the default page: ${median} ms over ${frames} frames`);
  assert.ok(Number.isFinite(median) && median > 0, `data-median-ms = ${median}`);
  assert.match(await perf.textContent(), /\d+\.\d\d ms/);
  assert.ok(median <= FRAME_BUDGET_MS, `median frame ${median} ms > ${FRAME_BUDGET_MS} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the scalar build can be forced and trains too', async () => {
  const { page, errors } = await openPlayground(browser, '?wasm=scalar&debug=perf');
  assert.match(await page.locator('nn-playground #build').textContent(), /scalar/);
  await page.locator('nn-playground #ctl-speed').selectOption('max');
  await page.locator('nn-playground #play').click();
  const loss = await waitFor(() => readNumber(page, 'train-loss'), (v) => v < LOSS_BOUND, TRAIN_SECONDS);
  assert.ok(loss < LOSS_BOUND, `train loss ${loss} with the scalar build`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the keyboard plays, pauses, steps and resets when the widget has focus', async () => {
  const { page, errors } = await openPlayground(browser);
  const widget = page.locator('nn-playground');
  await widget.focus();
  await page.keyboard.press('Space');
  assert.equal(await widget.evaluate((e) => e.playing), true);
  await page.keyboard.press('Space');
  assert.equal(await widget.evaluate((e) => e.playing), false);
  await widget.locator('#reset').click();
  await widget.focus();
  // One epoch of the default config is 25 mini-batches (250 training points, batch 10).
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await waitFor(() => readNumber(page, 'epoch'), (e) => e === 1, 2), 1);
  assert.equal(await widget.evaluate((e) => e.playing), false);
  // r resets: back to epoch 0.
  await widget.focus();
  await page.keyboard.press('r');
  assert.equal(await waitFor(() => readNumber(page, 'epoch'), (e) => e === 0, 2), 0);
  // + and − move the learning rate a notch, as its list does (0.03 → 0.1 → 0.03 → 0.01).
  const lr = () => widget.evaluate((e) => new URLSearchParams(e.config).get('lr'));
  await page.keyboard.press('+');
  assert.equal(await lr(), '0.1');
  assert.equal(await widget.locator('#ctl-lr').inputValue(), '0.1');
  await page.keyboard.press('-');
  await page.keyboard.press('-');
  assert.equal(await lr(), '0.01');
  assert.equal(await widget.evaluate((e) => e.playing), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the rate keys respect a lock and move the curve’s rate too', async () => {
  // lock="lr,data,play" in the fixture.
  const locked = await openPage(browser, 'tests/e2e/fixtures/embed-controls.html');
  const demo = locked.page.locator('#locked');
  await demo.scrollIntoViewIfNeeded();
  await demo.locator('#play').waitFor();
  await demo.focus();
  // A key acts as it is pressed (the curve's below moves its rate at once).
  await locked.page.keyboard.press('+');
  assert.equal(await demo.evaluate((e) => new URLSearchParams(e.config).get('lr')), '0.03', 'a locked rate moved');
  assert.deepEqual(locked.errors, []);
  await locked.page.close();

  const { page, errors } = await openPage(browser, 'index.html#mode=curve');
  const widget = page.locator('nn-playground');
  await widget.locator('#play').waitFor();
  await widget.focus();
  await page.keyboard.press('+');
  assert.equal(await widget.evaluate((e) => new URLSearchParams(e.config).get('clr')), '0.03');
  assert.deepEqual(errors, []);
  await page.close();
});
