// The fault battery: what a course page, a student's files and a school network throw at the
// widget (bad state files, CSV files and pictures, odd attributes, hashes and page languages,
// scripting calls in odd orders, failed downloads, many demos), one case at a time. Every case
// checks the same invariants: no uncaught page error, no injected markup (no img/script/…
// element the widget did not build, window.__pwned unset), the widget still usable (a step
// still draws a frame, or an explained message is shown), a refused file loses nothing (config
// and step count unchanged), and messages in the widget's language. The cases are data
// (fault-cases.mjs); one browser and a few pages serve them all.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { drawn, frames, launch, openPage, PLAY_URL, showMore, waitFor } from './helpers.mjs';
import {
  HOSTILE, attributeCases, csvCases, hashCases, languageCases, pictureCases, stateCases,
} from './fault-cases.mjs';

/** Seconds anything may take on a loaded 2-core machine (a load, a file read, a mode switch). */
const T = 20;
const HOST = 'tests/e2e/fixtures/fault.html';

let browser;
/** The host page (fault.html) most categories share: { page, errors, mark }. */
let host;
const counts = {};
let failures = 0;

before(async () => {
  browser = await launch();
  host = await openPage(browser, HOST, { context: { viewport: { width: 1280, height: 1400 } } });
  host.mark = 0;
});
after(async () => {
  await browser?.close();
});

/** Runs one case as a subtest of `t`, counted under `category`. */
async function run(t, category, name, body) {
  counts[category] = (counts[category] ?? 0) + 1;
  await t.test(`${category}: ${name}`, async () => {
    host.mark = host.errors.length;
    try {
      const outcome = await body();
      if (outcome) t.diagnostic(`${category}: ${name}: ${outcome}`);
    } catch (error) {
      failures += 1;
      throw error;
    }
  });
}

// ---- the element ----

/** Replaces the host page's demos by one `<nn-playground id="w">` with `attrs`; waits for its
 * first frame or an alert. */
async function mount(attrs = {}, { page = host.page, wait = true } = {}) {
  await page.evaluate((attrs) => {
    window.__pwned = undefined;
    const box = document.getElementById('host');
    box.replaceChildren();
    const e = document.createElement('nn-playground');
    e.id = 'w';
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    box.append(e);
  }, attrs);
  const loc = page.locator('#w');
  if (wait) await ready(loc);
  return loc;
}

/** Waits until the element drew a frame (and no mode switch is under way) or shows an alert. */
async function ready(loc) {
  return loc.page().waitForFunction((e) => e.shadowRoot.querySelector('.alert > p')
    || (e.stats != null && e.started), await loc.elementHandle(), { timeout: T * 1000, polling: 'raf' })
    .catch(async (error) => {
      throw new Error(`never ready: ${error.message}; shows ${await loc.evaluate((e) => e.shadowRoot.textContent.slice(0, 300))}`);
    });
}

const configOf = (loc) => loc.evaluate((e) => e.config);
const textOf = (loc) => loc.evaluate((e) => e.shadowRoot.textContent);

const MARKERS = {
  en: [/Some attributes of this demo were ignored/, /Could not (open|import)/, /could not be downloaded/, /Try again/],
  fr: [/Certains attributs/, /Impossible d’(ouvrir|importer)/, /n’a pas pu être téléchargé/, /Réessayer/],
};

/** The invariants every case checks, on `loc` (an element) of `p` (the page's record). */
async function invariants(p, loc, { fr = false, usable = true } = {}) {
  assert.deepEqual(p.errors.slice(p.mark ?? 0), [], 'no uncaught page error');
  const found = await p.page.evaluate(() => {
    const roots = [document.body, ...[...document.querySelectorAll('nn-playground')].map((e) => e.shadowRoot)];
    const bad = roots.flatMap((r) => [...r.querySelectorAll('img, script, iframe, object, embed, svg, [onerror], [onload]')]
      .map((n) => n.outerHTML.slice(0, 100)));
    return { pwned: window.__pwned ?? null, bad };
  });
  assert.deepEqual(found, { pwned: null, bad: [] }, 'no injected element');
  if (loc) {
    const text = await textOf(loc);
    for (const marker of MARKERS[fr ? 'en' : 'fr']) assert.doesNotMatch(text, marker, `a message in ${fr ? 'French' : 'English'}`);
    if (usable) await stillUsable(loc);
  }
}

