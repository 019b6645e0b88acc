// node --test: www/render.js against hand-written Reports and a tiny DOM shim.
import assert from 'node:assert/strict';
import test from 'node:test';
import { byClass, doc } from './dom-shim.mjs';
import { REPORT, TEXTS, hostileReport } from './fixtures.mjs';
import {
  appendSentences, closestFirst, closestSources, count, counterparts, describeRun, formatDuration, renderDiff, renderDiffList, renderDiffPanel, renderLegend, renderReport, renderSentence, renderSide,
  shareSegments, splitBySpans, unbreakLines,
} from '../../www/render.js';

// The text a sentence element shows, without its screen-reader label prefix.
function shownText(node) {
  return node.childNodes.filter((child) => !(child.nodeType === 1 && child.className === 'sr-only'))
    .map((child) => child.textContent).join('');
}

test('fixture offsets slice the input exactly', () => {
  for (const side of ['source', 'target']) {
    for (const sentence of REPORT[side].sentences) {
      assert.equal(TEXTS[side].slice(sentence.start, sentence.end), sentence.text);
    }
  }
});

test('splitBySpans cuts at span offsets relative to the sentence start', () => {
  const [before, span, after] = splitBySpans(REPORT.target.sentences[2]);
  assert.deepEqual(before, { text: 'The bill came to ', label: null });
  assert.deepEqual(span, { text: '2 billion', label: 'copied' });
  assert.deepEqual(after, { text: ' crowns.', label: null });
});

test('splitBySpans without spans gives the whole sentence', () => {
  assert.deepEqual(splitBySpans(REPORT.target.sentences[0]), [{ text: 'Big day!', label: null }]);
  assert.deepEqual(splitBySpans({ text: '', start: 4, end: 4, spans: [] }), [{ text: '', label: null }]);
});

test('splitBySpans clips out-of-range and overlapping spans and keeps all text', () => {
  const sentence = { text: 'abcdefghij', start: 10, end: 20, spans: [
    { start: 15, end: 30, label: 'copied' }, { start: 5, end: 12, label: 'added' },
    { start: 16, end: 17, label: 'reworded' }, { start: 13, end: 13, label: 'added' },
  ] };
  const pieces = splitBySpans(sentence);
  assert.equal(pieces.map((piece) => piece.text).join(''), sentence.text);
  assert.deepEqual(pieces, [
    { text: 'ab', label: 'added' }, { text: 'cde', label: null }, { text: 'fghij', label: 'copied' },
  ]);
});

test('renderSentence carries data-side, data-index, data-label and is focusable', () => {
  const node = renderSentence(doc, REPORT.target.sentences[2], 'target', 2);
  assert.equal(node.getAttribute('data-side'), 'target');
  assert.equal(node.getAttribute('data-index'), '2');
  assert.equal(node.getAttribute('data-label'), 'reworded');
  // Focusable, but only a side's first sentence is a Tab stop until the reader moves it.
  assert.equal(node.getAttribute('tabindex'), '-1');
  assert.equal(renderSentence(doc, REPORT.target.sentences[0], 'target', 0).getAttribute('tabindex'), '0');
  assert.match(node.className, /\blabel-reworded\b/);
  assert.equal(shownText(node), REPORT.target.sentences[2].text);
  const marks = byClass(node, 'span');
  assert.equal(marks.length, 1);
  assert.equal(marks[0].tagName, 'MARK');
  assert.equal(marks[0].getAttribute('data-span-label'), 'copied');
  assert.equal(marks[0].textContent, '2 billion');
  assert.equal(byClass(node, 'sr-only')[0].textContent, 'reworded: ');
});

test('renderSide groups sentences into paragraphs in order', () => {
  const article = renderSide(doc, REPORT, 'target');
  const paragraphs = byClass(article, 'paragraph');
  assert.equal(paragraphs.length, 2);
  const sentences = byClass(article, 'sentence');
  assert.deepEqual(sentences.map((node) => node.getAttribute('data-index')), ['0', '1', '2']);
  assert.deepEqual(sentences.map((node) => node.getAttribute('data-label')), ['added', 'copied', 'reworded']);
  assert.equal(byClass(paragraphs[1], 'sentence').length, 2);
});

