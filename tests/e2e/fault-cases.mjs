// The cases of the fault battery (fault-battery.test.mjs), as small data generated in loops:
// what a course page, a student's downloads folder or a school network throws at the widget.
// Each list is [name, input]; the battery runs each one and checks the same invariants.
import zlib from 'node:zlib';

/** Hostile strings: if one ever became markup, it would set window.__pwned. */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1"></svg>',
  "'><script>window.__pwned=1</script>",
];

/** A deterministic byte generator (binary garbage that is the same on every run). */
export function garbage(n, seed = 7) {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const utf16 = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const bom = (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);

/**
 * State files made from `base` (a classifier's saved state, parsed) and `others` ({ gan, race,
 * curve, image }: texts saved by those modes). Returns [name, Buffer] pairs.
 */
export function stateCases(base, others) {
  const text = JSON.stringify(base);
  const arrays = Object.keys(base).filter((k) => Array.isArray(base[k]));
  const withArrays = (f) => {
    const copy = structuredClone(base);
    for (const k of arrays) copy[k] = f(copy[k]);
    return JSON.stringify(copy);
  };
  const edit = (f) => {
    const copy = structuredClone(base);
    f(copy);
    return JSON.stringify(copy);
  };
  const cases = [
    ['empty', ''],
    ['one-brace', '{'],
    ['half', text.slice(0, text.length >> 1)],
    ['all-but-last-byte', text.slice(0, -1)],
    ['null', 'null'],
    ['array', '[]'],
    ['number', '42'],
    ['true', 'true'],
    ['string', '"nn-playground"'],
    ['empty-object', '{}'],
    ['only-format', JSON.stringify({ format: base.format })],
    ['wrong-format', edit((s) => { s.format = 'tf-playground'; })],
    ['config-number', edit((s) => { s.config = 12; })],
    ['config-array', edit((s) => { s.config = ['data=xor']; })],
    ['config-garbage', edit((s) => { s.config = '%ZZ&&&=lr=abc&hidden=99,99'; })],
    ['config-hostile', edit((s) => { s.config = `data=${HOSTILE[0]}&lr=${HOSTILE[1]}`; })],
    ['config-nan-lr', edit((s) => { s.config = `${s.config}&lr=NaN`; })],
    ['version-999', edit((s) => { for (const k of ['version', 'v']) if (k in s) s[k] = 999; })],
    ['version-string', edit((s) => { for (const k of ['version', 'v']) if (k in s) s[k] = 'one'; })],
    ['weights-missing', edit((s) => { for (const k of arrays) delete s[k]; })],
    ['weights-empty', withArrays(() => [])],
    ['weights-string', withArrays(() => 'weights')],
    ['weights-nan-strings', withArrays((a) => a.map(() => 'NaN'))],
    ['weights-number-strings', withArrays((a) => a.map((v) => String(v)))],
    ['weights-null', withArrays((a) => a.map(() => null))],
    ['weights-one-long', withArrays((a) => [...a, 0.5])],
    ['weights-one-short', withArrays((a) => a.slice(1))],
    ['weights-nested', withArrays((a) => a.map((v) => [v]))],
    ['weights-huge', text.replace(/(\d)(,|\])/, '$1e999$2')],
    ['weights-1e308', withArrays((a) => a.map(() => 1e308))],
    ['extra-fields', edit((s) => { s.extra = { a: [1, 2, 3] }; s.zzz = HOSTILE[0]; })],
    ['duplicate-keys', `{"format":"x",${text.slice(1)}`],
    ['trailing-garbage', `${text} trailing`],
    ['comments', `// saved\n${text}`],
    ['deep-nesting', `${'['.repeat(100000)}${']'.repeat(100000)}`],
    ['deep-nesting-field', `${text.slice(0, -1)},"deep":${'{"a":'.repeat(50000)}1${'}'.repeat(50000)}}`],
    ['five-megabytes', `${text.slice(0, -1)},"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`],
    ['binary-garbage', garbage(4096)],
    ['bom', bom(text)],
    ['utf16', utf16(text)],
    ['gan-file', others.gan],
    ['race-file', others.race],
    ['curve-file', others.curve],
    ['image-file', others.image],
    [`hostile-name-${HOSTILE[0]}`, text],
  ];
  return cases.map(([name, data]) => [name, Buffer.isBuffer(data) ? data : Buffer.from(String(data))]);
}