/** A step still draws a frame, or an alert explains why not. */
async function stillUsable(loc) {
  await ready(loc);
  const state = await loc.evaluate((e) => ({
    stats: e.stats != null,
    alert: [...e.shadowRoot.querySelectorAll('.alert > p')].map((n) => n.textContent).join(' ').trim(),
  }));
  if (!state.stats || state.alert) {
    assert.ok(state.alert.length > 10, `an explained message (${state.alert})`);
    return;
  }
  const frame = await loc.evaluate((e) => e.stats?.frame ?? 0);
  await loc.evaluate((e) => e.step());
  await drawn(loc, frame + 1, T);
}

/** A refused file changed nothing: the config and the step count are those of `before`. */
async function unchanged(loc, before) {
  assert.equal(await configOf(loc), before.config, 'the config is kept');
  assert.equal(countOf(await loc.evaluate((e) => e.stats)), before.epoch, 'the step count is kept');
}

/** A mode's step count: the epoch, or the GAN's iterations (whichever its stats have). */
const countOf = (s) => (s == null ? undefined : s.epoch ?? s.iterations ?? s.step ?? s.steps ?? s.frame);

async function snapshot(loc) {
  return { config: await configOf(loc), epoch: countOf(await loc.evaluate((e) => e.stats)) };
}

/** A classifier trained a few steps (so that a refused file has something to lose). */
async function trainedClassifier(attrs = {}) {
  const loc = await mount({ config: 'data=xor&hidden=4&seed=3', ...attrs });
  const frame = await loc.evaluate((e) => e.stats.frame);
  await loc.evaluate((e) => {
    for (let i = 0; i < 5; i++) e.step();
  });
  await drawn(loc, frame + 1, T);
  return loc;
}

/** Presses Save file in `loc`; the downloaded text. */
async function saved(loc) {
  await showMore(loc);
  const [download] = await Promise.all([loc.page().waitForEvent('download', { timeout: T * 1000 }), loc.locator('#save-state').click()]);
  return fs.readFileSync(await download.path(), 'utf8');
}

const noticeOf = (loc) => loc.evaluate((e) => {
  const n = e.shadowRoot.querySelector('#notice');
  return { text: n?.textContent ?? '', error: n?.classList.contains('error') ?? false, config: e.config };
});

// ---- state files ----

test('fault battery: state files', async (t) => {
  const others = {};
  for (const mode of ['gan', 'race', 'curve', 'image']) others[mode] = await saved(await mount({ demo: mode }));
  const base = JSON.parse(await saved(await trainedClassifier()));
  let loc = await trainedClassifier();
  for (const [i, [name, buffer]] of stateCases(base, others).entries()) {
    await run(t, 'state', name, async () => {
      const file = `s${i}-${name}.json`;
      const before = await snapshot(loc);
      const mode = (c) => new URLSearchParams(c).get('mode') ?? 'classify';
      await loc.locator('#state-file').setInputFiles({ name: file, mimeType: 'application/json', buffer });
      const outcome = await waitFor(() => noticeOf(loc),
        (o) => o.text.includes(file) || mode(o.config) !== mode(before.config), T);
      if (outcome.error) {
        assert.match(outcome.text, new RegExp(`^Could not open ${file.replace(/[^\w-]/g, '.')}\\. \\S`), 'the refusal says why');
        await unchanged(loc, before);
        await invariants(host, loc);
        return `refused: ${outcome.text}`;
      }
      assert.ok(outcome.text.includes(file) || mode(outcome.config) !== mode(before.config), `no answer to ${file}`);
      await invariants(host, loc);
      loc = await trainedClassifier();
      return `accepted (${mode(outcome.config)}): ${outcome.text}`;
    });
  }
});

