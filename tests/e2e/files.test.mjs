// End to end: opening text files with the "Open file…" buttons and by dropping them on a box; a file
// that is not plain text, or one dropped beside the boxes, leaves the texts and the page as they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLEAN, compareAndWait, guardedPage, useServedPage } from './helpers.mjs';

const served = useServedPage();

const SOURCE = 'The council approved the new bridge on Tuesday.\n\nWork starts in May, officials said.\n';
const TARGET = 'The council approved the new bridge on Tuesday.\n\nResidents cheered the news.\n';

// A new page on the served build, with its guards.
async function freshPage() {
  const opened = await guardedPage(served.browser, served.origin);
  await opened.page.goto(served.url);
  return opened;
}

const boxes = (page) => page.evaluate(() => ({
  source: document.getElementById('source-input').value,
  target: document.getElementById('target-input').value,
}));

// Dispatches a drop of files ([name, bytes or text, type]) on `selector`, as dragging them from
// the desktop gives.
async function dropFiles(page, selector, files) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const [fileName, parts, fileType] of list) {
      const body = Array.isArray(parts) ? new Uint8Array(parts) : parts;
      data.items.add(new File([body], fileName, { type: fileType }));
    }
    return data;
  }, files);
  await page.dispatchEvent(selector, 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer: transfer });
}

const dropFile = (page, selector, name, contents, type = 'text/plain') => dropFiles(page, selector, [[name, contents, type]]);

test('"Open file…" opens a text file into its own side and compares', async () => {
  const { page, problems } = await freshPage();
  for (const [side, name, text] of [['source', 'wire.txt', SOURCE], ['target', 'story.txt', TARGET]]) {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click(`button.open-file[data-side="${side}"]`),
    ]);
    if (side === 'target') {
      await compareAndWait(page, () => chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) }));
    } else {
      await chooser.setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(`\ufeff${text}`) });
    }
  }
  assert.deepEqual(await boxes(page), { source: SOURCE, target: TARGET });
  const labels = await page.evaluate(() => globalThis.retoldPage.report.target.sentences.map((s) => s.label));
  assert.deepEqual(labels, ['copied', 'added']);
  assert.deepEqual(problems, CLEAN);
  await page.close();
});

test('a text file dropped on a box replaces that box only', async () => {
  const { page, problems } = await freshPage();
  await page.fill('#source-input', SOURCE);
  await compareAndWait(page, () => dropFile(page, '#target-input', 'story.md', TARGET));
  assert.deepEqual(await boxes(page), { source: SOURCE, target: TARGET });
  assert.equal(await page.isHidden('#message'), true);
  assert.deepEqual(problems, CLEAN);
  await page.close();
});

test('a file that is not plain text, or dropped beside the boxes, keeps the texts and the page', async () => {
  const { page, problems } = await freshPage();
  // The comparison the typing starts would take an error message away: it is over first.
  await compareAndWait(page, async () => {
    await page.fill('#source-input', SOURCE);
    await page.fill('#target-input', TARGET);
  });
  const address = page.url();
  const cases = [
    ['#source-input', 'story.docx', [0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00], 'application/octet-stream',
      /“story\.docx” is not plain text \(UTF-8\)\..*Your texts were left as they were\./],
    ['#target-input', 'saved.html', '<p>The article</p>', 'text/html', /“saved\.html” is a web page/],
    ['h1', 'wire.txt', SOURCE, 'text/plain', /Drop the file on the Source or the Target box/],
  ];
  for (const [selector, name, contents, type, message] of cases) {
    await dropFile(page, selector, name, contents, type);
    await page.waitForFunction(() => !document.getElementById('message').hidden);
    assert.match(await page.textContent('#message'), message, name);
    assert.deepEqual(await boxes(page), { source: SOURCE, target: TARGET }, name);
    assert.equal(page.url(), address, `${name}: the page stayed`);
    await page.evaluate(() => { document.getElementById('message').hidden = true; });
  }
  assert.deepEqual(problems, CLEAN);
  await page.close();
});

test('two files dropped together open as source and target; a bad one among them opens neither', async () => {
  const { page, problems } = await freshPage();
  await page.fill('#source-input', 'An earlier text.');
  const pair = [['wire.txt', SOURCE, 'text/plain'], ['story.txt', TARGET, 'text/plain']];
  await compareAndWait(page, () => dropFiles(page, '#target-input', pair));
  assert.deepEqual(await boxes(page), { source: SOURCE, target: TARGET });
  assert.match(await page.textContent('#message'), /Opened “wire\.txt” as the source and “story\.txt” as the target \(Swap turns them round\)\.\s*Undo/);
  await page.click('#message button');
  assert.deepEqual(await boxes(page), { source: 'An earlier text.', target: '' });
  await page.fill('#source-input', SOURCE);
  await page.fill('#target-input', TARGET);
  const cases = [
    ['h1', [['story.txt', TARGET, 'text/plain'], ['wire.txt', SOURCE, 'text/plain'], ['notes.txt', 'Notes.', 'text/plain']],
      /3 files dropped: drop one on a box, or two/],
    ['#source-input', [['wire.txt', 'New wire.', 'text/plain'], ['story.pdf', [0x25, 0x50, 0x44, 0x46, 0x00], 'application/pdf']],
      /“story\.pdf” is not plain text/],
  ];
  for (const [selector, files, message] of cases) {
    await dropFiles(page, selector, files);
    await page.waitForFunction(() => !document.getElementById('message').hidden);
    assert.match(await page.textContent('#message'), message);
    assert.deepEqual(await boxes(page), { source: SOURCE, target: TARGET });
    await page.evaluate(() => { document.getElementById('message').hidden = true; });
  }
  // Beside the boxes, a pair still opens: the reader dropped both at once.
  await dropFiles(page, 'h1', [['a.txt', TARGET, 'text/plain'], ['b.txt', SOURCE, 'text/plain']]);
  await page.waitForFunction((text) => document.getElementById('target-input').value === text, SOURCE);
  assert.deepEqual(await boxes(page), { source: TARGET, target: SOURCE });
  assert.deepEqual(problems, CLEAN);
  await page.close();
});

test('pasted binary data is refused with the file check\'s reason, kept in its box, and a fix compares', async () => {
  const { page, problems } = await freshPage();
  await compareAndWait(page, async () => {
    await page.fill('#source-input', SOURCE);
    await page.fill('#target-input', TARGET);
  });
  // Random bytes read as UTF-8, as pasting a binary file's contents gives.
  // A text box turns CR into LF, so there is none, to compare what the box keeps.
  const junk = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)).toString('utf8').replaceAll('\r', '');
  await page.fill('#target-input', junk);
  await page.waitForFunction(() => document.getElementById('status').getAttribute('data-state') === 'failed');
  assert.match(await page.textContent('#message'), /^The Target box holds binary data \(control codes\), not an article\./);
  assert.equal(await page.getAttribute('#message', 'data-kind'), 'error');
  assert.equal(await page.isHidden('#results'), true, 'no report of the junk');
  assert.deepEqual(await boxes(page), { source: SOURCE, target: junk });
  await compareAndWait(page, () => page.fill('#target-input', TARGET));
  assert.equal(await page.isHidden('#message'), true, 'the warning goes once the box holds an article');
  assert.deepEqual(problems, CLEAN);
  await page.close();
});
