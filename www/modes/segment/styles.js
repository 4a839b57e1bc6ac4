// Styles of the segment mode only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js).

const CSS = `
.segment .plot canvas.picture {
  display: block; width: 100%; height: auto; aspect-ratio: 1; touch-action: none; cursor: crosshair;
  image-rendering: pixelated; border-radius: 4px;
}
.segment .plot canvas.picture:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
.segment .labels { display: grid; grid-template-columns: repeat(auto-fill, minmax(110px, 1fr)); gap: 6px; }
.segment .label-button { display: flex; align-items: center; gap: 6px; min-height: 36px; padding: 4px 8px; font-size: 14px; }
.segment .label-button[hidden] { display: none; }
.segment .label-button .swatch {
  width: 14px; height: 14px; border-radius: 3px; background: var(--c, #fff); border: 1px solid #1f2328; flex: none;
}
.segment .label-button.eraser .swatch { background: repeating-linear-gradient(45deg, #fff 0 3px, #8c959f 3px 5px); }
.segment .label-button[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.segment .paint-tools { display: flex; flex-wrap: wrap; gap: 6px; align-items: end; }
.segment .paint-tools button { min-height: 34px; padding: 2px 10px; font-size: 14px; }
.segment .scenes { display: grid; grid-template-columns: repeat(auto-fill, minmax(110px, 1fr)); gap: 6px; }
.segment .scenes button { min-height: 36px; padding: 4px 8px; font-size: 14px; }
.segment .scenes button[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.segment .upload-button {
  display: inline-block; border: 1px solid #8c959f; border-radius: 6px; padding: 6px 10px; cursor: pointer; font-size: 14px;
}
.segment .readouts dd { font-size: 26px; }
.segment .note.warn { color: #7f3b08; font-weight: 600; }
.segment .note:empty { display: none; }
.segment .chart { height: 180px; }
.segment.projector .label-button, .segment.projector .scenes button { font-size: 19px; min-height: 46px; }
.segment.projector .chart { height: 280px; }
@container (min-width: 640px) {
  .segment .output-body { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(220px, 1fr); align-items: start; gap: 12px; }
}
@container (min-width: 1100px) {
  .segment .output-body { grid-template-columns: minmax(0, 1.5fr) minmax(220px, 1fr); }
}
.segment .network { display: flex; flex-direction: column; gap: 8px; margin-top: 8px; }
.segment .network h3 { margin: 4px 0 0; font-size: 15px; }
`;

/** The segment mode's stylesheet (one object, shared by every segment widget on the page). */
export const segmentSheet = new CSSStyleSheet();
segmentSheet.replaceSync(CSS);
