// The image mode of <nn-playground> (demo="image", or mode=image in the link): a network maps
// pixel coordinates (optionally through Fourier features) to colours and learns to redraw a
// picture: a built-in one (face, checkerboard, terrain as shaded relief) or one the student
// uploads. The target and the live reconstruction are blitted by the wasm `ImagePlayground`.

import { plotLegend } from '../../shell/legend.js';
import { el, checkboxField } from '../../shell/dom.js';
import { format } from '../../i18n/format.js';
import { choices } from '../../shell/vocabulary.js';
import { FitWidget, setText } from './base.js';
import {
  set, keySelect, showSelect, targetButtons,
  showTargets, readout, hiddenLabel,
} from './controls.js';
import { readPicture, UploadError } from '../../shell/upload.js';
import { pictureErrorText } from '../../shell/messages.js';

/** How much one frame may train, by speed: [most passes, time budget in ms]. The default does
 * exactly one pass over every pixel per frame. */
const SPEEDS = { pass: [1, Infinity], four: [4, Infinity], max: [1e9, 12] };
const OFFERED = {
  isize: ['16', '32', '64', '128'],
  ifreq: ['8', '16', '32', '64', '128'],
  iscale: ['1', '2', '3', '5', '10', '20'],
  ihidden: ['16,16', '32,32', '32,32,32', '64,64,64', '64,64,64,64', '128,128,128'],
  ilr: ['0.0003', '0.001', '0.002', '0.005', '0.01', '0.03'],
  ibatch: ['32', '64', '128', '256', '512', '1024'],
};

export class ImageWidget extends FitWidget {
  /** Controls behind "More settings" (shell/more.js): all but the picture, the network and its
   * learning rate. */
  static rare = [
    'speed', 'share', 'palette', 'export-png', 'isize', 'icolour', 'ifourier', 'ifreq', 'iscale', 'iact', 'iopt', 'ibatch',
  ];

  constructor(host, root, t, api, options) {
    super(host, root, t, api, options, {
      className: 'image',
      speeds: SPEEDS,
      defaultSpeed: 'pass',
      bar: {
        resetControl: t.fit.controls.resetImage, stepControl: t.fit.controls.stepPass, counter: t.fit.readouts.passes,
        speedLabels: t.fit.values.imageSpeed,
      },
      sections: (w, parts) => [pictureSection(w, parts), networkSection(w, parts), outputSection(w, parts)],
      handle: (module, parts, query) => new module.ImagePlayground(parts.target, parts.output, parts.lossChart, query),
      sized: (parts) => [parts.lossChart],
      showConfig: (w) => showConfig(w),
      showStats: (w, stats) => showStats(w, stats),
    });
  }

  /** Back to the starting weights; the picture (an uploaded one too) stays. */
  reset() {
    super.reset();
    this.afterChange();
  }

  /** Reads `file` and, if it is a picture we can use, fits it; otherwise says why and keeps
   * the current picture. Resolves when done (tests wait on it through the status text). */
  async upload(file) {
    const p = this.parts;
    setText(p.uploadStatus, this.f.notes.uploadReading);
    p.uploadError.replaceChildren();
    try {
      const picture = await readPicture(file);
      if (this.stopped) return; // The element switched mode while the file was read.
      const refusal = this.#give(picture);
      if (refusal) throw new UploadError('refused', { message: refusal });
      this.uploadedSize = picture.original;
      this.uploadedShape = picture.width === picture.height ? null : picture.width > picture.height ? 'wide' : 'tall';
      showUpload(this);
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
      if (this.stopped) return;
      showUpload(this);
      p.uploadError.replaceChildren(el('p', { text: format(this.f.upload[error.key], error.vars) }));
    }
    this.request();
  }

  /** Hands the pixels to the wasm; returns its refusal message, or null. */
  #give({ width, height, data }) {
    try {
      const refusal = this.pg.set_picture_rgba(width, height, data);
      if (refusal != null) return pictureErrorText(refusal, this.t);
      this.afterChange();
      return null;
    } catch (error) {
      return error?.message ?? String(error);
    }
  }
}

function check(w, parts, key) {
  const { field, input } = checkboxField(key, w.f.controls[key], (on) => set(w, { [key]: on ? '1' : '0' }));
  parts[key] = input;
  return field;
}

function pictureSection(w, parts) {
  const f = w.f;
  const v = f.values;
  parts.file = el('input', {
    type: 'file', id: 'upload', accept: 'image/*', class: 'sr-only', 'aria-describedby': 'upload-note',
    onchange: () => {
      const file = parts.file.files?.[0];
      parts.file.value = '';
      if (file) w.upload(file);
    },
  });
  const pick = el('label', { for: 'upload', class: 'upload-button', title: f.controls.upload.help, text: f.controls.upload.label });
  parts.uploadStatus = el('p', { class: 'note', id: 'upload-status', role: 'status' });
  parts.uploadError = el('div', { class: 'alert', id: 'upload-error', role: 'alert' });
  const sizes = Object.fromEntries(OFFERED.isize.map((s) => [s, format(v.size, { n: s })]));
  return el('section', { class: 'data', 'aria-label': f.sections.picture }, [
    el('h2', { text: f.sections.picture }),
    targetButtons(w, parts, 'itarget', choices('itarget'), v.itarget, v.itargetHelp),
    el('div', { class: 'upload', 'data-key': 'upload' }, [parts.file, pick]),
    el('p', { class: 'note', id: 'upload-note', text: f.notes.uploadNotInLink }),
    parts.uploadStatus,
    parts.uploadError,
    el('div', { class: 'pair' }, [keySelect(w, parts, 'isize', OFFERED.isize, sizes), check(w, parts, 'icolour')]),
    check(w, parts, 'i3d'),
  ]);
}

