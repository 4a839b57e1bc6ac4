// Frame rates of each mode's default demo with the CPU slowed 4× through the DevTools protocol
// (Emulation.setCPUThrottlingRate, the usual stand-in for a mid-range phone), on a phone-sized
// touch screen: plays each demo for a few seconds and prints frames per second and the
// widget's main-thread time per frame (its `debug=perf` readout). Run by hand:
//   PLAY_URL=http://127.0.0.1:8000/ node tests/e2e/throttled-fps.mjs [rate] [seconds]
// (MODES=segment,sound … measures only those modes).
import { launch, openPage, widget, drawn } from './helpers.mjs';

const RATE = Number(process.argv[2] ?? 4);
const SECONDS = Number(process.argv[3] ?? 5);
/** What a mode needs to train at all: segment learns from painted strokes (five of them). */
const EXTRA = { segment: '&strokes=12AKA3AyA3.22AKAiAyAi.31AKAUAMAU.42AKAFAyAF' };
const MODES = (process.env.MODES?.split(',') ?? ['classify', 'gan', 'race', 'curve', 'image', 'inpaint', 'segment', 'digits', 'terrain', 'agent', 'physics', 'sound'])
  .map((m) => [m, m === 'classify' ? '' : `&mode=${m}${EXTRA[m] ?? ''}`]);

/** Plays the widget of `page` for `seconds` with the CPU slowed `rate` times; returns
 * `{ fps, frameMs }`. */
export async function throttledRate(page, rate, seconds) {
  const host = widget(page);
  await drawn(host, 2);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await host.evaluate((e) => e.play());
  await drawn(host, (await host.evaluate((e) => e.stats.frame)) + 5, 60);
  const result = await page.evaluate((ms) => new Promise((resolve) => {
    const e = document.querySelector('nn-playground');
    const f0 = e.stats.frame;
    const t0 = performance.now();
    setTimeout(() => resolve({ frames: e.stats.frame - f0, ms: performance.now() - t0 }), ms);
  }), seconds * 1000);
  const readout = await host.evaluate((e) => e.shadowRoot.querySelector('.footer')?.textContent ?? '');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const frameMs = readout.match(/([\d.,]+) ms/)?.[1] ?? '?';
  return { fps: (1000 * result.frames) / result.ms, frameMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  console.log(`CPU slowed ${RATE}×, 390×844 touch screen, ${SECONDS} s of play per mode`);
  for (const [name, hash] of MODES) {
    const { page } = await openPage(browser, `index.html?debug=perf#${hash.slice(1)}`, {
      context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 },
    });
    const { fps, frameMs } = await throttledRate(page, RATE, SECONDS);
    console.log(`${name}\t${fps.toFixed(1)} frames/s\tmain-thread time per frame ${frameMs} ms`);
    await page.context().close();
  }
  await browser.close();
}
