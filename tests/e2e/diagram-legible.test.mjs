// The network diagram stays legible with many layers at a laptop's width (1280 px): at 6×8 and
// 8×32 no heading is cut short, no two labels overlap, and nothing is drawn under a feature's
// name (its pixels stay the white background). On a touch screen a tap on a neuron or an input
// shows its map in the output panel, as hovering does with a mouse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, widget, drawn, frames, screenshot } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

for (const [name, hidden] of [['6×8', '8,8,8,8,8,8'], ['8×32', '32,32,32,32,32,32,32,32']]) {
  test(`the diagram at ${name} has whole headings, separate labels and nothing under the names`, async () => {
    const { page, errors } = await openPage(browser, `index.html#hidden=${hidden}`, { context: { viewport: { width: 1280, height: 800 } } });
    const host = widget(page);
    await drawn(host, 3);
    const found = await host.evaluate((e) => {
      const root = e.shadowRoot;
      const shown = (n) => n.getClientRects().length > 0;
      const labels = [...root.querySelectorAll('.col-head, .columns .layer .name, .columns .layer .neurons, .diagram .chips .label')].filter(shown);
      const cut = labels.filter((n) => n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflow !== 'visible' || n.textContent.includes('…'))
        .map((n) => n.textContent);
      const boxes = labels.map((n) => ({ text: n.textContent, r: n.getBoundingClientRect() }));
      const overlaps = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].r, boxes[j].r];
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 0.5 && y > 0.5) overlaps.push(`${boxes[i].text} / ${boxes[j].text}`);
        }
      }
      // The canvas's pixels under each feature name: all background.
      const canvas = root.querySelector('.network-canvas');
      const c = canvas.getBoundingClientRect();
      const scale = canvas.width / c.width;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      const drawnUnder = [];
      for (const label of root.querySelectorAll('.diagram .chips .label')) {
        const r = label.getBoundingClientRect();
        let ink = 0;
        for (let y = Math.floor((r.top - c.top) * scale); y < Math.ceil((r.bottom - c.top) * scale); y++) {
          for (let x = Math.floor((r.left - c.left) * scale); x < Math.ceil((r.right - c.left) * scale); x++) {
            const k = (y * canvas.width + x) * 4;
            if (data[k] < 250 || data[k + 1] < 250 || data[k + 2] < 250) ink++;
          }
        }
        if (ink > 0) drawnUnder.push(`${label.textContent}: ${ink} px`);
      }
      return { count: labels.length, cut, overlaps, drawnUnder };
    });
    console.log(`screenshot: ${await screenshot(host.locator('.network'), `diagram-${hidden.split(',').length}x${hidden.split(',')[0]}`)}`);
    assert.ok(found.count >= 2 * hidden.split(',').length + 9, `labels found: ${found.count}`);
    assert.deepEqual(found.cut, [], 'headings cut short');
    assert.deepEqual(found.overlaps, [], 'labels overlapping');
    assert.deepEqual(found.drawnUnder, [], 'drawing under the feature names');
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('a tap on a neuron or an input shows its map, as hovering does', async () => {
  const { page, errors } = await openPage(browser, 'index.html#hidden=4,2', {
    context: { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true },
  });
  const host = widget(page);
  await drawn(host, 3);
  const caption = () => host.locator('#map-caption').textContent();
  const pixels = () => host.evaluate((e) => Array.from(e.shadowRoot.querySelector('.boundary').getContext('2d')
    .getImageData(0, 0, 40, 40).data));
  const output = await pixels();
  // Scan the diagram with taps until one lands on a neuron of the first hidden layer.
  const canvas = host.locator('.network-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const found = {};
  for (let fy = 0.02; fy < 0.9 && !(found.neuron && found.input); fy += 0.02) {
    for (const fx of [0.14, 0.18, 0.36, 0.4]) {
      await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
      const text = await caption();
      // The map is drawn in the frame after the tap.
      if (/^(Neuron|Input)/.test(text)) await frames(page, 3);
      if (/^Neuron/.test(text) && !found.neuron) found.neuron = { text, pixels: await pixels(), at: [fx, fy] };
      if (/^Input/.test(text) && !found.input) found.input = { text, pixels: await pixels(), at: [fx, fy] };
      // Back to the output before the next tap lands elsewhere.
      if (text !== 'Output') await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
      if (found.neuron && found.input) break;
    }
  }
  assert.ok(found.neuron, 'a tap on a neuron shows its map');
  assert.ok(found.input, 'a tap on an input shows its map');
  const differs = (a, b) => a.some((v, i) => v !== b[i]);
  assert.ok(differs(found.neuron.pixels, output) || differs(found.input.pixels, output), 'the map changed');
  // The feature stayed switched on: a tap shows, it does not toggle.
  assert.match(await host.evaluate((e) => e.config), /features=x1,x2(&|$)/);
  assert.equal(await caption(), 'Output');
  assert.deepEqual(errors, []);
  await page.context().close();
});
