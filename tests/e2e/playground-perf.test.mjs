// Performance at the largest network: 8 hidden layers of 32 neurons fed every
// feature train and redraw within a 60 fps frame, at one epoch a frame and at full speed, the
// output map and the thumbnails taking a coarser resolution instead of slowing the frame.
// (The default page's frame time is checked in playground.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { configOf, launch, openPlayground, screenshot, waitFor } from './helpers.mjs';

/** The target is a 60 fps frame (16.7 ms; measured 8.7 ms at "epoch", 12.8 ms at "max"): the
 * figure is printed and reported. The assertion is a coarse regression guard at two frames, so a
 * shared CI machine's noise does not fail it; FRAME_BUDGET_LARGE_MS sets another bound. */
const LARGE_FRAME_MS = Number(process.env.FRAME_BUDGET_LARGE_MS || 33);
/** The output map must still refresh at least this often, per second (about 60 when quiet). */
const MIN_MAP_HZ = Number(process.env.MIN_MAP_HZ || 24);
/** Frames the median is read over. */
const FRAMES = 200;
const LARGEST = 'hidden=32,32,32,32,32,32,32,32&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&data=spiral';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const speed of ['epoch', 'max']) {
  test(`the 8 × 32 network stays within a 60 fps frame at speed "${speed}"`, async (t) => {
    const { page, errors } = await openPlayground(browser, `?debug=perf#${LARGEST}`);
    const widget = page.locator('nn-playground');
    await widget.locator('#ctl-speed').selectOption(speed);
    await widget.locator('#play').click();
    const perf = widget.locator('#perf');
    const frames = await waitFor(async () => Number(await perf.getAttribute('data-frames')), (n) => n >= FRAMES, 20);
    assert.ok(frames >= FRAMES, `only ${frames} frames measured`);
    const median = Number(await perf.getAttribute('data-median-ms'));
    const map = await widget.locator('#map-rate').evaluate((n) => ({ ...n.dataset }));
    t.diagnostic(`8 × 32 at "${speed}": median frame ${median} ms over ${frames} frames; output map ${map.mapRes}² at ${map.mapHz} refreshes/s; thumbnails ${map.thumbRes}²`);
    assert.ok(median <= LARGE_FRAME_MS, `median frame ${median} ms > ${LARGE_FRAME_MS} ms`);
    assert.ok(Number(map.mapRes) < 100, 'the map resolution adapted to the network');
    assert.ok(Number(map.mapHz) >= MIN_MAP_HZ, `the map refreshed ${map.mapHz} times a second`);
    // Still responsive: a control changes the run at once while it trains.
    await widget.locator('#ctl-lr').selectOption('0.1');
    assert.equal((await configOf(page)).get('lr'), '0.1');
    assert.equal(await widget.evaluate((e) => e.playing), true);
    if (speed === 'epoch') await screenshot(page, 'playground-8x32');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
