// When the elements on a page may work: one element starts (loads the wasm and creates its
// handle) only when it first comes near the viewport, and pauses while it is off-screen or
// the tab is hidden. Two observers shared by every element of the page.

/** How far outside the viewport an element starts loading (so it is ready when seen). */
const START_MARGIN = '300px 0px';

const callbacks = new WeakMap();

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
