// Pure Report -> DOM functions. Every function takes the document to build with (`doc`), so the
// node tests can pass a small DOM shim. Text is only ever set with textContent / text nodes:
// article text is untrusted and must never be parsed as markup.

import { CHANGED_TEXT, describeLink, explainReason } from './captions.js';

/** The labels a side can carry, in the order they are drawn. */
export const SIDE_LABELS = {
  source: ['copied', 'reworded', 'omitted'],
  target: ['copied', 'reworded', 'added'],
};

/** What each label means, for the legend and for screen readers. */
export const LABEL_TEXT = {
  copied: 'word for word from the source, but for small edits',
  reworded: 'the same content in other words',
  added: 'only in the target',
  omitted: 'only in the source, left out of the target',
};

const SIDES = ['source', 'target'];

/** The other side's name. */
export function otherSide(side) {
  return side === 'source' ? 'target' : 'source';
}

function el(doc, tag, className, text) {
  const node = doc.createElement(tag);
  if (className) node.setAttribute('class', className);
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Cuts a sentence into pieces by its spans: [{text, label}] where label is null outside spans.
 * Span offsets are input offsets, so they are taken relative to sentence.start. Spans are clipped
 * to the sentence; an overlapping span only keeps its part after the previous span.
 */
export function splitBySpans(sentence) {
  const text = sentence.text;
  const spans = (sentence.spans || [])
    .map((span) => ({
      start: Math.max(0, Math.min(text.length, span.start - sentence.start)),
      end: Math.max(0, Math.min(text.length, span.end - sentence.start)),
      label: span.label,
    }))
    .sort((one, two) => one.start - two.start);
  const pieces = [];
  let at = 0;
  for (const span of spans) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), label: null });
    pieces.push({ text: text.slice(start, span.end), label: span.label });
    at = span.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), label: null });
  return pieces;
}

/**
 * The fact a sentence's `added` link changed (`number`, `name`, `negation`), or null: an added
 * target sentence in a source sentence's shape, or the omitted source sentence it changed.
 */
export function changedFact(report, sentence) {
  // A source sentence copied by one target sentence and changed by another is still copied.
  if (sentence.label !== 'added' && sentence.label !== 'omitted') return null;
  for (const linkIndex of sentence.links || []) {
    const link = report.links[linkIndex];
    if (link && link.label === 'added' && CHANGED_TEXT[link.changed]) return link.changed;
  }
  return null;
}

/**
 * A sentence's text as a reader should see it: a word a PDF or a printed column hyphenated at a
 * line's end (`"com-⏎plete"`, `"strug\u00ad⏎gling"`) closes up where the page would otherwise
 * show the line break as a space (`"com- plete"`), keeping its hyphen (`"com-plete"`): whether
 * the hyphen belongs to the word (`"well-known"`) is the engine's call, made in its word diffs.
 * Only the break goes, as the engine reads it: a letter, a hyphen, the line break, a small letter.
 */
export function unbreakLines(text) {
  return text.replace(/(?<=\p{L}[-\u2010\u00ad])[^\S\r\n]*(?:\r\n|[\r\n\u2028\u2029])\s*(?=\p{Ll})/gu, '');
}

/**
 * One sentence as a focusable element (a Tab stop when it is its side's first) carrying data-side,
 * data-index and data-label, and data-changed with its changed fact (see `changedFact`).
 */
export function renderSentence(doc, sentence, side, index, changed = null) {
  const node = el(doc, 'span', `sentence label-${sentence.label}`);
  node.setAttribute('data-side', side);
  node.setAttribute('data-index', String(index));
  node.setAttribute('data-label', sentence.label);
  // Each column is one Tab stop, at its first sentence until the reader moves it (see walk.js).
  node.setAttribute('tabindex', index === 0 ? '0' : '-1');
  let said = sentence.label;
  // The tooltip numbers the sentence as the word diff's captions do ("target sentence 13").
  const name = `${side === 'source' ? 'Source' : 'Target'} sentence ${index + 1}, ${sentence.label}`;
  // An added sentence's tooltip says why, so the downloaded report, which has no diff panel,
  // tells it too.
  const why = sentence.label === 'added' ? explainReason(sentence.reason) : null;
  node.setAttribute('title', why ? `${name}. ${why}` : name);
  if (changed) {
    node.setAttribute('data-changed', changed);
    node.setAttribute('title', `${name}: same shape as a ${otherSide(side)} sentence, with ${CHANGED_TEXT[changed]}`);
    said = `${sentence.label}, ${CHANGED_TEXT[changed]}`;
  }
  // The label's own direction keeps it out of the paragraph's: `dir=auto` skips such elements.
  const prefix = el(doc, 'span', 'sr-only', `${said}: `);
  prefix.setAttribute('dir', 'ltr');
  node.appendChild(prefix);
  for (const piece of splitBySpans(sentence)) {
    if (piece.label === null) {
      node.appendChild(doc.createTextNode(unbreakLines(piece.text)));
    } else {
      const mark = el(doc, 'mark', `span span-${piece.label}`, unbreakLines(piece.text));
      mark.setAttribute('data-span-label', piece.label);
      mark.setAttribute('title', `${piece.label} phrase`);
      node.appendChild(mark);
    }
  }
  return node;
}

