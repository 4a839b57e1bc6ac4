import { launch, openPage, screenshot, waitFor } from './helpers.mjs';
const browser = await launch();
for (const surface of ['rosenbrock', 'himmelblau', 'saddle', 'bumpy']) {
  const { page, errors } = await openPage(browser, `index.html?debug=perf#mode=race&surface=${surface}`);
  await page.setViewportSize({ width: 1400, height: 1000 });
  const w = page.locator('nn-playground');
  await waitFor(() => w.evaluate((e) => e.stats), (s) => s != null, 5);
  await w.locator('#ctl-speed').selectOption(surface === 'rosenbrock' ? 'max' : 'fast');
  await w.locator('#play').click();
  await new Promise((r) => setTimeout(r, 4000));
  const s = await w.evaluate((e) => e.stats);
  const perf = await w.locator('#perf').getAttribute('data-median-ms');
  console.log(surface, s.epoch, 'median', perf, 'drawMs', s.drawMs.toFixed(2), 'map', s.mapMs.toFixed(1), s.racers.map((r) => `${r.kind}:${r.status}`).join(' '), errors);
  await screenshot(page, `race-probe-${surface}`);
  await page.close();
}
await browser.close();
