// End to end: an action that replaces the reader's texts (Load example, Clear, Swap, a share link,
// a file) says so and offers an Undo that brings both texts back, saved, then a Redo; Ctrl+Z and
// Ctrl+Shift+Z press them until the reader types.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLEAN, compareAndWait, guardedPage, useServedPage, waitForReport } from './helpers.mjs';

const served = useServedPage();
const OWN = { source: 'My own source. The mayor spoke.', target: 'My own target. The mayor spoke loudly.' };
const texts = (page) => page.evaluate(() => ({
  source: document.getElementById('source-input').value, target: document.getElementById('target-input').value }));

async function withOwnTexts() {
  const opened = await guardedPage(served.browser, served.origin);
  await opened.page.goto(served.url);
  await compareAndWait(opened.page, async () => {
    await opened.page.fill('#source-input', OWN.source);
    await opened.page.fill('#target-input', OWN.target);
  });
  return opened;
}

async function assertUndoBringsBack(page) {
  const undo = page.locator('#message button', { hasText: 'Undo' });
  assert.equal(await undo.count(), 1);
  assert.equal(await undo.evaluate((node) => node.tagName), 'BUTTON');
  await undo.focus();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Undo', 'Undo takes the focus');
  await compareAndWait(page, () => page.keyboard.press('Enter'));
  assert.deepEqual(await texts(page), OWN);
  assert.equal((await page.evaluate(() => globalThis.retoldPage.report)).target.sentences[0].text, 'My own target.');
  // The texts brought back are the saved ones again.
  await page.reload();
  await waitForReport(page);
  assert.deepEqual(await texts(page), OWN);
}

