// Files: reading the one chosen in a file input, offering a download, and handing a state
// file of another mode over: the element switches to that mode and the new widget loads it.
// Used by every mode's Save / Open (the classifier's in modes/classify/sharing.js, the other
// modes' in state-file.js) and the classroom's picture export.

import { el } from './dom.js';

/** State files waiting for the widget an element is switching to, by element. */
const handOvers = new WeakMap();

/** Reads the file chosen in `input` and clears the input: `{ name, text }`, or null. With
 * `sizeProblem(bytes)` (the wasm's verdict on the size alone: "" when acceptable), a file too
 * large is not read at all and comes back as `{ name, problem }`: its bytes never reach the
 * wasm memory, which does not shrink. */
export async function readChosenFile(input, sizeProblem = null) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  const problem = sizeProblem?.(file.size) ?? '';
  if (problem !== '') return { name: file.name, problem };
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
  let query = module.state_config(file.text);
  // A classifier's file does not name its mode (the classifier's config leaves it out), and
  // without it the element's `demo` attribute would pick the current mode again: the file was
  // then neither loaded nor refused, and stayed handed over.
  if (!new URLSearchParams(query).has('mode')) query = `${query}&mode=${found}`;
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
