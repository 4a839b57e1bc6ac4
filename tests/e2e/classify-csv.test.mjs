// CSV files as spreadsheets write them: a French Excel file (byte-order mark, semicolons,
// decimal commas, CRLF, quoted fields) and a tab-separated copy import through the file
// input; a refused file's message names the separator found; a French page exports
// semicolons and decimal commas, and reads its own export back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { downloadText, launch, openPage, openPlayground, showMore, waitFor, widget, writeFixture } from './helpers.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const EXCEL_FR = '\ufeff"x";"y";"label"\r\n1,5;-2,25;1\r\n"-0,5";"3";"0"\r\n4;4,75;1\r\n';
const notice = (page) => widget(page).locator('#notice').textContent();
const points = (page) => widget(page).evaluate((e) => e.stats?.points ?? 0);

async function importFile(page, name, text, expect) {
  await widget(page).locator('#csv-file').setInputFiles(writeFixture(name, text));
  return waitFor(() => notice(page), (t) => t.includes(name) && expect.test(t), 5);
}

test('a French Excel file and a tab-separated one import as the same points', async () => {
  const { page, errors } = await openPlayground(browser);
  const shown = await importFile(page, 'excel-fr.csv', EXCEL_FR, /Imported/);
  assert.equal(shown, 'Imported 3 points from excel-fr.csv.');
  assert.equal(await waitFor(() => points(page), (n) => n === 3, 3), 3);
  const english = (await downloadText(page, widget(page).locator('#export-csv'))).text;
  assert.deepEqual(english.trim().split('\n').slice(1).sort(), ['-0.5,3,0', '1.5,-2.25,1', '4,4.75,1']);
  const tabs = 'x\ty\tlabel\n1,5\t-2,25\t1\n-0.5\t3\t0\n';
  assert.equal(await importFile(page, 'copy.tsv', tabs, /Imported/), 'Imported 2 points from copy.tsv.');
  assert.equal(await waitFor(() => points(page), (n) => n === 2, 3), 2);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a refused file names the separator it found and keeps the points', async () => {
  const { page, errors } = await openPlayground(browser);
  await importFile(page, 'excel-fr.csv', EXCEL_FR, /Imported/);
  const shown = await importFile(page, 'short.csv', 'x;y;label\r\n1;2\r\n', /Could not/);
  assert.equal(shown, 'Could not import short.csv; your points are unchanged. Line 2: expected 3 values x,y,label separated by semicolons but found 2');
  assert.equal(await points(page), 3);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a French page exports semicolons and decimal commas, and reads its export back', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/classify-fr.html');
  await page.waitForFunction(() => document.querySelector('nn-playground').stats !== null, null, { timeout: 15_000 });
  await showMore(widget(page));
  await importFile(page, 'excel-fr.csv', EXCEL_FR, /importés/);
  const { text } = await downloadText(page, widget(page).locator('#export-csv'));
  const lines = text.split('\r\n');
  assert.equal(lines[0], 'x;y;label');
  assert.deepEqual(lines.slice(1, -1).sort(), ['-0,5;3;0', '1,5;-2,25;1', '4;4,75;1']);
  await importFile(page, 'export.csv', text, /3 points/);
  assert.equal(await points(page), 3);
  const shown = await importFile(page, 'court.csv', 'x;y;label\r\n1;2\r\n', /Impossible/);
  assert.match(shown, /Ligne 2\s?: 3 valeurs x,y,étiquette séparées par des points-virgules attendues, mais 2 trouvées/);
  assert.deepEqual(errors, []);
  await page.context().close();
});
