// The status line under the toolbar: what the page is doing, with the seconds counted while busy.

/**
 * A setStatus(text, busy, state) for the status box `status`, its text `text`, the seconds
 * counter `seconds` (hidden from screen readers) and the Cancel button `cancel`.
 * state: idle | comparing | showing | done | failed | cancelled.
 */
export function statusLine(status, text, seconds, cancel) {
  let ticker = null;
  return function setStatus(words, busy, state) {
    status.setAttribute('data-state', state || (busy ? 'comparing' : 'idle'));
    clearInterval(ticker);
    ticker = null;
    text.textContent = words;
    seconds.textContent = '';
    if (busy) {
      // The seconds tick outside the live region's text, so a screen reader announces the
      // start and the end of a comparison, not every second between.
      const started = Date.now();
      ticker = setInterval(() => {
        seconds.textContent = ` ${Math.round((Date.now() - started) / 1000)} s`;
      }, 1000);
    }
    status.setAttribute('data-busy', busy ? 'true' : 'false');
    cancel.hidden = !busy;
  };
}

/**
 * Which box still needs an article, and what to tell the reader: `{ side: 'target', words }`,
 * or null when both hold text. With both empty the side is the source, the first box.
 */
export function missingArticle(texts) {
  const source = !texts.source.trim();
  const target = !texts.target.trim();
  if (source && target) return { side: 'source', words: 'Paste a source and a target article to compare them.' };
  if (source) return { side: 'source', words: 'The Source box is empty: paste the original article there to compare.' };
  if (target) return { side: 'target', words: 'The Target box is empty: paste the article to examine there to compare.' };
  return null;
}
