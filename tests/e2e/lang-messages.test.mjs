// Messages whose facts come from Rust (a link's ignored settings, a refused state file, the
// race's per-racer explanation) read in French on a French page, with decimal commas, in every
// mode; an English widget on the same page keeps the English sentences.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openPage, screenshot, waitFor, writeFixture } from './helpers.mjs';
import { strings } from '../../www/i18n/strings.js';
import { issueText, pictureErrorText } from '../../www/shell/messages.js';

/** Seconds a widget may take to start (wasm load, first frame) or to load a file. */
const START_SECONDS = 10;

test('a refused picture and an old link format are worded from data, with French numbers', () => {
  // The picture checks in the browser come first, so the wasm's own refusals are worded here
  // from the objects it returns (src/web/messages.rs).
  const tooLarge = { kind: 'tooLarge', width: 5000, height: 4000, megapixels: 20, limit: 16.8, text: '' };
  assert.equal(pictureErrorText(tooLarge, strings('fr')),
    'L’image est trop grande (5000 × 4000 pixels, 20 mégapixels ; la limite est de 16,8). Réduisez-la à 4096 × 4096 au plus et réessayez.');
  assert.equal(pictureErrorText(tooLarge, strings('en')),
    'The image is too large (5000 × 4000 pixels, 20 megapixels; the limit is 16.8). Shrink it to at most 4096 × 4096 and try again.');
  const version = { kind: 'unsupportedVersion', key: 'v', value: '9', version: 1, text: '' };
  assert.match(issueText(version, strings('fr')), /^v=9 est un format de lien que cette page ne connaît pas \(elle lit v=1\)/);
  // Something the tables do not know falls back to the core's English sentence.
  assert.equal(issueText({ kind: 'future', text: 'as the core says' }, strings('fr')), 'as the core says');
});

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The text of the issues area of the widget `id`, once it has some. */
async function issuesOf(page, id) {
  // Widgets start when they come near the viewport.
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const area = page.locator(`#${id} #issues`);
  return waitFor(() => area.textContent().catch(() => ''), (t) => t.length > 0, START_SECONDS);
}

test('bad link values read in French in every mode, and in English on an English widget', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/messages-fr.html');
  await page.setViewportSize({ width: 1400, height: 1000 });
  const expected = {
    classify: [
      'lr=abc n’est pas un nombre entre 0,00001 et 10 ; valeur gardée : 0,03',
      'act=wiggly n’est pas l’une des valeurs relu, tanh, sigmoid, linear, leaky ; valeur gardée : tanh',
      'zzz=1 : « zzz » n’est pas un réglage connu de cette page ; ignoré',
      // Whole-number bounds beyond what a JS number holds stay exact, grouped the French way.
      'seed=-1 n’est pas un nombre entier de 0 à 18\u202f446\u202f744\u202f073\u202f709\u202f551\u202f615 ; valeur gardée : 1',
    ],
    gan: [
      'glr=banana n’est pas un nombre entre 0,00001 et 1 ; valeur gardée : 0,0005',
      'kd=99 n’est pas un nombre entier de 0 à 10 ; valeur gardée : 1',
    ],
    race: [
      'sgdlr=banana n’est pas un nombre entre 0,00001 et 10 ; valeur gardée : 0,18',
      'racers=sgd,fast n’est pas une liste de sgd, momentum, nesterov, rmsprop, adam séparés par des virgules (vide pour aucun) ; valeur gardée : sgd, momentum, nesterov, rmsprop, adam',
      'start=here n’est pas une paire de nombres x,y entre -10 et 10, ou bien default ; valeur gardée : default',
    ],
    curve: [
      'clr=banana n’est pas un nombre entre 0,00001 et 1 ; valeur gardée : 0,01',
      'cnoise=2 n’est pas un nombre entre 0 et 1 ; valeur gardée : 0,1',
      // A kept list is spaced, so that 16,16 does not read as a decimal number.
      'chidden=0 n’est pas une liste d’au plus 4 tailles de couche de 1 à 64, séparées par des virgules (vide pour aucune couche) ; valeur gardée : 16, 16',
    ],
    image: [
      'iscale=99 n’est pas un nombre entre 0,1 et 30 ; valeur gardée : 3',
      'ilr=banana n’est pas un nombre entre 0,00001 et 1 ; valeur gardée : 0,005',
      'icolour=maybe n’est pas 0 ou 1 ; valeur gardée : 1',
    ],
  };
  for (const [id, sentences] of Object.entries(expected)) {
    const text = await issuesOf(page, id);
    assert.match(text, /^Certains réglages du lien ont été ignorés :/, id);
    for (const s of sentences) assert.ok(text.includes(s), `${id}: «${s}» not in «${text}»`);
    assert.doesNotMatch(text, /is not|kept|0\.0/, `${id} has English left: ${text}`);
  }
  const en = await issuesOf(page, 'en');
  assert.match(en, /lr=abc is not a number between 0\.00001 and 10; kept 0\.03/);
  assert.match(en, /act=wiggly is not one of relu, tanh, sigmoid, linear, leaky; kept tanh/);

  // The race's legend explains each racer from its status (or, before the first step, where
  // its drawn path ends), in French.
  const explain = page.locator('#race .race-legend .explain').first();
  const sentence = await waitFor(() => explain.textContent(), (t) => t.length > 0, START_SECONDS);
  assert.match(sentence, /^(Son chemin sur la carte|En course|A atteint|Bloqué|Arrêté|Oscille|Sorti)/);
  assert.doesNotMatch(sentence, /Running|Reached|Stuck|steps/);
  await page.locator('#curve').scrollIntoViewIfNeeded();
  await screenshot(page, 'lang-messages-issues');
  assert.deepEqual(errors, []);
  await page.close();
});

