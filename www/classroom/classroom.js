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

/** The palettes offered (values of the `palette` attribute and config key). */
export const PALETTES = ['classic', 'colorblind'];
/** The modes whose pictures the palette recolours. */
const PALETTE_MODES = ['classify', 'race', 'curve', 'digits', 'sound'];
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
    // under simulated deuteranopia, protanopia and tritanopia), and the image mode shows the
    // picture's own colours: neither has a palette to choose.
    palette.field.hidden = !PALETTE_MODES.includes(options.mode);
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
    const canvas = composePicture(this.#options, this.#t, this.#container);
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

/** The picture's layout, in pixels: margins, the header's three lines, the legend's strip. */
const MARGIN = 30;
const HEADER = 160;
const LEGEND_STRIP = 56;
/** Chart text in the picture is this many times the page's 12 px. */
const EXPORT_SCALE = 1.5;

/** The main picture with its legend, the charts drawn again at the picture's size with their
 * captions, and the title, settings and metrics lines, on one canvas. */
function composePicture(options, t, container) {
  const { handle, pictures: maps, charts, parts } = options;
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_WIDTH;
  canvas.height = EXPORT_HEIGHT;
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT);
  const pg = handle();
  const side = EXPORT_HEIGHT - HEADER - LEGEND_STRIP - MARGIN;
  let right = MARGIN;
  for (const c of maps) {
    // Layers of one picture (map, points); a wider plot keeps its proportions. Pictures of a
    // few pixels (the image mode's) stay sharp.
    if (!c?.width || !c.height) continue;
    const scale = Math.min(side / c.width, side / c.height);
    ctx.imageSmoothingEnabled = c.width >= side / 2;
    ctx.drawImage(c, MARGIN, HEADER, c.width * scale, c.height * scale);
    right = Math.max(right, MARGIN + c.width * scale);
  }
  ctx.imageSmoothingEnabled = true;
  drawLegend(ctx, parts?.legend, MARGIN, HEADER + side + 14, right - MARGIN);
  drawCharts(ctx, pg, charts.filter((c) => c?.width && c.height && c.getClientRects().length), right + 40);
  ctx.fillStyle = '#1f2328';
  ctx.textBaseline = 'top';
  ctx.font = '600 36px system-ui, sans-serif';
  ctx.fillText(t.classroom.title, MARGIN, 20);
  ctx.font = '24px system-ui, sans-serif';
  fillWrapped(ctx, settingsLine(options, pg, t, container), MARGIN, 66, EXPORT_WIDTH - 2 * MARGIN, 28, 2);
  ctx.font = '600 22px system-ui, sans-serif';
  fillWrapped(ctx, metricsLine(container), MARGIN, 124, EXPORT_WIDTH - 2 * MARGIN, 26, 1);
  return canvas;
}

/** The charts in a column from `x`, each drawn again by the handle at its slot's size (a
 * picture that is not a chart, scaled), with its description as a caption. */
function drawCharts(ctx, pg, shown, x) {
  const width = EXPORT_WIDTH - x - MARGIN;
  const height = EXPORT_HEIGHT - HEADER - MARGIN;
  const each = shown.length ? (height - 20 * (shown.length - 1)) / shown.length : 0;
  let index = 0;
  shown.forEach((c, i) => {
    const y = HEADER + i * (each + 20);
    const slot = { w: Math.round(width), h: Math.round(each - CAPTION) };
    let drawn = false;
    if (c.classList.contains('chart')) {
      const copy = document.createElement('canvas');
      [copy.width, copy.height] = [slot.w, slot.h];
      copy.setAttribute('data-scale', String(EXPORT_SCALE));
      try {
        drawn = pg?.draw_chart_on(index, copy) ?? false;
      } catch {
        drawn = false;
      }
      index += 1;
      if (drawn) ctx.drawImage(copy, x, y);
    }
    let bottom = y + slot.h;
    if (!drawn) {
      const scale = Math.min(slot.w / c.width, slot.h / c.height);
      ctx.imageSmoothingEnabled = c.width >= slot.w / 2;
      ctx.drawImage(c, x, y, c.width * scale, c.height * scale);
      ctx.imageSmoothingEnabled = true;
      bottom = y + c.height * scale;
    }
    ctx.fillStyle = '#1f2328';
    ctx.textBaseline = 'top';
    ctx.font = '20px system-ui, sans-serif';
    fillWrapped(ctx, c.getAttribute('aria-label') ?? '', x, bottom + 6, width, 24, 2);
  });
}

/** The page's legend under the picture (`list`, shell/legend.js), drawn in rows of 28 px from
 * (x, y) at most `width` wide: each mark in its computed colours, then its text. */
function drawLegend(ctx, list, x, y, width) {
  if (!list) return;
  ctx.font = '20px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  let at = x;
  let mid = y + 14;
  for (const li of list.children) {
    if (li.hidden) continue;
    const mark = li.querySelector('.mark');
    const text = li.textContent;
    const kind = ['dot', 'line', 'area', 'ring'].find((k) => mark?.classList.contains(k));
    const style = mark ? getComputedStyle(mark) : null;
    const colours = style ? markColours(style) : [];
    const markWidth = kind && colours.length ? MARK_WIDTHS[kind] + 8 : 0;
    const w = markWidth + ctx.measureText(text).width + 22;
    if (at + w > x + width && at > x) [at, mid] = [x, mid + 28];
    if (markWidth) drawMark(ctx, kind, colours, style, at, mid);
    ctx.fillStyle = '#1f2328';
    ctx.fillText(text, at + markWidth, mid);
    at += w;
  }
}

