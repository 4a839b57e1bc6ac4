// Keeps canvases at their displayed size in device pixels (CSS size × devicePixelRatio), so
// points and chart text stay sharp on any screen and zoom level.

/**
 * Sizes each canvas in `canvases` to its device-pixel box now and whenever it changes
 * (resizes, zoom, moving to another screen), then calls `onResize`. Returns the observer.
 */
export function observeCanvasSizes(canvases, onResize) {
  const observer = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const size = devicePixels(entry);
      // Buffer pixels per CSS pixel: the wasm draws chart text at one size on every screen.
      const css = entry.contentRect.width;
      if (css > 0) entry.target.dataset.scale = (size[0] / css).toFixed(3);
      changed = fit(entry.target, size) || changed;
    }
    if (changed) onResize();
  });
  for (const canvas of canvases) {
    try {
      observer.observe(canvas, { box: 'device-pixel-content-box' });
    } catch {
      // Browsers without device-pixel boxes: fall back to CSS pixels × devicePixelRatio.
      observer.observe(canvas);
    }
  }
  return observer;
}

/** The entry's size in device pixels: `[width, height]`. */
function devicePixels(entry) {
  const box = entry.devicePixelContentBoxSize?.[0];
  if (box) return [box.inlineSize, box.blockSize];
  const dpr = window.devicePixelRatio || 1;
  return [Math.round(entry.contentRect.width * dpr), Math.round(entry.contentRect.height * dpr)];
}

/** Gives `canvas` the size `[w, h]` (which clears it). Returns whether it changed. */
function fit(canvas, [w, h]) {
  if (canvas.width === w && canvas.height === h) return false;
  canvas.width = w;
  canvas.height = h;
  return true;
}