test('fault battery: refused files in French', async (t) => {
  const loc = await trainedClassifier({ lang: 'fr' });
  const files = [
    ['#state-file', 'etat-tronque.json', '{"format":"nn-playground","config":"data=xor","weights":[1,', /^Impossible d’ouvrir etat-tronque\.json\. Ce fichier ne peut pas être chargé : \S/],
    ['#state-file', 'etat-vide.json', '', /^Impossible d’ouvrir etat-vide\.json\. Ce fichier ne peut pas être chargé : \S/],
    ['#state-file', 'etat-version.json', '{"format":"nn-playground","version":999,"config":"","weights":[]}', /^Impossible d’ouvrir etat-version\.json\. Ce fichier ne peut pas être chargé : \S/],
    ['#csv-file', 'points-fr.csv', 'x;y;label\n0,5;0,25\n', /^Impossible d’importer points-fr\.csv ; vos points sont inchangés\. [A-ZÀ-Ý]/],
    ['#csv-file', 'points-vides.csv', '', /^Impossible d’importer points-vides\.csv ; vos points sont inchangés\. [A-ZÀ-Ý]/],
    ['#csv-file', 'points-classe.csv', 'x,y,label\n0.5,0.5,7\n', /^Impossible d’importer points-classe\.csv ; vos points sont inchangés\. [A-ZÀ-Ý]/],
  ];
  for (const [input, name, text, expected] of files) {
    await run(t, input === '#csv-file' ? 'csv' : 'state', `French page: ${name}`, async () => {
      const before = await snapshot(loc);
      await loc.locator(input).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
      const outcome = await waitFor(() => noticeOf(loc), (o) => o.text.includes(name), T);
      assert.match(outcome.text, expected);
      assert.ok(outcome.error, 'shown as an error');
      await unchanged(loc, before);
      await invariants(host, loc, { fr: true });
      return outcome.text;
    });
  }
});

test('fault battery: a file of nothing but the format', async (t) => {
  // {"format": "nn-playground"} alone (no config, no weights) was "Loaded" and silently
  // replaced the student's run by the defaults; it is refused and the run kept.
  await t.test('a state file with neither config nor weights is refused', async () => {
    const loc = await trainedClassifier();
    const before = await snapshot(loc);
    await loc.locator('#state-file').setInputFiles({ name: 'only-format.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nn-playground"}') });
    const outcome = await waitFor(() => noticeOf(loc), (o) => o.text.includes('only-format.json'), T);
    assert.ok(outcome.error, `refused (${outcome.text})`);
    await unchanged(loc, before);
  });
});

test('fault battery: state files in the other modes', async (t) => {
  const modes = ['gan', 'race', 'curve', 'image', 'segment', 'inpaint', 'digits', 'terrain', 'agent', 'physics', 'sound'];
  const files = { classify: await saved(await trainedClassifier()) };
  for (const mode of modes) files[mode] = await saved(await mount({ demo: mode }));
  for (const [i, mode] of modes.entries()) {
    const other = modes[(i + 1) % modes.length];
    // The first four modes get every case; the later ones (a module of their own each) the
    // two that matter most: their own file broken, and another module's file.
    const cases = [
      [`${mode}: its own file truncated`, files[mode].slice(0, files[mode].length >> 1), null],
      ...(i < 4 ? [
        [`${mode}: its own file with a hostile config`, JSON.stringify({ ...JSON.parse(files[mode]), config: `mode=${mode}&${HOSTILE[0]}=1` }), 'either'],
        [`${mode}: a classifier file`, files.classify, 'classify'],
      ] : []),
      [`${mode}: a ${other} file`, files[other], other],
    ];
    for (const [j, [name, text, expected]] of cases.entries()) {
      await run(t, 'state', name, async () => {
        const loc = await mount({ demo: mode });
        await loc.evaluate((e) => [e.step(), e.step()]);
        await waitFor(async () => countOf(await loc.evaluate((e) => e.stats)), (n) => n > 0, T);
        const before = await snapshot(loc);
        const file = `x${i}${j}-${mode}.json`;
        const modeOf = (c) => new URLSearchParams(c).get('mode') ?? 'classify';
        await loc.locator('#state-file').setInputFiles({ name: file, mimeType: 'application/json', buffer: Buffer.from(text) });
        const outcome = await waitFor(() => noticeOf(loc), (o) => o.text.includes(file) || modeOf(o.config) !== mode, T);
        if (expected === null) {
          assert.ok(outcome.error, `refused: ${outcome.text}`);
          assert.match(outcome.text, /^Could not open .*\. This file cannot be loaded: \S/);
          await unchanged(loc, before);
        } else if (expected !== 'either') {
          await waitFor(() => configOf(loc), (c) => modeOf(c) === expected, T);
          assert.equal(modeOf(await configOf(loc)), expected, 'the file switched the mode');
        }
        await invariants(host, loc);
        return outcome.text || `now ${modeOf(outcome.config)}`;
      });
    }
  }
});

// ---- CSV files ----

