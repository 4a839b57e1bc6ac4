// One pointer (mouse, pen or finger) pressed on an element and followed until it is lifted:
// the gesture every picture that can be painted, dragged or pushed shares. The pointer is
// captured, so a drag that leaves the element keeps going; a second finger is ignored while
// the first one is down; a mouse's other buttons are ignored (they open menus).

/** Where `event` is on `element`: `[fx, fy]`, fractions of its box (outside 0…1 when the
 * pointer has left it), or null when the element has no size (hidden). */
export function fractionOf(element, event) {
  const box = element.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return null;
  return [(event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height];
}

/** Where `event` is in `canvas`'s own pixels (`canvas.width` × `canvas.height`), or null. */
export function canvasPixel(canvas, event) {
  const f = fractionOf(canvas, event);
  return f && [f[0] * canvas.width, f[1] * canvas.height];
}

/**
 * Follows one pointer pressed on `element`:
 * - `press(event)` on the press; returning `false` lets the press go (nothing follows);
 * - `move(event)` for each move of that pointer (with `coalesced`, once for each of the
 *   browser's coalesced events, so a fast stroke keeps all its points);
 * - `release(event, cancelled)` when it is lifted, or cancelled by the browser.
 * `ignore()` says when presses are not taken at all (a stopped widget); `focus` moves the
 * keyboard's focus to the element on a press (its keys then do the same as the pointer).
 * Returns a function that removes the listeners.
 */
export function followPointer(element, {
  press = () => {}, move = () => {}, release = () => {}, ignore = () => false, focus = false, coalesced = false,
}) {
  let pointer = null;
  const listeners = {
    pointerdown: (event) => {
      if (pointer !== null || ignore() || (event.pointerType === 'mouse' && event.button !== 0)) return;
      event.preventDefault();
      if (focus) element.focus({ preventScroll: true });
      if (press(event) === false) return;
      pointer = event.pointerId;
      try {
        element.setPointerCapture?.(event.pointerId);
      } catch {
        // A pointer the browser does not track (a synthetic event): followed without capture.
      }
    },
    pointermove: (event) => {
      if (event.pointerId !== pointer || ignore()) return;
      const events = coalesced ? event.getCoalescedEvents?.() ?? [] : [];
      for (const one of events.length ? events : [event]) move(one);
    },
    pointerup: (event) => end(event, false),
    pointercancel: (event) => end(event, true),
  };
  const end = (event, cancelled) => {
    if (event.pointerId !== pointer) return;
    pointer = null;
    release(event, cancelled);
  };
  for (const [type, fn] of Object.entries(listeners)) element.addEventListener(type, fn);
  return () => {
    pointer = null;
    for (const [type, fn] of Object.entries(listeners)) element.removeEventListener(type, fn);
  };
}
