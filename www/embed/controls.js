// Which controls an embedded demo offers: the attributes controls="lr,play" (show only these),
// hide="…" and lock="…" (shown but disabled) name controls by the `data-key` their wrapper
// carries (a config key such as lr, opt, data, hidden, or a button's id such as play, step,
// reset). Works on any mode's shadow root; a locked control's changes are also refused.

/** Attributes that hold control names. */
export const CONTROL_ATTRIBUTES = ['controls', 'hide', 'lock'];

/** The control names in an attribute value ("lr, opt" → ['lr', 'opt']); null when absent. */
export function controlNames(value) {
  if (value == null) return null;
  return value.split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/**
 * Applies `choice` (`{ controls, hide, lock }`, each a list of names or null) to `root`, and
 * keeps it applied while the widget adds or re-enables controls. `configValue(key)` reads a
 * key of the current config (to put back a control that a refused change moved). Returns an
 * object with `unknown()` (the names that match no control, by attribute), `allows(key)`
 * (false when `key` is hidden or locked) and `disconnect()`.
 */
export function applyControls(root, choice, configValue) {
  const active = CONTROL_ATTRIBUTES.some((name) => choice[name]);
  // Re-applied when the widget adds elements (layer cards) or re-enables a control, not on
  // the text updates of every frame.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.type === 'attributes' || [...r.addedNodes].some((n) => n.nodeType === 1))) {
      mark(root, choice);
    }
  });
  if (active) {
    mark(root, choice);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
  }
  const guard = (event) => refuse(event, configValue);
  for (const type of ['click', 'change', 'input', 'pointerdown']) root.addEventListener(type, guard, true);
  return {
    unknown: () => unknownNames(root, choice),
    allows: (key) => allows(choice, key),
    disconnect() {
      observer.disconnect();
      for (const type of ['click', 'change', 'input', 'pointerdown']) root.removeEventListener(type, guard, true);
    },
  };
}

/** Whether `key` is neither hidden nor locked by `choice`. */
function allows({ controls, hide, lock }, key) {
  if (controls && !controls.includes(key)) return false;
  return !hide?.includes(key) && !lock?.includes(key);
}

/** Marks every [data-key] element of `root`: hidden or locked; writes only what changed, so
 * that the mutation observer calling it again finds nothing to do. */
function mark(root, { controls, hide, lock }) {
  const keyed = [...root.querySelectorAll('[data-key]')];
  for (const node of keyed) {
    const hidden = isHidden(node, controls, hide);
    setFlag(node, 'data-embed-hidden', hidden);
    const locked = !hidden && Boolean(lock) && withAncestors(node).some((n) => lock.includes(n.dataset.key));
    setFlag(node, 'data-embed-locked', locked);
    if (locked) for (const control of controlsIn(node)) if (!control.disabled) control.disabled = true;
  }
  for (const box of root.querySelectorAll('section, .bar')) setFlag(box, 'data-embed-hidden', isEmpty(box));
  for (const heading of root.querySelectorAll('h2, h3')) setFlag(heading, 'data-embed-hidden', headsNothing(heading));
  for (const main of root.querySelectorAll('.main')) {
    const shown = [...main.children].filter((s) => !s.hasAttribute('data-embed-hidden')).length;
    if (main.dataset.sections !== String(shown)) main.dataset.sections = String(shown);
  }
}

/** Hidden: named by `hide` (itself or an ancestor), or, with a `controls` list, neither
 * it, an ancestor nor a descendant is listed. */
function isHidden(node, controls, hide) {
  const chain = withAncestors(node).map((n) => n.dataset.key);
  if (hide && chain.some((k) => hide.includes(k))) return true;
  if (!controls) return false;
  if (chain.some((k) => controls.includes(k))) return false;
  return ![...node.querySelectorAll('[data-key]')].some((n) => controls.includes(n.dataset.key));
}

/** `node` and its [data-key] ancestors inside the same root. */
function withAncestors(node) {
  const chain = [];
  for (let n = node; n; n = n.parentElement?.closest('[data-key]')) chain.push(n);
  return chain;
}

/** A section or bar is empty when it holds controls, all hidden, and nothing else to see (a
 * canvas, readouts or a counter outside the hidden controls). */
function isEmpty(box) {
  const keyed = box.querySelectorAll('[data-key]');
  if (keyed.length === 0) return false;
  if ([...keyed].some((n) => !n.closest('[data-embed-hidden]'))) return false;
  const content = box.querySelectorAll('canvas, dl, .epoch');
  return [...content].every((n) => n.closest('[data-embed-hidden]'));
}

/** A heading whose part (its next siblings up to the next heading) is all hidden. */
function headsNothing(heading) {
  const part = [];
  for (let n = heading.nextElementSibling; n && !n.matches('h2, h3'); n = n.nextElementSibling) part.push(n);
  return part.length > 0 && part.every((n) => n.hasAttribute('data-embed-hidden') || n.hidden || isEmpty(n));
}

function controlsIn(node) {
  const inner = [...node.querySelectorAll('button, input, select, textarea')];
  return node.matches('button, input, select, textarea') ? [node, ...inner] : inner;
}

function setFlag(node, name, on) {
  if (node.hasAttribute(name) !== on) node.toggleAttribute(name, on);
}

/** Stops a user event that reached a locked control before the widget's own listener sees
 * it, and puts the control back to the config's value. */
function refuse(event, configValue) {
  const target = event.composedPath()[0];
  const locked = target?.closest?.('[data-embed-locked]');
  if (!locked) return;
  event.stopImmediatePropagation();
  event.preventDefault();
  const key = target.closest('[data-key]')?.dataset.key;
  const value = key ? configValue(key) : null;
  if (value == null) return;
  if (target.type === 'checkbox') target.checked = value === '1';
  else if ('value' in target && target.tagName !== 'BUTTON') restoreValue(target, value);
}

function restoreValue(control, value) {
  if (control.tagName !== 'SELECT') {
    control.value = value;
    return;
  }
  const option = [...control.options].find((o) => o.value === value || Number(o.value) === Number(value));
  if (option) control.value = option.value;
}

/** The names of `choice` that match no [data-key] in `root`: `[[attribute, name], …]`. */
function unknownNames(root, choice) {
  const keys = new Set([...root.querySelectorAll('[data-key]')].map((n) => n.dataset.key));
  return Object.entries(choice).flatMap(([attribute, names]) =>
    (names ?? []).filter((name) => !keys.has(name)).map((name) => [attribute, name]));
}
