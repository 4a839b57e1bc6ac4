// Readouts never print a huge number as a string of digits: from a million on, the losses'
// formats write powers of ten, in the widget's language (no browser needed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { numberFormats } from '../../www/shell/view.js';

test('a loss of 6.2e24 reads as powers of ten, in French and English', () => {
  const fr = numberFormats('fr');
  const en = numberFormats('en');
  assert.equal(fr.fixed.format(6235179326905914000000000), '6,24 × 10²⁴');
  assert.equal(en.fixed.format(6235179326905914000000000), '6.24 × 10²⁴');
  assert.equal(en.fixed2.format(-3.5e7), '-3.5 × 10⁷');
  assert.equal(en.fixed.format(999999.5), '999999.500', 'below a million: three decimals');
  assert.equal(fr.fixed.format(0.6931), '0,693');
  assert.equal(en.fixed.format(Infinity), '∞', 'not finite: the format\'s own sign');
  for (const v of [1e6, 1e9, 1e15, 1.7e308]) {
    assert.ok(!/\d{8}/.test(en.fixed.format(v)), `${v} reads ${en.fixed.format(v)}`);
  }
});