/** An empty container for one side's sentences. */
export function renderSideShell(doc, side) {
  const article = el(doc, 'div', 'article-body');
  article.setAttribute('data-side', side);
  return article;
}

/**
 * Appends sentences [from, to) of one side to `article`, grouped into paragraphs; a paragraph cut
 * by a chunk boundary goes on in the next call. Lets the page render long articles in chunks.
 * Given the side's `text` (the report's offsets are UTF-16, as JS strings index), a sentence that
 * starts a new line there starts one here too, so a list keeps one item per line.
 */
export function appendSentences(doc, report, side, article, from, to, text) {
  const sentences = report[side].sentences;
  let paragraph = article.lastChild && article.lastChild.nodeType === 1 ? article.lastChild : null;
  let current = paragraph ? Number(paragraph.getAttribute('data-paragraph')) : -1;
  for (let index = from; index < Math.min(to, sentences.length); index += 1) {
    const sentence = sentences[index];
    if (paragraph === null || sentence.paragraph !== current) {
      paragraph = el(doc, 'p', 'paragraph');
      // Each paragraph takes the direction of its own first letters: Hebrew or Arabic reads right to left.
      paragraph.setAttribute('dir', 'auto');
      current = sentence.paragraph;
      paragraph.setAttribute('data-paragraph', String(current));
      article.appendChild(paragraph);
    } else if (text !== undefined && /[\n\r\u2028\u2029]/.test(text.slice(sentences[index - 1].end, sentence.start))) {
      paragraph.appendChild(el(doc, 'br', 'line-break'));
    } else {
      paragraph.appendChild(doc.createTextNode(' '));
    }
    paragraph.appendChild(renderSentence(doc, sentence, side, index, changedFact(report, sentence)));
  }
  return article;
}

/** One side of the report: its sentences grouped into paragraphs. */
export function renderSide(doc, report, side) {
  const article = renderSideShell(doc, side);
  if (report[side].sentences.length === 0) {
    article.appendChild(el(doc, 'p', 'empty', `The ${side} has no sentences.`));
    return article;
  }
  return appendSentences(doc, report, side, article, 0, report[side].sentences.length);
}

/** The sentences on the other side linked to report[side].sentences[index]. */
export function counterparts(report, side, index) {
  const sentence = report[side] && report[side].sentences[index];
  if (!sentence) return { side: otherSide(side), indices: [], links: [] };
  const other = otherSide(side);
  const indices = [];
  for (const linkIndex of sentence.links) {
    const link = report.links[linkIndex];
    if (!link) continue;
    for (const otherIndex of link[other]) if (!indices.includes(otherIndex)) indices.push(otherIndex);
  }
  return { side: other, indices: indices.sort((one, two) => one - two), links: sentence.links.slice() };
}

/**
 * The source sentences an added target sentence with no counterpart was weighed against, which its
 * reason's caption names ("Its closest source sentence, 4, shares only..."), so the page can show
 * them; none for any other sentence.
 */
export function closestSources(report, side, index) {
  const sentence = report[side] && report[side].sentences[index];
  if (side !== 'target' || !sentence || sentence.links.length > 0 || !Array.isArray(sentence.reason?.source)) return [];
  return sentence.reason.source.filter((at) => Number.isInteger(at) && report.source.sentences[at]);
}

/** The word diff of one link: <del> for source-only text, <ins> for target-only text. */
export function renderDiff(doc, link) {
  const node = el(doc, 'p', 'diff');
  // A right-to-left article's diff reads right to left, like its paragraphs.
  node.setAttribute('dir', 'auto');
  link.diff.forEach((op, index) => {
    // Words replaced read "old → new" (see the CSS), so "4.2" for "6.2" is no "−4.2+6.2".
    const replaced = (op.op === 'delete' && link.diff[index + 1]?.op === 'insert') ||
      (op.op === 'insert' && link.diff[index - 1]?.op === 'delete');
    if (op.op === 'insert') {
      node.appendChild(el(doc, 'ins', replaced ? 'replaced' : null, op.text));
    } else if (op.op === 'delete') {
      node.appendChild(el(doc, 'del', replaced ? 'replaced' : null, op.text));
    } else {
      node.appendChild(doc.createTextNode(op.text));
    }
  });
  return node;
}