test('renderSide says so when a side has no sentences', () => {
  const empty = structuredClone(REPORT);
  empty.source.sentences = [];
  assert.match(renderSide(doc, empty, 'source').textContent, /no sentences/);
});

test('counterparts follow sentence.links to the other side', () => {
  assert.deepEqual(counterparts(REPORT, 'target', 2), { side: 'source', indices: [1], links: [1] });
  assert.deepEqual(counterparts(REPORT, 'source', 0), { side: 'target', indices: [1], links: [0] });
  assert.deepEqual(counterparts(REPORT, 'target', 0), { side: 'source', indices: [], links: [] });
  assert.deepEqual(counterparts(REPORT, 'target', 99).indices, []);
});

test('an added sentence points at the source sentences its reason names, and only it', () => {
  const report = structuredClone(REPORT);
  report.target.sentences[0].reason = { why: 'few_words', source: [0, 2, 9], shared: ['Dam'] };
  // Sentence 10 does not exist: a saved report's stray index is dropped, not followed.
  assert.deepEqual(closestSources(report, 'target', 0), [0, 2]);
  assert.deepEqual(closestSources(report, 'target', 1), [], 'a copied sentence has its counterpart instead');
  assert.deepEqual(closestSources(report, 'source', 2), []);
  delete report.target.sentences[0].reason;
  assert.deepEqual(closestSources(report, 'target', 0), []);
});

test('counterparts of a split sentence list every target part once', () => {
  const split = structuredClone(REPORT);
  split.links.push({ source: [2], target: [0, 2], label: 'reworded', similarity: 0.5, diff: [] });
  split.source.sentences[2].links = [2];
  split.target.sentences[2].links = [1, 2];
  assert.deepEqual(counterparts(split, 'source', 2).indices, [0, 2]);
  assert.deepEqual(counterparts(split, 'target', 2).indices, [1, 2]);
});

test('renderDiff marks insertions and deletions', () => {
  const node = renderDiff(doc, REPORT.links[1]);
  assert.equal(node.getAttribute('dir'), 'auto');
  const tags = node.childNodes.map((child) => (child.nodeType === 3 ? '#text' : child.tagName));
  assert.deepEqual(tags, ['DEL', 'INS', '#text', 'INS', '#text']);
  assert.equal(node.textContent, 'It cost The bill came to 2 billion crowns.');
  // Words replaced read "old → new"; an insertion alone keeps its "+".
  const classes = node.childNodes.map((child) => (child.nodeType === 3 ? null : child.getAttribute('class')));
  assert.deepEqual(classes, ['replaced', 'replaced', null, null, null]);
});

test('renderDiffPanel explains links and unlinked sentences', () => {
  const linked = renderDiffPanel(doc, REPORT, 'target', 2);
  assert.match(linked.textContent, /Reworded: source sentence 2 → target sentence 3, 42% similar/);
  assert.equal(byClass(linked, 'diff').length, 1);
  assert.match(renderDiffPanel(doc, REPORT, 'target', 0).textContent, /added/);
  assert.match(renderDiffPanel(doc, REPORT, 'source', 2).textContent, /omitted/);
});

test('renderDiffPanel shows a sentence with several counterparts closest first, and says so', () => {
  const report = structuredClone(REPORT);
  // Source sentence 2 is reworded weakly by target sentence 3 (link 1) and copied by target 1.
  report.links.push({ source: [1], target: [0], label: 'copied', similarity: 0.88, edits: 'words',
    diff: [{ op: 'equal', text: 'It cost 2 billion.' }] });
  report.source.sentences[1].links = [1, 2];
  const panel = renderDiffPanel(doc, report, 'source', 1);
  assert.equal(byClass(panel, 'diff-note')[0].textContent, 'Source sentence 2 has 2 counterparts, the closest first.');
  assert.deepEqual(byClass(panel, 'diff-caption').map((node) => node.textContent.split(',')[0]),
    ['Copied: source sentence 2 → target sentence 1', 'Reworded: source sentence 2 → target sentence 3']);
  assert.deepEqual(closestFirst(report, [1, 2]).map((link) => link.similarity), [0.88, 0.42]);
  assert.equal(byClass(renderDiffPanel(doc, REPORT, 'target', 2), 'diff-note').length, 0);
});

