// A curve or image fit whose network died (a too-large step silenced every ReLU: its answer is
// the same everywhere and its loss flat forever) pauses with an explanation and a remedy; the
// default runs never pause.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const state = (widget) => widget.evaluate((e) => ({
  epoch: e.stats?.epoch ?? 0, diverged: e.stats?.diverged ?? null, playing: e.playing,
  alert: e.shadowRoot.querySelector('#alert').textContent,
}));

async function playing(hash) {
  const opened = await openPage(browser, `index.html#${hash}`, { context: { viewport: { width: 1280, height: 900 } } });
  const widget = opened.page.locator('nn-playground');
  await opened.page.waitForFunction(() => document.querySelector('nn-playground').stats !== null, null, { timeout: 15_000 });
  await widget.evaluate((e) => e.play());
  return { ...opened, widget };
}

for (const [name, hash] of [['curve', 'mode=curve&clr=1&cact=relu'], ['image', 'mode=image&ilr=1']]) {
  test(`a dead ${name} network pauses with an explanation`, async () => {
    const { page, widget, errors } = await playing(hash);
    const s = await waitFor(() => state(widget), (x) => x.diverged === 'dead' && !x.playing, 30);
    assert.equal(s.diverged, 'dead');
    assert.equal(s.playing, false);
    assert.match(s.alert, /stopped learning.*smaller learning rate/);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

for (const [name, hash, enough] of [['curve', 'mode=curve', 600], ['image', 'mode=image', 15]]) {
  test(`the default ${name} fit never pauses`, async () => {
    const { page, widget, errors } = await playing(hash);
    const s = await waitFor(() => state(widget), (x) => x.epoch >= enough, 30);
    assert.ok(s.epoch >= enough, `only ${s.epoch}`);
    assert.equal(s.diverged, null);
    assert.equal(s.playing, true);
    assert.equal(s.alert, '');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}