test('fault battery: CSV files in the classifier', async (t) => {
  let loc = await trainedClassifier();
  for (const [i, [name, buffer]] of csvCases().entries()) {
    await run(t, 'csv', name, async () => {
      const file = `c${i}-${name}`;
      const before = await snapshot(loc);
      await loc.locator('#csv-file').setInputFiles({ name: file, mimeType: 'text/csv', buffer });
      const outcome = await waitFor(() => noticeOf(loc), (o) => o.text.includes(file), T);
      assert.ok(outcome.text.includes(file), `an answer about ${file}: ${outcome.text}`);
      if (outcome.error) {
        assert.match(outcome.text, /^Could not import .*; your points are unchanged\. [A-Z]/, 'the refusal says why, in a sentence');
        await unchanged(loc, before);
      } else {
        assert.match(outcome.text, /^Imported \d+ points from /);
      }
      await invariants(host, loc);
      if (!outcome.error) loc = await trainedClassifier();
      return `${outcome.error ? 'refused' : 'accepted'}: ${outcome.text}`;
    });
  }
});

// ---- pictures ----

/** The bytes of a picture case (encoded in the page when asked). */
async function pictureBytes(page, bytes) {
  if (Buffer.isBuffer(bytes)) return bytes;
  const [w, h, type] = bytes.canvas;
  const data = await page.evaluate(async ([w, h, type]) => {
    const c = new OffscreenCanvas(w, h);
    const ctx = c.getContext('2d');
    const g = ctx.createLinearGradient(0, 0, w, h);
    g.addColorStop(0, '#c03');
    g.addColorStop(1, '#03c');
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, w, h);
    const blob = await c.convertToBlob({ type });
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, [w, h, type]);
  const buffer = Buffer.from(data);
  return bytes.truncate ? buffer.subarray(0, Math.floor(buffer.length * bytes.truncate)) : buffer;
}

test('fault battery: pictures in the image mode', async (t) => {
  for (const [name, mimeType, bytes] of pictureCases) {
    await run(t, 'picture', name, async () => {
      const buffer = await pictureBytes(host.page, bytes);
      const loc = await mount({ demo: 'image' });
      const before = await snapshot(loc);
      await loc.locator('#upload').setInputFiles({ name, mimeType, buffer });
      const outcome = await waitFor(() => loc.evaluate((e) => ({
        error: e.shadowRoot.querySelector('#upload-error')?.textContent ?? '',
        uploaded: e.stats?.uploaded ?? false,
      })), (o) => o.error.length > 0 || o.uploaded, T);
      if (outcome.uploaded) {
        assert.equal(outcome.error, '', 'no error beside an accepted picture');
      } else {
        assert.ok(outcome.error.length > 10, `an explained refusal of ${name}`);
        await unchanged(loc, before);
      }
      await invariants(host, loc);
      return outcome.uploaded ? 'accepted' : `refused: ${outcome.error}`;
    });
  }
});

// ---- attributes ----

const NOTED = /^(demo unknown|demo hostile|controls misspelled|controls hostile|hide misspelled|lock misspelled|size huge|width (negative|99999|abc|100|NaN)|(demo|controls|size|width) 20 000 characters)$/;

test('fault battery: attributes', async (t) => {
  for (const [name, attrs] of attributeCases) {
    await run(t, 'attribute', name, async () => {
      const loc = await mount(attrs);
      if (NOTED.test(name)) {
        assert.match(await textOf(loc), /Some attributes of this demo were ignored/, 'the ignored attribute is reported');
      }
      // A value is quoted back shortened, whatever its length (as the config's issues are).
      const notes = await loc.evaluate((e) => e.shadowRoot.querySelector('#embed-issues')?.textContent ?? '');
      assert.ok(notes.length < 600, `the notes are short (${notes.length} characters)`);
      await invariants(host, loc);
      await loc.evaluate((e) => e.pause());
    });
  }
});

// ---- page languages ----

test('fault battery: page languages', async (t) => {
  for (const [lang, fr] of languageCases) {
    await run(t, 'language', JSON.stringify(lang), async () => {
      await host.page.evaluate((lang) => {
        document.documentElement.lang = lang;
      }, lang);
      const loc = await mount({ demo: 'nope' });
      const title = await loc.evaluate((e) => e.shadowRoot.querySelector('#embed-issues p')?.textContent);
      assert.equal(title, fr ? 'Certains attributs de cette démonstration ont été ignorés :' : 'Some attributes of this demo were ignored:');
      await invariants(host, loc, { fr });
    });
  }
  await host.page.evaluate(() => {
    document.documentElement.lang = 'en';
  });
});

// ---- scripting API sequences ----

