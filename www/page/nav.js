// The full page's demo links (index.html): marks the link of the mode the page shows, from
// the URL hash, whenever it changes. The links themselves only change the hash; the
// <nn-playground sync-hash> element switches mode.

function markCurrent() {
  const mode = new URLSearchParams(location.hash.slice(1)).get('mode') || 'classify';
  for (const link of document.querySelectorAll('nav a')) {
    const linkMode = new URLSearchParams(link.hash.slice(1)).get('mode') || 'classify';
    if (linkMode === mode) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

window.addEventListener('hashchange', markCurrent);
markCurrent();
