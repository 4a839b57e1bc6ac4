// The widget's styles, as one constructable stylesheet shared by every <nn-playground> on the
// page (adoptedStyleSheets: no <style> element and no style attributes, so the widget works
// under a Content-Security-Policy with style-src 'self'). The widget sizes itself to its own
// width through container queries, not the viewport's, so it also fits when embedded.

import { PLAYGROUND_CSS } from './styles-playground.js';
import { CLASSROOM_CSS } from '../classroom/styles.js';
import { LAYOUT_CSS } from './styles-layout.js';
import { LEGEND_CSS } from './legend.js';

const CSS = `
:host {
  display: block;
  container-type: inline-size;
  --blue: #0877bd; --orange: #f59322; --ink: #1f2328; --muted: #57606a; --line: #d0d7de;
  --panel: #f6f8fa; --focus: #0969da; --alert: #a40e26; --alert-bg: #ffebe9;
  color: var(--ink);
  font: 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
:host([hidden]), [hidden] { display: none !important; }
:host(:focus-visible) { outline: 3px solid var(--focus); outline-offset: 2px; }
* { box-sizing: border-box; }
.sr-only {
  position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap;
}
.pg { display: flex; flex-direction: column; gap: 12px; }
.bar {
  display: flex; flex-wrap: wrap; align-items: end; gap: 10px 18px;
  padding: 10px 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
}
.playback { display: flex; gap: 8px; align-items: center; }
button {
  font: inherit; font-size: 15px; min-height: 40px; padding: 6px 14px; cursor: pointer;
  color: var(--ink); background: #fff; border: 1px solid #8c959f; border-radius: 6px;
}
button:hover { background: #eef1f4; }
button:disabled { opacity: 0.45; cursor: default; }
button:focus-visible, select:focus-visible, input:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 1px;
}
#play { min-width: 92px; font-weight: 600; color: #fff; background: var(--blue); border-color: var(--blue); }
#play:hover { background: #06609a; }
#play[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); }
.field { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.field label { font-size: 13px; color: var(--muted); display: flex; justify-content: space-between; gap: 8px; }
.field .value { color: var(--ink); font-weight: 600; font-variant-numeric: tabular-nums; }
select {
  font: inherit; font-size: 15px; min-height: 36px; padding: 4px 6px; max-width: 100%;
  border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--ink);
}
input[type=range] { width: 100%; accent-color: var(--blue); }
.caption { font-size: 13px; color: var(--muted); }
.epoch { min-width: 7.5em; }
.epoch .number { font-size: 28px; font-weight: 600; font-variant-numeric: tabular-nums; line-height: 1.1; }
.main { display: grid; grid-template-columns: 1fr; gap: 12px; }
section {
  border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px 14px;
  display: flex; flex-direction: column; gap: 12px; min-width: 0;
}
h2 { font-size: 15px; text-transform: uppercase; letter-spacing: 0.04em; margin: 0; color: var(--muted); }
.dataset-group { display: flex; flex-direction: column; gap: 4px; }
.datasets { display: grid; grid-template-columns: repeat(auto-fill, minmax(68px, 1fr)); gap: 6px; }
.datasets button { padding: 3px; min-height: 0; display: flex; flex-direction: column; align-items: center; gap: 2px; }
.datasets canvas { width: 100%; aspect-ratio: 1; border-radius: 3px; display: block; }
.datasets .label { font-size: 12px; line-height: 1.2; }
.datasets button[aria-pressed="true"] { border: 3px solid var(--ink); padding: 1px; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chips button { min-height: 36px; padding: 4px 10px; font-variant-numeric: tabular-nums; }
.chips button[aria-pressed="true"] { background: var(--blue); border-color: var(--blue); color: #fff; }
.layer-count { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.layer-count .count { font-weight: 600; }
.layers { display: flex; flex-wrap: wrap; gap: 8px; }
.layer {
  border: 1px solid var(--line); border-radius: 6px; padding: 6px; background: var(--panel);
  display: flex; flex-direction: column; align-items: center; gap: 4px; min-width: 88px;
}
.layer .name { font-size: 13px; color: var(--muted); }
.layer .pm { display: flex; gap: 4px; }
.layer .pm button { min-height: 32px; min-width: 36px; padding: 0 8px; font-size: 18px; line-height: 1; }
.dots { display: flex; flex-wrap: wrap; justify-content: center; gap: 3px; max-width: 84px; }
.dots span { width: 10px; height: 10px; border-radius: 50%; background: var(--blue); opacity: 0.75; }
.note { color: var(--muted); font-size: 14px; margin: 0; }
.readouts { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 12px; margin: 0; }
.readouts div { display: flex; flex-direction: column; }
.readouts dt { font-size: 13px; color: var(--muted); }
.readouts dd { margin: 0; font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
.output-body { display: flex; flex-direction: column; gap: 12px; }
.figure { display: flex; flex-direction: column; gap: 2px; width: 100%; max-width: 560px; align-self: center; }
.side { display: flex; flex-direction: column; gap: 10px; min-width: 0; }
.plot { position: relative; width: 100%; aspect-ratio: 1; }
.plot canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.plot .boundary { image-rendering: auto; border-radius: 4px; }
.axis { display: flex; justify-content: space-between; font-size: 12px; color: var(--muted); }
.chart { width: 100%; height: 160px; display: block; }
.legend { display: flex; gap: 16px; font-size: 13px; color: var(--muted); }
.legend span::before { content: ""; display: inline-block; width: 18px; height: 3px; margin: 0 6px 4px 0; vertical-align: middle; }
.legend .train::before { background: #999; }
.legend .test::before { background: #222; }
.checks { display: flex; flex-wrap: wrap; gap: 6px 18px; }
.check { display: flex; align-items: center; gap: 6px; }
.check input { width: 20px; height: 20px; accent-color: var(--blue); margin: 0; }
.alert {
  border: 2px solid var(--alert); background: var(--alert-bg); color: var(--alert);
  border-radius: 8px; padding: 10px 14px; font-weight: 500;
}
.alert p { margin: 0; }
.alert p + p { margin-top: 4px; }
.issues { border: 1px solid #d4a72c; background: #fff8c5; border-radius: 8px; padding: 8px 14px; }
.issues p { margin: 0; font-weight: 600; }
.issues ul { margin: 4px 0 0; padding-left: 20px; }
.alert:empty, .issues:empty { display: none; }
.footer { display: flex; gap: 18px; font-size: 13px; color: var(--muted); }
.footer:empty { display: none; }
.loading { color: var(--muted); padding: 24px; }

@container (min-width: 640px) {
  .main { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .output { grid-column: 1 / -1; }
}
@container (min-width: 1100px) {
  .main { grid-template-columns: minmax(210px, 0.9fr) minmax(250px, 1.1fr) minmax(600px, 2.6fr); }
  .output { grid-column: auto; }
  .datasets { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .output-body { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(220px, 1fr); align-items: start; }
  .figure { max-width: none; }
  .chart { height: 200px; }
}
`;

/** The stylesheet every widget adopts (one object, shared: styles are read-only here), with
 * the full playground's rules (styles-playground.js), the classroom tools'
 * (classroom/styles.js) and the composition of the page (styles-layout.js) after the base
 * ones. */
export const sheet = new CSSStyleSheet();
sheet.replaceSync(CSS + PLAYGROUND_CSS + CLASSROOM_CSS + LEGEND_CSS + LAYOUT_CSS);
