// The classifier's saving and sharing: the "copy link" button, the whole state as a JSON file
// (written and read by Rust; a bad file is refused and changes nothing), and the drawn points
// a link can only name by digest, kept in local storage so that a reload finds them. A state
// file of another mode is handed over to that mode (shell/files.js).

import { format } from '../../i18n/format.js';
import { stateErrorText } from '../../shell/messages.js';
import { loadWasm } from '../../shell/wasm.js';
import { download, readChosenFile, switchToFileMode, takeHandOver } from '../../shell/files.js';
import { copyEmbedCode } from '../../embed/code.js';

/** Local-storage keys of kept point sets start with this, then the link's digest. */
const STORE_PREFIX = 'nn-playground:points:';
/** Most point sets kept in local storage (the oldest is dropped). */
const STORE_MAX = 4;

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
    const { module } = await loadWasm('classify');
    const file = await readChosenFile(input, (bytes) => module.state_size_problem(bytes));
    if (!file) return;
    if (file.problem || !switchToFileMode(module, input.getRootNode().host, 'classify', file)) this.#load(file);
  }

  #load(file) {
    const message = file.problem ?? this.#ops.call((pg) => pg.load_state(file.text));
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
