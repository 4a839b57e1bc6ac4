// <nn-playground> as an embed (test pages in fixtures/): several independent widgets on one
// page, a strict Content-Security-Policy, and the error paths (the wasm fails to load, a Rust
// panic in a frame), which must show a message inside the widget, never a blank box.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PLAY_URL, launch, openPage, screenshot, waitFor } from './helpers.mjs';

/** The text of the test hook `panic_for_test` in src/web/mod.rs. */
const PANIC_TEXT = 'deliberate panic requested by a test';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const epochOf = async (widget) => Number((await widget.locator('#epoch').textContent()).replace(/\D/g, ''));
const configOf = (widget) => widget.evaluate((e) => e.config);

test('two playgrounds on one page run independently', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/two.html');
  await page.setViewportSize({ width: 1300, height: 900 });
  const first = page.locator('#first');
  const second = page.locator('#second');
  await first.locator('#epoch').waitFor();
  await second.locator('#epoch').waitFor();
  const secondConfig = await configOf(second);
  assert.match(secondConfig, /data=xor/);
  assert.match(await configOf(first), /data=circle/);

  await first.locator('#play').click();
  assert.ok((await waitFor(() => epochOf(first), (e) => e >= 20, 5)) >= 20, 'the first does not train');
  assert.equal(await epochOf(second), 0);
  assert.equal(await second.evaluate((e) => e.playing), false);
  assert.equal(await configOf(second), secondConfig);

  await second.locator('#ctl-lr').selectOption('0.3');
  assert.match(await configOf(second), /lr=0\.3&/);
  assert.match(await configOf(first), /lr=0\.03&/);
  // Changing the attribute replaces the settings of that widget only.
  await second.evaluate((e) => e.setAttribute('config', 'data=gauss'));
  assert.match(await configOf(second), /data=gauss/);
  assert.match(await configOf(first), /data=circle/);
  assert.equal(await page.evaluate(() => location.hash), '', 'a widget without sync-hash wrote the hash');
  await screenshot(page, 'embed-two');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the widget runs under a strict Content-Security-Policy', async () => {
  // Listening from before the first script, so a violation during the load is seen too.
  const { page, errors, externalRequests } = await openPage(browser, 'tests/e2e/fixtures/csp.html', {
    initScript: () => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
    },
  });
  const widget = page.locator('nn-playground');
  assert.ok((await waitFor(() => epochOf(widget), (e) => e > 0, 5)) > 0, 'autoplay did not start');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  // The constructable stylesheet applied: the play button has its colour.
  const colour = await widget.locator('#play').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.notEqual(colour, 'rgba(0, 0, 0, 0)');
  assert.deepEqual(errors, []);
  assert.deepEqual(externalRequests, []);
  await page.close();
});

test('a wasm module that fails to load is reported inside the widget', async () => {
  const context = await browser.newContext();
  await context.route('**/pkg/*/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const page = await context.newPage();
  await page.goto(new URL('tests/e2e/fixtures/two.html', PLAY_URL).href);
  const alert = page.locator('#first [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not start/);
  assert.match(await page.locator('#second [role="alert"]').textContent(), /could not start/);
  await context.close();
});

test('a Rust panic during a frame shows its message in the widget', async () => {
  const context = await browser.newContext();
  // Serve the real bindings with draw() replaced by the module's deliberate-panic hook.
  await context.route('**/pkg/simd/classify.js', async (route) => {
    const original = await route.fetch();
    const patch = '\nPlayground.prototype.draw = function () { panic_for_test(); };\n';
    await route.fulfill({ response: original, body: (await original.text()) + patch });
  });
  const page = await context.newPage();
  await page.goto(new URL('index.html', PLAY_URL).href);
  const alert = page.locator('nn-playground [role="alert"]');
  await waitFor(() => alert.textContent(), (t) => t.includes(PANIC_TEXT), 5);
  assert.match(await alert.textContent(), new RegExp(PANIC_TEXT));
  assert.equal(await page.locator('nn-playground #play').evaluate((b) => b.closest('[inert]') !== null), true);
  await screenshot(page, 'embed-panic');
  await context.close();
});
