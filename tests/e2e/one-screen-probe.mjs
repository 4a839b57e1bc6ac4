// Measures, per mode and context, where the main visual and Play sit once the widget's top is at
// the top of the viewport; prints a table and saves viewport screenshots (out/screen-*.png).
import { launch, PLAY_URL, OUT_DIR } from './helpers.mjs';
import { CONTEXTS, MODES, measure, openIn } from './one-screen.mjs';

const browser = await launch();
const only = process.argv[2];
const rows = [];
for (const context of CONTEXTS) {
  if (only && !context.name.includes(only)) continue;
  for (const mode of MODES) {
    const { page, close } = await openIn(browser, context, mode);
    const m = await measure(page, mode, context);
    await page.screenshot({ path: `${OUT_DIR}/screen-${context.name}-${mode.name}.png` });
    rows.push({ context: context.name, mode: mode.name, ...m });
    console.log([context.name, mode.name, `vis ${m.visual.map(Math.round)}`, `play ${m.play.map(Math.round)}`, `H ${Math.round(m.height)}`, m.ok ? 'OK' : 'FAIL', m.why].join('\t'));
    await close();
  }
}
await browser.close();
