// <nn-playground>: one neural-network playground. Each element owns its mode widget (the
// classifier, modes/classify/, or another mode of shell/modes.js), which owns its wasm handle,
// controls (in the element's shadow root) and animation loop; nothing is shared between
// elements but the loaded wasm module, so several can run side by side on one page.
//
// Attributes (see the README's table): config, sync-hash, autoplay, speed, debug="perf",
// lang, demo (classify, regress, gan, …), controls / hide / lock (embed/controls.js), size
// (small, medium, large) and width (pixels). The wasm and the handle are created only when the
// element first comes near the viewport; it pauses while off-screen or in a hidden tab.
// Scripting: play(), pause(), step(), reset(), set(query), config, playing, stats (metrics),
// started, readyAt; events ready, epoch and divergence (embed/events.js).

import { DOWNLOAD_FAILED, NO_SIMD, loadWasm, noSimdText, setModuleBase } from './shell/wasm.js';
import { languageOf, strings } from './i18n/strings.js';
import { format } from './i18n/format.js';
import { el } from './shell/dom.js';
import { sheet } from './shell/styles.js';
import { expectedMode, moduleOf, resolveDemo, widgetClass, knownDemos } from './shell/modes.js';
import { applyControls, controlNames } from './embed/controls.js';
import { attachMore } from './shell/more.js';
import { floatMessages } from './shell/overlay.js';
import { watchVisibility } from './embed/lazy.js';
import { FrameEvents } from './embed/events.js';
import { keyAction, nudgeRate, toggleFullscreen, ShortcutsDialog } from './embed/keys.js';
import { embedSheet } from './embed/styles.js';
import { sizeSheets, sizeIssues, showNotes, showConversion } from './embed/notes.js';
import { prefersReducedMotion } from './classroom/classroom.js';
import './embed/strings.js';

// The wasm is found beside this script, wherever a bundler puts the loader's code.
setModuleBase(import.meta.url);

export class NnPlayground extends HTMLElement {
  static observedAttributes = ['config', 'demo'];

  /** Every name the `demo` attribute accepts. */
  static get demos() {
    return knownDemos();
  }

  #root;
  #internals;
  #t = null;
  #api = null;
  /** The mode widget shown (shell/modes.js), or null before the start and while switching modes. */
  #widget = null;
  /** While a mode switch builds the next widget: its promise. Calls made meanwhile (set,
   * config, play, pause, step, reset) wait for it, so they apply to the new mode, in order. */
  #switching = null;
  #mode = null;
  #controls = null;
  /** The "More settings" button of the current widget (shell/more.js). */
  #more = null;
  /** Undoes floatMessages (shell/overlay.js) for the current widget. */
  #unfloat = null;
  #tfHide = [];
  #failed = false;
  #started = false;
  #visible = true;
  #playOnStart = false;
  #playWhenVisible = false;
  #unwatch = null;
  #events = new FrameEvents(this);
  #shortcuts = null;
  #onHashChange = () => this.#applyHash();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#internals = this.attachInternals();
    this.#root.adoptedStyleSheets = [sheet, embedSheet];
    this.addEventListener('keydown', (e) => this.#onKey(e));
  }