test('an added sentence that changes a fact shows which source sentence it changed, from both sides', () => {
  const report = structuredClone(REPORT);
  report.links.push({ source: [2], target: [0], label: 'added', changed: 'number', similarity: 0.8,
    diff: [{ op: 'delete', text: 'Fish ladders are untested.' }, { op: 'insert', text: 'Big day!' }] });
  report.target.sentences[0].links = [2];
  report.source.sentences[2].links = [2];
  const [target] = byClass(renderSide(doc, report, 'target'), 'sentence');
  assert.equal(target.getAttribute('data-label'), 'added');
  assert.equal(target.getAttribute('data-changed'), 'number');
  assert.equal(byClass(target, 'sr-only')[0].textContent, 'added, another number or unit: ');
  const omitted = byClass(renderSide(doc, report, 'source'), 'sentence')[2];
  assert.equal(omitted.getAttribute('data-label'), 'omitted');
  assert.equal(omitted.getAttribute('data-changed'), 'number');
  // Derived sentences carry no changed fact, even a source sentence another target changes.
  assert.equal(byClass(renderSide(doc, report, 'target'), 'sentence')[2].getAttribute('data-changed'), null);
  report.links.push({ source: [0], target: [0], label: 'added', changed: 'name', similarity: 0.6, diff: [] });
  report.source.sentences[0].links.push(3);
  assert.equal(byClass(renderSide(doc, report, 'source'), 'sentence')[0].getAttribute('data-changed'), null);
  assert.equal(byClass(renderSide(doc, report, 'source'), 'sentence')[0].getAttribute('data-label'), 'copied');
  for (const [side, index] of [['target', 0], ['source', 2]]) {
    const panel = renderDiffPanel(doc, report, side, index);
    assert.match(panel.textContent,
      /^Added: target sentence 1 has the shape of source sentence 3 but another number or unit, so it says something the source does not\./);
    assert.equal(byClass(panel, 'diff').length, 1);
  }
  assert.deepEqual(counterparts(report, 'target', 0).indices, [2]);
  assert.deepEqual(counterparts(report, 'source', 2).indices, [0]);
  const legend = renderLegend(doc);
  assert.ok(byClass(legend, 'sample').some((node) => node.getAttribute('data-changed') === 'number'));
  assert.match(legend.textContent, /a number, date or name, a negation, an opposite or another step \(charged for arrested\), a hedge \(may, allegedly, about\) or a plan told as done/);
});

test('renderDiffList lists the links that differ and counts the rest', () => {
  const list = renderDiffList(doc, REPORT);
  // The copied link is the same word for word; the reworded one is listed with its diff.
  assert.deepEqual(byClass(list, 'diff-caption').map((node) => node.textContent),
    ['Reworded: source sentence 2 → target sentence 3, 42% similar']);
  assert.equal(byClass(list, 'diff')[0].textContent, 'It cost The bill came to 2 billion crowns.');
  assert.equal(byClass(list, 'diff-note')[0].textContent, '1 more linked pair is the same word for word.');
  const large = structuredClone(REPORT);
  for (const link of large.links) link.diff = [];
  assert.equal(byClass(renderDiffList(doc, large), 'diff').length, 0);
  assert.equal(renderDiffList(doc, large).textContent, '2 more linked pairs were not compared word by word here.');
  assert.equal(renderDiffList(doc, { ...REPORT, links: [] }).textContent, 'No sentence of the target is linked to the source.');
});

test('a diff caption never says 100% similar over visible changes', () => {
  const caption = (similarity, edits) => {
    const report = structuredClone(REPORT);
    Object.assign(report.links[1], { similarity, edits });
    return renderDiffPanel(doc, report, 'target', 2).textContent;
  };
  assert.match(caption(1, 'punctuation'), /the same words; only punctuation, case or spelling differs/);
  assert.match(caption(0.996, 'words'), /99% similar/);
  assert.match(caption(1, 'none'), /100% similar/);
  assert.match(caption(1, 'order'), /the same words, some in another order/);
  assert.match(caption(0.42, 'words'), /42% similar/);
});

test('an unlinked sentence with a phrase the other side repeats names the phrase', () => {
  const report = structuredClone(REPORT);
  const fish = report.source.sentences[2];
  fish.spans = [{ start: fish.start, end: fish.start + 'Fish ladders'.length, label: 'copied' }];
  assert.equal(renderDiffPanel(doc, report, 'source', 2).textContent,
    'Source sentence 3 is omitted: no sentence of the target says the same, though the target has its phrase “Fish ladders” word for word.');
  assert.equal(renderDiffPanel(doc, REPORT, 'target', 0).textContent,
    'Target sentence 1 is added: no sentence of the source says the same.' +
    'No content word of it is in the source.');
});