/** Opens `text` as the state file `name` in the widget `id`; its French refusal notice. */
async function refusal(page, id, name, text) {
  const widget = page.locator(`#${id}`);
  await widget.scrollIntoViewIfNeeded();
  await widget.locator('#state-file').setInputFiles(writeFixture(name, text));
  const notice = widget.locator('#notice');
  return waitFor(() => notice.textContent(), (t) => t.startsWith(`Impossible d’ouvrir ${name}`), START_SECONDS);
}

test('a refused state file is explained in French, numbers and all', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/messages-fr.html');
  await issuesOf(page, 'curve');
  const configBefore = await page.locator('#curve').evaluate((e) => e.config);

  // Cut short: the problem is at its end.
  const cut = '{"format":"nn-playground","config":"mode=curve",';
  const garbage = await refusal(page, 'curve', 'brouillon.json', cut);
  assert.equal(garbage, `Impossible d’ouvrir brouillon.json. Ce fichier ne peut pas être chargé : ce n’est pas du JSON (le problème est à l’octet ${cut.length})`);
  const field = await refusal(page, 'curve', 'version.json', '{"format":"nn-playground","version":"1","config":"mode=curve"}');
  assert.match(field, /Ce fichier ne peut pas être chargé : son champ « version » devrait être un nombre entier$/);
  const newer = await refusal(page, 'gan', 'futur.json', '{"format":"nn-playground","version":3,"config":"mode=gan"}');
  assert.match(newer, /version plus récente \(3\) de cette page, qui lit la version 1 ; rechargez la page/);
  const weights = await refusal(page, 'classify', 'poids.json', '{"format":"nn-playground","config":"hidden=2","weights":[1,2,3]}');
  assert.match(weights, /Ce fichier ne peut pas être chargé : il contient 3 poids mais son réseau en demande \d+$/);
  const label = await refusal(page, 'classify', 'etiquette.json', '{"format":"nn-playground","config":"data=custom&problem=classify&classes=2","data":{"train":[[1,1,0.5]]}}');
  assert.match(label, /Ce fichier ne peut pas être chargé : le point 1 a l’étiquette 0,5, que son problème/);
  assert.equal(await page.locator('#curve').evaluate((e) => e.config), configBefore, 'a refused file changed nothing');

  // The English widget on the same page keeps English.
  await page.locator('#en').scrollIntoViewIfNeeded();
  await page.locator('#en #state-file').setInputFiles(writeFixture('notes.json', 'not json'));
  const enNotice = page.locator('#en #notice');
  const en = await waitFor(() => enNotice.textContent(), (t) => t.startsWith('Could not open'), START_SECONDS);
  assert.equal(en, 'Could not open notes.json. This file cannot be loaded: it is not JSON (the problem is at byte 0)');
  await page.locator('#curve').scrollIntoViewIfNeeded();
  await screenshot(page, 'lang-messages-state');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a refused CSV file names its line and problem in French', async () => {
  const { page, errors } = await openPage(browser, 'tests/e2e/fixtures/messages-fr.html');
  const widget = page.locator('#classify');
  await issuesOf(page, 'classify');
  const notice = widget.locator('#notice');
  const cases = [
    ['mauvais.csv', 'x,y,label\n0.5,abc,1\n', 'Ligne 2 : la valeur y « abc » n’est pas un nombre'],
    ['etiquettes.csv', 'x,y,label\n0.5,0.5,1\n1,1,2.5\n', 'Ligne 3 : l’étiquette 2,5 n’est pas une classe 0 ou 1 (ou -1 pour la classe 0)'],
  ];
  for (const [name, text, sentence] of cases) {
    await widget.locator('#csv-file').setInputFiles(writeFixture(name, text));
    const start = `Impossible d’importer ${name} ; vos points sont inchangés. `;
    const shown = await waitFor(() => notice.textContent(), (t) => t.startsWith(start), START_SECONDS);
    assert.equal(shown, start + sentence);
  }
  assert.deepEqual(errors, []);
  await page.close();
});
