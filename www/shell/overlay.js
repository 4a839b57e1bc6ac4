// The messages of a widget (alerts, ignored settings, notes: the children of its `.messages`
// anchor) float over the page instead of pushing it down (shell/styles-layout.js). The pointer
// goes through them to what lies under (a note saying the plot has no points must not stop the
// click that adds one); one small button hides those shown until they say something else.

import { el } from './dom.js';

/** Makes the messages of the widget in `root` dismissable with `t.dismiss` (label, help);
 * returns a disconnect function. */
export function floatMessages(root, t) {
  const anchor = root.querySelector('.messages');
  if (!anchor) return () => {};
  const boxes = () => [...anchor.children].filter((n) => n !== close);
  const showing = () => boxes().filter((b) => !b.hidden && b.textContent.trim() !== '' && !('dismissed' in b.dataset));
  const close = el('button', {
    type: 'button', class: 'dismiss', id: 'dismiss-messages', title: t.dismiss.help, 'aria-label': t.dismiss.help, text: t.dismiss.label, hidden: true,
    onclick: () => {
      for (const box of showing()) box.dataset.dismissed = box.textContent;
      close.hidden = true;
    },
  });
  anchor.append(close);
  // A message that changes shows again.
  const observer = new MutationObserver(() => {
    for (const box of anchor.querySelectorAll(':scope > [data-dismissed]')) {
      if (box.dataset.dismissed !== box.textContent) delete box.dataset.dismissed;
    }
    const hide = showing().length === 0;
    if (close.hidden !== hide) close.hidden = hide;
  });
  observer.observe(anchor, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  return () => {
    observer.disconnect();
    close.remove();
  };
}
