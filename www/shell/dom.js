// Small DOM builders for the playground. Text always goes in through textContent or
// attributes, never through innerHTML, so strings from links or the wasm stay inert.

/**
 * A new element. `props`: `text` (textContent), `class`, `on<event>` (listeners), other keys
 * become attributes (`true` → present and empty, `false`/null → absent).
 */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value === true) node.setAttribute(key, '');
    else if (value !== false && value != null) node.setAttribute(key, String(value));
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

/** A visually hidden help text with `id`, for `aria-describedby`. */
export function helpText(id, text) {
  return el('span', { id, class: 'sr-only', text });
}

/**
 * A labelled `<select>` for the config key `key`: `{field, select}`. `options` is a list of
 * `[value, label]`.
 */
export function selectField(key, control, options, onChange) {
  const id = `ctl-${key}`;
  const select = el('select', {
    id, name: key, title: control.help, 'aria-describedby': `help-${key}`,
    onchange: () => onChange(select.value),
  });
  fillOptions(select, options);
  const field = el('div', { class: `field field-${key}`, 'data-key': key }, [
    el('label', { for: id, text: control.label }),
    select,
    helpText(`help-${key}`, control.help),
  ]);
  return { field, select };
}

/** Replaces the options of `select` by `options` (`[value, label]` pairs). */
export function fillOptions(select, options) {
  select.replaceChildren(...options.map(([value, label]) => el('option', { value, text: label })));
}

/**
 * A labelled range slider with a live value readout: `{field, input, output}`. `onInput`
 * receives the number while it is dragged.
 */
export function sliderField(key, control, { min, max, step }, onInput) {
  const id = `ctl-${key}`;
  const input = el('input', {
    id, name: key, type: 'range', min, max, step, title: control.help,
    'aria-describedby': `help-${key}`,
    oninput: () => onInput(Number(input.value)),
  });
  const output = el('output', { for: id, class: 'value' });
  const field = el('div', { class: `field field-${key}`, 'data-key': key }, [
    el('label', { for: id }, [document.createTextNode(control.label), output]),
    input,
    helpText(`help-${key}`, control.help),
  ]);
  return { field, input, output };
}

/** A labelled checkbox: `{field, input}`. */
export function checkboxField(key, control, onChange) {
  const id = `ctl-${key}`;
  const input = el('input', {
    id, name: key, type: 'checkbox', title: control.help, 'aria-describedby': `help-${key}`,
    onchange: () => onChange(input.checked),
  });
  const field = el('div', { class: `check field-${key}`, 'data-key': key }, [
    input,
    el('label', { for: id, text: control.label, title: control.help }),
    helpText(`help-${key}`, control.help),
  ]);
  return { field, input };
}

/**
 * A `<button type=button>` with a visible label; its help becomes the title and, through a
 * hidden text appended to `helps` (outside the button, so it is not part of its name), the
 * accessible description.
 */
export function button(id, control, onClick, helps, extra = {}) {
  helps.append(helpText(`help-${id}`, control.help));
  return el('button', {
    type: 'button', id, title: control.help, 'aria-describedby': `help-${id}`, 'data-key': id,
    onclick: onClick, ...extra,
  }, [el('span', { class: 'label', text: control.label })]);
}

/** Sets a button's visible label and help (e.g. play ↔ pause). */
export function relabel(btn, control) {
  btn.querySelector('.label').textContent = control.label;
  btn.title = control.help;
  const help = btn.getRootNode().getElementById?.(btn.getAttribute('aria-describedby'));
  if (help) help.textContent = control.help;
  // A help line showing this control's help follows the new one (modes/classify/helpline.js).
  btn.dispatchEvent(new Event('helpchange', { bubbles: true }));
}
