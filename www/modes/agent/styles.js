// Styles of the agent mode only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js).

const CSS = `
.agent .plot { aspect-ratio: 2 / 1; }
.agent .plot canvas.scene { touch-action: none; cursor: pointer; border-radius: 4px; }
.agent .plot canvas.scene:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
.agent .pushes { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.agent .pushes button { min-height: 40px; padding: 4px 12px; font-size: 15px; }
.agent .scene-text { margin: 6px 0 0; font-weight: 600; }
.agent .scene-text[data-ending="fell"], .agent .scene-text[data-ending="track"] { color: #cf222e; }
.agent .readouts { grid-template-columns: repeat(3, minmax(0, 1fr)); margin-bottom: 6px; }
.agent .readout { margin: 0; font-variant-numeric: tabular-nums; }
.agent .chart { height: 200px; }
.agent .learnt { margin: 4px 0 0; color: var(--muted); }
.agent .settings { display: flex; flex-direction: column; gap: 8px; }
.agent .settings input[type="range"] { width: 100%; }
.agent.projector .pushes button { font-size: 22px; min-height: 56px; }
.agent.projector .scene-text, .agent.projector .readout { font-size: 22px; }
.agent.projector .chart { height: 300px; }
/* The stage: a square picture as high as the screen, as the other modes (the class sees it
   from the back); what is said and done about it (the line under it, the pushes, the legend)
   beside it, at the top of the side column, so that none falls below the screen's edge. */
.agent.projector .plot { aspect-ratio: 1; }
.pg.agent.projector .figure { display: contents; }
.pg.agent.projector .figure > .plot { grid-column: 1; grid-row: 1 / 8; align-self: start; }
.pg.agent.projector .figure > :not(.plot) { grid-column: 2; min-width: 0; }
.pg.agent.projector .figure > .scene-text { order: 1; }
.pg.agent.projector .figure > .pushes { order: 2; }
.pg.agent.projector .figure > .plot-legend { order: 3; }
.pg.agent.projector .side { order: 4; }
.pg.agent.projector .main > section:not(.output) { order: 5; }
.pg.agent.projector > .footer { order: 9; }
.pg.agent.projector .scene-text { margin: 0; }
.pg.agent.projector .pushes { margin: 0; }
/* A phone held as a projector (narrow): one column, the bar, the picture across the width,
   its line, the pushes and the legend, then the numbers and the chart. */
@container (max-width: 639px) {
  .pg.agent.projector { display: flex; flex-direction: column; gap: 10px; }
  .pg.agent.projector .figure > .plot { order: 1; width: 100%; aspect-ratio: 4 / 3; }
  .pg.agent.projector .pushes button { font-size: 19px; min-height: 48px; padding: 4px 10px; }
  .pg.agent.projector .scene-text, .pg.agent.projector .readout { font-size: 19px; }
  .pg.agent.projector .chart { height: 240px; }
}
@container (min-width: 640px) {
  .agent .output-body { display: grid; grid-template-columns: minmax(0, 1.5fr) minmax(220px, 1fr); gap: 12px; align-items: start; }
}
@container (min-width: 1100px) {
  .agent .agent-main { grid-template-columns: minmax(600px, 3fr) minmax(200px, 0.7fr); }
}
`;

/** The agent mode's stylesheet (one object, shared by every agent widget on the page). */
export const agentSheet = new CSSStyleSheet();
agentSheet.replaceSync(CSS);
