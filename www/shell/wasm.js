// Loads the wasm modules, each once per page and shared by every <nn-playground> showing its
// mode: one module per mode (`classify`, `gan`, … in pkg/, named in shell/modes.js), so a page
// downloads only the modules of the modes it shows. The SIMD build where the browser validates
// a tiny SIMD module, the scalar build otherwise (with a clear message when a dist folder left
// it out). URLs are resolved from this file's own URL, so the page works under any base path.

import { setVocabulary } from './vocabulary.js';

/**
 * A minimal module whose one function uses v128 ops (i32.const 0; i8x16.splat;
 * i8x16.popcnt): `WebAssembly.validate` accepts it only where wasm SIMD is supported.
 */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]);

/** Whether this browser runs wasm SIMD (simd128). */
export function simdSupported() {
  try {
    return WebAssembly.validate(SIMD_PROBE);
  } catch {
    return false;
  }
}

/**
 * Which build to load: "simd" or "scalar". A page URL with `?wasm=scalar` (or `simd`) forces
 * one, so tests and curious students can compare them.
 */
export function chooseBuild() {
  const forced = new URLSearchParams(globalThis.location?.search ?? '').get('wasm');
  if (forced === 'scalar' || forced === 'simd') return forced;
  return simdSupported() ? 'simd' : 'scalar';
}

/** The `code` of the error thrown when the browser lacks wasm SIMD and the site ships no scalar
 * build (`cargo xtask dist` leaves it out unless `--with-scalar`): each widget words it in its
 * own language (`noSimd` in i18n/strings.js). */
export const NO_SIMD = 'no-simd';

/**
 * What to update where wasm SIMD is missing, from the browser's `userAgent` and
 * `maxTouchPoints`: 'ios' (iPhone, iPad — iPadOS also says "Macintosh", but has a touch
 * screen; every iOS browser runs the system's WebKit), 'safari' (macOS), 'firefox',
 * 'chromium' (Chrome, Edge, Opera…) or 'other'.
 */
export function platformOf(userAgent = '', maxTouchPoints = 0) {
  const ua = String(userAgent);
  if (/iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && maxTouchPoints > 1)) return 'ios';
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrome\/|Chromium\/|Edg\//.test(ua)) return 'chromium';
  if (/Safari\//.test(ua) && /Macintosh/.test(ua)) return 'safari';
  return 'other';
}

/** The no-SIMD message of the strings `t` for this browser: why, then what to update. */
export function noSimdText(t, platform = platformOf(globalThis.navigator?.userAgent, globalThis.navigator?.maxTouchPoints)) {
  return `${t.noSimd.lead} ${t.noSimd[platform] ?? t.noSimd.other}`;
}

function noSimdError() {
  const error = new Error('this browser does not run WebAssembly SIMD, and this site ships only the SIMD build');
  error.code = NO_SIMD;
  return error;
}

/** Where `pkg/` is: in www/, the parent of this file's shell/ folder, or beside the entry
 * script that says so (a bundler may move this code into a chunk in another folder). */
let base = new URL('../', import.meta.url).href;

/** Resolves `pkg/` from `url` (the entry script's own URL) rather than from this file's. */
export function setModuleBase(url) {
  base = url;
}

/** The `code` of the error thrown when the bindings or the wasm could not be downloaded, even
 * after retrying: each widget says so in its own language and offers to try again. */
export const DOWNLOAD_FAILED = 'download-failed';

/** Pauses before the second and third attempt of a download (a dropped connection or a busy
 * server often answers a moment later). */
const RETRY_DELAYS_MS = [250, 1000];

/** `attempt(n)` (n = 0, 1, 2), retried after each failure; the last failure is thrown, coded
 * DOWNLOAD_FAILED with the browser's own message kept as `detail`. A failure that another
 * attempt cannot mend (no SIMD; a file the server says is not there) is thrown at once. */
async function retried(attempt) {
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (error?.code === NO_SIMD || error?.permanent) throw error;
      if (n >= RETRY_DELAYS_MS.length) {
        const failed = new Error(`download failed: ${error?.message ?? error}`);
        failed.code = DOWNLOAD_FAILED;
        failed.detail = error?.message ?? String(error);
        throw failed;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[n]));
    }
  }
}

async function load(name) {
  const build = chooseBuild();
  // Both builds of a module have the same bindings; the dist folder ships them once, under
  // pkg/simd/, and each build's wasm is passed to them explicitly. A retried import asks for a
  // fresh URL, as a browser may remember a failed module fetch.
  const bindings = new URL(`./pkg/simd/${name}.js`, base);
  const module = await retried((n) => import(n === 0 ? bindings.href : `${bindings.href}?attempt=${n}`));
  const wasmUrl = new URL(`./pkg/${build}/${name}_bg.wasm`, base);
  const response = await retried(async () => {
    const answer = await fetch(wasmUrl);
    if (answer.ok) return answer;
    if (answer.status === 404 && !simdSupported()) throw noSimdError();
    // A server error may pass; a missing file (4xx) is the site's to fix, said as it is.
    const error = new Error(`${wasmUrl.pathname}: HTTP ${answer.status}`);
    error.permanent = answer.status >= 400 && answer.status < 500;
    throw error;
  });
  const { memory } = await module.default({ module_or_path: response });
  setVocabulary(module);
  return { module, build, memory, name };
}

/** Runs `fn(name)` once per name and hands every caller asking for that name the same promise;
 * after a failure, the next call runs it again (one failed download does not stop the page's
 * demos for good). */
function oncePerName(fn) {
  const promises = new Map();
  return (name) => {
    if (!promises.has(name)) {
      promises.set(name, fn(name).catch((error) => {
        promises.delete(name);
        throw error;
      }));
    }
    return promises.get(name);
  };
}

/**
 * The wasm module `name` (shell/modes.js `moduleOf`), loaded: `{ module, build, memory, name }`.
 * The first call for a name starts its load; later calls (from other elements) get the same
 * promise.
 */
export const loadWasm = oncePerName(load);
