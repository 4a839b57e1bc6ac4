// Styles of the digits mode only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js). The right and wrong colours are the diverging palette's
// ends, as the Rust pictures draw them (src/modes/digits/draw.rs).

const CSS = `
.digits { --right: #0877bd; --wrong: #f59322; }
.digits.colorblind { --right: #0072b2; --wrong: #e69f00; }
.digits .pad-row { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 12px; align-items: start; }
.digits .pad-box { position: relative; }
.digits .pad {
  display: block; width: 100%; aspect-ratio: 1; touch-action: none; cursor: crosshair;
  border: 2px solid var(--line); border-radius: 8px; background: #fff;
}
.digits .pad:focus-visible { outline: 3px solid var(--focus, #0969da); outline-offset: 2px; }
.digits .pad-hint { position: absolute; left: 0; right: 0; bottom: 6px; margin: 0; text-align: center; font-size: 13px; color: var(--muted); pointer-events: none; }
.digits .pad-box.inked .pad-hint { display: none; }
.digits .bars { list-style: none; margin: 4px 0 8px; padding: 0; display: flex; flex-direction: column; gap: 3px; }
.digits .bars li { display: grid; grid-template-columns: 1.2em minmax(0, 1fr) 3.6em; gap: 6px; align-items: center; font-variant-numeric: tabular-nums; font-size: 14px; }
.digits .bar-digit { font-weight: 600; text-align: center; }
.digits .bar-track { height: 14px; background: #eef1f4; border-radius: 3px; overflow: hidden; }
.digits .bar-fill { display: block; height: 100%; width: calc(var(--p, 0) * 100%); background: #8c959f; }
.digits .bars li.top .bar-fill { background: var(--right); }
.digits .bars li.top .bar-digit { color: var(--right); }
.digits .bar-value { text-align: right; color: var(--muted); font-size: 12px; }
.digits .seen-box { display: flex; align-items: center; gap: 8px; }
.digits .seen { width: 64px; height: 64px; image-rendering: pixelated; border: 1px solid var(--line); }
.digits .pad-tools { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 8px; }
.digits .pad-tools button { min-height: 36px; padding: 2px 12px; }
.digits .guess { margin: 0; font-weight: 600; flex: 1 1 12em; min-width: 0; line-height: 1.3; min-height: 2.6em; display: flex; align-items: center; }
.digits .digits-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 6px 12px; }
.digits .digits-fields input[type="text"] { width: 100%; box-sizing: border-box; }
.digits .confusion-box { display: grid; grid-template-columns: 1.2em minmax(0, 1fr); grid-template-rows: auto auto; gap: 2px; max-width: 320px; }
.digits .confusion-box .top { grid-column: 2; display: grid; grid-template-columns: repeat(10, 1fr); text-align: center; font-size: 12px; color: var(--muted); }
.digits .confusion-box .left { grid-column: 1; grid-row: 2; display: grid; grid-template-rows: repeat(10, 1fr); text-align: center; font-size: 12px; color: var(--muted); align-items: center; }
.digits .confusion { grid-column: 2; grid-row: 2; width: 100%; aspect-ratio: 1; image-rendering: pixelated; }
.digits .samples { width: 100%; max-width: 420px; aspect-ratio: 8 / 3; image-rendering: pixelated; }
.digits .chart { width: 100%; height: 180px; }
.pg.projector.digits .bars li { font-size: 20px; }
.pg.projector.digits .bar-track { height: 22px; }
/* A phone held as a projector (narrow: one column, styles-layout.js): bars that fit beside
   the pad. */
@container (max-width: 639px) {
  .pg.projector.digits .bars li { font-size: 16px; grid-template-columns: 1em minmax(0, 1fr) 3em; gap: 4px; }
  .pg.projector.digits .bar-track { height: 16px; }
  .pg.projector.digits .seen-box { flex-wrap: wrap; }
}
/* On the projector's stage: the pad as large as the screen allows, the ten probabilities as
   upright bars under it, what the network sees beside them. */
@container (min-width: 640px) {
  .pg.projector.digits .pad-row { grid-template-columns: minmax(0, 1fr); justify-items: center; }
  .pg.projector.digits .pad-box { width: min(100%, calc(84dvh - 200px)); }
  .pg.projector.digits .probabilities { width: 100%; display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 4px 12px; align-items: end; }
  .pg.projector.digits .probabilities > .caption { grid-column: 1 / -1; }
  .pg.projector.digits .bars { flex-direction: row; gap: 6px; height: 18dvh; margin: 0; }
  .pg.projector.digits .bars li { flex: 1 1 0; min-width: 0; display: grid; grid-template-columns: none; grid-template-rows: auto minmax(0, 1fr) auto; gap: 2px; height: 100%; font-size: 18px; }
  .pg.projector.digits .bar-value { grid-row: 1; text-align: center; font-size: 14px; }
  .pg.projector.digits .bar-track { grid-row: 2; height: 100%; display: flex; align-items: flex-end; }
  .pg.projector.digits .bar-digit { grid-row: 3; }
  .pg.projector.digits .bar-fill { width: 100%; height: calc(var(--p, 0) * 100%); }
  .pg.projector.digits .seen-box { flex-direction: column; align-items: center; max-width: 9em; text-align: center; }
}
/* A wide screen: the stage takes all the width the side column leaves, the pad stays as high
   as the screen allows and the bars spread under it. */
@container (min-width: 1400px) {
  .pg.digits.projector { --stage: calc(100% - var(--side) - 16px); }
}
@container (min-width: 640px) {
  .digits .output-body { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(220px, 1fr); align-items: start; }
}
@container (min-width: 1100px) {
  /* The pad and its bars are what the class looks at: they take the most room. */
  .digits .digits-main { grid-template-columns: minmax(190px, 0.55fr) minmax(680px, 3fr); }
  .digits .output-body { grid-template-columns: minmax(0, 1.4fr) minmax(260px, 1fr); }
}
@media (prefers-reduced-motion: no-preference) {
  .digits .bar-fill { transition: width 80ms linear; }
}
`;

export const digitsSheet = new CSSStyleSheet();
digitsSheet.replaceSync(CSS);
