// The same runs in three engines: in Firefox ESR (geckodriver) and in WebKitGTK (Safari's
// engine, WebKitWebDriver under Xvfb), each of the five modes loads from a fixed link, plays,
// pauses, resets, takes exactly N steps through the element's scripting API, and its numbers
// after the frame of the last step (weights fingerprints, losses, the racers' positions, as a
// string made inside the page) equal Chromium's for the same link and N; no alert is shown and
// the page records no error (fixtures/engines.html hooks errors and console.error before its
// scripts run). `cargo xtask test` installs the browsers and drivers and passes their paths:
// FIREFOX and GECKODRIVER; WEBKIT_DRIVER, WEBKIT_BROWSER (MiniBrowser) and XVFB_RUN. Without
// them (or with FIREFOX_SKIP / WEBKIT_SKIP, the reason set-up could not install them) an
// engine's test is skipped with the reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLAY_URL, launch, openPage } from './helpers.mjs';
import { WebDriver, freePort } from './webdriver.mjs';

/** Seconds each wait inside the page may take (a load on a busy machine, a run of steps). */
const WAIT_SECONDS = 120;

/** The page: the playground's element with `sync-hash`, after the error hook. */
const PAGE = 'tests/e2e/fixtures/engines.html';

/** Each mode's fixed link (the hash) and how many steps it takes. */
const MODES = [
  { mode: 'classifier', hash: 'seed=7&data=spiral&hidden=6,4&batch=8', n: 40 },
  { mode: 'gan', hash: 'mode=gan&seed=3', n: 25 },
  { mode: 'race', hash: 'mode=race&seed=5', n: 60 },
  { mode: 'curve', hash: 'mode=curve&seed=2', n: 40 },
  { mode: 'image', hash: 'mode=image&seed=2', n: 6 },
];

/** Each mode's URL: its own query string, so that going from one mode to the next loads a new
 * document (a hash alone would switch modes in place). */
const urlOf = ({ mode, hash }) => new URL(`${PAGE}?${mode}#${hash}`, PLAY_URL).href;

/**
 * Runs in the page (its source is sent to each engine; it uses nothing but its argument): waits
 * for the widget's first frame, plays until two steps are drawn, pauses, resets, waits for the
 * frame of the reset, calls `step()` `n` times and waits for the frame of the last step. Returns
 * `{ print, alert, errors, config, agent }`: `print` the mode's numbers as JSON made here,
 * `alert` the text of the widget's alerts, `errors` what the page's hook recorded.
 */
