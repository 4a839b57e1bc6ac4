// The GAN mode of <nn-playground>, driven the way a student would: open it from a link, press
// play and watch the generated samples travel to the target, train one network at a time,
// follow the explained step, provoke a collapse, paste a bad link, draw a target.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  firstStats, frames, hashParams, launch, openPage, openPlayground, readNumber, screenshot, settled, statsOf,
  waitFor, widget,
} from './helpers.mjs';

/** With the default "start far away" run, the JS readout starts near ln 2 (measured 0.681)
 * and must fall below this within TRAIN_SECONDS at "max" (measured: about 0.32 after 2,000
 * iterations, which take under a second at ~5,000 iterations a second on a 2-core machine). */
const JS_BOUND = 0.4;
const TRAIN_SECONDS = 10;
/** The mean distance from a generated sample to the nearest real one must shrink by this
 * factor (measured: 2.16 at the start, under 0.3 after 2,000 iterations). */
const NEAREST_FACTOR = 0.4;
/** A linear generator of 1-D noise on the ring is diagnosed after about 1,000 iterations
 * (measured natively: 600–1,000; the diagnosis must hold for 200 before it shows). */
const DIAGNOSIS_SECONDS = 15;
/** One phase of the explained step lasts 2.2 s (PHASE_MS in gan-widget.js). */
const EXPLAIN_SECONDS = 4 * 2.2 + 3;
/** Median frame at the default speed (10 iterations, D's map, samples, manifold, charts).
 * Measured 3.1 ms and printed; the bound is a coarse regression guard (about three times the
 * figure, so a busy CI machine does not fail it); GAN_FRAME_BUDGET_MS sets another. */
const FRAME_BUDGET_MS = Number(process.env.GAN_FRAME_BUDGET_MS || 10);

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens index.html with `suffix` ("?…" and/or "#…") and waits for the GAN controls. */
const openGan = (suffix = '#mode=gan') => openPlayground(browser, suffix, { height: 1000, ready: '#iterations' });

test('the GAN page loads with no console error and no request leaving the machine', async () => {
  const { page, errors, externalRequests } = await openGan();
  await page.waitForLoadState('networkidle');
  await firstStats(page);
  assert.equal(await readNumber(page, 'iterations'), 0);
  assert.match(await widget(page).locator('#js').textContent(), /^0\.\d{3}$/);
  assert.match(await widget(page).locator('#kl').textContent(), /^\d+\.\d{2}$/);
  const params = await hashParams(page);
  assert.equal(params.get('mode'), 'gan');
  assert.equal(params.get('target'), 'ring');
  assert.deepEqual(errors, []);
  assert.deepEqual(externalRequests, []);
  await page.close();
});

test('pressing play at max speed brings the JS distance down from far away', async (t) => {
  const { page, errors } = await openGan('#mode=gan&far=1');
  await firstStats(page);
  const start = await readNumber(page, 'js');
  await widget(page).locator('#ctl-speed').selectOption('max');
  await widget(page).locator('#play').click();
  const began = Date.now();
  const js = await waitFor(() => readNumber(page, 'js'), (v) => v < JS_BOUND, TRAIN_SECONDS);
  t.diagnostic(`JS ${start} -> ${js} in ${Date.now() - began} ms, ${await readNumber(page, 'iterations')} iterations`);
  assert.ok(start > 0.6, `far away the JS distance starts near ln 2, got ${start}`);
  assert.ok(js < JS_BOUND, `JS still ${js} after ${TRAIN_SECONDS} s`);
  await widget(page).locator('#play').click();
  await screenshot(page, 'gan-trained');
  assert.deepEqual(errors, []);
  await page.close();
});

test('generated samples move toward the real ones', async (t) => {
  const { page, errors } = await openGan('#mode=gan&target=twogauss&far=1&garrows=1');
  const start = (await firstStats(page)).nearest;
  await widget(page).locator('#ctl-speed').selectOption('max');
  await widget(page).locator('#play').click();
  const end = await waitFor(async () => (await statsOf(page)).nearest, (v) => v < NEAREST_FACTOR * start, TRAIN_SECONDS);
  t.diagnostic(`mean distance to the nearest real sample: ${start} -> ${end}`);
  assert.ok(end < NEAREST_FACTOR * start, `${start} -> ${end}`);
  await widget(page).locator('#play').click();
  await screenshot(page, 'gan-arrows');
  assert.deepEqual(errors, []);
  await page.close();
});

