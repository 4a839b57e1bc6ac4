// <nn-playground> as a course author embeds it: the controls, hide and lock
// attributes in the classifier and the GAN, the scripting API and its events, the demo names,
// the size attributes, the keys (full screen, shortcuts dialog) and an accessible name for
// every control of every mode.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, settled, showMore, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Scrolls the widget `id` into view and waits until it has drawn a frame, scrolling back to
 * it as a reader would if the demos above it grow while they start and push it away. */
async function started(page, id) {
  const drawn = page.waitForFunction((i) => {
    const e = document.getElementById(i);
    if (e.stats !== null) return true;
    const box = e.getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= innerHeight) e.scrollIntoView({ block: 'center' });
    return false;
  }, id, { polling: 'raf', timeout: 10_000 });
  await drawn.catch(() => assert.fail(`#${id} drew no frame in 10 s`));
  const widget = page.locator(`#${id}`);
  await widget.scrollIntoViewIfNeeded();
  return widget;
}

/** The data-key names of the visible controls (buttons, inputs, selects) of a widget. */
const visibleKeys = (widget) => widget.evaluate((e) => {
  const controls = [...e.shadowRoot.querySelectorAll('button, input, select')].filter((c) => c.checkVisibility());
  return [...new Set(controls.map((c) => c.closest('[data-key]')?.dataset.key ?? `(${c.id})`))].sort();
});

const config = (widget) => widget.evaluate((e) => e.config);
const param = async (widget, key) => new URLSearchParams(await config(widget)).get(key);

/** Tries to change a locked control as a user who got past its disabled state would:
 * enables it, sets the value and fires the events the widget listens to. */
const forceChange = (widget, selector, value) => widget.evaluate((e, [sel, v]) => {
  const control = e.shadowRoot.querySelector(sel);
  control.disabled = false;
  control.value = v;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}, [selector, value]);

