// Styles of the inpainting mode only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js): no <style> element, no style attributes (CSP-safe). The
// two pictures sit side by side, as in the image mode; the left one takes drags.

const CSS = `
.inpaint { --inside: #d95f02; --outside: #444444; --accent: #0877bd; }
.inpaint .targets { display: grid; grid-template-columns: repeat(auto-fill, minmax(132px, 1fr)); gap: 6px; }
.inpaint .upload-button {
  display: inline-block; border: 1px solid #8c959f; border-radius: 6px; padding: 6px 10px; cursor: pointer; font-size: 14px;
}
.inpaint .upload { margin-top: 8px; }
.inpaint .note:empty, .inpaint .alert:empty { display: none; }
.inpaint .targets button, .inpaint .tools button { min-height: 36px; padding: 4px 8px; font-size: 14px; overflow-wrap: anywhere; }
.inpaint .targets button[aria-pressed="true"], .inpaint .tools button[aria-pressed="true"] {
  background: var(--accent); border-color: var(--accent); color: #fff;
}
.inpaint .tools { display: flex; flex-wrap: wrap; gap: 8px; }
.inpaint .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; align-items: end; }
.inpaint .pair .check { align-self: center; }
.inpaint .pictures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }
.inpaint figure { margin: 0; display: flex; flex-direction: column; gap: 4px; }
.inpaint figcaption { font-size: 14px; color: var(--muted); text-align: center; }
.inpaint canvas.picture {
  width: 100%; aspect-ratio: 1; display: block; image-rendering: pixelated;
  border: 1px solid var(--line); border-radius: 4px; background: var(--panel);
}
.inpaint canvas#seen { cursor: crosshair; touch-action: none; }
.inpaint canvas#seen:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.inpaint .readouts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.inpaint .readouts dd { font-size: 20px; }
.inpaint .verdict { margin: 0; font-size: 15px; }
.inpaint .reveal-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.inpaint #reveal { min-height: 40px; padding: 6px 16px; font-size: 16px; font-weight: 600; }
.inpaint .plot-legend .hidden-mark { background: repeating-linear-gradient(45deg, #80868e 0 3px, #c4c8ce 3px 6px); }
.inpaint .plot-legend .edge-mark { background: repeating-linear-gradient(90deg, #000 0 4px, #fff 4px 8px); border: 1px solid #8c959f; }
.inpaint .output { gap: 10px; }
/* Projector mode: the two pictures side by side across the screen under the bar, leaving
   room below them for Reveal. */
.pg.inpaint.projector { grid-template-columns: minmax(0, 1fr); grid-template-rows: none; grid-auto-flow: row; }
.pg.inpaint.projector > *, .pg.inpaint.projector .main > *, .pg.inpaint.projector .output > * { grid-column: 1; order: 3; }
.pg.inpaint.projector > .bar[role="toolbar"], .pg.inpaint.projector > .messages { order: 0; }
.pg.inpaint.projector .pictures { order: 1; grid-row: auto; grid-column: 1; justify-self: center; width: min(100%, calc(2 * (100dvh - 290px) + 12px)); }
.pg.inpaint.projector .reveal-row, .pg.inpaint.projector .plot-legend { order: 1; }
.pg.inpaint.projector .side { order: 2; grid-column: 1; }
.pg.inpaint.projector .readouts dd { font-size: 36px; }
.pg.inpaint.projector figcaption, .pg.inpaint.projector .verdict { font-size: 19px; }
.pg.inpaint.projector .targets button, .pg.inpaint.projector .tools button { font-size: 19px; }
.pg.inpaint.projector #reveal { font-size: 22px; min-height: 52px; padding: 8px 24px; }
@container (min-width: 1100px) {
  .inpaint .inpaint-main { grid-template-columns: minmax(220px, 0.9fr) minmax(240px, 1fr) minmax(560px, 2.6fr); }
  .inpaint .chart { height: 180px; }
}
`;

/** The inpainting mode's stylesheet (one object, shared by every inpainting widget). */
export const inpaintSheet = new CSSStyleSheet();
inpaintSheet.replaceSync(CSS);
