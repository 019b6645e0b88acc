// node --test: www/store.js keeps both texts or neither.
import assert from 'node:assert/strict';
import test from 'node:test';
import { STORAGE_KEYS, isQuotaError, loadTexts, saveTexts, storageNote } from '../../www/store.js';

// A Storage with a quota on the total length of its values, like a browser's.
function fakeStorage(quota) {
  const items = new Map();
  return {
    items,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem(key, value) {
      let total = String(value).length;
      for (const [other, kept] of items) if (other !== key) total += kept.length;
      if (total > quota) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      items.set(key, String(value));
    },
    removeItem: (key) => { items.delete(key); },
  };
}

test('saveTexts keeps both texts and loadTexts gives them back', () => {
  const storage = fakeStorage(1000);
  assert.equal(saveTexts(storage, { source: 'Old source.', target: 'Old target.' }), 'kept');
  assert.deepEqual(loadTexts(storage), { source: 'Old source.', target: 'Old target.' });
  assert.equal(saveTexts(storage, { source: '', target: 'Only a target.' }), 'kept');
  assert.deepEqual(loadTexts(storage), { source: '', target: 'Only a target.' });
});

test('a target over the quota leaves neither text, never a new source beside an old target', () => {
  const storage = fakeStorage(100);
  saveTexts(storage, { source: 'Old source.', target: 'Old target.' });
  assert.equal(saveTexts(storage, { source: 'New source.', target: 'x'.repeat(95) }), 'too_large');
  assert.equal(loadTexts(storage), null);
  assert.equal(storage.items.size, 0);
});

test('half a pair, no storage or storage that throws loads as nothing', () => {
  const storage = fakeStorage(100);
  storage.setItem(STORAGE_KEYS.source, 'A source alone.');
  assert.equal(loadTexts(storage), null);
  assert.equal(loadTexts(null), null);
  const security = () => { throw Object.assign(new Error('denied'), { name: 'SecurityError' }); };
  const refusing = { getItem: security, setItem: security, removeItem: security };
  assert.equal(loadTexts(refusing), null);
  assert.equal(saveTexts(refusing, { source: 'a', target: 'b' }), 'unavailable');
  assert.equal(saveTexts(null, { source: 'a', target: 'b' }), 'unavailable');
});

test('storageNote says why the texts are not kept, and nothing when they are or the boxes are empty', () => {
  const texts = { source: 'A source.', target: '' };
  assert.match(storageNote('too_large', texts), /too large to keep/);
  assert.match(storageNote('unavailable', texts), /does not let the page store anything/);
  assert.equal(storageNote('unavailable', { source: ' ', target: '' }), null);
  assert.equal(storageNote('kept', texts), null);
});

test('a quota error is told from storage that is switched off, in every browser\'s spelling', () => {
  for (const error of [{ name: 'QuotaExceededError' }, { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, { code: 22 }, { code: 1014 }]) {
    assert.equal(isQuotaError(error), true, JSON.stringify(error));
  }
  for (const error of [{ name: 'SecurityError' }, { name: 'TypeError' }, null, undefined]) {
    assert.equal(isQuotaError(error), false, JSON.stringify(error));
  }
});
