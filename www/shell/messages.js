// Words the messages that the wasm hands over as data (a kind and its parameters, see
// src/web/messages.rs) in the table's language: a link's ignored settings, a refused state
// file, CSV file or uploaded picture. Numbers go through the language's Intl.NumberFormat (French:
// decimal comma).
import { format } from '../i18n/format.js';

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A formatter of numbers for `lang`: English as the core writes them (no grouping), other
 * languages with their decimal sign and grouping from five digits. */
function numbers(lang) {
  const options = { maximumFractionDigits: 20, useGrouping: lang === 'en' ? false : 'min2' };
  const nf = new Intl.NumberFormat(lang, options);
  return (v) => {
    if (typeof v === 'number') return nf.format(v);
    const s = String(v);
    if (!PLAIN_NUMBER.test(s)) return s;
    // Whole numbers as digit strings may exceed what a JS number holds exactly (the seed).
    return s.includes('.') ? nf.format(Number(s)) : nf.format(BigInt(s));
  };
}

/** What the key would have accepted (`expected` from the wasm), in the table's words. */
function expectedText(expected, m, num) {
  const vars = {};
  for (const name of ['min', 'max', 'layers', 'width', 'far']) {
    if (name in expected) vars[name] = num(expected[name]);
  }
  if (expected.values) vars.values = expected.values.join(', ');
  const template = m.expected[expected.kind];
  return template ? format(template, vars) : '';
}

/** A kept query-string value: a number in the language's notation; a list (`16,16`) item by
 * item, and outside English with a space after each comma, which is also a decimal sign. */
function keptText(kept, lang, num) {
  if (PLAIN_NUMBER.test(kept) || !kept.includes(',')) return num(kept);
  return kept.split(',').map(num).join(lang === 'en' ? ',' : ', ');
}

/** One issue of a handle's `issues()` as a sentence of the string table `t`. */
export function issueText(issue, t) {
  const m = t.messages;
  if (typeof issue === 'string') return issue;
  const num = numbers(m.lang);
  const { key, value } = issue;
  switch (issue.kind) {
    case 'unknownKey': return format(m.issue.unknownKey, { key, value });
    case 'unsupportedVersion': return format(m.issue.unsupportedVersion, { key, value, version: num(issue.version) });
    case 'uploadNotSaved': return m.issue.uploadNotSaved;
    case 'classesNotDrawn': return format(m.issue.classesNotDrawn, { key, value, dataset: issue.dataset, max: num(issue.max) });
    case 'badValue': {
      const expected = expectedText(issue.expected, m, num);
      if (!expected) break;
      const kept = issue.kept === '' ? m.issue.keptNone : keptText(issue.kept, m.lang, num);
      return format(m.issue.badValue, { key, value, expected, kept });
    }
    default: break;
  }
  return issue.text ?? '';
}

/** Why a state file was refused (`load_state` / `state_problem` from the wasm, an object or a
 * string) as a sentence of the string table `t`. */
export function stateErrorText(error, t) {
  if (typeof error === 'string') return error;
  const m = t.messages;
  const template = m.state[error.kind];
  if (!template) return error.text ?? '';
  const num = numbers(m.lang);
  const vars = {};
  for (const [name, v] of Object.entries(error)) vars[name] = typeof v === 'number' ? num(v) : v;
  if (error.kind === 'badField') vars.expected = m.field[error.expected] ?? error.expected;
  return format(m.state.refused, { reason: format(template, vars) });
}

/** Why a CSV file was refused (`problem` from `import_csv`) as a sentence of the table `t`. */
export function csvErrorText(problem, t) {
  const m = t.messages;
  const template = m.csv[problem.kind];
  if (!template) return problem.text ?? '';
  const num = numbers(m.lang);
  const vars = {};
  for (const [name, v] of Object.entries(problem)) vars[name] = typeof v === 'number' ? num(v) : v;
  if (problem.separator) vars.separator = m.csv.separators?.[problem.separator] ?? problem.separator;
  if (problem.kind === 'badLabel') {
    const k = problem.classes;
    vars.expected = k === 0 ? m.csv.labelValue
      : k === 2 ? m.csv.labelTwoClasses : format(m.csv.labelClasses, { last: num(k - 1) });
  }
  const text = format(template, vars);
  return problem.line > 0 ? format(m.csv.line, { line: num(problem.line), problem: text }) : text;
}

/** Why an uploaded picture was refused (`set_picture_rgba`'s answer) in the table `t`. */
export function pictureErrorText(problem, t) {
  const m = t.messages;
  const template = m.picture[problem.kind];
  if (!template) return problem.text ?? '';
  const num = numbers(m.lang);
  const vars = {};
  for (const [name, v] of Object.entries(problem)) vars[name] = typeof v === 'number' ? num(v) : v;
  return format(template, vars);
}
