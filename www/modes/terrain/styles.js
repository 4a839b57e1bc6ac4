// Styles of the terrain mode only, as a constructable stylesheet adopted next to the
// playground's own (shell/styles.js).

const CSS = `
.terrain .pad-box { width: 100%; max-width: 320px; aspect-ratio: 1; }
.terrain canvas.pad {
  width: 100%; height: 100%; display: block; touch-action: none; cursor: crosshair;
  border: 1px solid var(--line); border-radius: 6px;
}
.terrain canvas.pad:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; }
.terrain .plot canvas.relief { width: 100%; aspect-ratio: 4 / 3; display: block; border-radius: 6px; }
.terrain .plot canvas.relief[hidden] { display: none; }
.terrain .field input[type="range"] { width: 100%; accent-color: var(--ink); }
.terrain .warnings {
  border: 2px solid #b35806; background: #fff3e0; color: #7f3b08; border-radius: 8px; padding: 8px 12px; font-weight: 600;
}
.terrain .warnings:empty { display: none; }
.terrain .notice:empty { display: none; }
.terrain .loss { font-variant-numeric: tabular-nums; }
.terrain.projector .pad-box { max-width: 420px; }
/* On the projector's stage the latent pad sits beside the relief, in the side column: the
   class sees each terrain change as the teacher walks the pad. */
.pg.terrain.projector .main > section.latent { grid-column: 2; }
.pg.terrain.projector .latent .pad-box { max-width: min(420px, 36dvh); }
.terrain.projector .note { font-size: 20px; }
.terrain.projector .field label { font-size: 19px; }
@container (min-width: 640px) {
  .terrain .output-body { display: grid; grid-template-columns: minmax(0, 2fr) minmax(200px, 1fr); gap: 12px; align-items: start; }
}
@container (min-width: 1100px) {
  .terrain .terrain-main { grid-template-columns: minmax(220px, 0.8fr) minmax(180px, 0.6fr) minmax(560px, 3fr); }
}
`;

/** The terrain mode's stylesheet (one object, shared by every terrain widget on the page). */
export const terrainSheet = new CSSStyleSheet();
terrainSheet.replaceSync(CSS);