async function smoke({ mode, n, seconds }) {
  const end = performance.now() + seconds * 1000;
  const until = async (what, read, ok) => {
    for (;;) {
      let value;
      let good = false;
      try {
        value = read();
        good = ok(value);
      } catch {
        good = false;
      }
      if (good) return value;
      if (performance.now() > end) throw new Error(`${mode}: not in ${seconds} s: ${what} (stats ${JSON.stringify(value)})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await customElements.whenDefined('nn-playground');
  const e = document.querySelector('nn-playground');
  // The classifier counts steps in `steps` (its `epoch` is fractional); every other mode in `epoch`.
  const count = (s) => (mode === 'classifier' ? s.steps : s.epoch);
  const stats = () => e.stats;
  await until('the first frame', stats, (s) => s != null && count(s) === 0);
  e.play();
  await until('two steps played', stats, (s) => count(s) >= 2);
  e.pause();
  e.reset();
  await until('the frame of the reset', stats, (s) => count(s) === 0 && !e.playing);
  for (let i = 0; i < n; i++) e.step();
  const s = await until(`the frame of step ${n}`, stats, (s) => count(s) === n);
  const fields = {
    classifier: () => [s.steps, s.trainLoss, s.testLoss, s.trainAccuracy, s.testAccuracy, s.outputBias],
    gan: () => [s.iterations, s.gFingerprint, s.dFingerprint, s.dLoss, s.gLoss, s.kl, s.nearest],
    race: () => [s.epoch, s.racers.map((r) => [r.kind, r.status, r.steps, r.loss, r.x, r.y])],
    curve: () => [s.epoch, s.fingerprint, s.loss, s.meanGap],
    image: () => [s.epoch, s.fingerprint, s.loss],
  }[mode];
  const alerts = [...e.shadowRoot.querySelectorAll('[role=alert]')];
  return {
    print: JSON.stringify(fields()),
    alert: alerts.map((a) => a.textContent.trim()).filter(Boolean).join(' | '),
    errors: [...(window.__errors ?? ['the error hook is missing'])],
    config: e.config,
    agent: navigator.userAgent,
  };
}

/** What Chromium (playwright-core) gives for each mode, `{ mode → smoke's result }`: run once,
 * by the first engine's test that is not skipped. */
let chromiumRuns = null;
const chromium = () => (chromiumRuns ??= runChromium());

async function runChromium() {
  const browser = await launch();
  try {
    const results = {};
    for (const m of MODES) {
      const { page, errors } = await openPage(browser, `${PAGE}?${m.mode}#${m.hash}`);
      const result = await page.evaluate(smoke, { mode: m.mode, n: m.n, seconds: WAIT_SECONDS });
      result.errors.push(...errors);
      results[m.mode] = result;
      await page.context().close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Checks one mode's run in an engine against Chromium's. */
function same(engine, m, got, want) {
  assert.deepEqual(want.errors, [], `Chromium's page recorded errors in ${m.mode}`);
  assert.equal(want.alert, '', `Chromium showed an alert in ${m.mode}`);
  assert.deepEqual(got.errors, [], `${engine}'s page recorded errors in ${m.mode}`);
  assert.equal(got.alert, '', `${engine} showed an alert in ${m.mode}`);
  assert.equal(got.config, want.config, `${engine} read the link ${m.hash} differently`);
  assert.equal(got.print, want.print, `${engine} and Chromium differ after ${m.n} steps of ${m.mode} (${m.hash})`);
}

/** Runs every mode in `start()`'s WebDriver session, one subtest each. */
async function engineRuns(t, engine, start) {
  const chromiumResults = await chromium();
  const driver = await start();
  try {
    t.diagnostic(`${engine}: ${driver.capabilities.browserName} ${driver.capabilities.browserVersion}`);
    await driver.timeouts({ script: (WAIT_SECONDS + 60) * 1000, pageLoad: WAIT_SECONDS * 1000 });
    for (const m of MODES) {
      await t.test(`${m.mode}: ${m.n} steps equal Chromium's`, async (st) => {
        await driver.url(urlOf(m));
        const got = await driver.call(smoke, [{ mode: m.mode, n: m.n, seconds: WAIT_SECONDS }], WAIT_SECONDS + 60);
        st.diagnostic(`${engine}: ${got.print}`);
        same(engine, m, got, chromiumResults[m.mode]);
      });
    }
  } finally {
    await driver.quit();
  }
}

/** Why an engine cannot run: the set-up's reason, or the env vars it needs that are not set. */
function skipReason(skipVar, vars) {
  if (process.env[skipVar]) return process.env[skipVar];
  const missing = vars.filter((v) => !process.env[v]);
  if (missing.length === 0) return false;
  return `${missing.join(', ')} not set: \`cargo xtask test\` installs the engine and sets them`;
}

const firefoxSkip = skipReason('FIREFOX_SKIP', ['FIREFOX', 'GECKODRIVER']);
test('Firefox ESR: the five modes step as in Chromium', { skip: firefoxSkip }, (t) =>
  engineRuns(t, 'Firefox', async () => {
    const websocket = await freePort();
    return WebDriver.start({
      command: process.env.GECKODRIVER,
      args: (port) => ['--host', '127.0.0.1', '--port', String(port), '--websocket-port', String(websocket)],
      capabilities: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: process.env.FIREFOX,
          args: ['-headless'],
          // No calls home on a closed network.
          prefs: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
        },
      },
    });
  }));

const webkitSkip = skipReason('WEBKIT_SKIP', ['WEBKIT_DRIVER', 'WEBKIT_BROWSER'])
  || (!process.env.XVFB_RUN && !process.env.DISPLAY && 'WebKitGTK needs a display: XVFB_RUN (xvfb-run) or DISPLAY');
test('WebKitGTK: the five modes step as in Chromium', { skip: webkitSkip }, (t) =>
  engineRuns(t, 'WebKit', async () => {
    // WebKitGTK needs a display: a private Xvfb through xvfb-run when there is XVFB_RUN.
    const xvfb = process.env.XVFB_RUN;
    const start = () => WebDriver.start({
      command: xvfb || process.env.WEBKIT_DRIVER,
      args: (port) => (xvfb ? ['-a', process.env.WEBKIT_DRIVER] : []).concat(`--port=${port}`),
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: process.env.WEBKIT_BROWSER, args: ['--automation'] },
      },
    });
    // `xvfb-run -a` can lose a race for a display number to another run starting at the same
    // moment: a second try takes the next one.
    return start().catch((e) => {
      t.diagnostic(`WebKit: the first start failed, trying again: ${e.message.split('\n')[0]}`);
      return start();
    });
  }));
