// "More settings": the controls a lesson rarely touches (each mode lists them by `data-key` in
// its widget's `rare`) stay out of the way behind one button in the playback bar, so that the
// picture and the few controls a lesson needs come first. Open by default only where the
// widget is wide enough to show everything beside the picture without pushing it down (a
// full-HD screen) and not in projector mode; a click then decides, for this widget of this
// page, until the tab is closed (a reload keeps it: sessionStorage). An embed that lists its
// controls (the `controls` attribute) shows exactly those: nothing is marked rare, and the
// button itself is a control named `more` like any other.

import { button, relabel } from './dom.js';

/** The widget's width (CSS px) from which everything is shown by default: below it, even a
 * laptop's screen shows the picture and the lesson's controls first. */
export const WIDE_ENOUGH = 1600;

/**
 * Adds the button to the playback bar of the widget in `root` and marks the `rare` controls
 * (data-key names) and the sections or bars left with nothing else. `t.more` holds the two
 * labels. Returns `{ open, disconnect() }`.
 */
export function attachMore(host, root, t, rare) {
  const container = root.querySelector('.pg');
  const bar = root.querySelector('.bar[role="toolbar"]');
  if (!container || !bar || rare.length === 0) return { open: true, disconnect() {} };
  const helps = root.querySelector('.sr-only') ?? container;
  const remembered = memory(host);
  let chosen = remembered.get();
  const toggle = button('more', t.more.show, () => {
    chosen = !isOpen();
    remembered.set(chosen);
    show();
  }, helps, { 'aria-expanded': 'false', class: 'more-toggle' });
  bar.querySelector('.playback')?.after(toggle) ?? bar.append(toggle);
  const listed = host.hasAttribute('controls');
  if (!listed) mark(root, rare);
  toggle.hidden = listed;

  const isOpen = () => listed || (chosen ?? (host.clientWidth >= WIDE_ENOUGH && !container.classList.contains('projector')));
  const show = () => {
    const open = isOpen();
    if (container.classList.contains('more-open') !== open) container.classList.toggle('more-open', open);
    if (toggle.getAttribute('aria-expanded') !== String(open)) {
      toggle.setAttribute('aria-expanded', String(open));
      relabel(toggle, open ? t.more.hide : t.more.show);
    }
  };
  // Follows the widget's width and projector mode until the button is used.
  const resized = new ResizeObserver(() => show());
  resized.observe(host);
  const classes = new MutationObserver(() => {
    if (chosen === null) show();
  });
  classes.observe(container, { attributes: true, attributeFilter: ['class'] });
  show();
  return {
    get open() {
      return isOpen();
    },
    disconnect() {
      resized.disconnect();
      classes.disconnect();
    },
  };
}

/** The reader's choice for the widget `host` in this tab (`get()`: true, false or null when
 * none), kept per page and per widget; a browser that refuses storage just forgets it. */
function memory(host) {
  const index = [...document.querySelectorAll('nn-playground')].indexOf(host);
  const key = `nn-playground-more:${location.pathname}:${index}`;
  return {
    get() {
      try {
        const value = sessionStorage.getItem(key);
        return value === null ? null : value === 'open';
      } catch {
        return null;
      }
    },
    set(open) {
      try {
        sessionStorage.setItem(key, open ? 'open' : 'closed');
      } catch {
        // Storage refused (a sandboxed frame, a privacy setting): the choice lasts this page.
      }
    },
  };
}

/** Marks `[data-key]` elements named in `rare` with `data-rare`, and every bar, section or
 * group whose keyed controls are all rare (so that it folds away whole). */
function mark(root, rare) {
  for (const node of root.querySelectorAll('[data-key]')) {
    if (rare.includes(node.dataset.key)) node.setAttribute('data-rare', '');
  }
  for (const box of root.querySelectorAll('section, .bar, .classroom, .pair')) {
    const keyed = [...box.querySelectorAll('[data-key]')];
    const content = box.querySelectorAll('canvas, dl, .epoch');
    if (keyed.length && keyed.every((n) => n.closest('[data-rare]')) && content.length === 0) {
      box.setAttribute('data-rare', '');
    }
  }
}
