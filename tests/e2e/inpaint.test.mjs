// The inpainting mode of <nn-playground> ("guess the hidden part"), driven the way a student
// would: drag a hole over the picture with the mouse and with a finger, see it striped as
// hidden, move it with the arrow keys, train a bounded number of passes, reveal, and read the
// errors inside and outside; a bad link is reported; the pictures stay in view at 1280 × 800,
// on a 390 × 844 phone and in projector mode.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import {
  drawn, hashParams, launch, openPage, screenshot, settled, showMore, waitFor, widget, writeFixture,
} from './helpers.mjs';

/** The two greys of the hidden part's stripes (HIDDEN_STRIPES in src/modes/inpaint/draw.rs). */
const STRIPES = [[0x80, 0x86, 0x8e], [0xc4, 0xc8, 0xce]];
/** Passes trained before revealing (the native tests pin the learning itself). */
const PASSES = 40;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens `hash` on index.html with the context `options`; waits for the first frame. */
async function open(hash, options = { viewport: { width: 1280, height: 800 } }) {
  const opened = await openPage(browser, `index.html#${hash}`, { context: options });
  const w = widget(opened.page);
  await w.locator('#seen').waitFor();
  await drawn(w, 1);
  return { ...opened, w };
}

/** The stats of the last frame. */
const stats = (w) => w.evaluate((e) => e.stats);

/** RGBA bytes of the canvas `id` (its own pixels). */
const pixels = (w, id) => w.evaluate((e, id) => {
  const c = e.shadowRoot.getElementById(id);
  return { width: c.width, data: Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data) };
}, id);

/** The share of the pixels of `box` ([x0, y0, x1, y1] in canvas pixels) that are stripes. */
function stripedShare({ width, data }, [x0, y0, x1, y1]) {
  let striped = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      if (STRIPES.some(([r, g, b]) => data[i] === r && data[i + 1] === g && data[i + 2] === b)) striped += 1;
    }
  }
  return striped / ((x1 - x0) * (y1 - y0));
}

/** The page point over picture pixel (px, py) of the canvas `id`. */
async function pointOf(w, id, size, [px, py]) {
  const box = await w.locator(`#${id}`).boundingBox();
  return [box.x + ((px + 0.5) / size) * box.width, box.y + ((py + 0.5) / size) * box.height];
}

/** Asserts that `box` (a bounding box) lies inside the viewport of `page`. */
function inViewport(page, box, what) {
  const { width, height } = page.viewportSize();
  assert.ok(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 1 && box.y + box.height <= height + 1,
    `${what} ${JSON.stringify(box)} is not inside ${width} × ${height}`);
}