/** Each: [name, async (page) => locator of the element to check]. */
const apiCases = [
  ['calls before the start', async () => {
    await host.page.evaluate(() => {
      const e = document.createElement('nn-playground');
      e.id = 'w';
      e.play();
      e.pause();
      e.step();
      e.reset();
      e.set('lr=0.3');
      e.config = 'mode=gan';
      e.set('glr=0.01');
      void e.stats;
      document.getElementById('host').replaceChildren(e);
    });
    const loc = host.page.locator('#w');
    await ready(loc);
    assert.match(await configOf(loc), /mode=gan/);
    return loc;
  }],
  ["set('mode=race') then step, play, set", async () => {
    const loc = await mount();
    await loc.evaluate((e) => {
      e.set('mode=race');
      e.step();
      e.play();
      e.set('racers=sgd,adam');
      e.pause();
    });
    await waitFor(() => configOf(loc), (c) => /mode=race/.test(c) && /racers=sgd(%2C|,)adam/.test(c), T);
    assert.match(await configOf(loc), /mode=race/);
    return loc;
  }],
  ["config = 'mode=gan' then reset()", async () => {
    const loc = await mount();
    await loc.evaluate((e) => {
      e.config = 'mode=gan';
      e.reset();
    });
    await waitFor(() => configOf(loc), (c) => /mode=gan/.test(c), T);
    return loc;
  }],
  ['pause() when paused, three times', async () => {
    const loc = await mount();
    await loc.evaluate((e) => [e.pause(), e.pause(), e.pause()]);
    assert.equal(await loc.evaluate((e) => e.playing), false);
    return loc;
  }],
  ['step() 100 times in one task', async () => {
    const loc = await mount({ config: 'data=xor&hidden=4' });
    const before = await loc.evaluate((e) => e.stats.epoch);
    await loc.evaluate((e) => {
      for (let i = 0; i < 100; i++) e.step();
    });
    await waitFor(() => loc.evaluate((e) => e.stats.epoch), (n) => n > before, T);
    assert.ok((await loc.evaluate((e) => e.stats.epoch)) > before, 'the steps trained');
    return loc;
  }],
  ['reset() 50 times in one task while playing', async () => {
    const loc = await mount();
    await loc.evaluate((e) => {
      e.play();
      for (let i = 0; i < 50; i++) e.reset();
    });
    return loc;
  }],
  ...['%%%', null, undefined, 42, {}, '&&&=', `lr=${HOSTILE[0]}`, 'v=999', `mode=${HOSTILE[1]}`, 'hidden=1e9'].map((arg) => [
    `set(${JSON.stringify(arg) ?? 'undefined'})`, async () => {
      const loc = await mount();
      await loc.evaluate((e, arg) => e.set(arg === '__undefined' ? undefined : arg), arg === undefined ? '__undefined' : arg);
      await frames(host.page, 3);
      return loc;
    }]),
  ['config = null, then empty', async () => {
    const loc = await mount({ config: 'data=spiral' });
    await loc.evaluate((e) => {
      e.config = null;
      e.config = '';
    });
    return loc;
  }],
  ['removed while playing, then added again', async () => {
    const loc = await mount();
    await loc.evaluate((e) => e.play());
    await host.page.evaluate(() => {
      const e = document.getElementById('w');
      e.remove();
      window.__kept = e;
    });
    await frames(host.page, 5);
    await host.page.evaluate(() => document.getElementById('host').append(window.__kept));
    await waitFor(() => loc.evaluate((e) => e.playing), Boolean, T);
    assert.equal(await loc.evaluate((e) => e.playing), true, 'it plays again');
    await loc.evaluate((e) => e.pause());
    return loc;
  }],
  ['removed during a mode switch, then added again', async () => {
    const loc = await mount();
    await host.page.evaluate(() => {
      const e = document.getElementById('w');
      e.set('mode=curve');
      e.remove();
      window.__kept = e;
    });
    await frames(host.page, 5);
    await host.page.evaluate(() => document.getElementById('host').append(window.__kept));
    await waitFor(() => configOf(loc), (c) => /mode=curve/.test(c), T);
    return loc;
  }],
  ['two elements switching modes at once', async () => {
    await host.page.evaluate(() => {
      const box = document.getElementById('host');
      box.replaceChildren();
      for (const id of ['w', 'w2']) {
        const e = document.createElement('nn-playground');
        e.id = id;
        e.setAttribute('size', 'small');
        box.append(e);
      }
    });
    const [a, b] = [host.page.locator('#w'), host.page.locator('#w2')];
    await ready(a);
    await ready(b);
    await host.page.evaluate(() => {
      const [a, b] = [document.getElementById('w'), document.getElementById('w2')];
      a.set('mode=gan');
      b.set('mode=race');
      a.set('mode=curve');
      b.config = 'mode=image';
      a.play();
      b.play();
    });
    await waitFor(() => configOf(a), (c) => /mode=curve/.test(c), T);
    await waitFor(() => configOf(b), (c) => /mode=image/.test(c), T);
    await invariants(host, b);
    return a;
  }],
  ['five mode switches in one task', async () => {
    const loc = await mount();
    await loc.evaluate((e) => {
      for (const m of ['gan', 'race', 'curve', 'image', 'classify']) e.set(`mode=${m}`);
    });
    await frames(host.page, 5);
    await ready(loc);
    assert.doesNotMatch(await configOf(loc), /mode=(gan|race|curve|image)/);
    return loc;
  }],
  ['demo attribute changed while playing', async () => {
    const loc = await mount({ autoplay: '' });
    await loc.evaluate((e) => e.setAttribute('demo', 'gan'));
    await waitFor(() => configOf(loc), (c) => /mode=gan/.test(c), T);
    return loc;
  }],
  ['config attribute removed', async () => {
    const loc = await mount({ config: 'data=spiral&lr=0.3' });
    await loc.evaluate((e) => e.removeAttribute('config'));
    return loc;
  }],
  ['step() during a mode switch', async () => {
    const loc = await mount();
    await loc.evaluate((e) => {
      e.set('mode=image');
      for (let i = 0; i < 10; i++) e.step();
    });
    await waitFor(() => configOf(loc), (c) => /mode=image/.test(c), T);
    return loc;
  }],
  ['stats object scribbled on', async () => {
    const loc = await mount();
    await loc.evaluate((e) => {
      try {
        e.stats.epoch = -1;
        e.stats.frame = 1e9;
      } catch {
        // frozen: fine
      }
    });
    return mount();
  }],
  ['keys pressed twenty times', async () => {
    const loc = await mount();
    await loc.focus();
    for (const key of ['r', ' ', 'ArrowRight', '+', '-', 'x', ' ', 'r', '?', 'Escape']) await host.page.keyboard.press(key);
    await loc.evaluate((e) => e.pause());
    return loc;
  }],
  ['two sync-hash demos on one page settle', async () => {
    await host.page.evaluate(() => {
      const box = document.getElementById('host');
      box.replaceChildren();
      for (const [id, config] of [['w', 'data=xor'], ['w2', 'mode=gan']]) {
        const e = document.createElement('nn-playground');
        Object.assign(e, { id });
        e.setAttribute('sync-hash', '');
        e.setAttribute('size', 'small');
        e.setAttribute('config', config);
        box.append(e);
      }
    });
    const [a, b] = [host.page.locator('#w'), host.page.locator('#w2')];
    await ready(a);
    await ready(b);
    await a.evaluate((e) => e.step());
    await frames(host.page, 10);
    const hash = await host.page.evaluate(() => location.hash);
    const configs = [await configOf(a), await configOf(b)];
    await frames(host.page, 20);
    assert.equal(await host.page.evaluate(() => location.hash), hash, 'the hash settles (no ping-pong)');
    assert.deepEqual([await configOf(a), await configOf(b)], configs, 'neither demo keeps switching');
    await invariants(host, b);
    await host.page.evaluate(() => history.replaceState(null, '', location.pathname));
    return a;
  }],
  ['play() then removed for good', async () => {
    await mount();
    await host.page.evaluate(() => {
      const e = document.getElementById('w');
      e.play();
      e.remove();
    });
    await frames(host.page, 10);
    return mount();
  }],
];

