// "More settings": the controls a lesson rarely touches wait behind one button where the
// widget is narrow or in projector mode, and are all shown where it is wide; the keyboard and
// the embed attributes (controls, hide, lock) keep working with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, widget, drawn, waitFor } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

const visible = (host, selector) => host.locator(selector).first().isVisible();

test('full HD: everything shown; a laptop, a tablet: rare controls behind the button, which opens and closes them', async () => {
  const wide = await openPage(browser, 'index.html', { context: { viewport: { width: 1920, height: 1080 } } });
  let host = widget(wide.page);
  await drawn(host, 1);
  assert.equal(await host.locator('#more').getAttribute('aria-expanded'), 'true');
  assert.ok(await visible(host, '[data-key="opt"] select'), 'the optimiser shown at 1920 px');
  await wide.page.context().close();

  const laptop = await openPage(browser, 'index.html', { context: { viewport: { width: 1280, height: 800 } } });
  host = widget(laptop.page);
  await drawn(host, 1);
  assert.equal(await host.locator('#more').getAttribute('aria-expanded'), 'false');
  assert.equal(await visible(host, '[data-key="opt"] select'), false, 'the optimiser waits behind More at 1280 px');
  assert.ok(await visible(host, '[data-key="lr"] select'), 'the learning rate stays in sight');
  await laptop.page.context().close();

  const { page, errors } = await openPage(browser, 'index.html', { context: { viewport: { width: 820, height: 1180 } } });
  host = widget(page);
  await drawn(host, 1);
  const more = host.locator('#more');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await visible(host, '[data-key="opt"] select'), false, 'the optimiser waits behind More');
  assert.equal(await visible(host, '#copy-link'), false);
  for (const shown of ['#play', '#reset', '#step', '[data-key="lr"] select', '[data-key="act"] select', '.network-canvas']) {
    assert.ok(await visible(host, shown), `${shown} stays in sight`);
  }
  await more.click();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  assert.ok(await visible(host, '[data-key="opt"] select'));
  assert.ok(await visible(host, '#copy-link'));
  assert.match(await more.textContent(), /Fewer settings/);
  await more.click();
  assert.equal(await visible(host, '[data-key="opt"] select'), false);
  // The widget's width changing does not override the reader's choice.
  await more.click();
  await page.setViewportSize({ width: 700, height: 1000 });
  await waitFor(() => more.getAttribute('aria-expanded'), (v) => v === 'true', 2);
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  // A reload keeps the reader's choice (in this tab).
  await page.reload();
  await drawn(widget(page), 1);
  assert.equal(await widget(page).locator('#more').getAttribute('aria-expanded'), 'true', 'kept over a reload');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('projector mode starts with More closed and the keyboard drives the demo', async () => {
  const { page, errors } = await openPage(browser, 'index.html', { context: { viewport: { width: 1920, height: 1080 } } });
  const host = widget(page);
  await drawn(host, 1);
  await host.evaluate((e) => e.focus());
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.fullscreenElement != null);
  await waitFor(() => host.locator('#more').getAttribute('aria-expanded'), (v) => v === 'false', 3);
  assert.equal(await visible(host, '[data-key="opt"] select'), false);
  const lr = () => host.evaluate((e) => new URLSearchParams(e.config).get('lr'));
  const rate = await lr();
  await page.keyboard.press('+');
  assert.notEqual(await lr(), rate, '+ moves the learning rate');
  await page.keyboard.press('ArrowRight');
  await waitFor(() => host.evaluate((e) => e.stats.epoch), (n) => n >= 1, 5);
  await page.keyboard.press(' ');
  assert.equal(await host.evaluate((e) => e.playing), true, 'space plays');
  await page.keyboard.press(' ');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('embed attributes: a listed control shows even if rare, hide and lock still apply', async () => {
  const listed = await openPage(browser, 'tests/e2e/fixtures/column.html?demo=classify&controls=opt,play', {
    context: { viewport: { width: 1280, height: 800 } },
  });
  let host = widget(listed.page);
  await drawn(host, 1);
  assert.ok(await visible(host, '[data-key="opt"] select'), 'a rare control the author listed is shown');
  assert.equal(await visible(host, '#more'), false, 'no More button when the author chose the controls');
  assert.equal(await visible(host, '[data-key="lr"] select'), false);
  assert.deepEqual(listed.errors, []);
  await listed.page.context().close();

  const hidden = await openPage(browser, 'tests/e2e/fixtures/column.html?demo=classify&hide=act&lock=lr', {
    context: { viewport: { width: 1280, height: 800 } },
  });
  host = widget(hidden.page);
  await drawn(host, 1);
  await host.locator('#more').click();
  assert.equal(await visible(host, '[data-key="act"] select'), false, 'hidden stays hidden with More open');
  assert.ok(await visible(host, '[data-key="opt"] select'));
  assert.equal(await host.locator('[data-key="lr"] select').isDisabled(), true, 'locked stays locked');
  assert.deepEqual(hidden.errors, []);
  await hidden.page.context().close();
});
