// Styles of the classroom tools (classroom.js), appended to the base sheet in shell/styles.js:
// the toolbar group, projector mode (large type and high contrast, on the `.projector`
// container), the colour-blind palette's swatches and legends (`.colorblind`), gentle
// transitions that reduced motion turns off, and the reflow for phones and tablets.

export const CLASSROOM_CSS = `
.classroom { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; }
#projector[aria-pressed="true"] { background: var(--ink); border-color: var(--ink); color: #fff; }
.classroom-note { margin: 0; flex-basis: 100%; font-size: 13px; color: var(--muted); }
.classroom-note:empty { display: none; }
button, select, .chips button, .swatch { transition: background-color 0.15s ease, border-color 0.15s ease, box-shadow 0.15s ease; }

.pg.projector {
  --ink: #000; --muted: #1f2328; --line: #57606a; --panel: #eef1f4;
  font-size: 22px;
}
.projector button, .projector select { font-size: 21px; min-height: 48px; border-width: 2px; border-color: #1f2328; }
.projector .field label, .projector .caption, .projector .readouts dt, .projector .legend,
.projector .note, .projector .axis, .projector .map-caption, .projector .helpline,
.projector .chart-readout, .projector .ghosts, .projector .count, .projector h3,
.projector .datasets .label, .projector .layer .name, .projector .footer,
.projector .classroom-note { font-size: 19px; }
.projector .tools button, .projector #output-bias { font-size: 19px; }
.projector h2 { font-size: 22px; color: var(--ink); }
.projector .readouts dd { font-size: 36px; }
.projector .epoch .number { font-size: 46px; }
.projector section, .projector .bar { border-width: 2px; }
.projector .chart { height: 240px; }
.projector .chart.score { height: 180px; }
.projector .legend span::before { height: 6px; width: 26px; }
.projector .legend .train::before { background: #777; }
.projector .legend .test::before { background: #000; }
.projector .col-head, .projector .columns .layer .name, .projector .columns .layer .neurons,
.projector .diagram .chips .label { font-size: 15px; }

.pg.colorblind { --blue: #0072b2; --orange: #d55e00; }
.colorblind .swatch.c0 { background: #d55e00; } .colorblind .swatch.c1 { background: #0072b2; }
.colorblind .swatch.c2 { background: #f0e442; } .colorblind .swatch.c3 { background: #cc79a7; }
.colorblind .swatch.c4 { background: #56b4e9; }
.colorblind .dots span { background: #0072b2; }

@media (prefers-reduced-motion: reduce) {
  *, ::before, ::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}

@container (max-width: 639px) {
  .bar { padding: 8px; gap: 8px 12px; }
  .playback { flex-wrap: wrap; }
  .share { margin-left: 0; flex-wrap: wrap; }
  .readouts dd { font-size: 18px; }
  canvas { max-width: 100%; }
}
@container (min-width: 1100px) {
  /* On a projector the output is what the room looks at: it takes the whole width. */
  .projector .main { grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr); }
  .projector .output { grid-column: 1 / -1; }
  .projector .chart { height: 280px; }
}
`;
