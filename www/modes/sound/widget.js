// The sound mode of <nn-playground> (demo="sound", or mode=sound in the config): a network
// learns a sound from time. Its own wasm `SoundPlayground` handle computes the waveforms, the
// spectrograms and the samples to play; this widget builds the controls, runs the loop (the
// mode-widget contract of shell/modes.js, in shell/mode-widget.js) and plays sounds through
// the Web Audio API — only from a click or the p key, never by itself: the AudioContext is
// created (or resumed) in that handler, as browsers' autoplay rules want.

import { el } from '../../shell/dom.js';
import { runNames } from '../../shell/run-names.js';
import { setText } from '../../shell/view.js';
import { format } from '../../i18n/format.js';
import { observeCanvasSizes } from '../../shell/sizing.js';
import { attachClassroom } from '../../classroom/classroom.js';
import { StateFile } from '../../shell/state-file.js';
import { ModeWidget } from '../../shell/mode-widget.js';
import { frameShare } from '../../shell/loop.js';
import { buildSoundControls, SOUND_SPEEDS, showSelect } from './controls.js';
import { soundSheet } from './styles.js';
import './strings.js';

/** How much one frame may train, by speed: [most steps, time budget in ms]. */
const SPEEDS = { slow: [1, 4], normal: [4, 5], fast: [16, 6], max: [1e6, 6] };

export class SoundWidget extends ModeWidget {
  /** Controls behind "More settings" (shell/more.js). */
  static rare = ['speed', 'share', 'palette', 'export-png', 'aufourier', 'aufreq', 'auscale', 'auact', 'auopt', 'aubatch'];

  #speed = 'normal';
  #audio = null;
  #source = null;
  #onKey = (event) => this.#key(event);
  #stateFile;

