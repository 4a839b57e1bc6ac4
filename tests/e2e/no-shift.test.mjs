// Nothing moves under the pointer: in every mode, at 1280×800, while the pointer hovers every
// control and picture (and the classifier's neurons and links), help shows, training plays, a
// first point is drawn and a message appears, no control and no picture moves by more than
// 1 px, and the page's layout-shift entries (PerformanceObserver) add up to at most 0.01.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, widget, drawn, frameOf, frames, showMore } from './helpers.mjs';

const SHIFTS = `
  window.layoutShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Per mode: the page's hash, a bad value that raises a message, how to draw a first point. */
const MODES = [
  { name: 'classify', hash: '', bad: 'noise=lots', draw: async (page, host) => {
    await host.locator('#tool-add').click();
    await clickIn(page, host, '.output .plot', 0.3, 0.3);
  } },
  { name: 'gan', hash: '#mode=gan', bad: 'glr=fast', draw: async (page, host) => {
    await host.locator('#draw').click();
    await clickIn(page, host, '.output .plot', 0.3, 0.3);
  } },
  { name: 'race', hash: '#mode=race', bad: 'surface=moon' },
  { name: 'curve', hash: '#mode=curve', bad: 'clr=fast', draw: (page, host) => clickIn(page, host, '#curve-plot', 0.4, 0.4) },
  { name: 'image', hash: '#mode=image', bad: 'ilr=fast' },
  { name: 'segment', hash: '#mode=segment&strokes=12AKA3AyA3.22AKAiAyAi.31AKAUAMAU.42AKAFAyAF', bad: 'slr=fast', draw: (page, host) => clickIn(page, host, '#picture', 0.5, 0.2) },
  { name: 'sound', hash: '#mode=sound', bad: 'aulr=fast' },
  { name: 'inpaint', hash: '#mode=inpaint', bad: 'plr=fast', draw: (page, host) => dragIn(page, host, '#seen', [0.1, 0.1], [0.3, 0.3]) },
  { name: 'digits', hash: '#mode=digits', bad: 'dglr=fast', draw: (page, host) => dragIn(page, host, '#pad', [0.5, 0.2], [0.5, 0.8]) },
  { name: 'terrain', hash: '#mode=terrain', bad: 'water=deep', draw: (page, host) => clickIn(page, host, '#pad', 0.7, 0.3) },
  { name: 'agent', hash: '#mode=agent', bad: 'aglr=fast', draw: (page, host) => clickIn(page, host, '#scene', 0.8, 0.5) },
  { name: 'physics', hash: '#mode=physics', bad: 'simlr=fast', draw: (page, host) => clickIn(page, host, '#phase', 0.3, 0.6) },
];

/** A press at `from`, a move in steps, a release at `to` (fractions of the target's box). */
async function dragIn(page, host, selector, from, to) {
  const box = await host.locator(selector).first().boundingBox();
  const at = ([fx, fy]) => [box.x + box.width * fx, box.y + box.height * fy];
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 8 });
  await page.mouse.up();
}

async function clickIn(page, host, selector, fx, fy) {
  const target = host.locator(selector).first();
  const box = await target.boundingBox();
  await target.click({ position: { x: box.width * fx, y: box.height * fy } });
}

/** Remembers every visible control and picture of the widget (window.watched) and returns
 * their boxes. */
function boxes(page) {
  return page.evaluate(() => {
    const root = document.querySelector('nn-playground').shadowRoot;
    window.watched ??= [...root.querySelectorAll('button, select, input, canvas, .plot, [data-key]')]
      .filter((n) => n.getClientRects().length > 0);
    return window.watched.map((n) => {
      const r = n.getBoundingClientRect();
      const shown = n.isConnected && n.getClientRects().length > 0;
      return { name: n.id || n.dataset.key || n.className || n.tagName, shown, box: [r.left, r.top + scrollY, r.width, r.height] };
    });
  });
}

function moved(before, afterBoxes) {
  return before.flatMap((b, i) => {
    const a = afterBoxes[i];
    if (!b.shown || !a.shown) return [];
    const d = Math.max(...b.box.map((v, k) => Math.abs(v - a.box[k])));
    return d > 1 ? [`${b.name} by ${d.toFixed(1)} px`] : [];
  });
}

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

for (const mode of MODES) {
  test(`nothing moves under the pointer: ${mode.name}`, async () => {
    const { page, errors } = await openPage(browser, `index.html${mode.hash}`, {
      initScript: SHIFTS, context: { viewport: { width: 1280, height: 800 } },
    });
    const host = widget(page);
    await drawn(host, 2);
    // Every control in sight, the rare ones too, so that the pointer visits them all.
    await showMore(host);
    // Layout-shift entries arrive a little after the change: let those of opening it pass.
    await frames(page, 10);
    await page.evaluate(() => {
      window.layoutShift = 0;
    });
    const start = await boxes(page);
    const steps = [];
    const check = async (what) => {
      const now = await boxes(page);
      const list = moved(start, now);
      if (list.length) steps.push(`${what}: ${list.slice(0, 6).join(', ')}`);
    };

    // Hover every control and picture, in a grid over the pictures (neurons, links, charts).
    const targets = await page.evaluate(() => window.watched.map((n) => {
      const r = n.getBoundingClientRect();
      return [r.left, r.top, r.width, r.height, n.tagName === 'CANVAS' || n.classList.contains('plot')];
    }));
    for (const [x, y, w, h, picture] of targets) {
      const points = picture ? [0.2, 0.5, 0.8].flatMap((fx) => [0.2, 0.5, 0.8].map((fy) => [fx, fy])) : [[0.5, 0.5]];
      for (const [fx, fy] of points) {
        const px = x + w * fx;
        const py = y + h * fy;
        if (py < 0 || py > 800) continue;
        await page.mouse.move(px, py);
      }
    }
    await check('hovering');

    // Training plays.
    const playing = await frameOf(host);
    await host.locator('#play').click();
    await drawn(host, playing + 20);
    await host.locator('#play').click();
    await check('playing');

    // A first point, then a message.
    if (mode.draw) {
      const frame = await frameOf(host);
      await mode.draw(page, host);
      await drawn(host, frame + 1);
      await check('drawing a first point');
    }
    await host.evaluate((e, bad) => e.set(bad), mode.bad);
    await host.locator('#issues').filter({ hasText: /\S/ }).waitFor();
    await check('a message appearing');

    const shift = await page.evaluate(() => window.layoutShift);
    assert.deepEqual(steps, [], 'no control or picture moved by more than 1 px');
    assert.ok(shift <= 0.01, `layout shifts add up to ${shift.toFixed(4)}`);
    console.log(`${mode.name}: layout-shift sum ${shift.toFixed(4)}`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}