test('an added sentence\'s panel says why it has no counterpart, when the report says', () => {
  const report = structuredClone(REPORT);
  report.target.sentences[0].reason = { why: 'few_words', source: [0], shared: ['Dam'] };
  const panel = renderDiffPanel(doc, report, 'target', 0);
  assert.equal(byClass(panel, 'diff-reason')[0].textContent,
    'Its closest source sentence, 1, shares only “Dam” with it, too little to say the same.');
  delete report.target.sentences[0].reason;
  assert.equal(byClass(renderDiffPanel(doc, report, 'target', 0), 'diff-reason').length, 0);
});

test('shareSegments keeps each side to its own labels and clamps shares', () => {
  assert.deepEqual(shareSegments(REPORT.summary.target, 'target').map((segment) => segment.label),
    ['copied', 'reworded', 'added']);
  assert.deepEqual(shareSegments(REPORT.summary.source, 'source').map((segment) => segment.percent), [20, 35, 45]);
  const odd = { counts: {}, shares: { copied: 1.7, reworded: -1, omitted: Number.NaN }, percents: {} };
  assert.deepEqual(shareSegments(odd, 'source').map((segment) => segment.share), [1, 0, 0]);
  assert.deepEqual(shareSegments(odd, 'source').map((segment) => segment.percent), [0, 0, 0]);
});

test('shareSegments words the core\'s percents, which add up to 100, not the shares rounded one by one', () => {
  const thirds = { counts: {}, shares: { copied: 1 / 3, reworded: 1 / 3, added: 1 / 3 },
    percents: { copied: 34, reworded: 33, added: 33, omitted: 0 } };
  assert.deepEqual(shareSegments(thirds, 'target').map((segment) => segment.percent), [34, 33, 33]);
});

test('the bar figures count sentences in words that read right for one sentence', () => {
  const summary = structuredClone(REPORT.summary);
  summary.target.counts = { copied: 1, reworded: 2, added: 1, omitted: 0 };
  const figures = byClass(renderReport(doc, { ...REPORT, summary }).summary, 'bar-figures')[0].textContent;
  assert.doesNotMatch(figures, /\b1 \w+ sentences\b/);
  assert.match(figures, /^text: \d+% copied, \d+% reworded, \d+% added \(words a rewrite kept count as copied\); whole sentences: 1 copied, 2 reworded, 1 added$/);
  // Without a reworded sentence there is nothing to explain.
  summary.target.counts = { copied: 3, reworded: 0, added: 1, omitted: 0 };
  const plain = byClass(renderReport(doc, { ...REPORT, summary }).summary, 'bar-figures')[0].textContent;
  assert.match(plain, /^text: \d+% copied, \d+% reworded, \d+% added; whole sentences: 3 copied, 0 reworded, 1 added$/);
});

test('renderReport shows the Rust headline verbatim and both bars', () => {
  const views = renderReport(doc, REPORT);
  assert.equal(byClass(views.summary, 'headline')[0].textContent, REPORT.summary.headline);
  assert.equal(views.summary.getAttribute('data-verdict'), 'partially_derived');
  const bars = byClass(views.summary, 'bar');
  assert.equal(bars.length, 2);
  assert.match(bars[0].getAttribute('aria-label'), /target: 20% copied, 60% reworded, 20% added/);
  const parts = byClass(views.summary, 'bar-part');
  assert.equal(parts[0].getAttribute('style'), 'width: 20.00%;');
  assert.equal(byClass(views.source, 'sentence').length, 3);
  assert.equal(byClass(views.target, 'sentence').length, 3);
});

test('renderLegend shows every label', () => {
  const labels = byClass(renderLegend(doc), 'sample').map((node) => node.getAttribute('data-label'));
  assert.deepEqual(labels, ['copied', 'reworded', 'added', 'omitted', 'added', null]);
});

