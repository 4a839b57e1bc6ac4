// Styles of the two fitting modes only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js): no <style> element, no style attributes (CSP-safe). Blue is
// the network's curve and orange the points, as in the Rust drawing (src/web/fit_chart.rs).

const CSS = `
.fit { --fit: #0877bd; --pts: #f59322; --truth: #b0b0b0; }
.fit .targets { display: grid; grid-template-columns: repeat(auto-fill, minmax(104px, 1fr)); gap: 6px; }
.fit .targets button { min-height: 36px; padding: 4px 4px; font-size: 14px; overflow-wrap: anywhere; }
.fit .targets button[aria-pressed="true"], .fit .tools button[aria-pressed="true"] {
  background: var(--fit); border-color: var(--fit); color: #fff;
}
.fit .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; align-items: end; }
.fit .tools { display: flex; flex-wrap: wrap; gap: 8px; }
.fit .tools button { min-height: 36px; padding: 4px 10px; font-size: 14px; }
.fit .curve-plot { width: 100%; aspect-ratio: 4 / 3; display: block; cursor: crosshair; touch-action: none; }
.fit .curve-plot[data-tool="erase"] { cursor: not-allowed; }
.fit .readouts { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.fit .readouts dd { font-size: 20px; }
.fit .pictures { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 12px; }
.fit figure { margin: 0; display: flex; flex-direction: column; gap: 4px; }
.fit figcaption { font-size: 14px; color: var(--muted); text-align: center; }
.fit canvas.picture {
  width: 100%; aspect-ratio: 1; display: block; image-rendering: pixelated;
  border: 1px solid var(--line); border-radius: 4px; background: var(--panel);
}
.fit .upload { display: flex; }
.fit .upload-button {
  display: inline-block; font-size: 15px; min-height: 40px; padding: 8px 14px; cursor: pointer;
  border: 1px solid #8c959f; border-radius: 6px; background: #fff;
}
.fit .upload-button:hover { background: #eef1f4; }
.fit .upload input:focus-visible + .upload-button { outline: 3px solid var(--focus); outline-offset: 1px; }
.fit #upload-status:empty { display: none; }
.fit #upload-status { font-weight: 600; color: var(--ink); }
.fit .pair .check { align-self: center; }
.fit .image .output { gap: 10px; }
/* Projector mode (the stage of shell/styles-layout.js): the image's two pictures side by side
   across the screen under the bar; the curve's 4:3 plot the same way on a 4:3 screen, and
   beside the bar where the screen is wide enough. */
.pg.fit.projector { grid-template-columns: minmax(0, 1fr); grid-template-rows: none; grid-auto-flow: row; }
.pg.fit.projector > *, .pg.fit.projector .main > *, .pg.fit.projector .output > * { grid-column: 1; order: 3; }
.pg.fit.projector > .bar[role="toolbar"], .pg.fit.projector > .messages { order: 0; }
.pg.fit.projector .figure, .pg.fit.projector .pictures { order: 1; grid-row: auto; grid-column: 1; justify-self: center; }
.pg.fit.projector .side { order: 2; grid-column: 1; }
.pg.fit.projector .figure { width: min(100%, calc((100dvh - 170px) * 4 / 3)); }
.pg.fit.projector .pictures { width: min(100%, calc(2 * (100dvh - 200px) + 12px)); }
.pg.fit.projector .readouts dd { font-size: 36px; }
.pg.fit.projector figcaption { font-size: 19px; }
.pg.fit.projector .targets button, .pg.fit.projector .tools button { font-size: 19px; }
@media (min-aspect-ratio: 3/2) {
  .pg.fit.curve.projector {
    --stage: min(calc((100dvh - 32px) * 4 / 3), calc(100% - var(--side) - 16px));
    grid-template-columns: var(--stage) minmax(0, 1fr);
    grid-template-rows: repeat(6, max-content) 1fr; grid-auto-flow: row dense;
  }
  .pg.fit.curve.projector > *, .pg.fit.curve.projector .side { grid-column: 2; order: 0; }
  .pg.fit.curve.projector .main > section:not(.output) { grid-column: 1 / -1; order: 0; }
  .pg.fit.curve.projector .figure { grid-column: 1; grid-row: 1 / 8; width: 100%; order: 0; }
  .pg.fit.curve.projector .curve-plot { width: 100%; }
}
@container (min-width: 1100px) {
  .fit .fit-main { grid-template-columns: minmax(220px, 0.9fr) minmax(240px, 1fr) minmax(560px, 2.6fr); }
  .fit.image .output-body, .fit.curve .output-body { grid-template-columns: minmax(0, 1.6fr) minmax(220px, 1fr); }
  .fit .chart { height: 180px; }
}

/* The colour-blind palette: Okabe–Ito blue and vermillion (curve_colours in web/fit/chart.rs). */
.fit.colorblind { --fit: #0072b2; --pts: #d55e00; }
`;

/** The fitting modes' stylesheet (one object, shared by every curve or image widget). */
export const fitSheet = new CSSStyleSheet();
fitSheet.replaceSync(CSS);