test('controls, hide and lock choose what a lesson offers, in the classifier and the GAN', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/embed-controls.html');
  await page.setViewportSize({ width: 1000, height: 900 });
  const only = await started(page, 'only');
  assert.deepEqual(await visibleKeys(only), ['lr', 'play', 'reset', 'step']);
  assert.equal(await only.locator('section.data').isVisible(), false, 'the empty data section stays');
  assert.equal(await only.locator('.network-canvas').isVisible(), true, 'the diagram went with its buttons');
  await only.locator('#ctl-lr').selectOption('0.3');
  assert.equal(await param(only, 'lr'), '0.3');
  await screenshot(only, 'embed-controls-only');

  const locked = await started(page, 'locked');
  await showMore(locked);
  const keys = await visibleKeys(locked);
  assert.ok(keys.includes('lr') && keys.includes('opt') && keys.includes('data'), keys.join());
  assert.ok(!keys.includes('share') && !keys.includes('problem') && !keys.includes('copy-link'), keys.join());
  assert.equal(await locked.locator('#ctl-lr').isDisabled(), true);
  assert.equal(await locked.locator('#play').isDisabled(), true);
  assert.equal(await locked.locator('button[data-name="circle"]').isDisabled(), true);
  await forceChange(locked, '#ctl-lr', '1');
  assert.equal(await param(locked, 'lr'), '0.03', 'a locked learning rate changed');
  assert.equal(await locked.locator('#ctl-lr').inputValue(), '0.03', 'the locked select shows a value not in use');
  await locked.evaluate((e) => {
    const b = e.shadowRoot.querySelector('button[data-name="circle"]');
    b.disabled = false;
    b.click();
  });
  assert.equal(await param(locked, 'data'), 'xor', 'a locked dataset changed');
  await locked.focus();
  await page.keyboard.press('Space');
  assert.equal(await locked.evaluate((e) => e.playing), false, 'space played a demo whose play is locked');
  await locked.locator('#ctl-opt').selectOption('adam');
  assert.equal(await param(locked, 'opt'), 'adam', 'an unlocked control no longer works');
  // A control the widget re-enables after a change (the layer buttons) stays locked.
  assert.equal(await locked.locator('#add-layer').isDisabled(), false);

  const gan = await started(page, 'gan');
  assert.deepEqual(await visibleKeys(gan), ['dlr', 'glr', 'play', 'reset']);
  assert.equal(await gan.locator('#ctl-dlr').isDisabled(), true);
  const dlr = await param(gan, 'dlr');
  await forceChange(gan, '#ctl-dlr', '1');
  assert.equal(await param(gan, 'dlr'), dlr, 'a locked GAN learning rate changed');
  await gan.locator('#ctl-glr').selectOption('0.01');
  assert.equal(await param(gan, 'glr'), '0.01');
  await screenshot(gan, 'embed-controls-gan');

  const typo = await started(page, 'typo');
  assert.match(await typo.locator('#embed-issues').textContent(), /controls="…": no control is called “nope”/);
  // The note's own button (hiding the messages) comes with it.
  assert.deepEqual(await visibleKeys(typo), ['(dismiss-messages)', 'lr']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a script drives a demo: play, pause, step, reset, config, set, stats and events', async () => {
  // The listeners are in place before the page's scripts run: a demo can be ready before `load`.
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/embed-api.html', {
    initScript: () => {
      window.seen = { epoch: [], divergence: [], ready: [] };
      for (const type of Object.keys(window.seen)) {
        document.addEventListener(type, (e) => window.seen[type].push({ id: e.target.id, ...e.detail }));
      }
    },
  });
  const demo = await started(page, 'classify');
  // The course text's link (fixtures/embed-api.js): a larger learning rate, and play.
  await page.locator('#faster').click();
  assert.equal(await param(demo, 'lr'), '0.3');
  assert.equal(await param(demo, 'data'), 'xor', 'set() changed more than the key it was given');
  assert.equal(await demo.evaluate((e) => e.playing), true);
  await waitFor(() => demo.evaluate((e) => e.stats), (s) => s.epoch >= 5, 10);
  await demo.evaluate((e) => e.pause());
  assert.equal(await demo.evaluate((e) => e.playing), false);
  await settled(demo); // The frame that shows the pause.
  const stats = await demo.evaluate((e) => e.stats);
  const events = (await page.evaluate(() => window.seen.epoch)).filter((e) => e.id === 'classify');
  assert.ok(events.length >= 2, `${events.length} epoch events`);
  for (let i = 1; i < events.length; i++) assert.ok(events[i].epoch > events[i - 1].epoch, 'epochs not increasing');
  assert.ok(events.every((e) => Number.isFinite(e.loss) && e.loss > 0), JSON.stringify(events.slice(0, 3)));
  assert.equal(events.at(-1).epoch, Math.floor(stats.epoch), 'the last epoch event is not the last epoch');

  const steps = (await demo.evaluate((e) => e.stats)).steps;
  await demo.evaluate((e) => e.step());
  assert.equal((await waitFor(() => demo.evaluate((e) => e.stats), (s) => s?.steps === steps + 1, 3)).steps, steps + 1);
  await demo.evaluate((e) => e.reset());
  assert.equal((await waitFor(() => demo.evaluate((e) => e.stats), (s) => s?.epoch === 0, 3)).epoch, 0);
  await demo.evaluate((e) => {
    e.config = 'data=plane&act=relu&lr=10&hidden=8,8';
  });
  assert.equal(await param(demo, 'hidden'), '8,8');
  assert.equal(await param(demo, 'lr'), '10');
  await demo.evaluate((e) => e.play());
  const divergence = await waitFor(() => page.evaluate(() => window.seen.divergence), (d) => d.length > 0, 8);
  assert.equal(divergence.length, 1);
  assert.match(divergence[0].reason, /loss|weights/);
  assert.equal(await demo.evaluate((e) => e.playing), false);
  assert.equal(await demo.evaluate((e) => e.metrics.diverged), divergence[0].reason);

  const gan = await started(page, 'gan');
  await gan.evaluate((e) => e.play());
  await waitFor(() => gan.evaluate((e) => e.stats.epoch), (n) => n >= 20, 10);
  await gan.evaluate((e) => e.pause());
  const ganEvents = (await page.evaluate(() => window.seen.epoch)).filter((e) => e.id === 'gan');
  assert.ok(ganEvents.length >= 2 && ganEvents.every((e) => Number.isFinite(e.loss)), JSON.stringify(ganEvents.slice(0, 3)));
  const iterations = (await gan.evaluate((e) => e.stats)).iterations;
  await gan.evaluate((e) => e.step());
  assert.equal((await waitFor(() => gan.evaluate((e) => e.stats), (s) => s.iterations > iterations, 3)).iterations, iterations + 1);
  await gan.evaluate((e) => e.reset());
  assert.equal((await waitFor(() => gan.evaluate((e) => e.stats), (s) => s.iterations === 0, 3)).iterations, 0);
  await gan.evaluate((e) => e.set('glr=0.01'));
  assert.equal(await param(gan, 'glr'), '0.01');
  assert.equal(await param(gan, 'target'), 'ring');
  const ready = await page.evaluate(() => window.seen.ready);
  assert.deepEqual(ready.map((r) => r.id).sort(), ['classify', 'gan']);
  assert.ok(ready.every((r) => r.ms > 0));
  assert.deepEqual(errors, []);
  await page.close();
});

test('demo names: classify, regress, and an unknown one reported in the widget', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/embed-demos.html');
  const regress = await started(page, 'regress');
  assert.equal(await param(regress, 'data'), 'plane');
  assert.ok(Number.isFinite((await regress.evaluate((e) => e.stats)).trainRmse), 'no regression metric');
  const classify = await started(page, 'classify');
  assert.equal(await param(classify, 'data'), 'circle');
  assert.equal(await classify.locator('#embed-issues').count(), 0);
  const unknown = await started(page, 'unknown');
  assert.match(await unknown.locator('#embed-issues').textContent(), /demo="clustering" is not a known demo/);
  assert.equal(await param(unknown, 'data'), 'circle');
  assert.deepEqual(errors, []);
  await page.close();
});

