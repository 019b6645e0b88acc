// End to end: 5 MB inputs keep the page responsive and can be cancelled; new input cancels a
// stale run; the served page opens offline once opened online, and a new build replaces what it
// kept; the single-file build works from file://; the page stays within its size budget.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  CLEAN, compareAndWait, DIST, firstLinePoint, guardedPage, screenshotPath, serveDist, useServedPage,
  waitForReport,
} from './helpers.mjs';

const served = useServedPage();
const SINGLE_FILE = `file://${path.join(DIST, 'retold.html')}`;

// Pastes about `megabytes` MB into each textarea: the texts there (the example) repeated with
// numbered variations, in one input event per textarea as a paste gives.
async function pasteLarge(page, megabytes) {
  await page.evaluate((size) => {
    for (const side of ['source', 'target']) {
      const area = document.getElementById(`${side}-input`);
      const text = area.value;
      const parts = [];
      let length = 0;
      for (let copy = 0; length < size * 1024 * 1024; copy += 1) {
        const part = text.replace(/dam/g, `dam${copy}`);
        parts.push(part);
        length += part.length + 2;
      }
      area.value = parts.join('\n\n');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, megabytes);
}

// How long a 0 ms timer takes to fire: the page's responsiveness right now.
const timerLag = (page) => page.evaluate(() => new Promise((resolve) => {
  const start = performance.now();
  setTimeout(() => resolve(performance.now() - start), 0);
}));

async function largePasteIsResponsiveAndCancellable(url, originOrNull) {
  const { page, problems, context } = await guardedPage(served.browser, originOrNull);
  await page.goto(url);
  await compareAndWait(page, () => page.click('#example'));
  await pasteLarge(page, 2.5);
  const sizes = await page.evaluate(() => document.getElementById('source-input').value.length + document.getElementById('target-input').value.length);
  assert.ok(sizes > 5_000_000, `pasted ${sizes} characters`);
  await page.waitForSelector('#cancel:visible', { timeout: 10_000 });
  assert.equal(await page.getAttribute('#status', 'data-state'), 'comparing');
  assert.match(await page.textContent('#status-text'), /Comparing…/);
  // The seconds tick outside the live region's words: a screen reader hears the start and end.
  assert.equal(await page.textContent('#status-text'), 'Comparing…');
  assert.equal(await page.getAttribute('#status-seconds', 'aria-hidden'), 'true');
  const lags = [];
  for (let probe = 0; probe < 3; probe += 1) lags.push(await timerLag(page));
  assert.ok(Math.max(...lags) < 250, `the page answers while comparing (timer lag ${lags.map(Math.round)} ms)`);
  // Pressed from the keyboard, Cancel hides and hands its focus to Compare, not to the page's top.
  await page.focus('#cancel');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('status').getAttribute('data-state') === 'cancelled');
  assert.equal(await page.isHidden('#cancel'), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'compare');
  assert.match(await page.textContent('#status-text'), /cancelled/);
  const kept = await page.evaluate(() => document.getElementById('source-input').value.length + document.getElementById('target-input').value.length);
  assert.equal(kept, sizes, 'cancelling keeps the texts');
  // The results still shown are the example's: marked out of date, with the texts now in the boxes.
  assert.equal(await page.isVisible('#stale-note'), true);
  assert.match(await page.textContent('#stale-note'), /results are for earlier texts/);
  // Out of date, the results lose their colours but keep their contrast.
  assert.equal(await page.$eval('.columns', (node) => getComputedStyle(node).filter), 'grayscale(1)');
  assert.equal(await page.$eval('.columns', (node) => getComputedStyle(node).opacity), '1');
  // After a cancel the engine starts a fresh worker and compares again.
  await compareAndWait(page, async () => {
    await page.fill('#source-input', 'After cancel. A small source.');
    await page.fill('#target-input', 'After cancel. A small target.');
  });
  assert.equal(await page.locator('.sentence[data-side="target"]').count(), 2);
  assert.equal(await page.isHidden('#stale-note'), true, 'a fresh comparison clears the mark');
  assert.equal(await page.$eval('.columns', (node) => getComputedStyle(node).filter), 'none');
  const note = await page.textContent('#message');
  assert.ok(!/Could not/.test(note), note);
  assert.deepEqual(problems, CLEAN);
  await context.close();
}

test('a 5 MB paste shows "Comparing…", keeps the page responsive and can be cancelled', async () => {
  await largePasteIsResponsiveAndCancellable(served.url, served.origin);
});

test('new input cancels a stale run: only the newest texts are shown', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await page.goto(served.url);
  await compareAndWait(page, () => page.click('#example'));
  await pasteLarge(page, 2.5);
  await page.waitForSelector('#cancel:visible', { timeout: 10_000 });
  await compareAndWait(page, async () => {
    await page.fill('#source-input', 'Fresh source. One more.');
    await page.fill('#target-input', 'Fresh target. One more. And another.');
  });
  const report = await page.evaluate(() => globalThis.retoldPage.report);
  assert.equal(report.target.sentences.length, 3);
  assert.equal(await page.evaluate(() => globalThis.retoldPage.finished), 2, 'the stale 5 MB run never finished');
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('a 5 MB comparison that runs to the end is shown', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await page.goto(served.url);
  await compareAndWait(page, () => page.click('#example'));
  await compareAndWait(page, () => pasteLarge(page, 2.5), 120_000);
  const counts = await page.evaluate(() => ({
    shown: document.querySelectorAll('.sentence[data-side]').length,
    report: globalThis.retoldPage.report.source.sentences.length + globalThis.retoldPage.report.target.sentences.length,
  }));
  assert.ok(counts.shown > 10_000);
  assert.equal(counts.shown, counts.report);
  // A click dispatched on the element itself: with 48,000 sentences laid out, a click at a
  // screen point can land between two lines while layout still settles on a busy machine.
  await page.locator('.sentence[data-side="target"][data-label="copied"]').first().dispatchEvent('click');
  await page.waitForFunction(() => document.querySelectorAll('.sentence.is-counterpart').length > 0, null, { timeout: 60_000 });
  // A report this large comes without word diffs; the shown link's diff is computed on demand.
  const report = await page.evaluate(() => globalThis.retoldPage.report.links.filter((link) => link.diff.length === 0).length);
  assert.ok(report > 0, 'a 5 MB report is compared without word diffs');
  await page.waitForFunction(() => (document.querySelector('#diff-view p.diff')?.textContent || '').length > 0, null, { timeout: 60_000 });
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('the single-file build works from file:// under its own CSP', async () => {
  const { page, problems, context } = await guardedPage(served.browser, null);
  await page.goto(SINGLE_FILE);
  await compareAndWait(page, () => page.click('#example'));
  const labels = await page.$$eval('.sentence[data-side]', (nodes) => [...new Set(nodes.map((node) => node.getAttribute('data-label')))].sort());
  assert.deepEqual(labels, ['added', 'copied', 'omitted', 'reworded']);
  const point = await firstLinePoint(page, '.sentence[data-side="target"][data-label="reworded"]');
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => document.querySelectorAll('.sentence.is-counterpart').length > 0);
  assert.match(await page.textContent('#diff-view'), /Reworded: source sentence/);
  assert.match(await page.textContent('#version'), /version \d+\.\d+\.\d+/);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval';/);
  assert.ok(!/unsafe-inline/.test(csp), csp);
  await page.screenshot({ path: screenshotPath('single-file'), fullPage: false });
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('a share link made in the single file opened from file:// says it works only on this computer', async () => {
  const { page, problems, context } = await guardedPage(served.browser, null);
  await page.goto(SINGLE_FILE);
  await compareAndWait(page, () => page.click('#example'));
  await page.click('#share');
  await page.waitForFunction(() => !document.getElementById('share-output').hidden);
  assert.match(await page.inputValue('#share-link'), /^file:\/\/.*#v1=/);
  assert.match(await page.textContent('#message'), /this page is a file on this computer, so the link works only here/);
  assert.deepEqual(problems, CLEAN);
  await context.close();

  const online = await guardedPage(served.browser, served.origin);
  await online.page.goto(served.url);
  await compareAndWait(online.page, () => online.page.click('#example'));
  await online.page.click('#share');
  await online.page.waitForFunction(() => !document.getElementById('share-output').hidden);
  assert.doesNotMatch(await online.page.textContent('#message'), /file on this computer/);
  assert.deepEqual(online.problems, CLEAN);
  await online.context.close();
});

// 'installed' once the page's service worker is active; bounded, so a page that never installs
// one fails an assertion rather than hanging.
const serviceWorkerState = (page) => page.evaluate(() => Promise.race([
  navigator.serviceWorker.ready.then(() => 'installed'),
  new Promise((resolve) => { setTimeout(() => resolve('not installed after 10 s'), 10_000); })]));

// Polls `read` in the page until it returns `expected` (compared as JSON), for at most 10 s.
async function pollUntil(page, read, expected) {
  let value;
  for (let tries = 0; tries < 100; tries += 1) {
    value = await page.evaluate(read);
    if (JSON.stringify(value) === JSON.stringify(expected)) return value;
    await new Promise((resolve) => { setTimeout(resolve, 100); });
  }
  return value;
}

test('once opened online, the served page opens and compares with no network', async () => {
  const { page, problems, context } = await guardedPage(served.browser, served.origin);
  await page.goto(served.url);
  await compareAndWait(page, () => page.click('#example'));
  const online = await page.textContent('#summary');
  assert.equal(await serviceWorkerState(page), 'installed');
  await context.setOffline(true);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  // A reload with no network reaches neither the page nor its scripts, wasm and worker but from
  // what the service worker kept; the texts come back from local storage and are compared again.
  await page.reload();
  await waitForReport(page);
  assert.equal(await page.textContent('#summary'), online);
  assert.match(await page.textContent('#version'), /version \d+\.\d+\.\d+/);
  assert.deepEqual(problems, CLEAN);
  // A file the page never had is still a failure offline, not some other file.
  const missing = await page.evaluate(() => fetch('no-such-file.txt').then((r) => r.status, () => 'failed'));
  assert.equal(missing, 'failed');
  await context.close();
});

test('a new build replaces what the service worker kept of the old one', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'retold-build-'));
  fs.cpSync(DIST, root, { recursive: true });
  const server = await serveDist(root);
  const { page, problems, context } = await guardedPage(served.browser, server.url.slice(0, -1));
  try {
    await page.goto(server.url);
    assert.equal(await serviceWorkerState(page), 'installed');
    const kept = await page.evaluate(() => caches.keys());
    assert.equal(kept.length, 1);
    // The next build: another page, and so another hash in sw.js.
    const edit = (file, pattern, value) => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      assert.match(text, pattern);
      fs.writeFileSync(path.join(root, file), text.replace(pattern, value));
    };
    edit('index.html', /<html /, '<html data-build="next" ');
    // The served sw.js is minified: no line of its own, no spaces around "=".
    edit('sw.js', /const BUILD ?= ?'[0-9a-f]+'/, "const BUILD='0123456789abcdef'");
    // Opening the page again finds the new worker, which keeps the new files and drops the old.
    await page.reload();
    const next = ['retold-0123456789abcdef'];
    assert.deepEqual(await pollUntil(page, () => caches.keys(), next), next);
    await context.setOffline(true);
    await page.reload();
    assert.equal(await page.getAttribute('html', 'data-build'), 'next');
    await page.waitForFunction(() => /version \d+/.test(document.getElementById('version').textContent));
    assert.deepEqual(problems, CLEAN);
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the single-file build keeps a 5 MB paste responsive and cancellable too', async () => {
  await largePasteIsResponsiveAndCancellable(SINGLE_FILE, null);
});

test('the page files stay within their size budget of 347 KB gzipped', () => {
  const sizes = JSON.parse(fs.readFileSync(path.join(DIST, 'sizes.json'), 'utf8'));
  assert.equal(sizes.budget, 347 * 1024, 'the budget the bundler checks');
  assert.ok(sizes.total_gzip <= sizes.budget, `page files are ${sizes.total_gzip} bytes gzipped`);
  assert.ok(sizes.files['pkg/retold_bg.wasm'].gzip > 10_000, 'the measured wasm is the real one');
});
