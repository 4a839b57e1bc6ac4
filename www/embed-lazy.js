// When the elements on a page may work: one element starts (loads the wasm and creates its
// handle) only when it first comes near the viewport, one after another, and pauses while it
// is off-screen or the tab is hidden. Two observers shared by every element of the page.

/** How far outside the viewport an element starts loading (so it is ready when seen). */
const START_MARGIN = '300px 0px';

/** Longest an element waits for the one that started before it (ms): a demo that fails or
 * stays hidden does not hold the others back. */
const TURN_MS = 400;

const callbacks = new WeakMap();

/** Settles when the element started last has drawn its first frame, or TURN_MS after it began. */
let lastTurn = Promise.resolve();

/**
 * Calls `start` (an async function that settles once its element has drawn its first frame)
 * after the elements queued before it: demos that come near the viewport together come up one
 * after another, the first on the page soonest, instead of sharing the first frames.
 */
export function startInTurn(start) {
  const previous = lastTurn;
  const done = previous.then(start);
  const timeout = previous.then(() => new Promise((resolve) => setTimeout(resolve, TURN_MS)));
  lastTurn = Promise.race([done, timeout]).catch(() => {});
  return done;
}

const near = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    near.unobserve(entry.target);
    callbacks.get(entry.target)?.near();
  }
}, { rootMargin: START_MARGIN });

const onScreen = new IntersectionObserver((entries) => {
  for (const entry of entries) callbacks.get(entry.target)?.setOnScreen(entry.isIntersecting);
});

/**
 * Watches `host`: `near()` once when it first comes near the viewport, then
 * `visible(on)` whenever it becomes visible or invisible (on-screen and the tab shown).
 * Returns a function that stops watching.
 */
export function watchVisibility(host, { near: onNear, visible }) {
  let screen = false;
  const report = () => visible(screen && !document.hidden);
  const onTab = () => report();
  callbacks.set(host, {
    near: onNear,
    setOnScreen(on) {
      screen = on;
      report();
    },
  });
  near.observe(host);
  onScreen.observe(host);
  document.addEventListener('visibilitychange', onTab);
  return () => {
    near.unobserve(host);
    onScreen.unobserve(host);
    callbacks.delete(host);
    document.removeEventListener('visibilitychange', onTab);
  };
}
