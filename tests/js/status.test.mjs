// The status line: busy seconds tick outside the words a screen reader announces.
import assert from 'node:assert/strict';
import { mock, test } from 'node:test';

import { doc } from './dom-shim.mjs';
import { missingArticle, statusLine } from '../../www/status.js';

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

test('missingArticle names the empty box, and nothing when both hold text', () => {
  assert.equal(missingArticle({ source: ' \n', target: '' }).side, 'source');
  assert.match(missingArticle({ source: ' \n', target: '' }).words, /a source and a target/);
  assert.deepEqual(missingArticle({ source: '', target: 'Text.' }).side, 'source');
  assert.match(missingArticle({ source: '', target: 'Text.' }).words, /^The Source box is empty/);
  assert.equal(missingArticle({ source: 'Text.', target: '\t' }).side, 'target');
  assert.match(missingArticle({ source: 'Text.', target: '\t' }).words, /^The Target box is empty/);
  assert.equal(missingArticle({ source: 'A.', target: 'B.' }), null);
});
