// The status line: busy seconds tick outside the words a screen reader announces.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';

import { doc } from './dom-shim.mjs';
import { articleProblem, statusLine } from '../../www/status.js';

test('while busy the seconds count in their own element and the words stay as announced', () => {
  mock.timers.enable({ apis: ['setInterval', 'Date'] });
  try {
    const [status, text, seconds, cancel] = ['div', 'span', 'span', 'button'].map((tag) => doc.createElement(tag));
    const setStatus = statusLine(status, text, seconds, cancel);
    setStatus('Comparing…', true);
    assert.equal(cancel.hidden, false);
    assert.equal(status.getAttribute('data-state'), 'comparing');
    mock.timers.tick(3000);
    assert.equal(text.textContent, 'Comparing…');
    assert.equal(seconds.textContent, ' 3 s');
    setStatus('Compared in 3.1 s.', false, 'done');
    assert.equal(text.textContent, 'Compared in 3.1 s.');
    assert.equal(seconds.textContent, '');
    assert.equal(cancel.hidden, true);
    mock.timers.tick(3000);
    assert.equal(seconds.textContent, '', 'the ticker stopped');
  } finally {
    mock.timers.reset();
  }
});

test('Cancel hiding with the focus on it hands the focus to the fallback, and only then', () => {
  const [status, text, seconds] = ['div', 'span', 'span'].map((tag) => doc.createElement(tag));
  const page = { activeElement: null };
  const cancel = { hidden: true, ownerDocument: page };
  let focused = 0;
  const compare = { focus: () => { focused += 1; } };
  const setStatus = statusLine(status, text, seconds, cancel, compare);
  setStatus('Comparing…', true);
  page.activeElement = cancel;
  setStatus('Comparing…', true);
  assert.equal(focused, 0, 'still busy: Cancel stays, and so does the focus');
  setStatus('Comparison cancelled.', false, 'cancelled');
  assert.equal(cancel.hidden, true);
  assert.equal(focused, 1);
  page.activeElement = null;
  setStatus('Comparing…', true);
  setStatus('Compared in 1.0 s.', false, 'done');
  assert.equal(focused, 1, 'focus elsewhere is left where it is');
});

test('articleProblem names the empty box, and nothing when both hold text', () => {
  assert.equal(articleProblem({ source: ' \n', target: '' }).side, 'source');
  assert.match(articleProblem({ source: ' \n', target: '' }).words, /a source and a target/);
  assert.deepEqual(articleProblem({ source: '', target: 'Text.' }).side, 'source');
  assert.match(articleProblem({ source: '', target: 'Text.' }).words, /^The Source box is empty/);
  assert.equal(articleProblem({ source: 'Text.', target: '\t' }).side, 'target');
  assert.match(articleProblem({ source: 'Text.', target: '\t' }).words, /^The Target box is empty/);
  assert.equal(articleProblem({ source: 'A.', target: 'B.' }), null);
});

test('articleProblem refuses binary data, not an article read in the wrong encoding or with Word line breaks', () => {
  const article = 'The council met on Monday. It approved the budget.\n'.repeat(20);
  const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  const found = articleProblem({ source: article, target: junk });
  assert.equal(found.side, 'target');
  assert.equal(found.unreadable, true);
  assert.match(found.words, /^The Target box holds binary data \(control codes\), not an article\./);
  assert.equal(articleProblem({ source: `${article}\u0000`, target: article }).side, 'source', 'one NUL is enough');
  // Curly quotes lost to U+FFFD, and Windows-1252 quotes read as Latin-1 (C1 codes), are text.
  const quoted = '\ufffdWe will appeal,\ufffd she said. \ufffdIt is unfair.\ufffd\n'.repeat(20);
  assert.equal(articleProblem({ source: quoted, target: article.replaceAll('.', '\u0092') }), null);
  assert.equal(articleProblem({ source: article.replaceAll('\n', '\u000b'), target: `${article}\f\t` }), null);
  // Eight control codes in a short text are binary even under 1%; the empty-box words come first.
  assert.equal(articleProblem({ source: '\u0001'.repeat(8), target: article }).unreadable, true);
  assert.equal(articleProblem({ source: '\u0001'.repeat(8), target: ' ' }).side, 'target');
});
