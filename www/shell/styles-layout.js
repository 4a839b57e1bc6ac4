// The composition of every mode's page, appended last to the base sheet (shell/styles.js): the
// picture first. Every mode builds the same skeleton — a playback bar (`.bar[role=toolbar]`),
// a zero-height `.messages` anchor, then `.main` holding its sections, the `.output` one with
// the main visual (`.figure`, or the image's `.pictures`) and a `.side` of readouts and
// charts — so one set of rules places them all:
//
// - narrow and medium widths (phone, tablet, a course column): the bar, then the visual,
//   then the lesson's controls, the rest behind "More settings" (shell/more.js);
// - wide widths: the three columns, the visual on the right;
// - projector mode (the `.projector` container: full screen, the attribute or the button):
//   a stage — the visual as large as the screen's height allows on the left, the bar, the
//   readouts and the charts beside it, whatever else below.
//
// Messages (alerts, ignored settings, notes) float over the page from the anchor instead of
// pushing it down, and the help line and chart readouts keep a fixed height, so that nothing
// moves under the pointer.

export const LAYOUT_CSS = `
.pg:not(.more-open) [data-rare] { display: none !important; }
.more-toggle { white-space: nowrap; }
.more-toggle .label::after { content: " ▾"; }
.more-toggle[aria-expanded="true"] .label::after { content: " ▴"; }

/* Messages float over what follows the bar (a zero-height anchor), let the pointer through,
   and hide with their one button until they say something new (shell/overlay.js). */
.messages {
  position: relative; z-index: 5; height: 0; display: flex; flex-direction: column; gap: 6px;
  margin-bottom: -12px; padding-right: 48px;
}
.messages > * { box-shadow: 0 6px 18px rgba(0, 0, 0, 0.22); flex: none; pointer-events: none; }
.messages > .dismiss {
  position: absolute; right: 6px; top: 6px; z-index: 1; pointer-events: auto; box-shadow: none;
  min-height: 32px; min-width: 32px; padding: 0 8px; font-size: 18px; line-height: 1;
}
.messages > .notice:not(.error) { background: #fff; }
.messages > .issues, .messages > .embed-issues { background: #fff8c5; }
.messages > [data-dismissed] { display: none; }

/* Fixed heights: a longer help text or readout never pushes what is below. */
.helpline {
  height: 2.9em; line-height: 1.4; overflow: hidden; display: -webkit-box;
  -webkit-line-clamp: 2; -webkit-box-orient: vertical;
}
.chart-readout { height: 1.4em; min-height: 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }

/* Narrow and medium widths: the visual right after the bar. */
@container (max-width: 1099px) {
  .pg:not(.projector) .main { display: contents; }
  .pg:not(.projector) > *, .pg:not(.projector) .main > * { order: 3; }
  .pg:not(.projector) > .bar[role="toolbar"], .pg:not(.projector) > .messages { order: 0; }
  .pg:not(.projector) .main > .output { order: 1; }
  .pg:not(.projector) > .helpline { order: 2; }
  .pg:not(.projector) > .footer { order: 9; }
  .pg:not(.projector) .output > h2 { display: none; }
  .pg:not(.projector) .output-body { display: flex; flex-direction: column; gap: 12px; }
  .pg:not(.projector) .figure { max-width: min(100%, 720px, calc(100svh - 210px)); align-self: center; }
  .pg:not(.projector) .output { padding-top: 8px; }
}
@container (max-width: 639px) {
  /* A phone is not a projector: its classroom tools wait behind More settings too. */
  .pg:not(.more-open) .classroom { display: none; }
  .pg:not(.projector) .figure { max-width: none; }
  .pg:not(.projector) .output { padding: 6px 4px 10px; border: 0; }
  .pg .playback button { padding: 6px 10px; }
  .pg .epoch { min-width: 5em; }
}

/* Projector mode: the stage. */
.pg.projector {
  --side: 340px;
  --stage: min(calc(100dvh - 32px), calc(100% - var(--side) - 16px));
  display: grid; grid-template-columns: var(--stage) minmax(0, 1fr);
  grid-template-rows: repeat(6, max-content) 1fr; grid-auto-flow: row dense;
  column-gap: 16px; row-gap: 12px; align-items: start;
}
.pg.projector > * { grid-column: 2; min-width: 0; }
.pg.projector .main, .pg.projector .main > .output, .pg.projector .output-body { display: contents; }
.pg.projector .main > section:not(.output) { grid-column: 1 / -1; }
.pg.projector .output > h2 { display: none; }
.pg.projector .figure { grid-column: 1; grid-row: 1 / 8; width: 100%; max-width: none; align-self: start; }
.pg.projector .figure > .plot { order: -1; }
.pg.projector .side { grid-column: 2; }
.pg.projector > .footer { grid-column: 1 / -1; }
.pg.projector .bar { padding: 8px 10px; gap: 8px 12px; }
.pg.projector .playback { flex-wrap: wrap; }
.pg.projector .chart { height: min(240px, 24dvh); }
.pg.projector .readouts dd { font-size: 36px; }
/* A phone held up as a projector (narrow): the stage's two columns would leave the picture a
   few pixels wide, so one column: the bar, the picture across the width, the help line, the
   numbers and charts, then the settings. */
@container (max-width: 639px) {
  .pg.projector { display: flex; flex-direction: column; gap: 10px; }
  .pg.projector > *, .pg.projector .output-body > * { order: 3; }
  .pg.projector > .bar[role="toolbar"], .pg.projector > .messages { order: 0; }
  .pg.projector .figure { order: 1; width: 100%; }
  .pg.projector > .helpline { order: 2; }
  .pg.projector .main > section:not(.output) { order: 4; }
  .pg.projector > .footer { order: 9; }
  .pg.projector .readouts dd { font-size: 30px; }
}
`;
