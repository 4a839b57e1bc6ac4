// The classroom tools of a widget, for either page mode: projector mode (the `projector`
// attribute, a toolbar button, and on by itself while the element is full screen), the
// colour palette (the config's `palette` key, so the link keeps it; set by the `palette`
// attribute and a select), a PNG of the map and the charts for
// slides, the charts' decimal separator, and the reduced-motion preference (no autoplay).
// The wasm handle draws what it owns (`set_view_style`, `set_decimal_comma`); the styles
// follow the classes `projector` and `colorblind` on the widget's `.pg` container.

import { el, button, selectField } from '../shell/dom.js';
import { format } from '../i18n/format.js';
import { downloadBlob } from '../shell/files.js';
import './strings.js';

/** The palettes offered (values of the `palette` attribute). */
export const PALETTES = ['classic', 'colorblind'];
/** The exported picture's size in pixels, and its name. */
export const EXPORT_WIDTH = 1600;
export const EXPORT_HEIGHT = 900;
export const EXPORT_FILE = 'nn-playground.png';
/** Room under each exported chart for its caption, in pixels. */
const CAPTION = 56;

/** Whether the user asked the system for reduced motion (then nothing starts by itself). */
export function prefersReducedMotion() {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Adds the classroom tools to the widget just built in `root` (the shadow root of `host`).
 * `options`: `mode` ('classify', 'gan', …), `parts` (the mode's controls: its toolbar and
 * canvases), `handle()` (the wasm handle now), `redraw()` (asks for a frame), `pictures` (the
 * canvases layered as the exported picture), `charts` (those placed beside it, each captioned
 * with its aria-label) and optionally `settings(pg)`, the picture's settings line (by default
 * the demo's name and its step; `titleParts` helps to write one).
 */
export function attachClassroom(host, root, t, options) {
  return new Classroom(host, root, t, options);
}

class Classroom {
  #host;
  #t;
  #options;
  #container;
  #button;
  #select;
  #note;
  /** The projector state the button chose, or null to follow the attribute and full screen. */
  #chosen = null;
  #palette = 'classic';
  #observer;
  #onFullscreen = () => this.#fullscreenChanged();

  constructor(host, root, t, options) {
    this.#host = host;
    this.#t = t;
    this.#options = options;
    this.#container = root.querySelector('.pg');
    const c = t.classroom;
    const helps = options.parts.helps;
    this.#button = button('projector', c.projector, () => this.#toggle(), helps, { 'aria-pressed': 'false' });
    const palette = selectField('palette', c.palette, PALETTES.map((p) => [p, c.palettes[p]]), (v) => this.#setPalette(v));
    this.#select = palette.select;
    // The GAN's green and purple already stay apart for colour-blind viewers (ΔE 53 or more
    // under simulated deuteranopia, protanopia and tritanopia): it has no palette to choose.
    // The palette recolours the classifier's map only.
    palette.field.hidden = options.mode !== 'classify';
    const exportButton = button('export-png', c.exportPng, () => this.exportPng(), helps);
    this.#note = el('p', { class: 'classroom-note', role: 'status', id: 'classroom-note' });
    const group = el('div', { class: 'classroom', role: 'group', 'aria-label': c.group }, [
      this.#button,
      palette.field,
      exportButton,
    ]);
    const bar = root.querySelector('.bar[role="toolbar"]') ?? this.#container;
    bar.append(group, this.#note);
    this.#observer = new MutationObserver(() => this.#attributesChanged());
    this.#observer.observe(host, { attributes: true, attributeFilter: ['projector', 'palette'] });
    document.addEventListener('fullscreenchange', this.#onFullscreen);
    this.#call((pg) => pg.set_decimal_comma(usesDecimalComma(t.lang)));
    this.#attributesChanged();
  }

  /** Whether projector mode is on. */
  get projector() {
    if (this.#chosen != null) return this.#chosen;
    return this.#host.hasAttribute('projector') || document.fullscreenElement === this.#host;
  }

  #toggle() {
    this.#chosen = !this.projector;
    this.#apply();
  }

  #attributesChanged() {
    if (!this.#alive()) return;
    this.#chosen = null;
    const asked = this.#host.getAttribute('palette');
    this.#note.textContent = '';
    if (asked != null && asked !== '') {
      // The attribute sets the config's key (the link's palette otherwise stays).
      if (PALETTES.includes(asked)) this.#setPalette(asked);
      else this.#note.textContent = format(this.#t.classroom.badPalette, { name: asked });
    }
    this.configChanged();
  }

  /** Follows the config's palette (after any change of the settings: a link, a file). */
  configChanged() {
    if (!this.#alive()) return;
    let config = '';
    this.#call((pg) => (config = pg.config()), false);
    const palette = new URLSearchParams(config).get('palette');
    this.#palette = PALETTES.includes(palette) ? palette : 'classic';
    this.#apply();
  }

  #fullscreenChanged() {
    if (!this.#alive()) return;
    this.#chosen = null;
    this.#apply();
  }

  /** Writes the palette `name` into the config: the widget's own change when it is running
   * (the link follows), the handle's while the widget is being built. */
  #setPalette(name) {
    const query = `palette=${PALETTES.includes(name) ? name : 'classic'}`;
    if (this.#host.started && this.#options.handle() && this.#host.config) this.#host.set(query);
    else this.#call((pg) => pg.set_config(query), false);
    this.configChanged();
  }

  /** Shows the current projector state and palette in the controls, the styles and the
   * handle's drawing. */
  #apply() {
    const on = this.projector;
    this.#container.classList.toggle('projector', on);
    this.#container.classList.toggle('colorblind', this.#palette === 'colorblind');
    this.#button.setAttribute('aria-pressed', String(on));
    this.#select.value = this.#palette;
    this.#call((pg) => pg.set_view_style(on, this.#palette));
  }

  /** False (and stops listening) once the widget this belongs to has been replaced. */
  #alive() {
    // The element's shadow root drops the old container when the widget is rebuilt.
    if (this.#container.parentNode) return true;
    this.#observer.disconnect();
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
    return false;
  }

  #call(fn, redraw = true) {
    const pg = this.#options.handle();
    if (!pg) return;
    try {
      fn(pg);
    } catch {
      // The handle is gone (the widget failed or switched modes): nothing to restyle.
    }
    if (redraw) this.#options.redraw();
  }

  /** Downloads the map, the charts and a title line with the key settings as one PNG. */
  exportPng() {
    const canvas = composePicture(this.#options, this.#t);
    canvas.toBlob((blob) => {
      if (!blob) return;
      downloadBlob(blob, EXPORT_FILE);
      this.#note.textContent = format(this.#t.classroom.saved, { file: EXPORT_FILE });
    }, 'image/png');
  }
}

/** Whether numbers in `lang` use a decimal comma. */
function usesDecimalComma(lang) {
  return new Intl.NumberFormat(lang).format(1.5).includes(',');
}

/** The map with its points, the charts and the title lines on one canvas. */
function composePicture(options, t) {
  const { handle, pictures: maps, charts } = options;
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_WIDTH;
  canvas.height = EXPORT_HEIGHT;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT);
  const pg = handle();
  const top = 120;
  const side = EXPORT_HEIGHT - top - 30;
  ctx.imageSmoothingEnabled = true;
  for (const c of maps) {
    // Layers of one square picture (map, points); a wider plot keeps its proportions.
    if (!c?.width || !c.height) continue;
    const scale = Math.min(side / c.width, side / c.height);
    ctx.drawImage(c, 30, top, c.width * scale, c.height * scale);
  }
  const shown = charts.filter((c) => c?.width && c.height && c.getClientRects().length);
  const x = 30 + side + 40;
  const width = EXPORT_WIDTH - x - 30;
  const each = shown.length ? (side - 20 * (shown.length - 1)) / shown.length : 0;
  ctx.fillStyle = '#1f2328';
  ctx.textBaseline = 'top';
  ctx.font = '20px system-ui, sans-serif';
  shown.forEach((c, i) => {
    // Each chart with its accessible description (what its curves are) as a caption.
    const y = top + i * (each + 20);
    const scale = Math.min(width / c.width, (each - CAPTION) / c.height);
    ctx.drawImage(c, x, y, c.width * scale, c.height * scale);
    fillWrapped(ctx, c.getAttribute('aria-label') ?? '', x, y + c.height * scale + 6, width, 24);
  });
  ctx.font = '600 36px system-ui, sans-serif';
  ctx.fillText(t.classroom.title, 30, 24);
  ctx.font = '26px system-ui, sans-serif';
  ctx.fillText(settingsLine(options, pg, t), 30, 72, EXPORT_WIDTH - 60);
  return canvas;
}

/** Draws `text` from (x, y) in lines at most `width` wide, `lineHeight` apart. */
function fillWrapped(ctx, text, x, y, width, lineHeight) {
  let line = '';
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(longer).width > width) {
      ctx.fillText(line, x, y, width);
      y += lineHeight;
      line = word;
    } else {
      line = longer;
    }
  }
  ctx.fillText(line, x, y, width);
}

/** The title's second line: the settings a viewer needs to redo the run (the mode's own
 * `settings` line, else the demo's name and its step). */
function settingsLine({ mode, settings }, pg, t) {
  if (!pg) return '';
  if (settings) return settings(pg);
  const stats = pg.stats();
  const whole = new Intl.NumberFormat(t.lang);
  const c = t.classroom;
  return format(c.titleOther, { demo: c.demos[mode] ?? mode, epoch: whole.format(Math.floor(stats?.epoch ?? 0)) });
}

/** What a mode's settings line is made of: the run's settings (`params`) and numbers
 * (`stats`), number formats of the page's language, and `layers(key)`, the hidden layers
 * as the link writes them (or "no hidden layer"). */
export function titleParts(pg, t) {
  const params = new URLSearchParams(pg.config());
  return {
    params,
    stats: pg.stats(),
    number: new Intl.NumberFormat(t.lang, { maximumFractionDigits: 6 }),
    whole: new Intl.NumberFormat(t.lang),
    layers: (key) => params.get(key) || t.classroom.noHidden,
  };
}
