// Styles of the embedding shell, as one constructable stylesheet adopted next to the mode's
// own (so it works under style-src 'self'): the size attribute, full screen, the controls an
// embed hides or locks, the sections left when some are hidden, and the shortcuts dialog.

/** Widths of the `size` attribute's values, in CSS pixels (the layout's container queries
 * then pick one, two or three columns inside). */
export const SIZES = { small: 560, medium: 900, large: null };
/** The largest plot (the output map) of each size, in CSS pixels. */
const PLOTS = { small: 320, medium: 460 };

const CSS = `
:host([size="small"]) { max-width: ${SIZES.small}px; }
:host([size="medium"]) { max-width: ${SIZES.medium}px; }
:host([size="small"]) .figure { max-width: ${PLOTS.small}px; }
:host([size="medium"]) .figure { max-width: ${PLOTS.medium}px; }
:host(:fullscreen) { max-width: none; background: #fff; overflow: auto; padding: 16px; }
[data-embed-hidden] { display: none !important; }
[data-embed-locked] label { opacity: 0.6; }
.waiting { min-height: 360px; display: flex; align-items: center; justify-content: center;
  color: var(--muted); border: 1px dashed var(--line); border-radius: 8px; }
.embed-issues { border: 1px solid #d4a72c; background: #fff8c5; border-radius: 8px; padding: 8px 14px; }
.embed-issues p { margin: 0; font-weight: 600; }
.embed-issues ul { margin: 4px 0 0; padding-left: 20px; }
@container (min-width: 640px) {
  .main[data-sections="1"], .main[data-sections="2"] { grid-template-columns: minmax(0, 1fr); }
}
@container (min-width: 1100px) {
  .main[data-sections="2"] { grid-template-columns: minmax(250px, 1fr) minmax(600px, 2.6fr); }
}
.shortcuts { border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; max-width: 420px;
  color: var(--ink); font: inherit; }
.shortcuts::backdrop { background: rgba(0, 0, 0, 0.35); }
.shortcuts h2 { text-transform: none; letter-spacing: 0; color: var(--ink); font-size: 18px; margin: 0 0 10px; }
.shortcuts dl { display: grid; grid-template-columns: auto 1fr; gap: 6px 14px; margin: 0 0 14px; }
.shortcuts dt { margin: 0; }
.shortcuts dd { margin: 0; }
.shortcuts kbd { display: inline-block; min-width: 2em; text-align: center; padding: 2px 6px;
  border: 1px solid #8c959f; border-bottom-width: 2px; border-radius: 4px; background: var(--panel); font: inherit; }
`;

/** The shell's stylesheet (shared by every element: read-only). */
export const embedSheet = new CSSStyleSheet();
embedSheet.replaceSync(CSS);

/** Fewest and most pixels the `width` attribute may ask for. */
export const WIDTH_RANGE = [240, 4000];

/** A stylesheet giving the host at most `px` pixels of width (for the `width` attribute). */
export function widthSheet(px) {
  const s = new CSSStyleSheet();
  s.replaceSync(`:host { max-width: ${px}px; }`);
  return s;
}