test('fault battery: scripting API sequences', async (t) => {
  for (const [name, body] of apiCases) {
    await run(t, 'api', name, async () => {
      const loc = await body();
      await invariants(host, loc);
      await loc.evaluate((e) => e.pause());
    });
  }
});

// ---- the URL hash of index.html ----

test('fault battery: URL hashes of index.html', async (t) => {
  const p = await openPage(browser, 'index.html', { context: { viewport: { width: 1280, height: 900 } } });
  const loc = p.page.locator('nn-playground');
  await ready(loc);
  for (const [i, hash] of hashCases.entries()) {
    const how = i % 3 ? 'changed' : 'loaded';
    await run(t, 'hash', `${how} ${hash.slice(0, 60)}`, async () => {
      p.mark = p.errors.length;
      if (how === 'loaded') {
        await p.page.goto('about:blank');
        await p.page.goto(new URL(`index.html${hash}`, PLAY_URL).href, { waitUntil: 'load' });
        await p.page.evaluate(() => {
          window.__pwned = undefined;
        });
      } else {
        await p.page.evaluate((h) => {
          location.hash = h;
        }, hash);
        await frames(p.page, 3);
      }
      await ready(loc);
      await invariants(p, loc);
    });
  }
  await p.page.context().close();
});

// ---- network faults ----

