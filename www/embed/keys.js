// The element's keyboard: space plays or pauses, → steps, r resets, + and − move the learning
// rate a notch (in the modes with one), f toggles full screen and ? opens a small dialog
// listing these keys (Escape closes it). Keys typed into a field, or with Ctrl, Alt or Meta,
// are left alone.

import { el } from '../shell/dom.js';

/** Key → action (the action names are also the control names that can lock them, except
 * fullscreen and help). */
const ACTIONS = {
  ' ': 'play', ArrowRight: 'step', r: 'reset', R: 'reset', f: 'fullscreen', F: 'fullscreen', '?': 'help',
  '+': 'rateUp', '=': 'rateUp', '-': 'rateDown',
};

/** The learning-rate controls a key can move, by mode (the GAN's two and the race's five
 * are left to their fields). */
const RATE_KEYS = ['lr', 'clr', 'ilr', 'plr', 'slr', 'simlr', 'aulr'];

/**
 * Moves the learning-rate list of the widget in `root` one notch up (`step` 1) or down (−1),
 * as a change of that control, unless `allows(key)` refuses (hidden or locked) or it is at the
 * end. Returns whether it moved.
 */
export function nudgeRate(root, step, allows) {
  const select = RATE_KEYS.map((k) => root.querySelector(`[data-key="${k}"] select`)).find(Boolean);
  if (!select || select.disabled || !allows(select.closest('[data-key]').dataset.key)) return false;
  const index = Math.min(Math.max(select.selectedIndex + step, 0), select.options.length - 1);
  if (index === select.selectedIndex) return false;
  select.selectedIndex = index;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The action `event` asks for (play, step, reset, rateUp, rateDown, fullscreen, help), or
 * null. */
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
