// End to end: share links, hostile text, broken links, localStorage restore, engine failures.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CLEAN, compareAndWait, guardedPage, useServedPage, waitForReport,
} from './helpers.mjs';

const served = useServedPage();
const texts = (page) => page.evaluate(() => ({
  source: document.getElementById('source-input').value, target: document.getElementById('target-input').value }));

// Fills both textareas the way a paste does (one input event each).
async function paste(page, source, target) {
  await page.evaluate(([sourceText, targetText]) => {
    for (const [id, value] of [['source-input', sourceText], ['target-input', targetText]]) {
      const area = document.getElementById(id);
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, [source, target]);
}

test('a share link carries both texts and restores the comparison elsewhere', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await page.goto(served.url);
  await compareAndWait(page, () => page.click('#example'));
  const shared = await texts(page);
  await page.click('#share');
  await page.waitForFunction(() => !document.getElementById('share-output').hidden);
  const link = await page.inputValue('#share-link');
  assert.match(link, new RegExp(`^${served.origin}/#v1=[A-Za-z0-9_-]+$`));
  assert.ok(link.length < (shared.source.length + shared.target.length), 'the link is compressed');
  const labels = await page.$$eval('.sentence', (nodes) => nodes.map((node) => node.getAttribute('data-label')));
  await context.close();

  const fresh = await guardedPage(served.browser, served.origin);
  await fresh.page.goto(link);
  await waitForReport(fresh.page);
  assert.deepEqual(await texts(fresh.page), shared);
  assert.deepEqual(await fresh.page.$$eval('.sentence', (nodes) => nodes.map((node) => node.getAttribute('data-label'))), labels);
  // Editing drops the now stale link from the address bar, so a reload keeps the edit.
  await compareAndWait(fresh.page, () => fresh.page.fill('#target-input', 'An edited target. Nothing else.'));
  assert.equal(await fresh.page.evaluate(() => location.hash), '');
  await fresh.page.reload();
  await waitForReport(fresh.page);
  assert.equal(await fresh.page.inputValue('#target-input'), 'An edited target. Nothing else.');
  // So does Load example: a reload shows the example, not the link's texts over it.
  await fresh.page.click('#share');
  await fresh.page.waitForFunction(() => !document.getElementById('share-output').hidden);
  await compareAndWait(fresh.page, () => fresh.page.click('#example'));
  const example = await texts(fresh.page);
  assert.equal(await fresh.page.evaluate(() => location.hash), '');
  assert.equal(await fresh.page.isHidden('#share-output'), true);
  await fresh.page.reload();
  await waitForReport(fresh.page);
  assert.deepEqual(await texts(fresh.page), example);
  assert.deepEqual(problems, CLEAN);
  assert.deepEqual(fresh.problems, CLEAN);
  await fresh.context.close();
});

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1;alert(1)">',
  '<script>window.__pwned=2;alert(2)</script>',
  'javascript:window.__pwned=3',
  '<a href="javascript:alert(4)">click me</a>',
  '"><svg onload="window.__pwned=5">',
  '<iframe srcdoc="<script>parent.__pwned=6</script>"></iframe>',
];
const HOSTILE_SOURCE = `Hostile input test. ${PAYLOADS.join(' ')} The end.`;
const HOSTILE_TARGET = `Hostile input test. ${PAYLOADS.slice().reverse().join('\n\n')} Another end.`;

async function assertInert(page, dialogs) {
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.evaluate(() => globalThis.__pwned), undefined);
  const live = await page.$$eval('#results img, #results script, #results svg, #results iframe, #results a', (nodes) => nodes.length);
  assert.equal(live, 0);
  const shown = await page.$eval('#target-view', (node) => node.textContent);
  for (const payload of PAYLOADS) assert.ok(shown.includes(payload.split('\n')[0]), `shown as text: ${payload}`);
}

