// The help line: one visible sentence saying what the control under the pointer or with the
// keyboard focus does, read from the same string table as every label (through the control's
// aria-describedby text, or its data-help attribute).

/**
 * Shows in `line` the help of whatever control inside `container` (in the shadow `root`) is
 * pointed at or focused; `idle` when the pointer leaves and nothing inside has the focus.
 */
export function attachHelpLine(root, container, line, idle) {
  const show = (text) => {
    if (text && line.textContent !== text) line.textContent = text;
  };
  // The control whose help is shown: a control relabelled under the pointer or the focus (Play
  // becoming Pause) says so with a `helpchange` event, and its new help is shown at once,
  // whether or not the browser sends another pointer event.
  let current = null;
  const onEvent = (event) => {
    current = event.composedPath()[0];
    show(helpOf(root, current));
  };
  container.addEventListener('pointerover', onEvent);
  container.addEventListener('focusin', onEvent);
  container.addEventListener('helpchange', (event) => {
    if (current && event.target.contains(current)) show(helpOf(root, current));
  });
  container.addEventListener('pointerleave', () => {
    current = root.activeElement;
    if (!current) show(idle);
  });
  show(idle);
}

/** The help text of `node` or of its nearest ancestor that has one (null if none). */
export function helpOf(root, node) {
  const holder = node?.closest?.('[data-help], [aria-describedby]');
  if (!holder) return null;
  if (holder.dataset.help) return holder.dataset.help;
  const ids = holder.getAttribute('aria-describedby').split(/\s+/);
  const text = ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ').trim();
  return text || holder.title || null;
}