/** The width of each kind of legend mark in the picture. */
const MARK_WIDTHS = { line: 30, area: 24, dot: 22, ring: 22 };

/** The colours a legend mark shows: its gradient's stops, or its background colour. */
function markColours(style) {
  const image = style.backgroundImage;
  if (image && image !== 'none') return image.match(/(rgba?\([^)]*\)|color\([^)]*\))/g) ?? [];
  const fill = style.backgroundColor;
  if (fill && fill !== 'rgba(0, 0, 0, 0)') return [fill];
  return [style.borderTopColor];
}

/** Draws one legend mark of `kind` centred on `mid` from `x`; returns its width. */
function drawMark(ctx, kind, colours, style, x, mid) {
  if (kind === 'line') {
    ctx.fillStyle = colours[0];
    ctx.fillRect(x, mid - 2.5, 30, 5);
    return 30;
  }
  if (kind === 'area') {
    colours.forEach((c, i) => {
      ctx.fillStyle = c;
      ctx.fillRect(x + (i * 24) / colours.length, mid - 10, 24 / colours.length, 20);
    });
    return 24;
  }
  ctx.beginPath();
  ctx.arc(x + 10, mid, 9, 0, 2 * Math.PI);
  if (kind === 'dot') {
    ctx.fillStyle = colours[0];
    ctx.fill();
  }
  ctx.lineWidth = 3;
  ctx.strokeStyle = kind === 'ring' ? colours[0] : style.borderTopColor;
  ctx.stroke();
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#8c959f';
  ctx.beginPath();
  ctx.arc(x + 10, mid, 11, 0, 2 * Math.PI);
  ctx.stroke();
  return 22;
}

/** The current numbers as the page shows them: each visible readout ("Training loss 0.415"),
 * or each racer's standing. */
function metricsLine(container) {
  const shown = (n) => n.getClientRects().length > 0;
  const readouts = [...container.querySelectorAll('.readouts dt')].filter(shown)
    .map((dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent ?? ''}`.trim());
  const racers = [...container.querySelectorAll('.race-legend li')].filter(shown)
    .map((li) => [li.querySelector('.name'), li.querySelector('.loss')].map((n) => n?.textContent ?? '').join(' ').trim());
  return [...readouts, ...racers].join(' · ');
}

/** Draws `text` from (x, y) in lines at most `width` wide, `lineHeight` apart, at most
 * `lines` of them (the last one squeezed to fit). */
function fillWrapped(ctx, text, x, y, width, lineHeight, lines = Infinity) {
  let line = '';
  let count = 1;
  for (const word of text.split(' ')) {
    const longer = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(longer).width > width && count < lines) {
      ctx.fillText(line, x, y, width);
      y += lineHeight;
      count += 1;
      line = word;
    } else {
      line = longer;
    }
  }
  ctx.fillText(line, x, y, width);
}

/** The title's second line: the settings a viewer needs to redo the run (the mode's own
 * `settings` line, else the demo's name and its step, then the choices its controls show). */
function settingsLine({ mode, settings }, pg, t, container) {
  if (!pg) return '';
  if (settings) return settings(pg);
  const stats = pg.stats();
  const whole = new Intl.NumberFormat(t.lang);
  const c = t.classroom;
  const head = format(c.titleOther, { demo: c.demos[mode] ?? mode, epoch: whole.format(Math.floor(stats?.epoch ?? 0)) });
  return [head, ...controlChoices(container)].join(' · ');
}

/** What the visible controls show: the pressed choice buttons (a surface, a target) and each
 * field's label and value ("Learning rate 0.01"). */
function controlChoices(container) {
  const shown = (n) => n.getClientRects().length > 0;
  const pressed = [...container.querySelectorAll('.main button[aria-pressed="true"]')].filter(shown)
    .filter((b) => !b.closest('.classroom, .bar, .tools'))
    .map((b) => b.textContent.trim());
  const fields = [...container.querySelectorAll('.main .field')].filter(shown).map((f) => {
    // A racer's fields are named after it ("SGD learning rate 0.18").
    const owner = f.closest('.racer')?.querySelector('.racer-name')?.textContent;
    const own = f.querySelector('label')?.textContent.trim() ?? '';
    const label = owner ? `${owner} ${own.toLowerCase()}` : own;
    const select = f.querySelector('select');
    const input = f.querySelector('input');
    let value = select?.selectedOptions[0]?.textContent ?? '';
    if (!select && input) value = input.type === 'checkbox' ? (input.checked ? '✓' : '') : (f.querySelector('output')?.textContent ?? input.value);
    return value ? `${label} ${value}`.trim() : '';
  }).filter(Boolean);
  return [...pressed, ...fields];
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