test('pasted markup and script payloads render as plain text and run nothing', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.goto(served.url);
  await compareAndWait(page, () => paste(page, HOSTILE_SOURCE, HOSTILE_TARGET));
  await assertInert(page, dialogs);
  const point = await page.$eval('.sentence[data-side="target"]', (node) => { const box = node.getClientRects()[0]; return { x: box.left + 5, y: box.top + 5 }; });
  await page.mouse.click(point.x, point.y);
  await assertInert(page, dialogs);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('a share link with payloads restores them as text and runs nothing', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.goto(served.url);
  const fragment = await page.evaluate(async ([source, target]) => {
    const share = await import('./share.js');
    return share.encodeShare(source, target);
  }, [HOSTILE_SOURCE, HOSTILE_TARGET]);
  await context.close();
  const fresh = await guardedPage(served.browser, served.origin);
  fresh.page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await fresh.page.goto(`${served.url}#${fragment}`);
  await waitForReport(fresh.page);
  assert.deepEqual(await texts(fresh.page), { source: HOSTILE_SOURCE, target: HOSTILE_TARGET });
  await assertInert(fresh.page, dialogs);
  assert.deepEqual(problems, CLEAN);
  assert.deepEqual(fresh.problems, CLEAN);
  await fresh.context.close();
});