  connectedCallback() {
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    if (this.hasAttribute('sync-hash')) window.addEventListener('hashchange', this.#onHashChange);
    this.#t ??= this.#strings();
    // The focusable host is named for assistive technology (the page's own aria-label wins).
    this.#internals.role = 'group';
    this.#internals.ariaLabel = this.#t.embed.name;
    // WebKit's ElementInternals has no ariaDescription: the host's own attribute says it there
    // (unless the page gave one).
    if ('ariaDescription' in ElementInternals.prototype) {
      this.#internals.ariaDescription = this.#t.embed.shortcuts.hint;
    } else if (!this.hasAttribute('aria-description') && !this.hasAttribute('aria-describedby')) {
      this.setAttribute('aria-description', this.#t.embed.shortcuts.hint);
    }
    if (!this.#started && !this.#root.firstChild) {
      this.#root.replaceChildren(el('div', { class: 'loading waiting', text: this.#t.embed.waiting }));
    }
    // The mode's wasm module (one per page and mode, shared by every demo of that mode)
    // downloads and compiles now, so that the first demo to come into view builds at once; a
    // failure is shown when a demo starts.
    loadWasm(moduleOf(expectedMode(this.#initialQuery(), this.getAttribute('demo')))).catch(() => {});
    this.#unwatch = watchVisibility(this, { near: () => this.#start(), visible: (on) => this.#setVisible(on) });
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#unwatch?.();
    this.#setVisible(false);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !(this.#widget || this.#switching)) return;
    // A new demo shows the author's config in that demo (a mode the config names still wins).
    const query = name === 'config' ? value ?? '' : this.getAttribute('config') ?? '';
    this.#whenSwitched(() => this.#replaceConfig(query));
  }

  /** Runs `call` now, or once the mode switch under way has built its widget. */
  #whenSwitched(call) {
    if (this.#switching) this.#switching.then(call);
    else call();
  }

  // ---- the scripting API ----

  /** The current settings as a query string (every key); before the start, the attribute. */
  get config() {
    if (this.#widget && !this.#failed) return this.#widget.config;
    return this.getAttribute('config') ?? '';
  }

  /** Replaces every setting (missing keys take their defaults), as the attribute does. */
  set config(query) {
    this.setAttribute('config', String(query ?? ''));
  }

  /** Changes only the keys in `query` ("lr=0.3&opt=adam"), keeping the others. */
  set(query) {
    if (this.#switching) return void this.#whenSwitched(() => this.set(query));
    const partial = new URLSearchParams(String(query));
    if (this.#widget && !this.#failed && !partial.has('mode') && !partial.has('v')) {
      this.#widget.setConfig(partial.toString());
      return;
    }
    const merged = new URLSearchParams(this.config);
    for (const [key, value] of new URLSearchParams(String(query))) merged.set(key, value);
    this.config = merged.toString();
  }

  /** Whether training is running. */
  get playing() {
    return this.#widget && !this.#failed ? this.#widget.playing : false;
  }

  /** The numbers of the last frame (epoch, losses, …; fields depend on the mode), or null. */
  get stats() {
    return this.#widget?.stats ?? null;
  }

  /** The same as `stats`. */
  get metrics() {
    return this.stats;
  }

  /** Whether the wasm handle exists (the element came near the viewport once). */
  get started() {
    return this.#widget !== null;
  }

  /** When the first frame was drawn, in ms since navigation start (null before). */
  get readyAt() {
    return this.#events.readyAt;
  }

  /** Starts training (before the start: as soon as the element has started). */
  play() {
    if (this.#switching) return void this.#whenSwitched(() => this.play());
    if (this.#widget) this.#widget.setPlaying(true);
    else this.#playOnStart = true;
    this.#playWhenVisible = false;
  }

  /** Pauses training. */
  pause() {
    if (this.#switching) return void this.#whenSwitched(() => this.pause());
    this.#widget?.setPlaying(false);
    this.#playOnStart = false;
    this.#playWhenVisible = false;
  }

  /** One training step (pauses first). */
  step() {
    if (this.#switching) return void this.#whenSwitched(() => this.step());
    this.#widget?.step();
  }

  /** Back to the starting weights (pauses first). */
  reset() {
    if (this.#switching) return void this.#whenSwitched(() => this.reset());
    if (!this.#widget) return;
    if (this.#widget.reset) this.#widget.reset();
    else this.#root.querySelector('#reset')?.click();
  }

  // ---- start, modes and visibility ----

  /** The strings of the element's language (taken again once a mode's code, which adds its
   * own strings, has loaded). */
  #strings(lang = this.closest('[lang]')?.lang || document.documentElement.lang || 'en') {
    const code = languageOf(lang);
    return { ...strings(code), lang: code };
  }

  async #start() {
    if (this.#started) return;
    this.#started = true;
    this.#root.replaceChildren(el('div', { class: 'loading', role: 'status', text: this.#t.loading }));
    try {
      await this.#build(this.#initialQuery());
      const autoplay = this.hasAttribute('autoplay') && !prefersReducedMotion();
      if (autoplay || this.#playOnStart) this.#widget?.setPlaying(true);
      if (!this.#visible) this.#setVisible(false, true);
    } catch (error) {
      this.#fail(this.#t.failedToStart, error);
    }
  }

  #initialQuery() {
    if (this.hasAttribute('sync-hash') && location.hash.length > 1) return location.hash.slice(1);
    return this.getAttribute('config') ?? '';
  }

  /** Loads the wasm module of the mode `requested` asks for (the module already loaded when it
   * is that one) and keeps it as the element's. */
  async #loadModuleFor(requested) {
    const demo = this.getAttribute('demo');
    let api = this.#api;
    if (!api) api = await loadWasm(moduleOf(expectedMode(requested, demo)));
    // Every module reads every config (and TensorFlow Playground links), so the one at hand
    // says which mode is asked for; another module is loaded only when that mode needs it.
    const wanted = moduleOf(resolveDemo(api.module, requested, demo).mode);
    if (api.name !== wanted) api = await loadWasm(wanted);
    this.#api = api;
    return api;
  }

  async #build(requested) {
    await this.#loadModuleFor(requested);
    const { mode, query, issues, tf } = resolveDemo(this.#api.module, requested, this.getAttribute('demo'));
    const Widget = await widgetClass(mode).catch((error) => {
      // A mode's chunk that did not arrive is a failed download like the wasm's.
      throw Object.assign(new Error(`download failed: ${error?.message}`), { code: DOWNLOAD_FAILED, detail: error?.message });
    });
    this.#t = this.#strings(this.#t.lang);
    this.#controls?.disconnect();
    this.#events.restart();
    this.#mode = mode;
    this.#root.adoptedStyleSheets = [sheet];
    this.#widget = new Widget(this, this.#root, this.#t, this.#api, {
      query,
      speed: this.getAttribute('speed'),
      fail: (error) => this.#fail(this.#t.crashed, error),
      onFrame: (stats) => this.#events.frame(stats),
    });
    this.#root.adoptedStyleSheets = [...this.#root.adoptedStyleSheets, embedSheet, ...sizeSheets(this)];
    this.#more?.disconnect();
    this.#more = attachMore(this, this.#root, this.#t, Widget.rare ?? []);
    this.#unfloat?.();
    this.#unfloat = floatMessages(this.#root, this.#t);
    this.#tfHide = tf?.hide ?? [];
    this.#applyControls();
    showNotes(this.#root, this.#t.embed, [...issues, ...sizeIssues(this), ...this.#controlIssues()]);
    showConversion(this.#root, this.#t.embed, tf);
  }

  #applyControls() {
    const choice = {
      controls: controlNames(this.getAttribute('controls')),
      hide: this.#hidden(),
      lock: controlNames(this.getAttribute('lock')),
    };
    this.#controls = applyControls(this.#root, choice, (key) => new URLSearchParams(this.config).get(key));
  }

  /** The controls to hide: the `hide` attribute's, and those a converted TensorFlow
   * Playground link hides (its `_hide` flags). */
  #hidden() {
    const named = controlNames(this.getAttribute('hide'));
    if (this.#tfHide.length === 0) return named;
    return [...new Set([...(named ?? []), ...this.#tfHide])];
  }

  /** Replaces all settings by `query`; a query for another mode rebuilds the widget. */
  #replaceConfig(query) {
    if (this.#failed) return;
    const next = resolveDemo(this.#api.module, query, this.getAttribute('demo'));
    if (next.mode === this.#mode) {
      this.#widget.replaceConfig(next.query);
      if (next.tf) {
        this.#tfHide = next.tf.hide;
        this.#controls?.disconnect();
        this.#applyControls();
        showConversion(this.#root, this.#t.embed, next.tf);
      }
      return;
    }
    this.#widget.stop();
    this.#widget = null;
    const switching = this.#build(query)
      .catch((error) => this.#fail(this.#t.failedToStart, error))
      .finally(() => {
        if (this.#switching === switching) this.#switching = null;
      });
    this.#switching = switching;
  }

  /** Pauses the widget while it cannot be seen, and plays it again (only if it was playing)
   * once it can. */
  #setVisible(on, force = false) {
    if (on === this.#visible && !force) return;
    this.#visible = on;
    const widget = this.#failed ? null : this.#widget;
    if (!widget) return;
    if (!on) {
      if (widget.playing) {
        this.#playWhenVisible = true;
        widget.setPlaying(false);
      }
      widget.suspend();
    } else {
      widget.resume();
      if (this.#playWhenVisible) widget.setPlaying(true);
      this.#playWhenVisible = false;
    }
  }

  #controlIssues() {
    return this.#controls.unknown().map(([attribute, name]) => ['unknownControl', { attribute, name }]);
  }

  // ---- the URL hash ----

  #applyHash() {
    const query = location.hash.slice(1);
    if (this.#widget && query !== this.config) this.#replaceConfig(query);
  }

  // ---- keyboard ----

  #onKey(event) {
    if (this.#shortcuts?.open) return;
    const action = keyAction(event);
    if (!action || !this.#widget || this.#failed) return;
    if (['play', 'step', 'reset'].includes(action) && !this.#controls.allows(action)) return;
    event.preventDefault();
    if (action === 'play') {
      if (this.playing) this.pause();
      else this.play();
    } else if (action === 'step') {
      this.step();
    } else if (action === 'reset') {
      this.reset();
    } else if (action === 'rateUp' || action === 'rateDown') {
      nudgeRate(this.#root, action === 'rateUp' ? 1 : -1, (key) => this.#controls.allows(key));
    } else if (action === 'fullscreen') {
      toggleFullscreen(this);
    } else if (action === 'help') {
      this.#shortcuts ??= new ShortcutsDialog(this.#t.embed.shortcuts, () => this.focus());
      this.#shortcuts.show(this.#root);
    }
  }

  // ---- errors ----

  /** Starts again after a failed download (the loader downloads anew). */
  #retry() {
    this.#failed = false;
    this.#started = false;
    this.#widget = null;
    this.#start();
  }

  #fail(template, error) {
    this.#failed = true;
    if (this.#widget) this.#events.restart();
    let panic = null;
    try {
      panic = this.#api?.module.last_panic?.() ?? null;
    } catch {
      // The module may be unusable after a panic; the exception's own message remains.
    }
    const cause = error?.code === NO_SIMD ? noSimdText(this.#t) : (panic ?? error?.message ?? String(error));
    const download = error?.code === DOWNLOAD_FAILED;
    const message = download ? this.#t.downloadFailed : format(template, { message: cause });
    if (download) console.warn(`nn-playground: ${error.detail}`);
    const alert = this.#root.querySelector('#alert') ?? el('div', { class: 'alert', role: 'alert' });
    alert.replaceChildren(el('p', { text: message }));
    if (download) {
      alert.append(el('button', { type: 'button', class: 'retry', text: this.#t.tryAgain, onclick: () => this.#retry() }));
    }
    for (const node of this.#root.querySelectorAll('.bar, .main')) node.inert = true;
    if (!alert.isConnected) this.#root.replaceChildren(alert);
  }
}

if (!customElements.get('nn-playground')) customElements.define('nn-playground', NnPlayground);
