// The places a demo is seen (laptops, projector, tablet, phone, a course column) and the
// measurements of the one-screen checks: where the main visual and Play sit, in CSS pixels of
// the viewport, once the widget's top is at the top of the viewport.
import { openPage, widget } from './helpers.mjs';

/** The contexts: viewport, touch, and how the demo is opened (`page` full page, `column` an
 * embed in a 720-px course column; `projector` presses f). */
export const CONTEXTS = [
  { name: 'laptop-1280', viewport: { width: 1280, height: 800 }, page: 'full' },
  { name: 'laptop-1366', viewport: { width: 1366, height: 768 }, page: 'full' },
  { name: 'projector-1024', viewport: { width: 1024, height: 768 }, page: 'full', projector: true },
  { name: 'projector-1920', viewport: { width: 1920, height: 1080 }, page: 'full', projector: true },
  { name: 'tablet-820', viewport: { width: 820, height: 1180 }, page: 'full', touch: true },
  { name: 'phone-390', viewport: { width: 390, height: 844 }, page: 'full', touch: true },
  { name: 'phone-390-projector', viewport: { width: 390, height: 844 }, page: 'full', touch: true, projector: true },
  { name: 'column-720', viewport: { width: 1280, height: 800 }, page: 'column' },
  { name: 'column-720-few', viewport: { width: 1280, height: 800 }, page: 'column', few: true },
];

/** The modes: the hash of the full page, the demo name of an embed, the visual's selector(s)
 * and the few controls a lesson embed keeps. */
export const MODES = [
  { name: 'classify', hash: '', demo: 'classify', visual: ['.output .plot'], few: 'lr,play,reset' },
  { name: 'gan', hash: '#mode=gan', demo: 'gan', visual: ['.output .plot'], few: 'glr,play,reset' },
  { name: 'race', hash: '#mode=race', demo: 'race', visual: ['.output .plot'], few: 'surface,play,reset' },
  { name: 'curve', hash: '#mode=curve', demo: 'curve', visual: ['#curve-plot'], few: 'clr,play,reset' },
  { name: 'image', hash: '#mode=image', demo: 'image', visual: ['#target', '#output'], few: 'ilr,play,reset' },
  { name: 'inpaint', hash: '#mode=inpaint', demo: 'inpaint', visual: ['#seen', '#guess'], few: 'plr,play,reset' },
  { name: 'segment', hash: '#mode=segment', demo: 'segment', visual: ['#picture'], few: 'slr,play,reset' },
  { name: 'agent', hash: '#mode=agent', demo: 'agent', visual: ['.output .plot'], few: 'aglr,play,reset' },
  { name: 'sound', hash: '#mode=sound', demo: 'sound', visual: ['#wave', '#network-spec'], few: 'aulr,play,reset' },
  { name: 'digits', hash: '#mode=digits', demo: 'digits', visual: ['#pad', '.probabilities'], few: 'dglr,play,reset' },
  { name: 'terrain', hash: '#mode=terrain', demo: 'terrain', visual: ['.output .plot'], few: 'water,play,reset' },
  { name: 'physics', hash: '#mode=physics', demo: 'physics', visual: ['.output .plot'], few: 'simlr,play,reset' },
];

/** Opens `mode` in `context`; resolves once its first frame is drawn. */
export async function openIn(browser, context, mode) {
  const options = { viewport: context.viewport, hasTouch: Boolean(context.touch), isMobile: Boolean(context.touch) };
  if (context.touch && context.viewport.width < 500) options.deviceScaleFactor = 3;
  const path = context.page === 'column'
    ? `tests/e2e/fixtures/column.html?demo=${mode.demo}${context.few ? `&controls=${mode.few}` : ''}`
    : `index.html${mode.hash}`;
  const { page, errors } = await openPage(browser, path, { context: options });
  const host = widget(page);
  await page.waitForFunction(() => (document.querySelector('nn-playground')?.stats?.frame ?? 0) >= 2, null, { timeout: 30000 });
  if (context.projector) {
    await host.evaluate((e) => e.focus());
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement != null, null, { timeout: 5000 });
    await page.waitForFunction(() => (document.querySelector('nn-playground')?.stats?.frame ?? 0) >= 4, null, { timeout: 30000 });
  }
  return { page, errors, close: () => page.context().close() };
}

/** Scrolls the widget's top to the viewport's top and measures: `visual` [left, top, right,
 * bottom] (the union of the visual's parts), `play` the same, `height` the widget's, `ok`
 * whether both are wholly inside the viewport, `why` otherwise. */
export async function measure(page, spec, context) {
  return page.evaluate(([selectors, projector]) => {
    const host = document.fullscreenElement ?? document.querySelector('nn-playground');
    if (!document.fullscreenElement) {
      window.scrollTo(0, window.scrollY + host.getBoundingClientRect().top);
    } else {
      host.scrollTop = 0;
    }
    const box = (n) => {
      const r = n.getBoundingClientRect();
      return [r.left, r.top, r.right, r.bottom];
    };
    const union = (boxes) => [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
    const root = host.shadowRoot;
    const visual = union(selectors.map((s) => box(root.querySelector(s))));
    const play = box(root.querySelector('#play'));
    const w = window.innerWidth;
    const h = window.innerHeight;
    const inside = (b) => b[0] >= -0.5 && b[1] >= -0.5 && b[2] <= w + 0.5 && b[3] <= h + 0.5 && b[2] - b[0] > 1;
    const why = [];
    if (!inside(visual)) why.push(`visual outside ${w}x${h}`);
    if (!inside(play)) why.push(`play outside`);
    const share = ((visual[2] - visual[0]) * (visual[3] - visual[1])) / (w * h);
    // A portrait phone cannot give a square picture half of its screen: there it must span
    // the width (below), as everywhere on a phone.
    if (projector && w >= 500 && share < 0.5) why.push(`visual ${Math.round(share * 100)} % of the screen`);
    if (w < 500 && visual[2] - visual[0] < 300) why.push('visual narrower than 300 px');
    return { visual, play, height: host.scrollHeight, width: w, viewHeight: h, ok: why.length === 0, why: why.join('; ') };
  }, [spec.visual, Boolean(context.projector)]);
}
