// The code a course author pastes into a page to show a demo as it is now: the script tag of
// the dist folder and an <nn-playground> element with its `demo` and the settings that differ
// from the defaults (the handle's `short_config()`), and the same as a Jekyll include line.
// The element follows the page's language, so no `lang` is written.

import { format } from '../i18n/format.js';

/** Where README's "Embed in a Jekyll site" puts the dist folder's script. */
const SCRIPT = '/assets/nn-playground/nn-playground.js';

/** `text` inside a double-quoted HTML attribute. */
function attribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The HTML (two lines) and the Jekyll include that show demo `mode` with settings `config`. */
export function embedCode(mode, config) {
  const settings = config ? ` config="${attribute(config)}"` : '';
  return {
    html: `<script type="module" src="${SCRIPT}"></script>\n<nn-playground demo="${mode}"${settings}></nn-playground>`,
    jekyll: `{% include nn-playground.html demo="${mode}"${config ? ` config="${config.replace(/"/g, '')}"` : ''} %}`,
  };
}

/**
 * Copies the embed code of mode `mode` with settings `config` to the clipboard and tells
 * `notify(text)` what to do with it (`s`: the `state.embed` strings); where the clipboard is
 * refused, the notice holds the code to copy by hand.
 */
export async function copyEmbedCode(mode, config, s, notify) {
  const code = embedCode(mode, config);
  try {
    await navigator.clipboard.writeText(code.html);
    notify(format(s.copied, { jekyll: code.jekyll }));
  } catch {
    notify(format(s.failed, { html: code.html }));
  }
}