const WASM = '**/pkg/*/*_bg.wasm';

/** A fresh context whose routes `routes` ({ glob: handler }) apply, on the host page with one
 * demo of `attrs`. */
async function networkPage(routes, attrs = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1400 } });
  for (const [glob, handler] of Object.entries(routes)) await context.route(glob, handler);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(new URL(HOST, PLAY_URL).href, { waitUntil: 'load' });
  const loc = await mount(attrs, { page, wait: false });
  return { page, errors, loc };
}

const alertOf = (loc) => loc.evaluate((e) => e.shadowRoot.querySelector('.alert')?.textContent ?? '');

const networkCases = [
  ['wasm aborted once (retried)', () => {
    let n = 0;
    return [{ [WASM]: (r) => (n++ < 1 ? r.abort('connectionreset') : r.continue()) }, {}, async ({ loc }) => {
      await ready(loc);
      assert.ok(await loc.evaluate((e) => e.stats != null), 'it started');
    }];
  }],
  ['wasm aborted always, then Try again', () => {
    let on = true;
    return [{ [WASM]: (r) => (on ? r.abort('connectionreset') : r.continue()) }, {}, async ({ loc }) => {
      const text = await waitFor(() => alertOf(loc), (s) => s.includes('Try again'), T);
      assert.match(text, /could not be downloaded/);
      on = false;
      await loc.locator('button.retry').click();
      await waitFor(() => loc.evaluate((e) => e.stats != null), Boolean, T);
      assert.ok(await loc.evaluate((e) => e.stats != null), 'Try again started it');
    }];
  }],
  ['wasm aborted always, in French', () => [{ [WASM]: (r) => r.abort('connectionreset') }, { lang: 'fr' }, async ({ loc }) => {
    const text = await waitFor(() => alertOf(loc), (s) => s.includes('Réessayer'), T);
    assert.match(text, /téléchargé/);
  }, { fr: true }]],
  ['a 500 on the wasm, then OK', () => {
    let n = 0;
    return [{ [WASM]: (r) => (n++ < 1 ? r.fulfill({ status: 500, body: 'oops' }) : r.continue()) }, {}, async ({ loc }) => {
      await ready(loc);
      assert.ok(await loc.evaluate((e) => e.stats != null), 'it started after the server error');
    }];
  }],
  ['a 404 on the wasm', () => [{ [WASM]: (r) => r.fulfill({ status: 404, body: 'not here' }) }, {}, async ({ loc }) => {
    const text = await waitFor(() => alertOf(loc), (s) => s.length > 0, T);
    assert.ok(text.length > 10, 'explained');
  }]],
  ['slow wasm (3 s)', () => [{
    [WASM]: async (r) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await r.continue();
    },
  }, {}, async ({ loc }) => {
    await ready(loc);
    assert.ok(await loc.evaluate((e) => e.stats != null), 'it started late');
  }]],
  ['slow wasm, the demo removed and added back while it loads', () => [{
    [WASM]: async (r) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await r.continue();
    },
  }, {}, async ({ page, loc }) => {
    await page.evaluate(() => {
      const e = document.getElementById('w');
      e.remove();
      e.play();
      document.getElementById('host').append(e);
    });
    await ready(loc);
    await waitFor(() => loc.evaluate((e) => e.playing), Boolean, T);
    assert.ok(await loc.evaluate((e) => e.playing), 'play() before the start is kept');
    await loc.evaluate((e) => e.pause());
  }]],
  ['the GAN chunk aborted, then Try again', () => {
    let on = true;
    return [{ '**/www/modes/gan/widget.js': (r) => (on ? r.abort('connectionreset') : r.continue()) }, { demo: 'gan' }, async ({ loc }) => {
      const text = await waitFor(() => alertOf(loc), (s) => s.includes('Try again'), T);
      assert.ok(text.length > 10);
      on = false;
      await loc.locator('button.retry').click();
      await waitFor(() => loc.evaluate((e) => e.stats != null), Boolean, T);
      assert.ok(await loc.evaluate((e) => e.stats != null), 'Try again started the GAN');
    }];
  }],
  ['the race strings aborted', () => [{ '**/www/modes/race/strings.js': (r) => r.abort('connectionreset') }, { demo: 'race' }, async ({ loc }) => {
    const text = await waitFor(() => alertOf(loc), (s) => s.length > 0, T);
    assert.ok(text.length > 10, 'explained');
  }]],
  ['the wasm is garbage', () => [{ [WASM]: (r) => r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') }) }, {}, async ({ loc }) => {
    const text = await waitFor(() => alertOf(loc), (s) => s.length > 0, T);
    assert.ok(text.length > 10, 'explained');
  }]],
];