test('discriminator-only and generator-only steps change only that network', async () => {
  const { page, errors } = await openGan();
  const before = await firstStats(page);
  await widget(page).locator('#ctl-step-mode').selectOption('d');
  for (let k = 0; k < 3; k++) await widget(page).locator('#step').click();
  const afterD = await waitFor(() => statsOf(page), (s) => s.dSteps === 3, 3);
  assert.equal(afterD.dSteps, 3);
  assert.equal(afterD.gSteps, 0);
  assert.notEqual(afterD.dFingerprint, before.dFingerprint, 'D learned');
  assert.equal(afterD.gFingerprint, before.gFingerprint, 'G did not move');
  await widget(page).locator('#ctl-step-mode').selectOption('g');
  for (let k = 0; k < 2; k++) await widget(page).locator('#step').click();
  const afterG = await waitFor(() => statsOf(page), (s) => s.gSteps === 2, 3);
  assert.equal(afterG.dSteps, 3);
  assert.notEqual(afterG.gFingerprint, afterD.gFingerprint, 'G learned');
  assert.equal(afterG.dFingerprint, afterD.dFingerprint, 'D did not move');
  await widget(page).locator('#ctl-step-mode').selectOption('both');
  await widget(page).locator('#step').click();
  const both = await waitFor(() => statsOf(page), (s) => s.gSteps === 3, 3);
  assert.equal(both.dSteps, 4);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the explained step shows each phase with its caption, in order', async (t) => {
  const { page, errors } = await openGan('#mode=gan&garrows=1');
  await firstStats(page);
  // Record every phase shown, with its caption and highlighted list item, as it happens.
  await widget(page).evaluate((host) => {
    const phases = host.shadowRoot.querySelector('#phases');
    window.__phases = [];
    new MutationObserver(() => {
      const current = phases.querySelector('[aria-current="step"]')?.dataset.phase ?? null;
      const entry = [phases.dataset.phase, current, host.shadowRoot.querySelector('#phase-caption').textContent];
      const last = window.__phases.at(-1);
      if (!last || last[0] !== entry[0]) window.__phases.push(entry);
    }).observe(phases, { attributes: true, subtree: true, characterData: true, childList: true });
  });
  await widget(page).locator('#explain').click();
  const phases = () => page.evaluate(() => window.__phases);
  // The picture of the second phase, D judging.
  await waitFor(phases, (p) => p.some(([phase]) => phase === 'judge'), EXPLAIN_SECONDS);
  await screenshot(page, 'gan-explained-step');
  const seen = await waitFor(phases, (p) => p.at(-1)?.[0] === '', EXPLAIN_SECONDS);
  t.diagnostic(JSON.stringify(seen.map((p) => p[0])));
  assert.deepEqual(seen.map((p) => p[0]), ['generate', 'judge', 'updated', 'updateg', '']);
  for (const [phase, current, caption] of seen.slice(0, 4)) {
    assert.equal(current, phase, 'the list highlights the phase shown');
    assert.ok(caption.length > 20, `a caption for ${phase}: "${caption}"`);
  }
  assert.match(seen[0][2], /generator/i);
  assert.match(seen[1][2], /discriminator scores/i);
  assert.equal(await widget(page).locator('#phases').getAttribute('data-phase'), '', 'the step is over');
  assert.match(await widget(page).locator('#phase-caption').textContent(), /Explain a step/);
  const s = await statsOf(page);
  assert.deepEqual([s.iterations, s.dSteps, s.gSteps], [1, 1, 1]);
  // Pressing the button again moves on at once.
  await widget(page).locator('#explain').click();
  await widget(page).locator('#explain').click();
  assert.equal(await widget(page).locator('#phases').getAttribute('data-phase'), 'judge');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the explained step is legible: rings on the batch\'s verdict scale, visible arrows, a model graph lit stage by stage', async (t) => {
  const { page, errors } = await openGan('#mode=gan');
  await firstStats(page);
  const w = widget(page);
  const lit = () => w.locator('.model-graph li.lit').evaluateAll((items) => items.map((i) => i.dataset.stage));
  const ringColours = () => w.evaluate((host) => {
    // Distinct colours drawn on the samples' layer: rings on a spread scale give many.
    const c = host.shadowRoot.querySelector('canvas.points');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] === 255) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  });
  const shown = [];
  for (const phase of ['generate', 'judge', 'updated', 'updateg']) {
    await w.locator('#explain').click();
    await waitFor(() => statsOf(page), (s) => s.phase === phase, 5);
    // The phase drawn.
    await frames(page, 3);
    const s = await statsOf(page);
    shown.push({ phase, lit: await lit(), colours: await ringColours(), verdicts: s.verdictRange, arrows: s.arrowScale,
      scaleText: await w.locator('#verdict-scale').textContent(), arrowText: await w.locator('#arrow-scale').textContent() });
    if (phase === 'judge') await screenshot(w.locator('.figure'), 'gan-explained-judge');
    if (phase === 'updateg') await screenshot(w.locator('.figure'), 'gan-explained-update');
  }
  t.diagnostic(JSON.stringify(shown.map(({ phase, lit: l, colours, verdicts, arrows }) => ({ phase, l, colours, verdicts, arrows }))));
  const [generate, judge, updated, updateg] = shown;
  assert.deepEqual(generate.lit, ['noise', 'g', 'samples']);
  assert.deepEqual(judge.lit, ['samples', 'd', 'verdict']);
  assert.deepEqual(updated.lit, ['d', 'verdict', 'losses']);
  assert.deepEqual(updateg.lit, ['g', 'samples', 'd', 'losses']);
  // At the start D says about ½ to everything: the rings still span a scale, said in words.
  assert.equal(generate.verdicts, null);
  assert.ok(judge.verdicts[0] < judge.verdicts[1] && judge.verdicts[0] > 0.3 && judge.verdicts[1] < 0.7, `${judge.verdicts}`);
  assert.match(judge.scaleText, /from 0\.\d{3} \(purple\) to 0\.\d{3} \(green\)/);
  assert.ok(judge.colours > generate.colours + 20, `ring colours: ${generate.colours} → ${judge.colours}`);
  // G's one step moves samples by far less than a pixel; the arrows are magnified and say so.
  assert.ok(updateg.arrows > 10, `arrows magnified ${updateg.arrows}×`);
  assert.match(updateg.arrowText, /drawn [\d,.]+ times longer/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a generator too weak for the ring is diagnosed in one sentence', async (t) => {
  // A linear generator of 1-D noise can only draw a segment: it reaches two of the 8 modes.
  const { page, errors } = await openGan('#mode=gan&gdim=1&ghidden=');
  await firstStats(page);
  assert.equal(await widget(page).locator('#diagnosis').textContent(), '');
  await widget(page).locator('#ctl-speed').selectOption('max');
  await widget(page).locator('#play').click();
  // Each look pauses first, so the sentence and the stats come from the same settled frame;
  // a look that finds no collapse yet (or a passing other diagnosis) resumes training.
  const collapsed = (s) => ['modeCollapse', 'pointCollapse'].includes(s?.diagnosis?.kind);
  const look = async () => {
    await widget(page).evaluate((e) => e.pause());
    await settled(widget(page));
    const seen = { s: await statsOf(page), text: await widget(page).locator('#diagnosis').textContent() };
    if (!collapsed(seen.s)) await widget(page).evaluate((e) => e.play());
    return seen;
  };
  const { s, text } = await waitFor(look, (v) => collapsed(v.s), DIAGNOSIS_SECONDS);
  t.diagnostic(`after ${s.iterations} iterations: ${text}`);
  assert.ok(['modeCollapse', 'pointCollapse'].includes(s.diagnosis?.kind), JSON.stringify(s.diagnosis));
  assert.match(text, /^The generator covers only [1-4] of the 8 modes: mode collapse\. Try tanh|collapsed/);
  assert.ok(await widget(page).locator('#diagnosis').isVisible());
  await screenshot(page, 'gan-diagnosis');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a bad GAN value in the link is reported and the default kept', async () => {
  const { page, errors } = await openGan('#mode=gan&glr=banana&kd=99&target=moons');
  await firstStats(page);
  const issues = await widget(page).locator('#issues').textContent();
  assert.match(issues, /glr=banana is not a number between 0\.00001 and 1; kept 0\.0005/);
  assert.match(issues, /kd=99 is not a whole number from 0 to 10; kept 1/);
  assert.equal(await widget(page).locator('#ctl-glr').inputValue(), '0.0005');
  assert.equal(await widget(page).locator('#ctl-kd').inputValue(), '1');
  const params = await hashParams(page);
  assert.deepEqual([params.get('glr'), params.get('kd'), params.get('target')], ['0.0005', '1', 'moons']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('settings made through the controls survive a reload of the link', async () => {
  const { page, errors } = await openGan();
  await firstStats(page);
  await widget(page).locator('#ctl-glr').selectOption('0.01');
  await widget(page).locator('#ctl-ganloss').selectOption('lsq');
  await widget(page).locator('#g-add-layer').click();
  await widget(page).locator('#d-layer-1-minus').click();
  await widget(page).locator('button[data-name="spiral"]').click();
  await widget(page).locator('#ctl-garrows').check();
  const params = await hashParams(page);
  assert.deepEqual(
    ['glr', 'ganloss', 'ghidden', 'dhidden', 'target', 'garrows'].map((k) => params.get(k)),
    ['0.01', 'lsq', '32,32,8', '31,32', 'spiral', '1'],
  );
  const config = await widget(page).evaluate((e) => e.config);
  await page.reload();
  await widget(page).locator('#iterations').waitFor();
  assert.equal(await widget(page).evaluate((e) => e.config), config);
  assert.equal(await widget(page).locator('#ctl-ganloss').inputValue(), 'lsq');
  assert.equal(await widget(page).locator('#g-layer-count').textContent(), '3 hidden layers');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a target drawn with the pointer becomes the real data', async () => {
  const { page, errors } = await openGan();
  await firstStats(page);
  await widget(page).locator('#draw').click();
  const box = await widget(page).locator('canvas.points').boundingBox();
  const at = (fx, fy) => [box.x + fx * box.width, box.y + fy * box.height];
  await page.mouse.move(...at(0.2, 0.2));
  await page.mouse.down();
  for (let k = 0; k <= 40; k++) await page.mouse.move(...at(0.2 + 0.6 * (k / 40), 0.2 + 0.1 * Math.sin(k / 4)));
  await page.mouse.up();
  await screenshot(page, 'gan-drawing');
  await widget(page).locator('#draw-done').click();
  const s = await waitFor(() => statsOf(page), (v) => v.target === 'drawn', 3);
  assert.equal(s.target, 'drawn');
  const params = await hashParams(page);
  assert.equal(params.get('target'), 'drawn');
  assert.match(params.get('gpoints'), /^[A-Za-z0-9_-]{40,}$/, 'the drawing travels in the link');
  assert.equal(await widget(page).locator('#draw').getAttribute('aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo="gan" and the config attribute start the GAN next to a classifier', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/gan.html');
  await page.setViewportSize({ width: 1300, height: 900 });
  const gan = page.locator('#gan');
  await gan.locator('#iterations').waitFor();
  await page.locator('#classifier #epoch').waitFor();
  const config = new URLSearchParams(await gan.evaluate((e) => e.config));
  assert.deepEqual([config.get('target'), config.get('ghidden'), config.get('glr')], ['moons', '16', '0.005']);
  await gan.evaluate((e) => e.setAttribute('config', 'mode=gan&target=line'));
  assert.equal(new URLSearchParams(await gan.evaluate((e) => e.config)).get('target'), 'line');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link for the classifier switches the widget out of the GAN mode and back', async () => {
  const { page, errors } = await openGan();
  await page.evaluate(() => { location.hash = '#data=xor'; });
  await widget(page).locator('#epoch').waitFor();
  assert.equal(new URLSearchParams(await widget(page).evaluate((e) => e.config)).get('data'), 'xor');
  await page.evaluate(() => { location.hash = '#mode=gan&target=grid'; });
  await widget(page).locator('#iterations').waitFor();
  assert.equal((await firstStats(page)).target, 'grid');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the scalar build runs the GAN too, and the keyboard plays and pauses it', async () => {
  const { page, errors } = await openGan('?wasm=scalar#mode=gan');
  await firstStats(page);
  await widget(page).locator('#ctl-speed').selectOption('max');
  await widget(page).focus();
  await page.keyboard.press('Space');
  assert.equal(await widget(page).evaluate((e) => e.playing), true);
  const js = await waitFor(() => readNumber(page, 'js'), (v) => v < JS_BOUND, TRAIN_SECONDS);
  assert.ok(js < JS_BOUND, `JS ${js}`);
  await page.keyboard.press('Space');
  assert.equal(await widget(page).evaluate((e) => e.playing), false);
  const before = (await statsOf(page)).iterations;
  await page.keyboard.press('ArrowRight');
  assert.equal((await waitFor(() => statsOf(page), (s) => s.iterations === before + 1, 3)).iterations, before + 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('?debug=perf shows the GAN frame time within budget at the default speed', async (t) => {
  const { page, errors } = await openGan('?debug=perf#mode=gan');
  await widget(page).locator('#play').click();
  const perf = widget(page).locator('#perf');
  const frames = await waitFor(async () => Number(await perf.getAttribute('data-frames')), (n) => n >= 150, 15);
  const median = Number(await perf.getAttribute('data-median-ms'));
  t.diagnostic(`median GAN frame ${median} ms over ${frames} frames; ${await readNumber(page, 'iterations')} iterations`);
  assert.ok(median > 0 && median <= FRAME_BUDGET_MS, `median frame ${median} ms`);
  assert.deepEqual(errors, []);
  await page.close();
});
