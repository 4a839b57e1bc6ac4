// Copy embed code, Save and Open for the GAN, curve, image and race widgets: a button that
// copies the HTML embedding the demo as it is (embed/code.js), a "Save file" button that
// downloads the wasm handle's `save_state()`, an "Open file" button with its hidden file
// input, and a notice line saying what happened. A file of another mode switches the element
// to that mode (files.js hands it over); a refused file leaves the current run as it was.

import { el, button } from './dom.js';
import { format } from '../i18n/format.js';
import { stateErrorText } from './messages.js';
import { download, readChosenFile, switchToFileMode, takeHandOver } from './files.js';
import { copyEmbedCode } from '../embed/code.js';

/** The notice and the button group (the classifier's look, for the other modes' sheets). */
export const stateSheet = new CSSStyleSheet();
stateSheet.replaceSync(`
.state-file { display: flex; gap: 8px; margin-left: auto; flex-wrap: wrap; }
.notice { border: 1px solid var(--line); background: var(--panel); border-radius: 8px; padding: 8px 14px; overflow-wrap: anywhere; }
.notice.error { border: 2px solid var(--alert); background: var(--alert-bg); color: var(--alert); }
.notice:empty { display: none; }
@container (max-width: 639px) { .state-file { margin-left: 0; } }
`);

export class StateFile {
  #t;
  /** The whole string table (messages are worded from it). */
  #all;
  #ops;
  #notice;

  /**
   * Adds the buttons to the widget's toolbar (the bar holding `parts.play`) and the notice
   * after `parts.issues`, and loads a file handed over by another mode's widget. `ops`:
   * `mode` (this widget's), `module` (the wasm module), `host` (the element), `call(fn)`
   * (runs `fn(pg)`, returning its result, or undefined if it threw), `loaded()` (refreshes
   * the controls and the view after a load).
   */
  constructor(t, parts, root, ops) {
    this.#t = t.state;
    this.#all = t;
    this.#ops = ops;
    const s = this.#t;
    const input = el('input', { type: 'file', accept: '.json,application/json', hidden: true, id: 'state-file' });
    input.addEventListener('change', () => this.#open(input));
    const save = button('save-state', ops.mode === 'race' ? s.saveRace : s.save, () => this.save(), parts.helps);
    const open = button('load-state', s.open, () => input.click(), parts.helps);
    const embed = button('copy-embed', s.embed.button, () => this.copyEmbed(), parts.helps);
    const group = el('div', { class: 'state-file', role: 'group', 'aria-label': s.group, 'data-key': 'share' }, [embed, save, open, input]);
    parts.play.closest('.bar').append(group);
    this.#notice = el('div', { class: 'notice', role: 'status', id: 'notice' });
    parts.issues.after(this.#notice);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((x) => x !== stateSheet), stateSheet];
    const handed = takeHandOver(ops.host);
    if (handed) this.#load(handed);
  }

  /** Copies the HTML that embeds this mode's demo with its current settings. */
  copyEmbed() {
    const config = this.#ops.call((pg) => pg.short_config());
    if (config == null) return;
    copyEmbedCode(this.#ops.mode, config, this.#t.embed, (text) => this.#notify(text));
  }

  /** Downloads the state as `nn-playground-<mode>.json`. */
  save() {
    const text = this.#ops.call((pg) => pg.save_state());
    if (text == null) return;
    const file = `nn-playground-${this.#ops.mode}.json`;
    download(text, file, 'application/json');
    this.#notify(format(this.#t.saved, { file }));
  }

  async #open(input) {
    const { module, host, mode } = this.#ops;
    const file = await readChosenFile(input, (bytes) => module.state_size_problem(bytes));
    if (!file) return;
    const problem = file.problem ?? module.state_problem(file.text);
    if (problem !== '') {
      this.#notify(format(this.#t.refused, { file: file.name, message: stateErrorText(problem, this.#all) }), true);
      return;
    }
    if (!switchToFileMode(module, host, mode, file)) this.#load(file);
  }

  #load(file) {
    const message = this.#ops.call((pg) => pg.load_state(file.text));
    if (message == null) return;
    if (message !== '') {
      const text = stateErrorText(message, this.#all);
      this.#notify(format(this.#t.refused, { file: file.name, message: text }), true);
      return;
    }
    this.#ops.loaded();
    this.#notify(format(this.#t.loaded, { file: file.name }));
  }

  #notify(text, error = false) {
    this.#notice.textContent = text;
    this.#notice.classList.toggle('error', error);
  }
}
