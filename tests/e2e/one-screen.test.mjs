// One screen: in every mode and every place a demo is seen (laptops, projector full screen,
// tablet, phone, a 720-px course column with its default controls and with a lesson's few),
// once the widget's top is at the top of the viewport its main visual and Play are wholly on
// screen; on the phone the visual is at least 300 px wide, and in projector mode it takes at
// least half of the screen (on a portrait phone, the width) with readouts of 28 px or more. Saves out/screen-<context>-<mode>.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, OUT_DIR } from './helpers.mjs';
import { CONTEXTS, MODES, measure, openIn } from './one-screen.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(() => browser?.close());

for (const context of CONTEXTS) {
  test(`one screen: ${context.name}`, async () => {
    const failures = [];
    for (const mode of MODES) {
      const { page, errors, close } = await openIn(browser, context, mode);
      const m = await measure(page, mode, context);
      await page.screenshot({ path: `${OUT_DIR}/screen-${context.name}-${mode.name}.png` });
      if (!m.ok) failures.push(`${mode.name}: ${m.why} (visual ${m.visual.map(Math.round)}, play ${m.play.map(Math.round)})`);
      if (context.projector) {
        const sizes = await page.evaluate(() => [...document.fullscreenElement.shadowRoot.querySelectorAll('.readouts dd, .race-legend .loss')]
          .filter((n) => n.getClientRects().length > 0).map((n) => parseFloat(getComputedStyle(n).fontSize)));
        assert.ok(sizes.length > 0, `${mode.name}: readouts shown in projector mode`);
        const small = sizes.filter((s) => s < 28);
        if (small.length) failures.push(`${mode.name}: projector readouts of ${small.join(', ')} px`);
      }
      assert.deepEqual(errors, [], `${mode.name}: no page error`);
      await close();
    }
    assert.deepEqual(failures, []);
  });
}
