// The full page's demo links (index.html): marks the link of the mode the page shows, from
// the URL hash, whenever it changes. The links themselves only change the hash; the
// <nn-playground sync-hash> element switches mode.

function markCurrent() {
  const mode = new URLSearchParams(location.hash.slice(1)).get('mode') || 'classify';
  for (const link of document.querySelectorAll('nav a')) {
    const linkMode = new URLSearchParams(link.hash.slice(1)).get('mode') || 'classify';
    if (linkMode === mode) {
      link.setAttribute('aria-current', 'page');
      showInRow(link);
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** Scrolls the row of links sideways (and only sideways) so that `link` is in sight. */
function showInRow(link) {
  const nav = link.parentElement;
  const left = link.offsetLeft - nav.offsetLeft;
  if (left < nav.scrollLeft || left + link.offsetWidth > nav.scrollLeft + nav.clientWidth) {
    nav.scrollLeft = Math.max(0, left - (nav.clientWidth - link.offsetWidth) / 2);
  }
}

window.addEventListener('hashchange', markCurrent);
markCurrent();
