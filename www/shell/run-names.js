// The words of the past runs' labels, handed to a handle's `set_run_names` from the strings
// its controls use, so that a faded curve reads "learning rate 0.01" as the control does (and
// « taux d’apprentissage 0,01 » in French), never a config key.

/**
 * Flat triples for `pg.set_run_names`: (key, '', the name of each control in `controls`, as
 * `{ key: { label } }`), (key, value, the name of each value in `values`, as `{ key: { value:
 * name } }`), and the joining words of `t.runs`.
 */
export function runNames(t, controls, values = {}) {
  const out = [];
  const names = { ...t.runs.keys, ...Object.fromEntries(Object.entries(controls).map(([k, c]) => [k, c?.label])) };
  for (const [key, name] of Object.entries(names)) if (typeof name === 'string') out.push(key, '', lowered(name));
  for (const [key, table] of Object.entries(values)) {
    for (const [value, name] of Object.entries(table ?? {})) if (typeof name === 'string') out.push(key, value, name);
  }
  out.push('', 'same', t.runs.same, '', 'other', t.runs.other, '', 'separator', t.runs.separator);
  return out;
}

/** `label` inside a sentence: its first letter small, unless it starts an acronym ("L2"). */
function lowered(label) {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}
