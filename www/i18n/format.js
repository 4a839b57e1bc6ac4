// Filling in a string of the tables (strings.js): `{name}` placeholders and plural forms.

/** `template` with each `{name}` replaced by `vars[name]`. */
export function format(template, vars = {}) {
  return template.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** Plural rules by language: making one costs far more than using it (views call this every
 * frame). */
const pluralRules = new Map();

/** The singular or plural form from `{one, other}` for `n` in `lang`, its `{n}` filled in with
 * `shown` (the number as the readout writes it, e.g. "1 234"; `n` itself by default). French
 * takes the singular for 0 and 1 (« 0 essai », « 1 pas »), English for 1 only. */
export function plural(forms, n, lang, shown = n) {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return format(forms[rules.select(n)] ?? forms.other, { n: shown });
}
