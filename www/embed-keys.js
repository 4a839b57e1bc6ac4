// The element's keyboard: space plays or pauses, → steps, r resets, f toggles full screen and
// ? opens a small dialog listing these keys (Escape closes it). Keys typed into a field, or
// with Ctrl, Alt or Meta, are left alone.

import { el } from './dom.js';

/** Key → action (the action names are also the control names that can lock them, except
 * fullscreen and help). */
const ACTIONS = { ' ': 'play', ArrowRight: 'step', r: 'reset', R: 'reset', f: 'fullscreen', F: 'fullscreen', '?': 'help' };

/** The action `event` asks for (play, step, reset, fullscreen, help), or null. */
export function keyAction(event) {
  const target = event.composedPath()[0];
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (['INPUT', 'SELECT', 'TEXTAREA'].includes(target?.tagName)) return null;
  const action = ACTIONS[event.key] ?? null;
  // Space on a focused button presses that button, as everywhere else.
  if (action === 'play' && target?.tagName === 'BUTTON') return null;
  return action;
}

/** Puts `host` in full screen, or takes it out if it is the full-screen element. */
export function toggleFullscreen(host) {
  if (document.fullscreenElement === host) return document.exitFullscreen?.();
  return host.requestFullscreen?.().catch(() => {
    // Refused (no user gesture, or not allowed in this frame): nothing to undo.
  });
}

/** The keyboard-shortcuts dialog of one element (`s` is the `embed.shortcuts` strings). */
export class ShortcutsDialog {
  #dialog;

  constructor(s, onClose) {
    const rows = Object.values(s.keys).flatMap(({ key, what }) => [
      el('dt', {}, [el('kbd', { text: key })]), el('dd', { text: what }),
    ]);
    const close = el('button', { type: 'button', class: 'close', text: s.close, onclick: () => this.#dialog.close() });
    this.#dialog = el('dialog', { class: 'shortcuts', 'aria-labelledby': 'shortcuts-title' }, [
      el('h2', { id: 'shortcuts-title', text: s.title }), el('dl', {}, rows), close,
    ]);
    this.#dialog.addEventListener('close', onClose);
  }

  /** Whether the dialog is open. */
  get open() {
    return this.#dialog.open;
  }

  /** Opens it as a modal dialog inside `root` (the Escape key closes it). */
  show(root) {
    if (this.#dialog.getRootNode() !== root) root.append(this.#dialog);
    if (!this.#dialog.open) this.#dialog.showModal();
  }
}
