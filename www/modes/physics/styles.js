// Styles of the learned-simulator mode only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js). The colours are those the Rust drawing uses (TRUTH and
// NETWORK in src/modes/physics/draw.rs: Okabe–Ito blue and vermilion, readable in both palettes).

const CSS = `
.physics { --truth: #0072b2; --network: #d55e00; }
.physics .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; align-items: end; }
.physics .launch-row button { min-height: 40px; padding: 4px 14px; font-size: 15px; }
.physics .launch-row { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 8px; margin: 4px 0; }
.physics #physics-hint { margin: 2px 0 0; }
.physics #launch { background: var(--network); border-color: var(--network); color: #fff; font-weight: 600; }
.physics .start-row { display: grid; grid-template-columns: 1fr 1fr; gap: 6px; align-items: end; }
.physics .start-row input {
  font: inherit; font-size: 15px; min-height: 34px; padding: 2px 6px; width: 100%;
  border: 1px solid #8c959f; border-radius: 6px; font-variant-numeric: tabular-nums;
}
.physics canvas.phase { cursor: crosshair; touch-action: none; border: 1px solid var(--line); border-radius: 4px; }
.physics canvas.phase:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.physics .axes-note { font-size: 13px; color: var(--muted); text-align: center; }
.physics .readouts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.physics .readouts dd { font-size: 20px; font-variant-numeric: tabular-nums; }
.physics .costs dd { font-size: 16px; }
.physics .verdict { margin: 0; }
.physics .chart { height: 160px; }
.physics.projector .start-row input { font-size: 21px; min-height: 46px; }
.physics.projector .readouts dd { font-size: 30px; }
.physics.projector .costs dd { font-size: 28px; }
.physics.projector .launch-row button { font-size: 20px; }
.physics.projector .axes-note { font-size: 19px; }
@container (min-width: 640px) {
  .physics .output-body { display: grid; grid-template-columns: minmax(0, 1.4fr) minmax(220px, 1fr); gap: 12px; align-items: start; }
}
@container (min-width: 1100px) {
  .physics .physics-main { grid-template-columns: minmax(200px, 0.8fr) minmax(200px, 0.8fr) minmax(600px, 3fr); }
}
`;

/** The learned simulator's stylesheet (one object, shared by every such widget). */
export const physicsSheet = new CSSStyleSheet();
physicsSheet.replaceSync(CSS);
