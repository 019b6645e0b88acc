// The status line under the toolbar: what the page is doing, with the seconds counted while busy.

/**
 * A setStatus(text, busy, state) for the status box `status`, its text `text`, the seconds
 * counter `seconds` (hidden from screen readers) and the Cancel button `cancel`; when Cancel hides
 * while it has focus, focus goes to `fallback` (the Compare button).
 * state: idle | comparing | showing | done | failed | cancelled.
 */
export function statusLine(status, text, seconds, cancel, fallback = null) {
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
    // A hidden button drops its focus to the top of the page, and a keyboard reader who pressed
    // Cancel (or waited on it) would have to find their way back: Compare is where they go next.
    const refocus = !busy && fallback !== null && cancel.ownerDocument.activeElement === cancel;
    cancel.hidden = !busy;
    if (refocus) fallback.focus();
  };
}

// Control codes other than tab and the line and page breaks (Word's line break is a vertical
// tab): binary data is full of them, and text has none, even text read in the wrong encoding.
const CONTROLS = /[\u0000-\u0008\u000e-\u001f]/g;

/**
 * Whether `text` is binary data, not an article: it holds a NUL, or control codes making up 1%
 * of it and at least 8. Text read in the wrong encoding is text: `Caf\ufffd`, `\u0093We\u0094`.
 */
export function isBinary(text) {
  return text.includes('\u0000') || (text.match(CONTROLS) || []).length >= Math.max(8, text.length / 100);
}

/**
 * What keeps the texts from being compared, and what to tell the reader: `{ side, words }` for a
 * box that is empty (with both empty, the source, the first box), `{ side, words, unreadable:
 * true }` for one that holds binary data (see isBinary), or null when both hold articles.
 */
export function articleProblem(texts) {
  const source = !texts.source.trim();
  const target = !texts.target.trim();
  if (source && target) return { side: 'source', words: 'Paste a source and a target article to compare them.' };
  if (source) return { side: 'source', words: 'The Source box is empty: paste the original article there to compare.' };
  if (target) return { side: 'target', words: 'The Target box is empty: paste the article to examine there to compare.' };
  for (const side of ['source', 'target']) {
    if (isBinary(texts[side])) {
      return {
        side,
        unreadable: true,
        words: `The ${side === 'source' ? 'Source' : 'Target'} box holds binary data (control codes), not an ` +
          'article. Open the article, copy its text and paste it there.',
      };
    }
  }
  return null;
}
