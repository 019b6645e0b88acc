import assert from 'node:assert/strict';
import test from 'node:test';
import { walk } from '../../www/walk.js';
import { REPORT } from './fixtures.mjs';

const at = (side, index) => ({ side, index });

test('walk: each key leads to the sentence the footer promises, or nowhere', () => {
  // REPORT's target is [added, copied, reworded], its source [copied, reworded, omitted].
  const cases = [
    [at('target', 0), 'ArrowDown', at('target', 1)],
    [at('target', 2), 'ArrowDown', null],
    [at('target', 1), 'ArrowUp', at('target', 0)],
    [at('target', 0), 'ArrowUp', null],
    [at('target', 1), 'Home', at('target', 0)],
    [at('target', 0), 'Home', null],
    [at('source', 0), 'End', at('source', 2)],
    [at('source', 2), 'End', null],
    // n/p skip what was copied: the reader walks the changes.
    [at('target', 0), 'n', at('target', 2)],
    [at('target', 2), 'p', at('target', 0)],
    [at('target', 2), 'n', null],
    [at('source', 0), 'n', at('source', 1)],
    [at('source', 1), 'p', null],
    // ← or → jumps to the counterpart on the other side; an added sentence has none.
    [at('target', 2), 'ArrowLeft', at('source', 1)],
    [at('target', 2), 'ArrowRight', at('source', 1)],
    [at('source', 0), 'ArrowRight', at('target', 1)],
    [at('source', 0), 'ArrowLeft', at('target', 1)],
    [at('target', 0), 'ArrowLeft', null],
    [at('target', 0), 'ArrowRight', null],
    [at('target', 1), 'x', null],
    // Shift or Caps Lock: N and P.
    [at('target', 0), 'N', at('target', 2)],
    [at('target', 2), 'P', at('target', 0)],
  ];
  for (const [from, key, expected] of cases) {
    assert.deepEqual(walk(REPORT, from, key), expected, `${from.side} ${from.index} ${key}`);
  }
});

test('walk: a sentence the report does not have leads nowhere', () => {
  assert.equal(walk(REPORT, at('target', 9), 'ArrowUp'), null);
  assert.equal(walk(REPORT, at('middle', 0), 'ArrowDown'), null);
  const empty = { ...REPORT, target: { paragraphs: 0, sentences: [] } };
  assert.equal(walk(empty, at('target', 0), 'End'), null);
});