/** The diff panel's content for a selected sentence. */
export function renderDiffPanel(doc, report, side, index) {
  const box = el(doc, 'div', 'diff-panel-body');
  const sentence = report[side].sentences[index];
  if (!sentence) return box;
  if (sentence.links.length === 0) {
    // "Added" also covers a sentence in a source sentence's shape with other facts (another
    // figure, speaker or a negation turned), so the caption does not claim it has no match.
    const what = side === 'target' ? 'added: no sentence of the source says the same' :
      'omitted: no sentence of the target says the same';
    // A phrase it shares word for word with the other side is named, so the boxed phrase and
    // the caption agree.
    const phrases = splitBySpans(sentence).filter((piece) => piece.label === 'copied').map((piece) => `“${unbreakLines(piece.text)}”`);
    const shared = phrases.length === 0 ? '' :
      `, though the ${otherSide(side)} has ${phrases.length === 1 ? 'its phrase' : 'its phrases'} ${phrases.join(', ')} word for word`;
    box.appendChild(el(doc, 'p', 'diff-caption', `${side === 'target' ? 'Target' : 'Source'} sentence ${index + 1} is ${what}${shared}.`));
    const why = explainReason(sentence.reason);
    if (why) box.appendChild(el(doc, 'p', 'diff-caption diff-reason', why));
    return box;
  }
  const links = closestFirst(report, sentence.links);
  if (links.length > 1) {
    box.appendChild(el(doc, 'p', 'diff-note',
      `${side === 'target' ? 'Target' : 'Source'} sentence ${index + 1} has ${links.length} counterparts, the closest first.`));
  }
  for (const link of links) {
    box.appendChild(el(doc, 'p', 'diff-caption', describeLink(link)));
    box.appendChild(renderDiff(doc, link));
  }
  return box;
}

/** The captions of a rendered diff panel, as one line to announce: its sentence is not read again. */
export const captionsOf = (box) => [...box.querySelectorAll('.diff-note, .diff-caption')].map((node) => node.textContent).join(' ');

/**
 * The links at `linkIndices`, most similar first: a source intro copied by one target sentence
 * and echoed by the headline shows the 88% copy before the 36% headline, so the first thing a
 * reader sees is the strongest reading of the sentence.
 */
export function closestFirst(report, linkIndices) {
  return linkIndices.map((at) => report.links[at]).filter(Boolean)
    .sort((one, two) => two.similarity - one.similarity);
}

/**
 * Every link whose sentences differ, each with its caption and word diff, in target order: what
 * the downloaded HTML report shows in place of the page's pick-a-sentence panel. Links whose two
 * sides are the same word for word are counted, not listed; links without a computed diff (very
 * long articles) are counted too.
 */
export function renderDiffList(doc, report) {
  const box = el(doc, 'div', 'diff-list');
  let same = 0;
  let uncomputed = 0;
  for (const link of report.links) {
    if (link.diff.length === 0) {
      uncomputed += 1;
    } else if (link.diff.every((op) => op.op === 'equal')) {
      same += 1;
    } else {
      box.appendChild(el(doc, 'p', 'diff-caption', describeLink(link)));
      box.appendChild(renderDiff(doc, link));
    }
  }
  const notes = [];
  if (same > 0) notes.push(`${count(same, 'more linked pair')} ${same === 1 ? 'is' : 'are'} the same word for word.`);
  if (uncomputed > 0) notes.push(`${count(uncomputed, 'more linked pair')} ${uncomputed === 1 ? 'was' : 'were'} not compared word by word here.`);
  if (box.childNodes.length === 0 && notes.length === 0) notes.push('No sentence of the target is linked to the source.');
  if (notes.length > 0) box.appendChild(el(doc, 'p', 'diff-note', notes.join(' ')));
  return box;
}

