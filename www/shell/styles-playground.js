// The full playground's styles: the help line and notices, the network diagram with
// its header row, feature buttons, tooltip and editor, the drawing tools, the second chart,
// the past runs' legend and the hidden-space view. Appended to the base sheet in styles.js.

export const PLAYGROUND_CSS = `
.share { display: flex; gap: 8px; margin-left: auto; }
.helpline {
  margin: 0; min-height: 1.4em; padding: 2px 12px; font-size: 14px; color: var(--muted);
  border-left: 3px solid var(--blue);
}
.notice { border: 1px solid var(--line); background: var(--panel); border-radius: 8px; padding: 8px 14px; overflow-wrap: anywhere; }
.notice.error { border: 2px solid var(--alert); background: var(--alert-bg); color: var(--alert); }
.notice:empty { display: none; }
h3 { font-size: 13px; margin: 0; color: var(--muted); font-weight: 600; }
.tools { display: flex; flex-direction: column; gap: 8px; border-top: 1px solid var(--line); padding-top: 10px; }
.tools .row { display: flex; flex-wrap: wrap; gap: 6px; }
.tools button { min-height: 34px; padding: 4px 10px; font-size: 14px; }
.tools button[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.swatches { display: flex; gap: 6px; }
.swatch { width: 34px; min-height: 34px; padding: 0; border-radius: 50%; border: 2px solid #fff; box-shadow: 0 0 0 1px #8c959f; }
.swatch[aria-checked="true"] { box-shadow: 0 0 0 3px var(--ink); }
.swatch.c0 { background: #f59322; } .swatch.c1 { background: #0877bd; } .swatch.c2 { background: #4daf4a; }
.swatch.c3 { background: #cc4c9a; } .swatch.c4 { background: #5e3c99; }
.swatch:hover { filter: brightness(1.1); }
.count { font-size: 14px; color: var(--muted); }
.columns { display: grid; gap: 0 4px; align-items: end; }
.columns .layers { display: contents; }
.col-head {
  font-size: 12px; color: var(--muted); text-align: center; padding-bottom: 4px;
  overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.columns .layer { min-width: 0; padding: 4px 1px; gap: 2px; }
.columns .layer .name, .columns .layer .neurons { font-size: 11px; text-align: center; line-height: 1.15; }
.columns .layer .pm { flex-wrap: wrap; justify-content: center; gap: 2px; }
.columns .layer .pm button { min-width: 22px; min-height: 24px; padding: 0 3px; font-size: 15px; }
/* A narrow layer card (many layers) shows the numbers only; its title holds the words. */
.columns .layer { container-type: inline-size; }
@container (max-width: 62px) {
  .columns .layer .unit { display: none; }
  .columns .layer .name, .columns .layer .neurons { font-size: 12px; font-weight: 600; }
}
.diagram { position: relative; height: 440px; }
.network-canvas { width: 100%; height: 100%; display: block; }
.diagram .chips {
  position: absolute; left: 0; top: 0; bottom: 0; display: grid;
  grid-template-rows: repeat(7, minmax(0, 1fr)); gap: 0; flex-wrap: nowrap;
}
.diagram .chips button, .diagram .chips button[aria-pressed="true"] {
  min-height: 0; padding: 0 2px; border: 0; border-radius: 4px; background: transparent;
  color: var(--muted); font-size: 12px; text-align: left; display: flex; align-items: center;
}
.diagram .chips button[aria-pressed="true"] { color: var(--ink); font-weight: 600; }
.diagram .chips button:hover { background: rgba(9, 105, 218, 0.08); }
.diagram .chips .label { white-space: nowrap; font-size: 11px; line-height: 1.1; }
.tip {
  position: absolute; z-index: 2; max-width: 220px; padding: 4px 8px; border-radius: 4px;
  background: var(--ink); color: #fff; font-size: 13px; pointer-events: none;
}
.editor {
  position: absolute; z-index: 3; display: flex; flex-direction: column; gap: 4px; width: 230px;
  padding: 8px; background: #fff; border: 1px solid #8c959f; border-radius: 6px;
  box-shadow: 0 4px 12px rgba(0, 0, 0, 0.18);
}
.editor[hidden] { display: none; }
.editor .title { font-size: 13px; color: var(--muted); }
.editor input { font: inherit; font-size: 15px; padding: 4px 6px; border: 1px solid #8c959f; border-radius: 4px; }
.editor .error { margin: 0; color: var(--alert); font-size: 13px; }
.editor .error:empty { display: none; }
.output-body .figure { align-self: start; }
.map-caption { font-size: 13px; color: var(--muted); font-weight: 600; }
.plot.drawing { cursor: crosshair; touch-action: none; }
.readouts .bias { grid-column: 1 / -1; }
#output-bias { min-height: 32px; padding: 2px 10px; font-size: 14px; display: inline-flex; gap: 8px; }
#output-bias .value { font-weight: 600; font-variant-numeric: tabular-nums; }
.chart.score { height: 120px; }
.chart-readout { margin: 0; font-size: 13px; color: var(--muted); min-height: 1.4em; font-variant-numeric: tabular-nums; }
.ghosts { list-style: none; margin: 0; padding: 0; font-size: 13px; color: var(--muted); display: flex; flex-wrap: wrap; gap: 2px 12px; }
.ghosts:empty { display: none; }
.ghosts .title { flex-basis: 100%; }
.ghosts li.g0 { color: #8e44ad; } .ghosts li.g1 { color: #16a085; } .ghosts li.g2 { color: #c0392b; }
.space-view { border-top: 1px solid var(--line); padding-top: 8px; }
.space-view summary { cursor: pointer; font-weight: 600; color: var(--muted); }
.space-body { display: flex; flex-direction: column; gap: 8px; padding-top: 8px; }
.space-picks { display: flex; flex-wrap: wrap; gap: 8px 16px; }
.space { width: 100%; max-width: 420px; aspect-ratio: 1; display: block; border: 1px solid var(--line); }
.space[hidden] { display: none; }
select:disabled { opacity: 0.6; }

@container (min-width: 1100px) {
  .main { grid-template-columns: minmax(200px, 0.75fr) minmax(360px, 1.6fr) minmax(520px, 2fr); }
  .datasets { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .output-body { grid-template-columns: minmax(0, 1.2fr) minmax(220px, 1fr); }
}

/* The class colours, for the map's legend (the Rust palettes' CATEGORICAL and COLOUR_BLIND_CLASSES). */
.pg { --class-0: #f59322; --class-1: #0877bd; --class-2: #4daf4a; --class-3: #cc4c9a; --class-4: #5e3c99; }
.pg.colorblind { --class-0: #d55e00; --class-1: #0072b2; --class-2: #f0e442; --class-3: #cc79a7; --class-4: #56b4e9; }
`;
