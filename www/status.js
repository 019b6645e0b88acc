// The status line under the toolbar: what the page is doing, with the seconds counted while busy.

/**
 * A setStatus(text, busy, state) for the status box `status`, its text `text` and the Cancel
 * button `cancel`. state: idle | comparing | showing | done | failed | cancelled.
 */
export function statusLine(status, text, cancel) {
  let ticker = null;
  return function setStatus(words, busy, state) {
    status.setAttribute('data-state', state || (busy ? 'comparing' : 'idle'));
    clearInterval(ticker);
    ticker = null;
    text.textContent = words;
    if (busy) {
      const started = Date.now();
      ticker = setInterval(() => {
        text.textContent = `${words} ${Math.round((Date.now() - started) / 1000)} s`;
      }, 1000);
    }
    status.setAttribute('data-busy', busy ? 'true' : 'false');
    cancel.hidden = !busy;
  };
}