/** `n` and `word`, in the plural unless `n` is 1: `count(1, 'sentence')` -> `1 sentence`. */
export function count(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A duration for people: whole milliseconds below a second (`3 ms`), else seconds (`1.4 s`). */
export function formatDuration(ms) {
  const value = Math.max(0, Number(ms) || 0);
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

/** The status line after a comparison: `Compared 17 target sentences with 12 source sentences in 3 ms.` */
export function describeRun(report, ms) {
  const target = count(report.target.sentences.length, 'target sentence');
  const source = count(report.source.sentences.length, 'source sentence');
  return `Compared ${target} with ${source} in ${formatDuration(ms)}.`;
}

/**
 * The stacked bar segments of one side: [{label, share, percent}] with shares clamped to 0..1 for
 * the bar's widths, and the core's whole percents (rounded by largest remainder, so they add up
 * to 100) for its words.
 */
export function shareSegments(tally, side) {
  return SIDE_LABELS[side].map((label) => ({
    label,
    share: Math.max(0, Math.min(1, Number(tally.shares[label]) || 0)),
    percent: Number(tally.percents[label]) || 0,
  }));
}

function renderBar(doc, tally, side) {
  const row = el(doc, 'div', 'bar-row');
  row.setAttribute('data-side', side);
  const segments = shareSegments(tally, side);
  const words = segments.map((segment) => `${segment.percent}% ${segment.label}`).join(', ');
  row.appendChild(el(doc, 'span', 'bar-name', side === 'source' ? 'Source' : 'Target'));
  const bar = el(doc, 'div', 'bar');
  bar.setAttribute('role', 'img');
  bar.setAttribute('aria-label', `${side}: ${words}`);
  for (const segment of segments) {
    if (segment.share <= 0) continue;
    const part = el(doc, 'span', `bar-part label-${segment.label}`);
    part.setAttribute('data-label', segment.label);
    part.style.width = `${(segment.share * 100).toFixed(2)}%`;
    part.setAttribute('title', `${segment.percent}% ${segment.label}`);
    bar.appendChild(part);
  }
  row.appendChild(bar);
  const counts = segments.map((segment) => `${tally.counts[segment.label]} ${segment.label}`);
  // Shares count characters, phrases included; counts whole sentences. Saying so keeps "32% copied"
  // beside "0 sentences copied", or "1% reworded" beside "3 reworded", from reading as a
  // contradiction.
  const kept = tally.counts.reworded ? ' (words a rewrite kept count as copied)' : '';
  row.appendChild(el(doc, 'span', 'bar-figures', `text: ${words}${kept}; whole sentences: ${counts.join(', ')}`));
  return row;
}

/** The summary: the Rust headline, and both sides' shares as stacked bars. */
export function renderSummary(doc, summary) {
  const box = el(doc, 'div', 'summary-body');
  box.setAttribute('data-verdict', summary.verdict);
  box.appendChild(el(doc, 'p', 'headline', summary.headline));
  box.appendChild(renderBar(doc, summary.target, 'target'));
  box.appendChild(renderBar(doc, summary.source, 'source'));
  return box;
}

/** The legend: one sample per label with its colour and its non-colour cue. */
export function renderLegend(doc) {
  const list = el(doc, 'ul', 'legend-list');
  for (const label of ['copied', 'reworded', 'added', 'omitted']) {
    const item = el(doc, 'li', 'legend-item');
    const sample = el(doc, 'span', `sample sentence label-${label}`, label);
    sample.setAttribute('data-label', label);
    item.appendChild(sample);
    item.appendChild(doc.createTextNode(`: ${LABEL_TEXT[label]}`));
    list.appendChild(item);
  }
  const changed = el(doc, 'li', 'legend-item');
  const sample = el(doc, 'span', 'sample sentence label-added', 'added');
  sample.setAttribute('data-label', 'added');
  sample.setAttribute('data-changed', 'number');
  changed.appendChild(sample);
  changed.appendChild(doc.createTextNode(': a source sentence\u2019s shape with a fact changed: a number, date or name, a negation, an opposite or another step (charged for arrested), a hedge (may, allegedly, about) or a plan told as done; the word diff shows it, and the source sentence is marked ≠ too'));
  list.appendChild(changed);
  const item = el(doc, 'li', 'legend-item');
  item.appendChild(el(doc, 'mark', 'sample span span-copied', 'boxed'));
  item.appendChild(doc.createTextNode(': a phrase labelled apart from its sentence, such as words kept as written in a reworded one'));
  list.appendChild(item);
  return list;
}

/** Everything a report shows, keyed by where it goes. */
export function renderReport(doc, report) {
  const views = {};
  for (const side of SIDES) views[side] = renderSide(doc, report, side);
  views.summary = renderSummary(doc, report.summary);
  return views;
}

/**
 * Scrolls a sentence into view inside its own column only, so hovering never moves the page: into
 * the part of the column the window `win` shows, when the page is scrolled part way past it, and
 * clear of a word diff panel stuck to the window's top or foot. A column off screen (a phone on
 * its side, a zoomed page) gets the sentence at its top, for the reader to find on scrolling back.
 */
export function reveal(node, win) {
  const column = node.closest('.article');
  if (!column) return;
  const nodeBox = node.getBoundingClientRect();
  const columnBox = column.getBoundingClientRect();
  const panel = node.ownerDocument.querySelector('.diff-panel');
  const edge = stickyEdge(panel, win);
  const top = Math.max(columnBox.top, 0, edge === 'top' ? panel.getBoundingClientRect().bottom : 0);
  const bottom = Math.min(columnBox.bottom, win.innerHeight, edge === 'foot' ? panel.getBoundingClientRect().top : Infinity);
  if (bottom - top < nodeBox.height + 16) column.scrollTop += nodeBox.top - columnBox.top - 8;
  else if (nodeBox.top < top) column.scrollTop += nodeBox.top - top - 8;
  else if (nodeBox.bottom > bottom) column.scrollTop += nodeBox.bottom - bottom + 8;
}

// Which edge of the window the word diff `panel` sticks to: 'top' on a wide screen (once the page
// is scrolled down to the columns), 'foot' on a phone, or null when it does not stick.
function stickyEdge(panel, win) {
  const style = panel && win.getComputedStyle(panel);
  if (!style || style.position !== 'sticky') return null;
  return style.top === 'auto' ? 'foot' : 'top';
}

/**
 * Measures, on a wide screen, what shares the window with the articles once the page is scrolled
 * to its foot: the word diff panel stuck to the top (the reader may have dragged it taller), the
 * gap and column headings below it, and the footer. The stylesheet gives the articles the rest
 * (`--beside-articles`), so their tops are never under the panel. On a 1280 x 720 window with the
 * panel at its usual 136 px, that is about 290 px beside articles of 430 px.
 */
function fitColumns(doc, win) {
  const panel = doc.querySelector('.diff-panel');
  const columns = doc.querySelector('.columns');
  const articles = [...doc.querySelectorAll('.columns .article')].map((node) => node.getBoundingClientRect());
  const panelBox = panel && panel.getBoundingClientRect();
  if (stickyEdge(panel, win) !== 'top' || !columns || !articles.length || !panelBox.height) return;
  const gap = parseFloat(win.getComputedStyle(panel).marginBottom) + parseFloat(win.getComputedStyle(columns).marginTop);
  const heading = Math.min(...articles.map((box) => box.top)) - columns.getBoundingClientRect().top;
  // The shorter article ends higher; the page's foot lies below the longer one.
  const below = doc.documentElement.getBoundingClientRect().bottom - Math.max(...articles.map((box) => box.bottom));
  const root = doc.documentElement.style;
  root.setProperty('--panel-height', `${Math.ceil(panelBox.height)}px`);
  root.setProperty('--beside-articles', `${Math.ceil(panelBox.height + (gap || 0) + heading + below)}px`);
}

/**
 * Keeps the articles fitted (see `fitColumns`) as the reader drags the panel, resizes the window
 * or first sees the results. Measuring waits a frame: resizing the articles inside the observer's
 * own callback would make it report a loop.
 */
export function keepColumnsFitted(doc, win) {
  let frame = 0;
  const fit = () => {
    win.cancelAnimationFrame(frame);
    frame = win.requestAnimationFrame(() => fitColumns(doc, win));
  };
  win.addEventListener('resize', fit);
  if (!win.ResizeObserver) return;
  const observer = new win.ResizeObserver(fit);
  for (const node of [doc.querySelector('.diff-panel'), doc.querySelector('.site-footer'), doc.querySelector('.column h2')]) {
    if (node) observer.observe(node);
  }
}

/**
 * Scrolls the page so `node` sits clear of a word diff `panel` stuck to the foot of the window
 * `win` (a phone, or a zoomed page): the panel may be taller than any fixed scroll margin.
 */
export function keepClearOfPanel(node, panel, win) {
  if (stickyEdge(panel, win) !== 'foot') return;
  const overlap = () => {
    const box = node.getBoundingClientRect();
    const top = panel.getBoundingClientRect().top - 8;
    return box.bottom > top ? Math.min(box.bottom - top, box.top - 8) : 0;
  };
  win.scrollBy(0, overlap());
  // At the foot of the page the page cannot move on: the sentence's own column scrolls instead.
  const column = node.closest && node.closest('.article');
  const rest = overlap();
  if (column && rest > 0) column.scrollTop += rest;
}