/** Lines of `n` points of two classes, with `sep` between fields and `dec` as the decimal mark. */
function points(n, { sep = ',', dec = '.', eol = '\n', label = (i) => i % 2 } = {}) {
  const num = (v) => v.toFixed(3).replace('.', dec);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const a = (i * 2.399963) % 6.283;
    rows.push([num(Math.cos(a) * (i % 2 ? 3 : 1)), num(Math.sin(a) * (i % 2 ? 3 : 1)), label(i)].join(sep));
  }
  return rows.join(eol) + eol;
}

/** CSV files for the classifier's Import CSV. Returns [name, Buffer] pairs. */
export function csvCases() {
  const good = `x,y,label\n${points(20)}`;
  const cases = [
    ['good.csv', good],
    ['french-header.csv', `x;y;label\n${points(20, { sep: ';', dec: ',' })}`],
    ['french-no-header.csv', points(20, { sep: ';', dec: ',' })],
    ['semicolons-dots.csv', `x;y;label\n${points(20, { sep: ';' })}`],
    ['header-only.csv', 'x,y,label\n'],
    ['empty.csv', ''],
    ['blank-lines.csv', '\n\n  \n\t\n'],
    ['two-columns.csv', 'x,y\n0.1,0.2\n0.3,0.4\n'],
    ['four-columns.csv', 'x,y,label,extra\n0.1,0.2,0,9\n0.3,0.4,1,9\n'],
    ['ragged.csv', 'x,y,label\n0.1,0.2,0\n0.3,0.4\n0.5,0.6,1,2\n'],
    ['label-seven.csv', `x,y,label\n${points(10, { label: () => 7 })}`],
    ['label-negative.csv', `x,y,label\n${points(10, { label: () => -1 })}`],
    ['label-fraction.csv', `x,y,label\n${points(10, { label: () => 1.5 })}`],
    ['label-word.csv', `x,y,label\n${points(10, { label: (i) => (i % 2 ? 'blue' : 'orange') })}`],
    ['rows-10001.csv', `x,y,label\n${points(10001)}`],
    ['nan.csv', 'x,y,label\nNaN,0.2,0\n0.3,0.4,1\n'],
    ['infinity.csv', 'x,y,label\nInfinity,0.2,0\n0.3,-Infinity,1\n'],
    ['overflow.csv', 'x,y,label\n1e999,0.2,0\n0.3,0.4,1\n'],
    ['huge-coordinates.csv', 'x,y,label\n1e300,0.2,0\n0.3,-1e300,1\n'],
    ['quoted.csv', 'x,y,label\n"0.1","0.2","0"\n"0.3","0.4","1"\n'],
    ['quoted-commas.csv', 'x,y,label\n"0,1","0,2","0"\n"0,3","0,4","1"\n'],
    ['tabs.csv', `x\ty\tlabel\n${points(10, { sep: '\t' })}`],
    ['crlf.csv', `x,y,label\r\n${points(10, { eol: '\r\n' })}`],
    ['cr-only.csv', `x,y,label\r${points(10, { eol: '\r' })}`],
    ['bom.csv', bom(good)],
    ['utf16.csv', utf16(good)],
    ['spaces.csv', 'x,y,label\n 0.1 , 0.2 , 0 \n 0.3 , 0.4 , 1 \n'],
    ['unicode-minus.csv', 'x,y,label\n\u22120.1,0.2,0\n0.3,\u22120.4,1\n'],
    ['trailing-commas.csv', 'x,y,label,\n0.1,0.2,0,\n0.3,0.4,1,\n'],
    ['hostile-cells.csv', `x,y,label\n${HOSTILE[0]},0.2,0\n0.3,${HOSTILE[1]},1\n`],
    ['hostile-label.csv', `x,y,label\n0.1,0.2,${HOSTILE[0]}\n`],
    [`${HOSTILE[0]}.csv`, good],
    ['binary.csv', garbage(2048, 3)],
    ['one-long-line.csv', `x,y,label\n${'1'.repeat(1024 * 1024)},0,0\n`],
  ];
  return cases.map(([name, data]) => [name, Buffer.isBuffer(data) ? data : Buffer.from(data)]);
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A `w` × `h` RGB PNG of one colour (a tiny encoder: one deflate stream of unfiltered rows). */
export function solidPng(w, h, rgb = [200, 0, 50]) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + 3 * w);
  for (let x = 0; x < w; x++) row.set(rgb, 1 + 3 * x);
  const raw = Buffer.alloc(row.length * h);
  for (let y = 0; y < h; y++) row.copy(raw, y * row.length);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 1 × 1 GIF. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

