// What every mode widget does the same way with its host element: keep the URL hash in step
// with the settings (only under `sync-hash`), and show the frame-time readout when asked
// (`debug="perf"` on the element, or `?debug=perf` in the page URL).

import { PerfReadout } from './loop.js';

/** Writes `query` into the page's hash if `host` keeps its state there. */
export function writeHash(host, query) {
  if (!host.hasAttribute('sync-hash')) return;
  const hash = `#${query}`;
  if (location.hash !== hash) history.replaceState(history.state, '', hash);
}

/** A frame-time readout for `host` if one was asked for, else null. */
export function perfReadout(host, t, build) {
  const page = new URLSearchParams(location.search).get('debug');
  if (host.getAttribute('debug') !== 'perf' && page !== 'perf') return null;
  return new PerfReadout(t, build);
}
