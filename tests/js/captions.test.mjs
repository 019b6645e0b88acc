// node --test: www/captions.js, the captions' words for links and reasons.
import assert from 'node:assert/strict';
import test from 'node:test';
import { describeLink, explainReason } from '../../www/captions.js';

test('an added sentence says why it has no counterpart, in the words the engine found', () => {
  const why = (reason) => explainReason({ source: [3], shared: [], ...reason });
  assert.equal(why({ why: 'common_words', shared: ['North Korea', 'Russia'] }),
    'Its closest source sentence, 4, shares only words both articles use throughout: “North Korea” and “Russia”.');
  assert.equal(why({ why: 'few_words', source: [3, 4], shared: ['harbour wall', 'Penmor', 'built'] }),
    'Its closest source sentences, 4 and 5, share only “harbour wall”, “Penmor” and “built” with it, too little to say the same.');
  assert.equal(why({ why: 'question', shared: ['pay'] }),
    'It asks a question of its own; its closest source sentence, 4, asks none.');
  assert.equal(why({ why: 'changed', changed: 'number' }),
    'It has the shape of source sentence 4 but another number or unit, so it says something the source does not.');
  assert.equal(why({ why: 'unshared', source: [] }), 'No content word of it is in the source.');
  // A report saved before reasons, or a reason this page does not know, adds no caption.
  assert.equal(explainReason(undefined), null);
  assert.equal(why({ why: 'gremlins' }), null);
});

test('a link caption names its sentences and how alike they are, or the fact it changed', () => {
  assert.equal(describeLink({ source: [0], target: [1, 2], label: 'reworded', similarity: 0.42, edits: 'words' }),
    'Reworded: source sentence 1 → target sentences 2, 3, 42% similar');
  assert.equal(describeLink({ source: [4], target: [0], label: 'added', changed: 'date', similarity: 0.9, edits: 'words' }),
    'Added: target sentence 1 has the shape of source sentence 5 but another date, so it says something the source does not.');
});
