// Captions in a reader's words: what a link shows, how alike its sentences are, and why an added
// sentence has none. Pure functions of the Report's plain data, shared by the page's diff panel
// and the downloaded report.

/**
 * What an `added` link's `changed` fact is, in words: a target sentence in a source sentence's
 * shape with `another number` says something the source does not.
 */
export const CHANGED_TEXT = {
  number: 'another number or unit',
  name: 'another name',
  date: 'another date',
  negation: 'a negation turned',
  opposite: 'a word turned to its opposite',
  stage: 'another step, such as charged for arrested or killed for injured',
  hedge: 'a claim made firmer or hedged',
  tense: 'a plan told as done or a former role as current, or the reverse',
};

/** A link's label as a caption's first word. */
const LABEL_TITLE = { copied: 'Copied', reworded: 'Reworded' };

/** A caption for `link`: its label, its sentences and how alike they are, or the fact it changed. */
export function describeLink(link) {
  const source = link.source.map((index) => index + 1).join(', ');
  const target = link.target.map((index) => index + 1).join(', ');
  const plural = (list, word) => (list.length === 1 ? word : `${word}s`);
  if (link.label === 'added') {
    const what = CHANGED_TEXT[link.changed] || 'other facts';
    return `Added: target ${plural(link.target, 'sentence')} ${target} ${link.target.length === 1 ? 'has' : 'have'} ` +
      `the shape of source ${plural(link.source, 'sentence')} ${source} but ${what}, so ` +
      `${link.target.length === 1 ? 'it says' : 'they say'} something the source does not.`;
  }
  return `${LABEL_TITLE[link.label] || link.label}: source ${plural(link.source, 'sentence')} ${source} → target ` +
    `${plural(link.target, 'sentence')} ${target}, ${likeness(link)}`;
}

/**
 * How alike a link's sentences are, in the words of `Link::likeness` in the engine: `edits`
 * says whether only punctuation or the order changed, so a visible change is never "100%
 * similar".
 */
function likeness(link) {
  if (link.edits === 'punctuation') return 'the same words; only punctuation, case or spelling differs';
  if (link.edits === 'order') return 'the same words, some in another order';
  const percent = Math.round(link.similarity * 100);
  return `${link.edits === 'words' ? Math.min(percent, 99) : percent}% similar`;
}

/** A list for prose: `“a”`, `“a” and “b”`, `“a”, “b” and “c”`. */
function listed(items) {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Why an added target sentence has no counterpart, from the engine's `reason`, in a reader's
 * words: `Its closest source sentence, 4, shares only words both articles use throughout:
 * “North Korea” and “Russia”.` Null when the report has no reason (one saved before reasons).
 */
export function explainReason(reason) {
  if (!reason || !Array.isArray(reason.source) || !Array.isArray(reason.shared)) return null;
  const numbers = listed(reason.source.map((index) => String(index + 1)));
  const closest = reason.source.length === 1 ? `Its closest source sentence, ${numbers},` :
    `Its closest source sentences, ${numbers},`;
  const shares = reason.source.length === 1 ? 'shares' : 'share';
  const shared = listed(reason.shared.map((words) => `“${words}”`));
  switch (reason.why) {
    case 'unshared': return 'No content word of it is in the source.';
    case 'common_words': return `${closest} ${shares} only words both articles use throughout: ${shared}.`;
    case 'few_words': return `${closest} ${shares} only ${shared} with it, too little to say the same.`;
    case 'question': return `It asks a question of its own; ${closest.replace('Its', 'its')} ${reason.source.length === 1 ? 'asks' : 'ask'} none.`;
    case 'changed': return `It has the shape of source ${reason.source.length === 1 ? 'sentence' : 'sentences'} ${numbers} ` +
      `but ${CHANGED_TEXT[reason.changed] || 'other facts'}, so it says something the source does not.`;
    default: return null;
  }
}