test('a mouse drag hides a part, which is striped; arrows move it; training, Reveal and the errors', async () => {
  const { page, w, errors } = await open('mode=inpaint');
  const first = await stats(w);
  assert.equal(first.size, 48);
  assert.deepEqual(first.hole, [18, 18, 30, 30]);
  for (const id of ['seen', 'guess']) inViewport(page, await w.locator(`#${id}`).boundingBox(), `#${id} at 1280 × 800`);
  assert.ok(await w.locator('#plot-legend').isVisible());
  // Drag from picture pixel (6, 30) to (17, 41): the sky and the chin's edge.
  const from = await pointOf(w, 'seen', 48, [6, 30]);
  const to = await pointOf(w, 'seen', 48, [17, 41]);
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(to[0], to[1], { steps: 5 });
  await page.mouse.up();
  const dragged = await waitFor(() => stats(w), (s) => s.hole[0] === 6 && s.hole[3] === 42, 10);
  assert.deepEqual(dragged.hole, [6, 30, 18, 42]);
  assert.equal((await hashParams(page)).get('hole'), '0.125,0.625,0.25,0.25');
  await settled(w);
  const seen = await pixels(w, 'seen');
  assert.ok(stripedShare(seen, dragged.box) > 0.99, 'the hidden part is striped');
  assert.ok(stripedShare(seen, [0, 0, 60, 60]) < 0.01, 'the rest is not');
  // The guess draws the network's colours there instead.
  assert.ok(stripedShare(await pixels(w, 'guess'), dragged.box) < 0.05);
  // The arrow keys move the hole (and → does not step while the picture has the focus).
  await w.locator('#seen').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowUp');
  const moved = await waitFor(() => stats(w), (s) => s.hole[0] === 7, 10);
  assert.deepEqual(moved.hole, [7, 30, 19, 41]);
  assert.equal(moved.epoch, 0);
  // A bounded training: 40 passes, then pause.
  await w.locator('#play').click();
  await waitFor(() => stats(w), (s) => s.epoch >= PASSES, 20);
  await w.locator('#play').click();
  const trained = await settled(w);
  assert.ok(trained.epoch >= PASSES, `${trained.epoch} passes`);
  assert.equal(await w.locator('#inside').textContent(), '—');
  await w.locator('#reveal').click();
  const revealed = await waitFor(() => stats(w), (s) => s.revealed && Number.isFinite(s.inside), 10);
  await settled(w);
  // Sane errors: colours lie in [0, 1]; what the network saw it learnt better than what it
  // guessed; the verdict says the two numbers the readouts show.
  const read = async (id) => Number((await w.locator(`#${id}`).textContent()).replace(',', '.'));
  const [inside, outside, meanFill] = [await read('inside'), await read('outside'), await read('mean-fill')];
  assert.ok(inside > 0 && inside < 0.6, `inside ${inside}`);
  assert.ok(outside > 0 && outside < 0.15, `outside ${outside}`);
  assert.ok(outside < inside, `outside ${outside} < inside ${inside}`);
  assert.ok(meanFill > 0.05 && meanFill < 0.6, `mean colour ${meanFill}`);
  assert.ok(Math.abs(inside - revealed.inside) < 0.001);
  const verdict = await w.locator('#verdict').textContent();
  assert.ok(verdict.includes(inside.toFixed(3)) && verdict.includes(meanFill.toFixed(3)), verdict);
  // Revealed, the hidden part shows the truth: no stripes left.
  assert.ok(stripedShare(await pixels(w, 'seen'), revealed.box) < 0.05);
  assert.equal(await w.locator('#reveal').getAttribute('aria-pressed'), 'true');
  await screenshot(page, 'inpaint-revealed-1280');
  // Hide the centre: the quarter-side square in the middle, hidden again, new weights.
  await w.locator('#centre').click();
  const centred = await waitFor(() => stats(w), (s) => s.hole[0] === 18, 10);
  assert.deepEqual([centred.hole, centred.revealed, centred.epoch], [[18, 18, 30, 30], false, 0]);
  // The run that ended stays on the chart as a past run, labelled with what differed.
  assert.deepEqual(centred.ghosts, ['hidden part']);
  assert.deepEqual(errors, []);
});

test('the checkerboard: along the axes the squares go on in the hole; random frequencies are a choice', async () => {
  const { page, w, errors } = await open('mode=inpaint&ptarget=checker');
  assert.deepEqual(await w.locator('#ctl-pbasis option').evaluateAll((os) => os.map((o) => o.value)), ['axes', 'random']);
  assert.equal(await w.locator('#ctl-pbasis').inputValue(), 'axes');
  assert.ok(await w.locator('#ctl-pfreq').isDisabled(), 'the random count is off with the axes');
  // 60 passes, as the native tests train, then Reveal: the guess beats the mean colour.
  await w.evaluate((e) => { for (let i = 0; i < 60; i++) e.step(); });
  await waitFor(() => stats(w), (s) => s.epoch === 60, 10);
  await w.locator('#reveal').click();
  const revealed = await waitFor(() => stats(w), (s) => s.revealed && Number.isFinite(s.inside), 10);
  assert.ok(revealed.inside < 0.75 * revealed.meanFill, `inside ${revealed.inside}, mean colour ${revealed.meanFill}`);
  assert.match(await w.locator('#verdict').textContent(), /the guess is better/);
  await settled(w);
  await screenshot(page, 'inpaint-checker-1280');
  // Random frequencies: new weights, and their count and scale can be chosen.
  await w.locator('#ctl-pbasis').selectOption('random');
  const fresh = await waitFor(() => stats(w), (s) => s.epoch === 0 && !s.revealed, 10);
  assert.equal(fresh.epoch, 0);
  assert.equal((await hashParams(page)).get('pbasis'), 'random');
  assert.ok(await w.locator('#ctl-pfreq').isEnabled(), 'the random count is on');
  assert.deepEqual(errors, []);
});