test('fault battery: network faults', async (t) => {
  for (const [name, make] of networkCases) {
    await run(t, 'network', name, async () => {
      const [routes, attrs, check, options = {}] = make();
      const opened = await networkPage(routes, attrs);
      try {
        await check(opened);
        await invariants({ page: opened.page, errors: opened.errors }, opened.loc, options);
      } finally {
        await opened.page.context().close();
      }
    });
  }
});

// ---- many demos ----

async function manyDemos(list) {
  await host.page.setViewportSize({ width: 1600, height: 3000 });
  await host.page.evaluate((list) => {
    const box = document.getElementById('host');
    box.replaceChildren();
    box.style.cssText = 'display:flex;flex-wrap:wrap;';
    list.forEach((attrs, i) => {
      const e = document.createElement('nn-playground');
      e.id = `m${i}`;
      e.setAttribute('width', '300');
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
      box.append(e);
    });
  }, list);
  // One wait for all (ten waits one after the other are slow while ten demos play).
  await host.page.waitForFunction((n) => [...document.querySelectorAll('nn-playground')]
    .filter((e) => e.shadowRoot.querySelector('.alert > p') || (e.stats != null && e.started)).length === n,
  list.length, { timeout: T * 1000, polling: 'raf' });
  return list.map((_, i) => host.page.locator(`#m${i}`));
}

const MODES = ['classify', 'gan', 'race', 'curve', 'image'];
const manyCases = [
  ['ten classifiers start', Array.from({ length: 10 }, (_, i) => ({ config: `seed=${i}` }))],
  ['ten demos of every mode start', Array.from({ length: 10 }, (_, i) => ({ demo: MODES[i % 5] }))],
  ['ten autoplaying demos all advance', Array.from({ length: 10 }, (_, i) => ({ demo: MODES[i % 5], autoplay: '' }))],
  ['ten demos with broken attributes', Array.from({ length: 10 }, (_, i) => ({ demo: i % 2 ? 'nope' : MODES[i % 5], config: '%ZZ', controls: 'plya' }))],
];

test('fault battery: many demos on one page', async (t) => {
  for (const [name, list] of manyCases) {
    await run(t, 'many', name, async () => {
      const locs = await manyDemos(list);
      if (list[0].autoplay != null) {
        // Every demo draws new frames while the ten play (one wait for all).
        await host.page.evaluate((ms) => new Promise((resolve, reject) => {
          const all = [...document.querySelectorAll('nn-playground')];
          const first = all.map((e) => e.stats.frame);
          const end = performance.now() + ms;
          const tick = () => {
            if (all.every((e, i) => e.stats.frame >= first[i] + 2)) resolve();
            else if (performance.now() > end) reject(new Error(`frames ${first} -> ${all.map((e) => e.stats.frame)}`));
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }), T * 1000);
        assert.ok(await host.page.evaluate(() => [...document.querySelectorAll('nn-playground')].every((e) => e.playing)), 'all still play');
      }
      await host.page.evaluate(() => {
        for (const e of document.querySelectorAll('nn-playground')) e.pause();
      });
      for (const loc of locs) await invariants(host, loc);
    });
  }
  await run(t, 'many', 'ten playing demos removed at once', async () => {
    const locs = await manyDemos(Array.from({ length: 10 }, (_, i) => ({ demo: MODES[i % 5], autoplay: '' })));
    await host.page.evaluate(() => document.getElementById('host').replaceChildren());
    await frames(host.page, 10);
    assert.equal(locs.length, 10);
    await invariants(host, await mount());
  });
  await host.page.evaluate(() => {
    document.getElementById('host').style.cssText = '';
  });
  await host.page.setViewportSize({ width: 1280, height: 1400 });
});

// ---- the count ----

test('fault battery: summary', (t) => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const parts = Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ');
  t.diagnostic(`fault battery: ${total} cases (${parts}), ${failures} failures`);
  assert.ok(total >= 150, `at least 150 cases (${total})`);
});
