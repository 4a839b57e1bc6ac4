// Styles of the GAN mode only, as a second constructable stylesheet adopted next to the
// playground's own (shell/styles.js), so the classifier's sheet stays as it is. Green is real and
// purple is fake, as in GAN Lab and in the Rust drawing (src/gan/scene.rs).

const CSS = `
.gan { --real: #1b9e77; --fake: #753bbd; --d: #333333; --js: #2166ac; --kl: #d95f0e; }
.gan .targets { display: grid; grid-template-columns: repeat(auto-fill, minmax(96px, 1fr)); gap: 6px; }
.gan .targets button { min-height: 36px; padding: 4px 8px; font-size: 14px; }
.gan .targets button[aria-pressed="true"], .gan #draw[aria-pressed="true"] {
  background: var(--real); border-color: var(--real); color: #fff;
}
.gan .draw-row { display: flex; flex-wrap: wrap; gap: 8px; }
.gan #draw-done { background: var(--real); border-color: var(--real); color: #fff; font-weight: 600; }
.gan .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
.gan .net { display: flex; flex-direction: column; gap: 8px; }
.gan .net + .net { border-top: 1px solid var(--line); padding-top: 10px; }
.gan .layer-editor { display: flex; flex-direction: column; gap: 6px; }
.gan .layer { min-width: 76px; padding: 4px; }
.gan .layer .neurons { font-size: 13px; }
.gan .net-g .layer { border-color: var(--fake); }
.gan #explain { border-color: var(--fake); color: var(--fake); font-weight: 600; }
.gan .plot canvas.points.drawing { cursor: crosshair; touch-action: none; outline: 3px dashed var(--kl); }
.gan .phases {
  border: 2px solid var(--fake); border-radius: 8px; padding: 6px 10px; background: #f5f0fc;
  display: flex; flex-direction: column; gap: 4px;
}
.gan .phase-list { display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 0; padding: 0; list-style: none; counter-reset: phase; }
.gan .phase-list li {
  counter-increment: phase; font-size: 13px; padding: 2px 8px; border-radius: 12px;
  border: 1px solid var(--line); color: var(--muted); background: #fff;
}
.gan .phase-list li::before { content: counter(phase) ". "; }
.gan .phase-list li[aria-current="step"] { background: var(--fake); border-color: var(--fake); color: #fff; font-weight: 600; }
.gan #phase-caption { margin: 0; font-weight: 500; min-height: 2.8em; }
/* The model graph: noise → G → samples → D → verdict → losses; a phase lights its stages. */
.gan .model-graph { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 0; margin: 0; padding: 0; list-style: none; }
.gan .model-graph li {
  font-size: 13px; padding: 1px 7px; border-radius: 4px; border: 1px solid var(--line);
  color: var(--muted); background: #fff;
}
.gan .model-graph li + li { position: relative; margin-left: 18px; }
.gan .model-graph li + li::before { content: "→"; position: absolute; left: -15px; color: var(--muted); }
.gan .model-graph li[data-stage="g"], .gan .model-graph li[data-stage="d"] { font-weight: 700; }
.gan .model-graph li.lit { background: var(--fake); border-color: var(--fake); color: #fff; }
.gan .model-graph li.lit::before { color: var(--ink); }
.gan .verdict-scale, .gan .arrow-scale { margin: 0; font-size: 13px; color: var(--ink); }
.gan .verdict-scale::before {
  content: ""; display: inline-block; width: 64px; height: 10px; margin-right: 8px; vertical-align: middle;
  border-radius: 5px; background: linear-gradient(to right, var(--fake), #f7f7f7, var(--real));
}
.gan.projector .model-graph li, .gan.projector .verdict-scale, .gan.projector .arrow-scale { font-size: 19px; }
.gan .phases[data-phase=""] { border-color: var(--line); background: var(--panel); }
.gan .phases[data-phase=""] #phase-caption { color: var(--muted); font-weight: 400; }
.gan .figure { align-self: start; }
.gan .diagnosis {
  border: 2px solid #b35806; background: #fff3e0; color: #7f3b08; border-radius: 8px;
  padding: 8px 12px; font-weight: 600;
}
.gan .diagnosis:empty { display: none; }
.gan .diagnosis p { margin: 0; }
.gan .readouts { grid-template-columns: repeat(3, minmax(0, 1fr)); }
.gan .readouts dd { font-size: 20px; }
.gan .chart { height: 150px; }
.gan .legend .d::before { background: var(--d); }
.gan .legend .g::before { background: var(--fake); }
.gan .legend .js::before { background: var(--js); }
.gan .legend .kl::before { background: var(--kl); }
.gan .draw-hint { font-weight: 600; color: var(--kl); margin: 0; flex-basis: 100%; }
.gan .plot .draw-bar {
  position: absolute; left: 8px; right: 8px; top: 8px; z-index: 2; display: flex; flex-wrap: wrap;
  align-items: center; gap: 6px 8px; padding: 6px 8px; border-radius: 8px;
  background: rgba(255, 255, 255, 0.85); box-shadow: 0 2px 10px rgba(0, 0, 0, 0.2);
  pointer-events: none;
}
/* Strokes pass through the bar to the plot; only its buttons take the pointer. */
.gan .plot .draw-bar button { pointer-events: auto; }
.gan .plot .draw-bar[hidden] { display: none; }
.gan.projector .readouts dd { font-size: 34px; }
.gan.projector .targets button { font-size: 19px; }
.gan.projector .phase-list li { font-size: 18px; }
.gan.projector .layer .neurons { font-size: 16px; }
.gan.projector .chart { height: 230px; }
.gan.projector .legend .d::before, .gan.projector .legend .g::before,
.gan.projector .legend .js::before, .gan.projector .legend .kl::before { height: 6px; }
@container (min-width: 1100px) {
  .gan.projector .gan-main { grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr); }
  .gan.projector .chart { height: 260px; }
  .gan .gan-main { grid-template-columns: minmax(200px, 0.8fr) minmax(250px, 1fr) minmax(600px, 2.7fr); }
  .gan .chart { height: 170px; }
}
`;

/** The GAN mode's stylesheet (one object, shared by every GAN widget on the page). */
export const ganSheet = new CSSStyleSheet();
ganSheet.replaceSync(CSS);
