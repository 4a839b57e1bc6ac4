// The messages of a widget (alerts, ignored settings, notes: the children of its `.messages`
// anchor) float over the page instead of pushing it down (shell/styles-layout.js). A click on
// one hides it until it says something else, so that it never stays over a control.

/** Makes the messages of the widget in `root` dismissable; returns a disconnect function. */
export function floatMessages(root) {
  const anchor = root.querySelector('.messages');
  if (!anchor) return () => {};
  const onClick = (event) => {
    const box = [...anchor.children].find((child) => child.contains(event.target));
    if (!box || event.target.closest('button, a, input, select')) return;
    box.dataset.dismissed = box.textContent;
  };
  anchor.addEventListener('click', onClick);
  // A message that changes shows again.
  const observer = new MutationObserver(() => {
    for (const box of anchor.querySelectorAll(':scope > [data-dismissed]')) {
      if (box.dataset.dismissed !== box.textContent) delete box.dataset.dismissed;
    }
  });
  observer.observe(anchor, { subtree: true, childList: true, characterData: true });
  return () => {
    anchor.removeEventListener('click', onClick);
    observer.disconnect();
  };
}