  constructor(host, root, t, api, options) {
    super(host, t, api, options, t.sound.controls);
    this.s = t.sound;
    this.formats = {
      whole: new Intl.NumberFormat(t.lang),
      error: new Intl.NumberFormat(t.lang, { maximumSignificantDigits: 3 }),
      fall: new Intl.NumberFormat(t.lang, { maximumFractionDigits: 1 }),
      seconds: new Intl.NumberFormat(t.lang, { maximumFractionDigits: 2 }),
    };
    if (SOUND_SPEEDS.includes(options.speed)) this.#speed = options.speed;
    const { parts, nodes } = buildSoundControls(t, this.s, this.#handlers());
    this.parts = parts;
    parts.speed.value = this.#speed;
    const { SoundPlayground } = api.module;
    this.pg = new SoundPlayground(parts.wave, parts.targetSpec, parts.networkSpec, parts.chart, options.query);
    this.pg.set_decimal_comma(this.formats.fall.format(0.5).includes(','));
    this.pg.set_run_names(runNames(t, this.s.controls, { auact: t.values.act, auopt: t.values.opt, sound: this.s.values.sound }));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== soundSheet), soundSheet];
    root.replaceChildren(el('div', { class: 'pg sound' }, nodes));
    this.classroom = attachClassroom(host, root, t, {
      mode: 'sound', parts, handle: () => this.pg, redraw: () => this.request(),
      pictures: [parts.wave], charts: [parts.chart],
    });
    this.setUpPerf();
    observeCanvasSizes([parts.wave, parts.chart], () => this.request());
    this.#stateFile = new StateFile(t, parts, root, {
      mode: 'sound', module: api.module, host, call: (fn) => this.result(fn), loaded: () => this.afterChange(),
    });
    host.addEventListener('keydown', this.#onKey);
    this.afterChange(true);
  }

  #handlers() {
    return {
      set: (pairs) => this.setPairs(pairs),
      togglePlay: () => this.setPlaying(!this.playing),
      step: () => this.step(),
      reset: () => this.reset(),
      speed: (name) => {
        if (SOUND_SPEEDS.includes(name)) this.#speed = name;
      },
      hear: (which) => this.hear(which),
    };
  }

  /** Back to the starting weights (pauses first). */
  reset() {
    this.setPlaying(false);
    this.change((pg) => pg.reset(), false);
  }

  /** Plays the target or the network's current sound (`which`). Called from a click or a key
   * press only: the AudioContext is made (or resumed) here. */
  hear(which) {
    const Context = globalThis.AudioContext ?? globalThis.webkitAudioContext;
    if (!Context) {
      setText(this.parts.listenStatus, this.s.notes.noAudio);
      return;
    }
    const samples = this.result((pg) => (which === 'target' ? pg.target_samples() : pg.network_samples()));
    if (!samples) return;
    try {
      this.#audio ??= new Context();
      if (this.#audio.state === 'suspended') this.#audio.resume?.().catch(() => {});
      const rate = this.pg.sample_rate();
      const buffer = this.#audio.createBuffer(1, samples.length, rate);
      buffer.getChannelData(0).set(samples);
      this.#source?.stop();
      const source = this.#audio.createBufferSource();
      source.buffer = buffer;
      source.connect(this.#audio.destination);
      source.start();
      this.#source = source;
      const seconds = this.formats.seconds.format(samples.length / rate);
      setText(this.parts.listenStatus, format(this.s.notes.playing, { what: this.s.notes.what[which], seconds }));
    } catch (error) {
      setText(this.parts.listenStatus, `${this.s.notes.noAudio} (${error?.message ?? error})`);
    }
  }

  stop() {
    this.host.removeEventListener('keydown', this.#onKey);
    this.#audio?.close?.().catch(() => {});
    this.#audio = null;
    super.stop();
  }

  /** p plays the network's sound (not while typing, nor with a modifier). */
  #key(event) {
    if (event.key !== 'p' || event.altKey || event.ctrlKey || event.metaKey || this.stopped) return;
    const target = event.composedPath()[0];
    if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target?.tagName)) return;
    event.preventDefault();
    this.hear('network');
  }

  // ---- hooks of ModeWidget ----

  /** A diverged run stays paused until a reset or a change. */
  nextPlaying(on) {
    return on && this.stats?.diverged == null;
  }

  /** Until the next frame: a change or reset ends a divergence. */
  changed() {
    this.stats = null;
  }

  computeFrame() {
    if (this.playing) {
      const [most, budget] = SPEEDS[this.#speed];
      this.pg.advance(most, frameShare(budget));
    }
    this.pg.draw(!this.playing);
    return this.pg.stats();
  }

  showFrame(start) {
    const wasmMs = performance.now() - start;
    const { parts, stats, formats } = this;
    setText(parts.epoch, formats.whole.format(stats.epoch));
    const sound = stats.diverged == null;
    setText(parts.error, sound && stats.error != null ? formats.error.format(stats.error) : this.t.readouts.none);
    const fall = sound && stats.error > 0 && stats.startError != null ? stats.startError / stats.error : null;
    setText(parts.fall, fall != null ? format(this.s.readouts.fallValue, { n: formats.fall.format(fall) }) : this.t.readouts.none);
    setText(parts.loss, sound && stats.loss != null ? formats.error.format(stats.loss) : this.t.readouts.none);
    this.showDivergence(() => [this.s.diverged]);
    if (this.playing) {
      this.request();
      this.perf?.record(wasmMs);
    }
  }

  showConfig() {
    const { parts, params, s } = this;
    const sound = params.get('sound');
    for (const [name, b] of parts.targets) b.setAttribute('aria-pressed', String(name === sound));
    setText(parts.soundHelp, s.values.soundHelp[sound] ?? '');
    parts.aufourier.checked = params.get('aufourier') === '1';
    parts.fourierOptions.hidden = !parts.aufourier.checked;
    const { num, hidden } = parts.format;
    for (const key of ['aufreq', 'auscale', 'aulr', 'aubatch']) showSelect(parts[key], params.get(key), num);
    showSelect(parts.auhidden, params.get('auhidden'), hidden, false);
    parts.auact.value = params.get('auact');
    parts.auopt.value = params.get('auopt');
    const volume = params.get('auvolume');
    parts.volume.input.value = volume;
    parts.volume.output.textContent = format(s.values.volume, { n: volume });
  }
}
