// The bar most modes open with: Reset, Play and Step (and a mode's own buttons after them),
// the count of what training has done, and the speed. The keyboard's space, → and r act on
// these buttons (shell/modes.js), so every mode builds them the same way here.

import { el, button, selectField } from './dom.js';

/**
 * The bar, as a toolbar labelled `label`. `controls` holds the strings of `reset`, `play`,
 * `step` and `speed` (a label and a help each); `on` their actions (`reset`, `togglePlay`,
 * `step`, `speed(name)`). `speeds` lists [value, label] pairs; `caption` names the count,
 * shown in an element of id `counter` (`epoch`, `steps`…) kept as `parts[counter]`. `buttons`
 * follow Step; `fields` follow the speed. Sets `parts.reset`, `.play`, `.step`, `.speed`.
 */
export function playbackBar(parts, { label, controls: c, on, speeds, caption, counter = 'epoch', buttons = [], fields = [] }) {
  parts.reset = button('reset', c.reset, on.reset, parts.helps);
  parts.play = button('play', c.play, on.togglePlay, parts.helps, { 'aria-pressed': 'false' });
  parts.step = button('step', c.step, on.step, parts.helps);
  const speed = selectField('speed', c.speed, speeds, on.speed);
  parts.speed = speed.select;
  parts[counter] = el('div', { class: 'number', id: counter, 'aria-live': 'off', text: '0' });
  return el('div', { class: 'bar', role: 'toolbar', 'aria-label': label }, [
    el('div', { class: 'playback' }, [parts.reset, parts.play, parts.step, ...buttons]),
    el('div', { class: 'epoch' }, [el('div', { class: 'caption', text: caption }), parts[counter]]),
    speed.field,
    ...fields,
  ]);
}
