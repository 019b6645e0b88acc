// Hand-written Reports in the contract's shape, for render tests that do not need the wasm.

const SOURCE = 'Dam opens. It cost 2 billion. Fish ladders are untested.';
const TARGET = 'Big day! Dam opens. The bill came to 2 billion crowns.';

export const TEXTS = { source: SOURCE, target: TARGET };

function sentence(text, input, from, paragraph, label, links, spans = []) {
  const start = input.indexOf(text, from);
  return { text, start, end: start + text.length, paragraph, label, links, spans };
}

const s0 = sentence('Dam opens.', SOURCE, 0, 0, 'copied', [0]);
const s1 = sentence('It cost 2 billion.', SOURCE, 0, 0, 'reworded', [1],
  [{ start: SOURCE.indexOf('It cost'), end: SOURCE.indexOf('It cost') + 7, label: 'omitted' }]);
const s2 = sentence('Fish ladders are untested.', SOURCE, 0, 1, 'omitted', []);
const t0 = { ...sentence('Big day!', TARGET, 0, 0, 'added', []), reason: { why: 'unshared', source: [], shared: [] } };
const t1 = sentence('Dam opens.', TARGET, 0, 1, 'copied', [0]);
const t2 = sentence('The bill came to 2 billion crowns.', TARGET, 0, 1, 'reworded', [1],
  [{ start: TARGET.indexOf('2 billion'), end: TARGET.indexOf('2 billion') + 9, label: 'copied' }]);

export const REPORT = {
  offset_unit: 'utf16',
  source: { paragraphs: 2, sentences: [s0, s1, s2] },
  target: { paragraphs: 2, sentences: [t0, t1, t2] },
  links: [
    { source: [0], target: [1], label: 'copied', similarity: 1, edits: 'none',
      diff: [{ op: 'equal', text: 'Dam opens.' }] },
    { source: [1], target: [2], label: 'reworded', similarity: 0.42, edits: 'words',
      diff: [{ op: 'delete', text: 'It cost ' }, { op: 'insert', text: 'The bill came to ' },
        { op: 'equal', text: '2 billion' }, { op: 'insert', text: ' crowns' }, { op: 'equal', text: '.' }] },
  ],
  summary: {
    source: { counts: { copied: 1, reworded: 1, added: 0, omitted: 1 },
      shares: { copied: 0.2, reworded: 0.35, added: 0, omitted: 0.45 },
      percents: { copied: 20, reworded: 35, added: 0, omitted: 45 }, characters: 45 },
    target: { counts: { copied: 1, reworded: 1, added: 1, omitted: 0 },
      shares: { copied: 0.2, reworded: 0.6, added: 0.2, omitted: 0 },
      percents: { copied: 20, reworded: 60, added: 20, omitted: 0 }, characters: 43 },
    verdict: 'partially_derived',
    headline: 'Part of this article comes from the source: 1 sentence copied, 1 reworded, 1 added.',
  },
};

/** A report whose sentence text is hostile markup, to check it stays text. */
export function hostileReport(payload) {
  const report = structuredClone(REPORT);
  const sentenceOf = { text: payload, start: 0, end: payload.length, paragraph: 0, label: 'added', links: [], spans: [] };
  report.target.sentences = [sentenceOf];
  report.summary.headline = payload;
  report.links[0].diff = [{ op: 'insert', text: payload }];
  return report;
}