test('your own picture: a foreign or huge file is refused and the picture kept; a picture is guessed in', async () => {
  const { page, w, errors } = await open('mode=inpaint&ptarget=checker');
  const before = await stats(w);
  const input = w.locator('#upload');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await waitFor(() => w.locator('#upload-error').textContent(), (t) => /not an image we can read \(notes\.txt\)/.test(t), 5);
  // The huge file is made in the page (sending 21 MB to the browser takes seconds).
  await w.evaluate((e) => {
    const input = e.shadowRoot.getElementById('upload');
    const files = new DataTransfer();
    files.items.add(new File([new ArrayBuffer(21 * 1024 * 1024)], 'huge.png', { type: 'image/png' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
  });
  await waitFor(() => w.locator('#upload-error').textContent(), (t) => /too large \(21\.0 MB; the limit is 20 MB\)/.test(t), 5);
  const kept = await stats(w);
  assert.equal(kept.uploaded, false, 'the checkerboard is kept');
  assert.equal(kept.fingerprint, before.fingerprint);
  // A 100 × 50 picture, red on the left and white on the right: its centre square is used.
  const png = await page.evaluate(() => {
    const c = document.createElement('canvas');
    [c.width, c.height] = [100, 50];
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 100, 50);
    ctx.fillStyle = '#d00';
    ctx.fillRect(0, 0, 50, 50);
    return c.toDataURL('image/png').split(',')[1];
  });
  await input.setInputFiles({ name: 'mine.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  const s = await waitFor(() => stats(w), (v) => v.uploaded, 5);
  assert.equal(s.epoch, 0);
  assert.equal(await w.locator('#upload-error').textContent(), '');
  assert.match(await w.locator('#upload-status').textContent(), /Guessing in your picture/);
  assert.equal(await w.locator('.targets button[aria-pressed="true"]').count(), 0, 'no built-in picture is chosen');
  await settled(w);
  const seen = await pixels(w, 'seen');
  const rgb = (x, y) => seen.data.slice((y * seen.width + x) * 4, (y * seen.width + x) * 4 + 3);
  const [left, right] = [rgb(10, 120), rgb(seen.width - 10, 120)];
  assert.ok(left[0] > 180 && left[1] < 40, `left half red: ${left}`);
  assert.ok(right.every((v) => v > 230), `right half white: ${right}`);
  // A new hole keeps the picture; training and Reveal work on it.
  await w.locator('#seen').focus();
  await page.keyboard.press('ArrowLeft');
  await waitFor(() => stats(w), (v) => v.hole[0] === 17, 10);
  assert.equal((await stats(w)).uploaded, true);
  await w.evaluate((e) => { for (let i = 0; i < 5; i++) e.step(); });
  await w.locator('#reveal').click();
  const revealed = await waitFor(() => stats(w), (v) => v.revealed && Number.isFinite(v.inside), 10);
  assert.ok(revealed.meanFill > 0.2, `the hole spans red and white: mean colour off by ${revealed.meanFill}`);
  await screenshot(page, 'inpaint-upload-1280');
  // The checkerboard's button brings the checkerboard back.
  await w.locator('.targets button[data-name="checker"]').click();
  const back = await waitFor(() => stats(w), (v) => !v.uploaded, 10);
  assert.equal(back.epoch, 0);
  assert.equal(await w.locator('.targets button[aria-pressed="true"]').getAttribute('data-name'), 'checker');
  assert.deepEqual(errors, []);
});

test('a finger drags the hole on a 390 × 844 phone, the pictures first and in view', async () => {
  const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
  const { page, w, errors } = await open('mode=inpaint&ptarget=terrain', phone);
  const seenBox = await w.locator('#seen').boundingBox();
  inViewport(page, seenBox, '#seen on a phone');
  inViewport(page, await w.locator('#guess').boundingBox(), '#guess on a phone');
  assert.ok(seenBox.width > 150, `the picture is ${seenBox.width} px wide`);
  // The pictures come before the controls.
  const targets = await w.locator('.targets').boundingBox();
  assert.ok(targets.y > seenBox.y + seenBox.height, 'the picture buttons come after the pictures');
  // A touch drag (touch events make pointer events of type touch).
  const cdp = await page.context().newCDPSession(page);
  const [ax, ay] = await pointOf(w, 'seen', 48, [30, 4]);
  const [bx, by] = await pointOf(w, 'seen', 48, [41, 19]);
  const touch = (type, x, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
  await touch('touchStart', ax, ay);
  for (let k = 1; k <= 5; k++) await touch('touchMove', ax + ((bx - ax) * k) / 5, ay + ((by - ay) * k) / 5);
  await touch('touchEnd');
  const dragged = await waitFor(() => stats(w), (s) => s.hole[0] === 30, 10);
  assert.deepEqual(dragged.hole, [30, 4, 42, 20]);
  await settled(w);
  assert.ok(stripedShare(await pixels(w, 'seen'), dragged.box) > 0.99, 'the hidden part is striped');
  await screenshot(page, 'inpaint-phone-390');
  assert.deepEqual(errors, []);
});

test('projector mode shows both pictures large; a bad hole in a link is reported and the centre kept', async () => {
  const { page, w, errors } = await open('mode=inpaint&hole=0.9,0.9,0.5,0.5');
  const issues = await w.locator('#issues').textContent();
  assert.match(issues, /hole=0\.9,0\.9,0\.5,0\.5 is not four numbers x,y,w,h .* kept 0\.375,0\.375,0\.25,0\.25/);
  assert.deepEqual((await stats(w)).hole, [18, 18, 30, 30]);
  await w.evaluate((e) => e.setAttribute('projector', ''));
  await waitFor(() => w.locator('.pg').getAttribute('class'), (c) => c.includes('projector'), 10);
  // On a projector the element fills the screen; here it is scrolled to its top.
  await w.evaluate((e) => e.scrollIntoView());
  await settled(w);
  for (const id of ['seen', 'guess']) {
    const box = await w.locator(`#${id}`).boundingBox();
    inViewport(page, box, `#${id} in projector mode`);
    assert.ok(box.width > 300, `#${id} is ${box.width} px wide in projector mode`);
  }
  // Reveal, the lesson's moment, is on the screen too.
  inViewport(page, await w.locator('#reveal').boundingBox(), '#reveal in projector mode');
  await screenshot(page, 'inpaint-projector');
  assert.deepEqual(errors, []);
});

test('in French: the labels, the verdict and its numbers with a decimal comma', async () => {
  const opened = await openPage(browser, 'tests/e2e/fixtures/inpaint-fr.html', { context: { viewport: { width: 1280, height: 900 } } });
  const { page, errors } = opened;
  const w = widget(page, '#inpaint');
  await w.locator('#seen').waitFor();
  await drawn(w, 1);
  assert.equal((await w.locator('#reveal').textContent()).trim(), 'Dévoiler');
  await w.locator('#step').click();
  await w.locator('#reveal').click();
  await waitFor(() => stats(w), (s) => s.revealed && s.epoch === 1, 10);
  await settled(w);
  const inside = await w.locator('#inside').textContent();
  assert.match(inside, /^0,\d{3}$/);
  const verdict = await w.locator('#verdict').textContent();
  assert.ok(verdict.startsWith('Dans la partie cachée') && verdict.includes(inside), verdict);
  assert.equal((await w.locator('#reveal').textContent()).trim(), 'Recacher');
  await screenshot(page, 'inpaint-fr');
  assert.deepEqual(errors, []);
});

test('Save file keeps the hole and the weights; Open file brings them back', async () => {
  const { page, w, errors } = await open('mode=inpaint&hole=0.5,0.125,0.25,0.25');
  await w.evaluate((e) => { for (let i = 0; i < 3; i++) e.step(); });
  const trained = await waitFor(() => stats(w), (s) => s.epoch === 3, 10);
  await showMore(w);
  const [download] = await Promise.all([page.waitForEvent('download'), w.locator('#save-state').click()]);
  assert.equal(download.suggestedFilename(), 'nn-playground-inpaint.json');
  const text = fs.readFileSync(await download.path(), 'utf8');
  assert.match(text, /"config":"[^"]*hole=0.5,0.125,0.25,0.25/);
  // Another hole (new weights), then the file again.
  await w.locator('#centre').click();
  const centred = await waitFor(() => stats(w), (s) => s.hole[0] === 18 && s.epoch === 0, 10);
  assert.notEqual(centred.fingerprint, trained.fingerprint);
  await w.locator('#state-file').setInputFiles(writeFixture('inpaint-state.json', text));
  const back = await waitFor(() => stats(w), (s) => s.hole[0] === 24, 10);
  assert.deepEqual([back.hole, back.fingerprint], [trained.hole, trained.fingerprint]);
  assert.equal((await hashParams(page)).get('hole'), '0.5,0.125,0.25,0.25');
  assert.deepEqual(errors, []);
});