test('size and width set the widget and plot widths, and the layout follows', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/embed-demos.html');
  await page.setViewportSize({ width: 1500, height: 900 });
  const widths = {};
  const plots = {};
  for (const id of ['classify', 'medium', 'large', 'wide', 'badsize']) {
    const widget = await started(page, id);
    widths[id] = await widget.evaluate((e) => e.getBoundingClientRect().width);
    plots[id] = await widget.locator('.plot').evaluate((p) => p.getBoundingClientRect().width);
  }
  assert.ok(widths.classify <= 560 && widths.medium <= 900 && widths.wide <= 700, JSON.stringify(widths));
  assert.ok(widths.large > 1000 && widths.badsize > 1000, JSON.stringify(widths));
  assert.ok(plots.classify <= 320 && plots.medium <= 460 && plots.classify < plots.medium, JSON.stringify(plots));
  assert.ok(plots.large >= 300, JSON.stringify(plots));
  // One column when small, the picture first: the data section under the plot, not beside it.
  const small = page.locator('#classify');
  const [data, out] = await Promise.all(['section.data', 'section.output'].map((s) =>
    small.locator(s).evaluate((n) => n.getBoundingClientRect())));
  assert.ok(data.top >= out.bottom, 'the small widget is not one column with the picture first');
  const issues = await page.locator('#badsize #embed-issues').textContent();
  assert.match(issues, /size="huge"/);
  assert.match(issues, /width="12"/);
  await screenshot(small, 'embed-size-small');
  await screenshot(page.locator('#medium'), 'embed-size-medium');
  assert.deepEqual(errors, []);
  await page.close();
});

test('f toggles full screen, ? opens the shortcuts in the page language, Escape closes them', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/embed-demos.html');
  const widget = await started(page, 'classify');
  await widget.focus();
  await page.keyboard.press('f');
  const full = await waitFor(() => page.evaluate(() => document.fullscreenElement?.id ?? null), (id) => id === 'classify', 3);
  assert.equal(full, 'classify');
  await page.keyboard.press('f');
  assert.equal(await waitFor(() => page.evaluate(() => document.fullscreenElement), (e) => e === null, 3), null);
  await page.keyboard.press('?');
  const dialog = widget.locator('dialog.shortcuts');
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Raccourcis clavier.*Espace.*Lecture ou pause/s);
  await screenshot(page, 'embed-shortcuts');
  // Keys do not reach the widget while the dialog is open.
  await page.keyboard.press('Space');
  assert.equal(await widget.evaluate((e) => e.playing), false);
  await page.keyboard.press('Escape');
  assert.equal(await dialog.evaluate((d) => d.open), false);
  const english = await started(page, 'regress');
  await english.focus();
  await page.keyboard.press('?');
  assert.match(await english.locator('dialog.shortcuts').textContent(), /Keyboard shortcuts/);
  await page.keyboard.press('Escape');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every control of every mode is reachable by Tab and has an accessible name', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/embed-api.html');
  const demos = await page.evaluate(() => customElements.get('nn-playground').demos);
  assert.ok(demos.includes('gan') && demos.includes('classify'), demos.join());
  const cdp = await page.context().newCDPSession(page);
  for (const demo of demos) {
    await page.evaluate((d) => {
      document.body.replaceChildren();
      const e = Object.assign(document.createElement('nn-playground'), { id: 'a11y' });
      e.setAttribute('demo', d);
      document.body.append(e);
    }, demo);
    const widget = await started(page, 'a11y');
    const controls = await widget.evaluate((e) => [...e.shadowRoot.querySelectorAll('button, input, select')]
      .filter((c) => c.checkVisibility() && !c.disabled)
      .map((c, i) => {
        c.dataset.a11y = String(i);
        return { i: String(i), id: c.id, tab: c.tabIndex };
      }));
    assert.ok(controls.length >= 6, `${demo}: ${controls.length} controls`);
    assert.deepEqual(controls.filter((c) => c.tab < 0), [], `${demo}: controls out of the Tab order`);
    // The browser's own accessible names, from the accessibility tree.
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const interactive = new Set(['button', 'combobox', 'slider', 'checkbox', 'textbox', 'radio', 'spinbutton']);
    const named = nodes.filter((n) => !n.ignored && interactive.has(n.role?.value));
    const unnamed = named.filter((n) => !String(n.name?.value ?? '').trim()).map((n) => n.role.value);
    assert.deepEqual(unnamed, [], `${demo}: controls without an accessible name`);
    assert.ok(named.length >= controls.length, `${demo}: ${named.length} named of ${controls.length}`);
    const host = nodes.find((n) => n.role?.value === 'group' && n.name?.value === 'Neural network playground');
    assert.ok(host, `${demo}: the focusable element itself has no name`);
    // Tab walks through every one of them.
    await widget.focus();
    const reached = new Set();
    for (let k = 0; k < controls.length + 5; k++) {
      await page.keyboard.press('Tab');
      const mark = await widget.evaluate((e) => e.shadowRoot.activeElement?.dataset.a11y ?? null);
      if (mark) reached.add(mark);
    }
    const missed = controls.filter((c) => !reached.has(c.i)).map((c) => c.id || c.i);
    assert.deepEqual(missed, [], `${demo}: not reached by Tab`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