test('Load example over the reader\'s texts offers an Undo that brings them back', async () => {
  const { page, problems, context } = await withOwnTexts();
  await compareAndWait(page, () => page.click('#example'));
  assert.notDeepEqual(await texts(page), OWN);
  assert.match(await page.textContent('#message'), /Loaded the example in place of your texts/);
  assert.equal(await page.getAttribute('#message', 'data-kind'), 'note');
  await assertUndoBringsBack(page);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('Clear offers an Undo that brings both texts back', async () => {
  const { page, problems, context } = await withOwnTexts();
  await page.click('#clear');
  assert.deepEqual(await texts(page), { source: '', target: '' });
  assert.match(await page.textContent('#message'), /Cleared both texts/);
  await assertUndoBringsBack(page);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('after typing, the Undo offer says it brings back the earlier texts, and still does', async () => {
  const { page, problems, context } = await withOwnTexts();
  await page.click('#clear');
  await page.fill('#source-input', 'A new source.');
  assert.match(await page.textContent('#message'), /^The earlier texts can still come back: Undo$/);
  await compareAndWait(page, () => page.click('#message button'));
  assert.deepEqual(await texts(page), OWN);
  assert.match(await page.textContent('#message'), /^The earlier texts are back\. Redo$/);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('opening a share link over saved texts offers an Undo', async () => {
  const { page, problems, context } = await withOwnTexts();
  const fragment = await page.evaluate(async () => (await import('./share.js')).encodeShare('Shared source.', 'Shared target.'));
  await page.evaluate(() => new Promise((resolve) => { setTimeout(resolve, 1200); }));
  await compareAndWait(page, () => page.goto(`${served.url}#${fragment}`));
  assert.deepEqual(await texts(page), { source: 'Shared source.', target: 'Shared target.' });
  assert.match(await page.textContent('#message'), /share link in place of yours/);
  await assertUndoBringsBack(page);
  assert.equal(await page.evaluate(() => location.hash), '', 'the share link left the address bar');
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('nothing to undo when the boxes held nothing or the same texts', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await page.goto(served.url);
  await compareAndWait(page, () => page.click('#example'));
  assert.equal(await page.isHidden('#message'), true);
  await compareAndWait(page, () => page.click('#example'));
  assert.equal(await page.isHidden('#message'), true);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('Undo offers a Redo that puts the replacing texts back, for Load example and Clear alike', async () => {
  const { page, problems, context } = await withOwnTexts();
  await compareAndWait(page, () => page.click('#example'));
  const example = await texts(page);
  await compareAndWait(page, () => page.click('#message button'));
  assert.deepEqual(await texts(page), OWN);
  assert.match(await page.textContent('#message'), /^The earlier texts are back\. Redo$/);
  await compareAndWait(page, () => page.click('#message button'));
  assert.deepEqual(await texts(page), example);
  assert.match(await page.textContent('#message'), /^Loaded the example in place of your texts\. Undo$/);
  await compareAndWait(page, () => page.click('#message button'));
  await page.click('#clear');
  await compareAndWait(page, () => page.click('#message button'));
  assert.deepEqual(await texts(page), OWN);
  assert.match(await page.textContent('#message'), /^The earlier texts are back\. Redo$/, 'an undone Clear offers a Redo too');
  await page.fill('#target-input', 'Typed after the undo.');
  assert.equal(await page.isHidden('#message'), true, 'a Redo would throw the typing away, so it goes');
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('Ctrl+Z undoes Clear and Swap and Ctrl+Shift+Z redoes them, until the reader types', async () => {
  const { page, problems, context } = await withOwnTexts();
  await page.click('#clear');
  await page.focus('#target-input');
  await compareAndWait(page, () => page.keyboard.press('Control+z'));
  assert.deepEqual(await texts(page), OWN);
  await page.keyboard.press('Control+Shift+z');
  assert.deepEqual(await texts(page), { source: '', target: '' });
  await compareAndWait(page, () => page.keyboard.press('Control+z'));
  await compareAndWait(page, () => page.click('#swap'));
  assert.deepEqual(await texts(page), { source: OWN.target, target: OWN.source });
  assert.match(await page.textContent('#message'), /^Swapped the source and target texts\. Undo$/);
  await compareAndWait(page, () => page.keyboard.press('Control+z'));
  assert.deepEqual(await texts(page), OWN);
  // Once the reader types, Ctrl+Z is the box's own again and never brings a whole pair back.
  await page.click('#clear');
  await page.focus('#source-input');
  await page.keyboard.type('New');
  await page.keyboard.press('Control+z');
  assert.equal(await page.inputValue('#target-input'), '');
  assert.notEqual(await page.inputValue('#source-input'), OWN.source);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('while the page owns the boxes\' history, a second Ctrl+Z or a redo never pastes old typing back', async () => {
  const { page, problems, context } = await withOwnTexts();
  await compareAndWait(page, () => page.click('#example'));
  const example = await texts(page);
  await page.focus('#target-input');
  await compareAndWait(page, () => page.keyboard.press('Control+z'));
  assert.deepEqual(await texts(page), OWN);
  // The boxes' own undo would fire an input event that changes nothing (and so drop the Redo),
  // and their redo would paste the typing from before the example back into the box.
  await page.keyboard.press('Control+z');
  assert.deepEqual(await texts(page), OWN);
  assert.match(await page.textContent('#message'), /^The earlier texts are back\. Redo$/, 'the Redo offer stays');
  await compareAndWait(page, () => page.keyboard.press('Control+Shift+z'));
  assert.deepEqual(await texts(page), example);
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+y');
  assert.deepEqual(await texts(page), example, 'nothing pasted into the example');
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('a later note keeps the Undo on offer, and the offer comes back when the note goes', async () => {
  const { page, problems, context } = await withOwnTexts();
  await page.click('#clear');
  // Sharing empty boxes only says they are empty: the texts Clear took can still come back.
  await page.click('#share');
  assert.match(await page.textContent('#message'), /Both boxes are empty/);
  assert.equal(await page.locator('#message button', { hasText: 'Undo' }).count(), 1);
  // Beside another message, the button says what it does.
  assert.equal(await page.textContent('#message button'), 'Undo: bring back the earlier texts');
  // Typing takes the note away, and the Undo stays, saying what it brings back now.
  await page.fill('#target-input', 'A new line.');
  await page.waitForFunction(() => !/Both boxes are empty/.test(document.getElementById('message').textContent));
  assert.match(await page.textContent('#message'), /The earlier texts can still come back/);
  await assertUndoBringsBack(page);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('a Redo on offer beside a refused file says what it redoes', async () => {
  const { page, problems, context } = await withOwnTexts();
  await page.click('#clear');
  await compareAndWait(page, () => page.click('#message button'));
  assert.deepEqual(await texts(page), OWN);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.click('button.open-file[data-side="target"]'),
  ]);
  await chooser.setFiles({ name: 'story.docx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00, 0x81]) });
  await page.waitForFunction(() => /left as they were/.test(document.getElementById('message').textContent));
  // A bare "Redo" here would read as "try that file again", and would clear both boxes.
  assert.equal(await page.textContent('#message button'), 'Redo: cleared both texts');
  assert.deepEqual(await texts(page), OWN);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});