test('hostile sentence text stays text: no elements are made from it', () => {
  for (const payload of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)']) {
    const report = hostileReport(payload);
    const views = renderReport(doc, report);
    const sentence = byClass(views.target, 'sentence')[0];
    assert.equal(shownText(sentence), payload);
    assert.equal(sentence.findAll((node) => ['IMG', 'SCRIPT', 'A'].includes(node.tagName)).length, 0);
    assert.equal(byClass(views.summary, 'headline')[0].textContent, payload);
    assert.equal(renderDiff(doc, report.links[0]).textContent, payload);
  }
});

test('the status line counts sentences in words and times in units people read', () => {
  assert.equal(count(1, 'target sentence'), '1 target sentence');
  assert.equal(count(0, 'source sentence'), '0 source sentences');
  const cases = [[0, '0 ms'], [2.6, '3 ms'], [999.4, '999 ms'], [1000, '1.0 s'], [1450, '1.4 s'], [-5, '0 ms'], [NaN, '0 ms']];
  for (const [ms, shown] of cases) assert.equal(formatDuration(ms), shown, String(ms));
  assert.equal(describeRun(REPORT, 12.3),
    `Compared ${count(REPORT.target.sentences.length, 'target sentence')} with ${count(REPORT.source.sentences.length, 'source sentence')} in 12 ms.`);
  const one = { source: { sentences: [{}] }, target: { sentences: [{}] } };
  assert.equal(describeRun(one, 2500), 'Compared 1 target sentence with 1 source sentence in 2.5 s.');
});

test('a sentence on a line of its own in the text starts a line in its paragraph', () => {
  const text = 'Fares:\n- Peak up 4.9%\n- Off-peak frozen. Season tickets too.';
  const sentence = (part, label) => {
    const start = text.indexOf(part);
    return { text: part, start, end: start + part.length, paragraph: 0, label, links: [], spans: [] };
  };
  const parts = ['Fares:', '- Peak up 4.9%', '- Off-peak frozen.', 'Season tickets too.'];
  const report = { ...REPORT, target: { paragraphs: 1, sentences: parts.map((part) => sentence(part, 'added')) } };
  const withText = appendSentences(doc, report, 'target', doc.createElement('div'), 0, 4, text);
  const kinds = (article) => article.childNodes[0].childNodes.map((node) => (node.nodeType === 3 ? 'space' : node.tagName.toLowerCase()));
  assert.deepEqual(kinds(withText), ['span', 'br', 'span', 'br', 'span', 'space', 'span']);
  // Without the text, sentences of a paragraph run on as before.
  const without = appendSentences(doc, report, 'target', doc.createElement('div'), 0, 4);
  assert.deepEqual(kinds(without), ['span', 'space', 'span', 'space', 'span', 'space', 'span']);
});

test('every sentence tooltip gives its number, as the word diff captions cite it', () => {
  const views = renderReport(doc, REPORT);
  const titles = byClass(views.target, 'sentence').map((node) => node.getAttribute('title'));
  assert.deepEqual(titles, ['Target sentence 1, added. No content word of it is in the source.',
    'Target sentence 2, copied', 'Target sentence 3, reworded']);
  assert.equal(byClass(views.source, 'sentence')[2].getAttribute('title'), 'Source sentence 3, omitted');
});

test('a word hyphenated at a line break shows whole, its hyphen kept; other line breaks stay', () => {
  const cases = [
    ['a com-\nplete list', 'a com-plete list'],
    ['a com- \r\n  plete list', 'a com-plete list'],
    ['strug\u00ad\ngling', 'strug\u00adgling'],
    ['on Mon\u2010\nday', 'on Mon\u2010day'],
    // A capital, a figure or a spaced dash after or before the break is no broken word.
    ['Anglo-\nSaxon', 'Anglo-\nSaxon'],
    ['twenty-\n5', 'twenty-\n5'],
    ['fares -\nwhich', 'fares -\nwhich'],
    // Without a line break the text is as pasted.
    ['pre- and post-war', 'pre- and post-war'],
    ['Zürich-\nörtlich', 'Zürich-örtlich'],
  ];
  for (const [text, shown] of cases) assert.equal(unbreakLines(text), shown, JSON.stringify(text));
  const sentence = { text: 'It was com-\nplete.', start: 0, end: 18, paragraph: 0, label: 'added', links: [], spans: [] };
  assert.equal(shownText(renderSentence(doc, sentence, 'target', 0)), 'It was com-plete.');
});