/**
 * Pictures for the image mode's upload: [name, mimeType, bytes] where bytes is a Buffer or
 * { canvas: [w, h, type] } for a picture the page encodes (OffscreenCanvas).
 */
export const pictureCases = [
  ['one-pixel.png', 'image/png', solidPng(1, 1)],
  ['five-thousand.png', 'image/png', solidPng(5000, 5000)],
  ['line-4096x1.png', 'image/png', solidPng(4096, 1)],
  ['exactly-4096.png', 'image/png', solidPng(4096, 4096, [10, 200, 30])],
  ['photo.jpg', 'image/jpeg', { canvas: [120, 80, 'image/jpeg'] }],
  ['photo.webp', 'image/webp', { canvas: [64, 64, 'image/webp'] }],
  ['not-an-image.png', 'image/png', Buffer.from('this is a lesson plan, not pixels\n')],
  ['drawing.svg', 'image/svg+xml', Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="window.__pwned=1"><script>window.__pwned=1</script><rect width="40" height="40" fill="red"/></svg>`)],
  ['truncated.png', 'image/png', solidPng(200, 200).subarray(0, 60)],
  ['png-signature-only.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['tiny.gif', 'image/gif', GIF],
  ['empty.png', 'image/png', Buffer.alloc(0)],
  ['garbage.png', 'image/png', garbage(3000, 11)],
  ['no-type', '', { canvas: [32, 32, 'image/png'] }],
  [`${HOSTILE[0]}.png`, 'image/png', { canvas: [16, 16, 'image/png'] }],
];

const long = (n) => `lr=0.03&${'hidden=4,4&'.repeat(Math.ceil(n / 11))}`.slice(0, n);

/** Attributes of a demo: [name, { attribute: value }]. */
export const attributeCases = [
  ['config garbage', { config: 'garbage' }],
  ['config ampersands', { config: '&&&&' }],
  ['config equals', { config: '=' }],
  ['config bad percent', { config: '%ZZ&lr=%' }],
  ['config lr abc', { config: 'lr=abc' }],
  ['config hidden 99', { config: 'hidden=99,99,99' }],
  ['config hidden 40 layers', { config: `hidden=${Array(40).fill(2).join(',')}` }],
  ['config unknown keys', { config: 'foo=bar&colour=blue&lr=0.1' }],
  ['config huge lr', { config: 'lr=1e999' }],
  ['config batch negative', { config: 'batch=-5' }],
  ['config seed huge', { config: 'seed=99999999999999999999999' }],
  ['config noise 1000', { config: 'noise=1000&train=0' }],
  ['config 100 KB', { config: long(100_000) }],
  ['config hostile', { config: `data=${HOSTILE[0]}&act=${HOSTILE[1]}` }],
  ['config mode nope', { config: 'mode=nope' }],
  ['config gan garbage', { config: 'mode=gan&glr=abc&ghidden=0,0&target=nope' }],
  ['config race garbage', { config: 'mode=race&surface=nope&racers=warp,adam&start=a,b' }],
  ['config curve garbage', { config: 'mode=curve&ctarget=drawn&cpoints=!!!' }],
  ['config image huge', { config: 'mode=image&isize=99999&ifreq=1e9' }],
  ['config segment garbage', { config: 'mode=segment&scene=nope&strokes=!!!&slr=abc' }],
  ['config inpaint garbage', { config: 'mode=inpaint&ptarget=nope&psize=99999&hole=a,b,c' }],
  ['config digits garbage', { config: 'mode=digits&dgtrain=1e9&dghidden=0&dglr=abc' }],
  ['config terrain garbage', { config: 'mode=terrain&lx=abc&ly=1e999&water=deep&turn=x' }],
  ['config agent garbage', { config: 'mode=agent&aghidden=,,&aglr=-1&agbatch=abc' }],
  ['config physics garbage', { config: 'mode=physics&simdamping=abc&simstart=a,b&simrollout=1e9' }],
  ['config sound garbage', { config: `mode=sound&sound=${HOSTILE[0]}&aulr=abc` }],
  ['demo upper case segment', { demo: 'SEGMENT' }],
  ['demo mixed case terrain', { demo: 'Terrain' }],
  ['demo and other new mode config', { demo: 'agent', config: 'mode=sound' }],
  ['speed empty on physics', { speed: '', demo: 'physics' }],
  ['autoplay sound', { autoplay: '', demo: 'sound' }],
  ['autoplay digits', { autoplay: '', demo: 'digits' }],
  ['demo unknown', { demo: 'nope' }],
  ['demo empty', { demo: '' }],
  ['demo upper case', { demo: 'GAN' }],
  ['demo mixed case', { demo: 'Race' }],
  ['demo spaces', { demo: ' curve ' }],
  ['demo hostile', { demo: HOSTILE[0] }],
  ['demo and other mode config', { demo: 'image', config: 'mode=gan' }],
  ['controls misspelled', { controls: 'lr,plya,stpe' }],
  ['controls commas', { controls: ',,,' }],
  ['controls hostile', { controls: `lr,${HOSTILE[0]}` }],
  ['hide misspelled', { hide: 'shrae,speed' }],
  ['lock misspelled', { lock: 'lrr,data,play' }],
  ['lock everything', { lock: 'play,step,reset,lr,data' }],
  ['size huge', { size: 'huge' }],
  ['size empty', { size: '' }],
  ['size upper', { size: 'SMALL' }],
  ['width negative', { width: '-1' }],
  ['width 99999', { width: '99999' }],
  ['width abc', { width: 'abc' }],
  ['width 100', { width: '100' }],
  ['width 700px', { width: '700px' }],
  ['width NaN', { width: 'NaN' }],
  ['lang klingon', { lang: 'tlh' }],
  ['lang empty', { lang: '' }],
  ['lang hostile', { lang: HOSTILE[0] }],
  ['speed warp', { speed: 'warp' }],
  ['speed empty on gan', { speed: '', demo: 'gan' }],
  ['palette neon', { palette: 'neon' }],
  ['palette hostile', { palette: HOSTILE[1] }],
  ['projector odd value', { projector: 'no thanks' }],
  ['debug unknown', { debug: 'everything' }],
  ['autoplay gan', { autoplay: '', demo: 'gan' }],
  ['demo 20 000 characters', { demo: 'x'.repeat(20_000) }],
  ['controls 20 000 characters', { controls: 'y'.repeat(20_000) }],
  ['size 20 000 characters', { size: 's'.repeat(20_000) }],
  ['width 20 000 characters', { width: '9'.repeat(20_000) }],
];

/** URL hashes of index.html (which has sync-hash). */
export const hashCases = [
  '#lr=abc', '#hidden=99,99', '#mode=nope', '#%ZZ', `#${long(60_000)}`, '#lr=0.1&lr=0.3&lr=x',
  '#v=999', '#v=abc&data=xor', '#mode=GAN', '#mode=gan&glr=abc&target=nope', '#mode=race&surface=nope',
  '#mode=curve&ctarget=drawn&cpoints=%%%', '#mode=image&isize=99999', `#data=${encodeURIComponent(HOSTILE[0])}`,
  `#${HOSTILE[1]}`, '#&&&&', '#=', '#mode=gan&mode=race', '#seed=-1&batch=0', '#data=custom&points=####',
  '#lr=Infinity&momentum=-1', '#mode=gan&target=drawn&gpoints=AAAA', '#hidden=,,,&features=nope',
  '#mode=segment&strokes=%%%', '#mode=inpaint&hole=9,9,9,9', '#mode=digits&dgtrain=0', '#mode=terrain&lx=NaN',
  '#mode=agent&agbatch=0', '#mode=physics&simstart=Infinity,0', `#mode=sound&sound=${encodeURIComponent(HOSTILE[0])}`,
];

/** Page languages (`<html lang>`), and whether the widget should speak French. */
export const languageCases = [
  ['fr_FR', true], ['FR', true], [' fr ', true], ['fr-CA', true], ['FR-fr', true], ['fr-x-private', true],
  ['x-klingon', false], ['zh-Hant-TW', false], ['', false], ['en-GB', false], ['de', false], ['123', false],
  [HOSTILE[0], false], ['français', false],
];
