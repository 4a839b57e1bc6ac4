// Styles of the sound mode only, as a constructable stylesheet adopted next to the playground's
// own (shell/styles.js). The network's colour is the Rust drawing's (WAVE_NETWORK in
// src/modes/sound/draw.rs; Okabe–Ito vermillion in the colour-blind palette).

const CSS = `
.sound { --net: #1f6feb; }
.sound.colorblind { --net: #d55e00; }
.sound .targets { display: grid; grid-template-columns: repeat(auto-fill, minmax(104px, 1fr)); gap: 6px; }
.sound .targets button { min-height: 36px; padding: 4px 4px; font-size: 14px; }
.sound .targets button[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.sound .pair { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; align-items: end; }
.sound .pair[hidden] { display: none; }
.sound .figure { display: flex; flex-direction: column; gap: 8px; }
.sound .plot { aspect-ratio: 3 / 1; }
.sound canvas.wave { border: 1px solid var(--line); border-radius: 4px; }
.sound .spectrograms { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; }
.sound figure { margin: 0; display: flex; flex-direction: column; gap: 2px; }
.sound figcaption { font-size: 14px; color: var(--muted); text-align: center; }
.sound canvas.spec {
  width: 100%; aspect-ratio: 4 / 3; display: block; border-radius: 4px; background: #000004;
}
.sound .listen { display: flex; flex-wrap: wrap; gap: 8px; }
.sound .listen button { min-height: 44px; padding: 6px 14px; font-size: 15px; font-weight: 600; }
.sound .listen-status { min-height: 1.4em; margin: 0; }
.sound .field-auvolume input[type="range"] { width: 100%; accent-color: var(--net); }
.sound .readouts { grid-template-columns: repeat(2, minmax(0, 1fr)); }
.sound .readouts > div:first-child { grid-column: 1 / -1; }
.sound .readouts dd { font-size: 20px; }
.sound .readouts dt { overflow-wrap: break-word; }
.sound .chart { height: 160px; }
/* Projector mode: the pictures are wider than tall, so the stage takes the width the side
   column leaves, and they share the screen's height. */
.pg.sound.projector { --stage: calc(100% - var(--side) - 16px); }
.sound.projector .plot { aspect-ratio: auto; height: 38dvh; }
.sound.projector canvas.spec { aspect-ratio: auto; height: 46dvh; }
/* A phone held up as a projector: the wave and both spectrograms on one screen. */
@container (max-width: 639px) {
  .sound.projector .plot { height: 30dvh; }
  .sound.projector canvas.spec { height: 30dvh; }
}
.sound.projector .listen button { font-size: 22px; min-height: 56px; }
.sound.projector .chart { height: min(200px, 20dvh); }
@container (min-width: 640px) {
  .sound .output-body { display: grid; grid-template-columns: minmax(0, 1.5fr) minmax(220px, 1fr); gap: 12px; align-items: start; }
}
@container (min-width: 1100px) {
  .sound .sound-main { grid-template-columns: minmax(170px, 0.6fr) minmax(230px, 0.8fr) minmax(600px, 3fr); }
}
`;

/** The sound mode's stylesheet (one object, shared by every sound widget on the page). */
export const soundSheet = new CSSStyleSheet();
soundSheet.replaceSync(CSS);