function networkSection(w, parts) {
  const f = w.f;
  const hidden = Object.fromEntries(OFFERED.ihidden.map((h) => [h, hiddenLabel(w, h)]));
  parts.fourierOptions = el('div', { class: 'pair' }, [
    keySelect(w, parts, 'ifreq', OFFERED.ifreq), keySelect(w, parts, 'iscale', OFFERED.iscale),
  ]);
  return el('section', { class: 'network', 'aria-label': f.sections.network }, [
    el('h2', { text: f.sections.inputs }),
    check(w, parts, 'ifourier'),
    el('p', { class: 'note', id: 'fourier-note', text: f.notes.fourier }),
    parts.fourierOptions,
    el('h2', { text: f.sections.network }),
    keySelect(w, parts, 'ihidden', OFFERED.ihidden, hidden),
    el('div', { class: 'pair' }, [
      keySelect(w, parts, 'iact', choices('iact'), w.t.values.act), keySelect(w, parts, 'iopt', choices('iopt'), w.t.values.opt),
    ]),
    el('div', { class: 'pair' }, [keySelect(w, parts, 'ilr', OFFERED.ilr), keySelect(w, parts, 'ibatch', OFFERED.ibatch)]),
  ]);
}

function outputSection(w, parts) {
  const r = w.f.readouts;
  parts.target = el('canvas', { class: 'picture', id: 'target', role: 'img', 'aria-label': r.targetCanvas });
  parts.output = el('canvas', { class: 'picture', id: 'output', role: 'img', 'aria-label': r.outputCanvas });
  parts.lossChart = el('canvas', { class: 'chart', id: 'loss-chart', role: 'img', 'aria-label': r.lossChart });
  const figure = (canvas, caption) => el('figure', {}, [canvas, el('figcaption', { text: caption })]);
  // The pictures show their own colours; the legend says what the chart beside them draws.
  parts.legend = plotLegend(r.legendLabel, [{ mark: 'line', colour: '#444444', text: r.legendLoss, key: 'loss' }]);
  return el('section', { class: 'output', 'aria-label': w.f.sections.imageOutput }, [
    el('h2', { text: w.f.sections.imageOutput }),
    el('div', { class: 'pictures' }, [figure(parts.target, r.target), figure(parts.output, r.output)]),
    parts.legend,
    el('div', { class: 'side' }, [
      el('dl', { class: 'readouts' }, [readout(parts, 'loss', r.loss), readout(parts, 'pixel-gap', r.pixelGap)]),
      parts.lossChart,
    ]),
  ]);
}

function showConfig(w) {
  const { parts, params } = w;
  showTargets(parts, w.pg.has_upload() ? null : params.get('itarget'));
  const sizeLabel = (s) => format(w.f.values.size, { n: s });
  showSelect(w, parts.isize, params.get('isize'), { label: sizeLabel });
  for (const key of ['ifreq', 'iscale', 'ilr', 'ibatch']) showSelect(w, parts[key], params.get(key));
  showSelect(w, parts.ihidden, params.get('ihidden'), { numeric: false, label: (v) => hiddenLabel(w, v) });
  parts.iact.value = params.get('iact');
  parts.iopt.value = params.get('iopt');
  parts.icolour.checked = params.get('icolour') === '1';
  parts.icolour.disabled = params.get('itarget') === 'terrain' && !w.pg.has_upload();
  // The 3-D view is for a terrain's heights only.
  parts.i3d.checked = params.get('i3d') === '1';
  parts.i3d.closest('.check').hidden = params.get('itarget') !== 'terrain' || w.pg.has_upload();
  parts.ifourier.checked = params.get('ifourier') === '1';
  parts.fourierOptions.hidden = !parts.ifourier.checked;
  showUpload(w);
}

/** The note about the uploaded picture (its size, the training size, and which edges the
 * centre square cuts off), or nothing. */
function showUpload(w) {
  const n = w.f.notes;
  const size = Number(w.params.get('isize'));
  let text = '';
  if (w.pg.has_upload()) {
    const [width, height] = w.uploadedSize ?? [];
    text = w.uploadedSize ? format(n.uploaded, { width, height, size }) : format(n.uploadedSize, { size });
    if (w.uploadedShape) text += ` ${format(n.cropped, { sides: n.croppedSides[w.uploadedShape] })}`;
  }
  setText(w.parts.uploadStatus, text);
}

function showStats(w, stats) {
  const { parts, formats } = w;
  const loss = Number.isFinite(stats.loss) && stats.loss < 0.001 && stats.diverged == null
    ? new Intl.NumberFormat(w.t.lang, { maximumSignificantDigits: 3 }).format(stats.loss) : w.fixed(stats.loss);
  setText(parts.loss, loss);
  const gap = Number.isFinite(stats.pixelGap) ? formats.percent.format(stats.pixelGap) : w.t.readouts.none;
  setText(parts['pixel-gap'], gap);
}
