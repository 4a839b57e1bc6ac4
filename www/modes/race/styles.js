// Styles of the race mode only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js). The optimiser colours are those the Rust drawing uses
// (KIND_COLOURS in src/landscape/racer.rs, ColorBrewer Set1).

const CSS = `
.race {
  --sgd: #e41a1c; --momentum: #ff7f00; --nesterov: #984ea3; --rmsprop: #f781bf; --adam: #377eb8;
  --warn: #b35806;
}
.race .k-sgd { --kind: var(--sgd); }
.race .k-momentum { --kind: var(--momentum); }
.race .k-nesterov { --kind: var(--nesterov); }
.race .k-rmsprop { --kind: var(--rmsprop); }
.race .k-adam { --kind: var(--adam); }
.race .kind-dot {
  display: inline-block; width: 16px; height: 16px; border-radius: 50%; flex: none;
  background: var(--kind); border: 1px solid #10182080;
}
.race .kind-line { display: inline-block; width: 20px; height: 4px; border-radius: 2px; background: var(--kind); }
.race .surfaces { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: 6px; }
.race .surfaces button { min-height: 36px; padding: 4px 8px; font-size: 14px; }
.race .surfaces button[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.race .surface-help { color: var(--ink); }
.race .best { display: flex; flex-direction: column; gap: 6px; }
.race .best[hidden] { display: none; }
.race .best .note { margin: 0; }
.race .best button { min-height: 34px; padding: 2px 10px; font-size: 14px; }
.race .racer {
  display: flex; flex-direction: column; gap: 6px; padding: 8px 0 10px;
  border-top: 1px solid var(--line);
}
.race .racer.off .racer-fields { opacity: 0.5; }
.race .racer-head { display: flex; align-items: center; gap: 8px; }
.race .racer-head input { width: 20px; height: 20px; margin: 0; accent-color: var(--ink); }
.race .racer-name { font-weight: 600; }
.race .racer-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 6px 12px; }
.race .racer-fields input[type="range"] { width: 100%; margin: 4px 0; accent-color: var(--kind, var(--ink)); }
.race .start { display: flex; flex-direction: column; gap: 4px; }
.race .start-row { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; align-items: end; }
.race .start-row button { min-height: 34px; padding: 2px 10px; font-size: 14px; grid-column: 1 / -1; }
.race .racer-fields .field { justify-content: end; }
.race .start-row input {
  font: inherit; font-size: 15px; min-height: 34px; padding: 2px 6px; width: 100%;
  border: 1px solid #8c959f; border-radius: 6px; font-variant-numeric: tabular-nums;
}
.race .plot canvas.map { touch-action: none; cursor: crosshair; border-radius: 4px; }
.race .warnings {
  border: 2px solid var(--warn); background: #fff3e0; color: #7f3b08; border-radius: 8px;
  padding: 8px 12px; font-weight: 600; display: flex; flex-direction: column; gap: 4px;
}
.race .warnings:empty { display: none; }
.race .warnings p { margin: 0; }
.race .chart { height: 200px; }
.race .race-legend { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.race .race-legend li {
  display: grid; grid-template-columns: 20px auto 1fr auto; align-items: center; gap: 2px 8px; font-size: 14px;
}
.race .race-legend .name { font-weight: 600; }
.race .race-legend .status { color: var(--muted); }
.race .race-legend .loss { font-variant-numeric: tabular-nums; text-align: right; }
.race .race-legend .explain { grid-column: 2 / -1; color: var(--muted); font-size: 13px; }
.race .race-legend li[data-status="oscillating"] .status,
.race .race-legend li[data-status="diverged"] .status { color: var(--warn); font-weight: 600; }
.race .race-legend li[data-status="converged"] .status { color: #1a7f37; font-weight: 600; }
.race.projector .start-row input { font-size: 21px; min-height: 46px; border-width: 2px; }
.race.projector .racer-fields input[type="range"] { height: 32px; }
.race.projector .racer-fields .field label { font-size: 18px; }
.race.projector .race-legend li { font-size: 20px; }
.race.projector .race-legend .explain { font-size: 18px; }
.race.projector .race-legend .loss { font-size: 28px; font-weight: 600; }
.race.projector .surfaces button { font-size: 19px; }
.race.projector .chart { height: 300px; }
@container (min-width: 640px) {
  .race .output-body { display: grid; grid-template-columns: minmax(0, 1.2fr) minmax(220px, 1fr); align-items: start; }
}
@container (min-width: 1100px) {
  /* The map is what the class looks at: it takes the most room. */
  .race .race-main { grid-template-columns: minmax(170px, 0.6fr) minmax(230px, 0.8fr) minmax(600px, 3fr); }
  .race .output-body { grid-template-columns: minmax(0, 1.5fr) minmax(240px, 1fr); }
}

/* The colour-blind palette: Okabe–Ito colours for the racers (COLOUR_BLIND_KINDS in Rust). */
.race.colorblind { --sgd: #d55e00; --momentum: #e69f00; --nesterov: #cc79a7; --rmsprop: #f0e442; --adam: #0072b2; }
`;

/** The race mode's stylesheet (one object, shared by every race widget on the page). */
export const raceSheet = new CSSStyleSheet();
raceSheet.replaceSync(CSS);
