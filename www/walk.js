// Keyboard walking through the sentences: which sentence a key leads to, and the one Tab stop each
// column keeps. Each column is one Tab stop (a 40 KB article has some 800 sentences, and Tab should
// get past them), and the arrow keys walk inside it.
import { counterparts, otherSide } from './render.js';

/**
 * The sentence the key `rawKey` leads to from sentence `at` ({side, index}) of `report`, or null
 * when it leads nowhere. ↑/↓ walk the column, Home/End go to its ends, ← or → jumps to the
 * first counterpart on the other side (either key, since on a phone the columns are stacked, not
 * side by side), and n/p (or N/P) go to the next or
 * previous sentence that is not copied: `n` on target sentence 2 of [copied, copied, copied,
 * added] leads to sentence 3.
 */
export function walk(report, at, rawKey) {
  // Shift or Caps Lock gives "N" and "P".
  const key = rawKey.length === 1 ? rawKey.toLowerCase() : rawKey;
  const sentences = report[at.side] && report[at.side].sentences;
  if (!sentences || !sentences[at.index]) return null;
  const within = (index) => (index >= 0 && index < sentences.length && index !== at.index ? { side: at.side, index } : null);
  switch (key) {
    case 'ArrowDown': return within(at.index + 1);
    case 'ArrowUp': return within(at.index - 1);
    case 'Home': return within(0);
    case 'End': return within(sentences.length - 1);
    case 'n':
    case 'p': {
      const step = key === 'n' ? 1 : -1;
      for (let index = at.index + step; index >= 0 && index < sentences.length; index += step) {
        if (sentences[index].label !== 'copied') return { side: at.side, index };
      }
      return null;
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const found = counterparts(report, at.side, at.index);
      return found.indices.length ? { side: otherSide(at.side), index: found.indices[0] } : null;
    }
    default: return null;
  }
}

/** Makes sentence `node` the one Tab stop of its column, so Tab comes back to where the reader was. */
export function makeTabStop(node) {
  const column = node.closest('.article-body');
  const previous = column && column.querySelector('.sentence[tabindex="0"]');
  if (previous && previous !== node) previous.setAttribute('tabindex', '-1');
  node.setAttribute('tabindex', '0');
}