test('malformed, truncated or oversized share links show a message and keep the texts', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await page.goto(served.url);
  await compareAndWait(page, () => paste(page, 'Kept source text. Second sentence.', 'Kept target text. Second sentence.'));
  const good = await page.evaluate(async () => (await import('./share.js')).encodeShare('Other source.', 'Other target.'));
  const broken = [
    ['#v1=%%%not-base64%%%', /damaged/],
    [`#${good.slice(0, -8)}`, /damaged or cut short/],
    ['#v1=', /damaged or cut short/],
    [`#v1=${'A'.repeat(1_600_000)}`, /too long to open/],
  ];
  for (const [hash, pattern] of broken) {
    // A fresh load, as from a link in an email: the page compares the texts it kept, too.
    await page.goto('about:blank');
    await page.goto(`${served.url}${hash}`);
    await page.waitForFunction(() => !document.getElementById('message').hidden);
    const message = await page.textContent('#message');
    assert.match(message, pattern);
    assert.match(message, /Your texts were left as they were/);
    assert.equal(await page.getAttribute('#message', 'role'), 'alert');
    assert.deepEqual(await texts(page), { source: 'Kept source text. Second sentence.', target: 'Kept target text. Second sentence.' });
    await waitForReport(page);
    // Comparing the kept texts answers no question about the link: its message stays.
    assert.match(await page.textContent('#message'), pattern);
  }
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('texts are saved locally and restored on reload', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await page.goto(served.url);
  await compareAndWait(page, () => paste(page, 'Saved source. It rained.', 'Saved target. It rained.'));
  await page.reload();
  await waitForReport(page);
  assert.deepEqual(await texts(page), { source: 'Saved source. It rained.', target: 'Saved target. It rained.' });
  assert.equal(await page.locator('.sentence[data-side="target"]').count(), 2);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

// Local storage that refuses any value holding "HUGE" (as a full quota refuses a large one) and
// counts the writes, installed before the page's own scripts run.
const QUOTA_SCRIPT = () => {
  const setItem = Storage.prototype.setItem;
  globalThis.storageWrites = 0;
  Storage.prototype.setItem = function limited(key, value) {
    globalThis.storageWrites += 1;
    if (String(value).includes('HUGE')) throw new DOMException('quota', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
};

test('a target too large to save leaves neither text saved, and the note about it stays', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await context.addInitScript(QUOTA_SCRIPT);
  await page.goto(served.url);
  await compareAndWait(page, () => paste(page, 'Old source. It rained.', 'Old target. It rained.'));
  await page.reload();
  await waitForReport(page);
  await compareAndWait(page, () => paste(page, 'New source. It snowed.', 'New target. It snowed. HUGE.'));
  await page.waitForFunction(() => /too large to keep/.test(document.getElementById('message').textContent));
  // The comparison that follows the edit does not take the note away.
  await compareAndWait(page, () => page.click('#compare'));
  assert.match(await page.textContent('#message'), /too large to keep for the next visit/);
  assert.equal(await page.isVisible('#message'), true);
  await page.reload();
  await page.waitForFunction(() => document.getElementById('status').getAttribute('data-state') !== null);
  const restored = await texts(page);
  assert.notDeepEqual(restored, { source: 'New source. It snowed.', target: 'Old target. It rained.' }, 'no stale half-pair');
  assert.deepEqual(restored, { source: '', target: '' });
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('with storage switched off the page says the texts will not be kept, and an Undo still shows', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('denied', 'SecurityError'); };
  });
  await page.goto(served.url);
  await compareAndWait(page, () => paste(page, 'Kept source. It rained.', 'Kept target.'));
  await page.waitForFunction(() => /does not let the page store anything/.test(document.getElementById('message').textContent));
  assert.doesNotMatch(await page.textContent('#message'), /too large/);
  await compareAndWait(page, () => page.click('#example'));
  assert.match(await page.textContent('#message'), /Loaded the example in place of your texts/);
  await page.click('#message button');
  assert.deepEqual(await texts(page), { source: 'Kept source. It rained.', target: 'Kept target.' });
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('typing saves the texts once it pauses, not on every key', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await context.addInitScript(QUOTA_SCRIPT);
  await page.goto(served.url);
  await compareAndWait(page, () => paste(page, 'Typed source. It rained.', 'Typed target.'));
  await page.waitForTimeout(1500);
  await page.evaluate(() => { globalThis.storageWrites = 0; });
  await page.click('#target-input');
  await page.keyboard.press('End');
  await page.keyboard.type(' It rained all day long.', { delay: 20 });
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => globalThis.storageWrites), 2, 'one save of the pair after typing');
  await page.reload();
  await waitForReport(page);
  assert.deepEqual(await texts(page), { source: 'Typed source. It rained.', target: 'Typed target. It rained all day long.' });
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('a wasm that fails to load shows a clear message and never clears the texts', async () => {
  for (const [name, fulfil] of [
    ['missing', (route) => route.fulfill({ status: 404, body: 'gone' })],
    ['corrupt', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') })],
  ]) {
    const { page, context } = await guardedPage(served.browser, served.origin);
    await page.goto(served.url);
    await compareAndWait(page, () => paste(page, 'Stored source.', 'Stored target.'));
    await context.route('**/pkg/retold_bg.wasm', fulfil);
    await page.reload();
    await page.waitForFunction(() => document.getElementById('status').getAttribute('data-state') === 'failed');
    assert.match(await page.textContent('#message'), /comparison engine could not be loaded .*Your texts are kept/, name);
    assert.deepEqual(await texts(page), { source: 'Stored source.', target: 'Stored target.' }, name);
    await page.click('#swap');
    assert.equal(await page.inputValue('#source-input'), 'Stored target.', `${name}: the page still works`);
    await context.close();
  }
});

test('a compare that throws (e.g. a panic) shows a message, keeps the texts and recovers', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  // A worker whose compare throws the way a Rust panic does whenever the source says FAIL-ME.
  await context.route('**/worker.js', async (route) => {
    const response = await route.fetch();
    // The served worker.js is minified, so the spaces around "=" may be gone.
    const body = (await response.text()).replace(/const report ?= ?compare\(/,
      "if (message.source.includes('FAIL-ME')) throw new WebAssembly.RuntimeError('unreachable');\n      const report = compare(");
    await route.fulfill({ response, body });
  });
  await page.goto(served.url);
  await paste(page, 'Source that fails. FAIL-ME.', 'Target that fails.');
  await page.waitForFunction(() => document.getElementById('status').getAttribute('data-state') === 'failed');
  assert.match(await page.textContent('#message'), /Could not compare these texts: unreachable\. Your texts are kept/);
  assert.deepEqual(await texts(page), { source: 'Source that fails. FAIL-ME.', target: 'Target that fails.' });
  // The engine dropped the failed worker; the next compare runs in a fresh one.
  await compareAndWait(page, () => paste(page, 'Source that works.', 'Target that works.'));
  assert.equal(await page.locator('.sentence[data-side="target"]').count(), 1);
  assert.equal(await page.isHidden('#message'), true);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});
