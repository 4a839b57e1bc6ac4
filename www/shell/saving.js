// Saving and sharing: the "copy link" button, the whole state as a JSON file (written and
// read by Rust; a bad file is refused and changes nothing), and the drawn points a link can
// only name by digest, kept in local storage so that a reload finds them. A state file of
// another mode is handed over: the element switches to that mode and the new widget loads it
// (the classifier here, the other modes in state-file.js).

import { el } from './dom.js';
import { format } from '../i18n/format.js';
import { stateErrorText } from './messages.js';
import { loadWasm } from './wasm.js';
import { copyEmbedCode } from '../embed/code.js';

/** Local-storage keys of kept point sets start with this, then the link's digest. */
const STORE_PREFIX = 'nn-playground:points:';
/** Most point sets kept in local storage (the oldest is dropped). */
const STORE_MAX = 4;

/** State files waiting for the widget an element is switching to, by element. */
const handOvers = new WeakMap();

/** Reads the file chosen in `input` and clears the input: `{ name, text }`, or null. */
export async function readChosenFile(input) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  return { name: file.name, text: await file.text() };
}

/**
 * When `file` (`{ name, text }`) is a loadable state of another mode than `mode`, hands it
 * over and switches the element `host` to that mode (the new widget takes it with
 * `takeHandOver`), returning true; false otherwise (the widget loads or refuses it itself).
 */
export function switchToFileMode(module, host, mode, file) {
  const found = module.state_mode(file.text);
  if (!found || found === mode || !host) return false;
  handOvers.set(host, file);
  const query = module.state_config(file.text);
  // An unchanged attribute would not call the element back: an empty pair makes it differ.
  host.config = host.getAttribute('config') === query ? `${query}&` : query;
  return true;
}

/** The state file handed over to the widget `host` now shows (then forgotten), or null. */
export function takeHandOver(host) {
  const file = handOvers.get(host) ?? null;
  handOvers.delete(host);
  return file;
}

/** Offers `text` as a file download named `name`. */
export function download(text, name, type) {
  downloadBlob(new Blob([text], { type }), name);
}

/** Offers `blob` as a file download named `name` (a blob URL and an anchor: no script). */
export function downloadBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  el('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The points kept for the link `query` (its `points` digest), or null. */
export function storedPoints(query) {
  const digest = new URLSearchParams(query).get('points') ?? '';
  if (!digest.startsWith('~')) return null;
  try {
    return JSON.parse(localStorage.getItem(STORE_PREFIX + digest) ?? 'null')?.csv ?? null;
  } catch {
    return null;
  }
}

export class Saving {
  #t;
  #parts;
  #ops;
  #stored = null;

  /** `ops`: `call(fn)`, `run(fn)`, `notify(text, error)`, `link()` (the URL to share). */
  constructor(t, parts, ops) {
    this.#t = t;
    this.#parts = parts;
    this.#ops = ops;
    parts.stateFile.addEventListener('change', () => this.#open(parts.stateFile));
    // A file of this mode opened in another mode's widget: load it once the widget is shown.
    queueMicrotask(() => {
      const file = takeHandOver(parts.stateFile.getRootNode().host);
      if (file) this.#load(file);
    });
  }

  async copyLink() {
    const url = this.#ops.link();
    const s = this.#t.share;
    try {
      await navigator.clipboard.writeText(url);
      this.#ops.notify(s.copied);
    } catch {
      this.#ops.notify(format(s.copyFailed, { url }));
    }
  }

  /** Copies the HTML that embeds the classifier with its current settings. */
  copyEmbed() {
    const config = this.#ops.call((pg) => pg.short_config());
    if (config == null) return;
    copyEmbedCode('classify', config, this.#t.state.embed, (text) => this.#ops.notify(text));
  }

  saveState() {
    const text = this.#ops.call((pg) => pg.save_state());
    if (text == null) return;
    const file = 'nn-playground-state.json';
    download(text, file, 'application/json');
    this.#ops.notify(format(this.#t.share.saved, { file }));
  }

  async #open(input) {
    const file = await readChosenFile(input);
    if (!file) return;
    const { module } = await loadWasm();
    if (!switchToFileMode(module, input.getRootNode().host, 'classify', file)) this.#load(file);
  }

  #load(file) {
    const message = this.#ops.call((pg) => pg.load_state(file.text));
    const s = this.#t.share;
    if (message === '') {
      this.#ops.run(() => {});
      this.#ops.notify(format(s.loaded, { file: file.name }));
    } else if (message != null) {
      const text = stateErrorText(message, this.#t);
      this.#ops.notify(format(s.refused, { file: file.name, message: text }), true);
    }
  }

  /** Keeps the drawn points when the link `params` names them by digest only. */
  persist(params) {
    const digest = params.get('points') ?? '';
    if (!digest.startsWith('~') || digest === this.#stored) return;
    const csv = this.#ops.call((pg) => pg.custom_csv());
    if (csv == null) return;
    try {
      localStorage.setItem(STORE_PREFIX + digest, JSON.stringify({ time: Date.now(), csv }));
      prune();
      this.#stored = digest;
    } catch {
      // Storage full or forbidden: the points stay in the page (and in a saved file).
    }
  }
}

/** Drops the oldest kept point sets beyond STORE_MAX. */
function prune() {
  const kept = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(STORE_PREFIX)) continue;
    const time = JSON.parse(localStorage.getItem(key) ?? '{}')?.time ?? 0;
    kept.push([time, key]);
  }
  kept.sort((a, b) => b[0] - a[0]);
  for (const [, key] of kept.slice(STORE_MAX)) localStorage.removeItem(key);
}
