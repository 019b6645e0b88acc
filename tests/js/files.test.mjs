// node --test: www/files.js opens plain UTF-8 text and refuses anything else with a message.
import assert from 'node:assert/strict';
import test from 'node:test';
import { FileError, MAX_FILE_BYTES, openedNote, placeFiles, readArticle, strayNote } from '../../www/files.js';

const file = (parts, name, type = '') => new File(parts, name, { type });

test('a UTF-8 text file opens as its text, byte-order mark dropped, line breaks kept', async () => {
  const text = 'Zürich “council” votes\r\n\r\nThe vote — 12–3 — passed. 📰\n';
  assert.equal(await readArticle(file([text], 'wire.txt', 'text/plain')), text);
  assert.equal(await readArticle(file(['\ufeffHello.'], 'bom.txt')), 'Hello.');
  assert.equal(await readArticle(file([''], 'empty.txt')), '');
  assert.equal(await readArticle(file(['No extension.'], 'notes')), 'No extension.');
});

test('a UTF-16 file with a byte-order mark (Notepad\'s "Unicode") opens as its text', async () => {
  const text = 'Zürich “council” votes\r\n\r\nThe vote passed. 📰';
  const units = [...text].flatMap((c) => { const s = []; for (let i = 0; i < c.length; i += 1) s.push(c.charCodeAt(i)); return s; });
  const bytes = (little) => new Uint8Array([little ? 0xff : 0xfe, little ? 0xfe : 0xff,
    ...units.flatMap((u) => (little ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]))]);
  assert.equal(await readArticle(file([bytes(true)], 'notepad.txt')), text);
  assert.equal(await readArticle(file([bytes(false)], 'big-endian.txt')), text);
  // A lone surrogate after the mark is not text.
  await assert.rejects(readArticle(file([new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00])], 'broken.txt')),
    /“broken\.txt” is not plain text/);
});

test('files that are not plain text are refused with a message naming them', async () => {
  const cases = [
    [file([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00])], 'story.docx'), /“story\.docx” is not plain text \(UTF-8\)/],
    [file([new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0d, 0x0a])], 'latin1.txt'), /“latin1\.txt” is text in an older encoding \(such as Windows-1252\), not UTF-8\. Save it as UTF-8/],
    [file(['text\u0000with a NUL'], 'nul.txt'), /“nul\.txt” is not plain text/],
    // Valid UTF-8 made of control codes is binary data too, refused before it reaches a box.
    [file(['\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 data'.repeat(4)], 'dump.txt'), /“dump\.txt” is not plain text/],
    [file(['<p>The article</p>'], 'saved.HTML'), /“saved\.HTML” is a web page/],
    [file(['<p>The article</p>'], 'page', 'text/html'), /“page” is a web page/],
  ];
  for (const [input, message] of cases) {
    await assert.rejects(readArticle(input), (error) => error instanceof FileError && message.test(error.message), input.name);
  }
});

test('a file over the size limit is refused before it is read', async () => {
  const big = { name: 'huge.txt', type: 'text/plain', size: MAX_FILE_BYTES + 1, arrayBuffer: () => assert.fail('read') };
  await assert.rejects(readArticle(big), /“huge\.txt” is over 16 MB/);
});

test('one dropped file opens in its box; two open as source and target wherever dropped', () => {
  const [wire, story, notes] = [file(['a'], 'wire.txt'), file(['b'], 'story.txt'), file(['c'], 'notes.txt')];
  assert.deepEqual(placeFiles('target', [story]), [['target', story]]);
  assert.equal(placeFiles(null, [story]), null, 'one file beside the boxes has no box');
  for (const side of ['source', 'target', null]) {
    assert.deepEqual(placeFiles(side, [wire, story]), [['source', wire], ['target', story]]);
  }
  assert.equal(placeFiles('source', [wire, story, notes]), null);
  assert.equal(placeFiles('source', []), null);
  assert.equal(openedNote([['target', story]]), 'Opened “story.txt” in place of your target text.');
  assert.equal(openedNote([['source', wire], ['target', story]]),
    'Opened “wire.txt” as the source and “story.txt” as the target (Swap turns them round).');
  assert.match(strayNote(1), /Drop the file on the Source or the Target box/);
  assert.match(strayNote(3), /^3 files dropped: drop one on a box, or two/);
});
