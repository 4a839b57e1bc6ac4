// A coarse guard on a phone-class device: with the CPU slowed 4× through the DevTools protocol,
// the default classifier page on a phone-sized touch screen still plays smoothly. It measures
// 60 frames/s on the 2-core test machine (tests/e2e/throttled-fps.mjs prints every mode); the
// bound is far below, so that only a real regression (a frame that no longer fits) trips it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './helpers.mjs';
import { throttledRate } from './throttled-fps.mjs';

/** Frames per second the throttled classifier must keep (it measures about 60). */
const FLOOR_FPS = 15;

test('the default classifier plays smoothly with the CPU slowed 4× on a phone screen', async () => {
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser, 'index.html?debug=perf', {
      context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 },
    });
    const { fps, frameMs } = await throttledRate(page, 4, 4);
    console.log(`classifier, CPU slowed 4×: ${fps.toFixed(1)} frames/s, main-thread time per frame ${frameMs} ms`);
    assert.ok(fps >= FLOOR_FPS, `${fps.toFixed(1)} frames/s`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
