// Without wasm SIMD, on a site that ships only the SIMD build, each demo says what to update
// on this platform, in its language: iOS on an iPhone or iPad (every iOS browser runs the
// system's engine), macOS for Safari, else the browser's own version.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './helpers.mjs';
import { platformOf, noSimdText } from '../../www/shell/wasm.js';
import { strings } from '../../www/i18n/strings.js';

const UA = {
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Mobile/15E148 Safari/604.1',
  ipadChrome: 'Mozilla/5.0 (iPad; CPU OS 15_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/108.0 Mobile/15E148 Safari/604.1',
  ipadDesktop: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Firefox/78.0',
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/88.0 Safari/537.36',
};

test('the platform is read from the user agent and the touch points', () => {
  assert.equal(platformOf(UA.iphone, 5), 'ios');
  assert.equal(platformOf(UA.ipadChrome, 5), 'ios', 'Chrome on iOS runs WebKit too');
  assert.equal(platformOf(UA.ipadDesktop, 5), 'ios', 'iPadOS asks for desktop sites as a Mac');
  assert.equal(platformOf(UA.macSafari, 0), 'safari');
  assert.equal(platformOf(UA.firefox, 0), 'firefox');
  assert.equal(platformOf(UA.chrome, 0), 'chromium');
  assert.equal(platformOf('', 0), 'other');
});

test('the message names what to update, in French and English', () => {
  const fr = strings('fr');
  const en = strings('en');
  assert.match(noSimdText(fr, 'ios'), /^ce navigateur n’exécute pas WebAssembly SIMD.*mettez iOS \(iPadOS\) à jour en version 16\.4/);
  assert.match(noSimdText(en, 'ios'), /update iOS \(iPadOS\) to 16\.4 or later/);
  assert.match(noSimdText(en, 'safari'), /Update macOS so that Safari is 16\.4/);
  assert.match(noSimdText(en, 'firefox'), /Firefox to version 89/);
  assert.match(noSimdText(fr, 'chromium'), /Chrome ou Edge à jour en version 91/);
  assert.match(noSimdText(en, 'unknown'), /iOS 16\.4\+/);
});

const SITE_URL = process.env.SITE_URL;
let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

test('an iPad without SIMD is told to update iOS, on the French lesson', {
  skip: SITE_URL ? false : 'SITE_URL is not set (run through `cargo xtask test`)',
}, async () => {
  const context = await browser.newContext({ userAgent: UA.ipadDesktop, hasTouch: true, isMobile: false });
  await context.addInitScript(() => {
    WebAssembly.validate = () => false;
    Object.defineProperty(Navigator.prototype, 'maxTouchPoints', { get: () => 5 });
  });
  const page = await context.newPage();
  await page.goto(new URL('optimisation/', SITE_URL).href, { waitUntil: 'load' });
  const alerts = page.locator('nn-playground [role="alert"]');
  await waitFor(() => alerts.count(), (n) => n === 3, 10);
  for (const text of await alerts.allTextContents()) {
    assert.match(text, /mettez iOS \(iPadOS\) à jour en version 16\.4/);
  }
  await context.close();
});
