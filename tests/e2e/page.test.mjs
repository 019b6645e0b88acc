// End to end, served over http: compare, labels, linking, keyboard, downloads, axe, print.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  compareAndWait, firstLinePoint, guardedPage, openExample, runAxe, screenshotPath,
} from './helpers.mjs';

let server;
let browser;
let page;
let problems;
let context;

before(async () => {
  ({ server, browser, page, problems, context } = await openExample({ acceptDownloads: true }));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const reportOf = (target) => target.evaluate(() => globalThis.retoldPage.report);

// Sentence text as shown, without the screen-reader label prefix.
const shownTexts = (target, side) => target.$$eval(`.sentence[data-side="${side}"]`, (nodes) => nodes.map((node) =>
  Array.from(node.childNodes).filter((child) => !(child.classList && child.classList.contains('sr-only')))
    .map((child) => child.textContent).join('')));

test('the example compares and every sentence carries its side, index and label', async () => {
  const report = await reportOf(page);
  for (const side of ['source', 'target']) {
    const attributes = await page.$$eval(`.sentence[data-side="${side}"]`, (nodes) => nodes.map((node) => ({
      index: Number(node.getAttribute('data-index')), label: node.getAttribute('data-label'),
      tabindex: node.getAttribute('tabindex'),
    })));
    assert.equal(attributes.length, report[side].sentences.length);
    attributes.forEach((attribute, index) => {
      assert.equal(attribute.index, index);
      assert.equal(attribute.label, report[side].sentences[index].label);
      // All focusable; the first is the column's one Tab stop.
      assert.equal(attribute.tabindex, index === 0 ? '0' : '-1');
    });
    assert.deepEqual(await shownTexts(page, side), report[side].sentences.map((sentence) => sentence.text));
  }
  const labels = await page.$$eval('#results .sentence[data-label]', (nodes) => [...new Set(nodes.map((node) => node.getAttribute('data-label')))].sort());
  assert.deepEqual(labels, ['added', 'copied', 'omitted', 'reworded']);
  assert.equal(await page.textContent('.headline'), report.summary.headline);
  assert.equal(await page.locator('.bar').count(), 2);
  await page.screenshot({ path: screenshotPath('desktop-example'), fullPage: true });
});

test('a sentence that wraps is picked between its lines too, not only on them', async () => {
  await page.locator('.sentence[data-side="source"][data-index="2"]').scrollIntoViewIfNeeded();
  const probed = await page.evaluate(() => {
    const missed = [];
    let probes = 0;
    for (const sentence of document.querySelectorAll('#results .sentence')) {
      const lines = Array.from(sentence.getClientRects()).filter((line) => line.width > 4);
      for (let k = 0; k + 1 < lines.length; k += 1) {
        const [upper, lower] = [lines[k], lines[k + 1]];
        // Halfway between two of its lines, where both lines hold the sentence.
        const x = Math.max(upper.left, lower.left) + 5;
        const y = (upper.bottom + lower.top) / 2;
        if (lower.top <= upper.top || x > Math.min(upper.right, lower.right) || y < 0 || y > innerHeight) continue;
        probes += 1;
        const hit = document.elementFromPoint(x, y);
        if (!hit || hit.closest('.sentence') !== sentence) missed.push(`${sentence.title}: ${hit && hit.className}`);
      }
    }
    return { probes, missed };
  });
  assert.ok(probed.probes >= 3, `${probed.probes} gaps between lines in view`);
  assert.deepEqual(probed.missed, []);
});

test('spans are drawn inside sentences by their offsets', async () => {
  const report = await reportOf(page);
  const withSpans = report.target.sentences.findIndex((sentence) => sentence.spans.length > 0);
  assert.ok(withSpans >= 0, 'the example has a target sentence with spans');
  const sentence = report.target.sentences[withSpans];
  const marks = await page.$$eval(`.sentence[data-side="target"][data-index="${withSpans}"] mark.span`,
    (nodes) => nodes.map((node) => ({ text: node.textContent, label: node.getAttribute('data-span-label') })));
  assert.deepEqual(marks, sentence.spans.map((span) => ({
    text: sentence.text.slice(span.start - sentence.start, span.end - sentence.start), label: span.label })));
});

test('clicking a sentence highlights its counterpart, scrolls it into view and shows the word diff', async () => {
  const report = await reportOf(page);
  const index = report.target.sentences.findIndex((sentence) => sentence.label === 'reworded');
  const link = report.links[report.target.sentences[index].links[0]];
  const point = await firstLinePoint(page, `.sentence[data-side="target"][data-index="${index}"]`);
  await page.mouse.click(point.x, point.y);
  assert.equal(await page.getAttribute(`.sentence[data-side="target"][data-index="${index}"]`, 'class'), `sentence label-reworded is-active`);
  const highlighted = await page.$$eval('.sentence.is-counterpart', (nodes) => nodes.map((node) => `${node.getAttribute('data-side')}:${node.getAttribute('data-index')}`));
  assert.deepEqual(highlighted, link.source.map((sourceIndex) => `source:${sourceIndex}`));
  const inView = await page.$eval(`.sentence[data-side="source"][data-index="${link.source[0]}"]`, (node) => {
    const own = node.getBoundingClientRect();
    const column = node.closest('.article').getBoundingClientRect();
    return own.top >= column.top - 1 && own.top < column.bottom;
  });
  assert.ok(inView, 'the counterpart is scrolled into view in its column');
  assert.match(await page.textContent('#diff-view'), /Reworded: source sentence \d+ → target sentence \d+, \d+% similar/);
  const diffTags = await page.$$eval('#diff-view .diff ins, #diff-view .diff del', (nodes) => nodes.map((node) => node.tagName));
  assert.ok(diffTags.includes('INS') || diffTags.includes('DEL'));
  assert.equal(await page.textContent('#diff-view .diff'), link.diff.map((op) => op.text).join(''));
  // A screen reader hears the caption alone: the sentence it just read is not read again.
  assert.equal(await page.getAttribute('#diff-view', 'aria-live'), null);
  assert.equal(await page.getAttribute('#diff-announce', 'aria-live'), 'polite');
  assert.match(await page.textContent('#diff-announce'), /^Reworded: source sentence \d+ → target sentence \d+, \d+% similar$/);
  await page.screenshot({ path: screenshotPath('desktop-linked'), fullPage: false });
});

test('a clicked sentence stays selected while the pointer moves to the diff panel, until Escape clears it', async () => {
  const report = await reportOf(page);
  const index = report.target.sentences.findIndex((sentence) => sentence.label === 'reworded');
  const selector = `.sentence[data-side="target"][data-index="${index}"]`;
  const point = await firstLinePoint(page, selector);
  await page.mouse.click(point.x, point.y);
  const shown = await page.textContent('#diff-view');
  // On the way up to the diff panel the pointer crosses other sentences and the summary.
  const others = await page.$$eval('.sentence[data-side]', (nodes, own) => nodes.filter((node) => node !== document.querySelector(own))
    .slice(0, 6).map((node) => { const box = node.getClientRects()[0]; return { x: box.left + 4, y: box.top + box.height / 2 }; }), selector);
  for (const other of others) await page.mouse.move(other.x, other.y, { steps: 4 });
  const panel = await page.$eval('#diff-view', (node) => { const box = node.getBoundingClientRect(); return { x: box.left + 20, y: box.top + 5 }; });
  await page.mouse.move(panel.x, panel.y, { steps: 12 });
  await page.mouse.click(panel.x, panel.y);
  assert.equal(await page.textContent('#diff-view'), shown, 'hovering other sentences left the diff alone');
  assert.equal(await page.locator(`${selector}.is-active`).count(), 1);
  // Escape clears the selection and the word diff, and lets hovering select again.
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.sentence.is-active, .sentence.is-counterpart').count(), 0);
  assert.match(await page.textContent('#diff-view'), /^Tap, click or hover over a sentence/);
  const other = await firstLinePoint(page, '.sentence[data-side="target"][data-label="added"]');
  await page.mouse.move(other.x, other.y, { steps: 4 });
  await page.waitForFunction(() => /no sentence of the source says the same/.test(document.getElementById('diff-view').textContent));
});

test('a pointer that passes over sentences on its way to the diff panel leaves the diff alone', async () => {
  await page.keyboard.press('Escape');
  // Escape cleared the sentence under the pointer too: it selects again once the pointer comes back.
  await page.mouse.move(1, 1);
  const first = await firstLinePoint(page, '.sentence[data-side="target"][data-label="added"]');
  await page.mouse.move(first.x, first.y, { steps: 2 });
  await page.waitForFunction(() => /no sentence of the source says the same/.test(document.getElementById('diff-view').textContent));
  const shown = await page.textContent('#diff-view');
  const others = await page.$$eval('.sentence[data-side="target"]', (nodes) => nodes.slice(0, 5)
    .map((node) => { const box = node.getClientRects()[0]; return { x: box.left + 4, y: box.top + box.height / 2 }; }));
  for (const other of others) await page.mouse.move(other.x, other.y, { steps: 2 });
  const panel = await page.$eval('#diff-view', (node) => { const box = node.getBoundingClientRect(); return { x: box.left + 20, y: box.top + 5 }; });
  await page.mouse.move(panel.x, panel.y, { steps: 4 });
  await page.waitForTimeout(300);
  assert.equal(await page.textContent('#diff-view'), shown);
});

test('hovering an added sentence says nothing in the source says the same', async () => {
  const report = await reportOf(page);
  const index = report.target.sentences.findIndex((sentence) => sentence.label === 'added');
  const point = await firstLinePoint(page, `.sentence[data-side="target"][data-index="${index}"]`);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() => /no sentence of the source says the same/.test(document.getElementById('diff-view').textContent));
  assert.equal(await page.locator('.sentence.is-counterpart').count(), 0);
});

test('an added sentence that shares words with the source names them and says why they fall short', async () => {
  await page.keyboard.press('Escape');
  const report = await reportOf(page);
  const index = report.target.sentences.findIndex((sentence) => sentence.label === 'added' &&
    sentence.links.length === 0 && ['common_words', 'few_words'].includes(sentence.reason?.why));
  assert.ok(index >= 0, 'the example has an added sentence sharing some words with the source');
  const { reason } = report.target.sentences[index];
  await page.click(`.sentence[data-side="target"][data-index="${index}"]`);
  await page.waitForSelector('#diff-view .diff-reason');
  const why = await page.textContent('#diff-view .diff-reason');
  assert.match(why, new RegExp(`^Its closest source sentences?, ${reason.source[0] + 1}\\b`));
  for (const words of reason.shared) assert.ok(why.includes(`“${words}”`), `${why} names “${words}”`);
  // The source sentences it names are outlined, to check the words in, and none is a counterpart.
  const closest = await page.$$eval('.sentence.is-closest', (nodes) => nodes.map((node) => [node.dataset.side, Number(node.dataset.index)]));
  assert.deepEqual(closest, reason.source.map((at) => ['source', at]));
  assert.equal(await page.locator('.sentence.is-counterpart').count(), 0);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.sentence.is-closest').count(), 0);
});

test('hovering shows the word diff but scrolls neither column; a click brings the counterpart into view', async () => {
  await page.keyboard.press('Escape');
  const report = await reportOf(page);
  const index = report.target.sentences.findIndex((sentence) => sentence.links
    .some((at) => report.links[at].label !== 'added' && report.links[at].source[0] === 0));
  assert.ok(index >= 0, 'the example derives a target sentence from the first source sentence');
  // A short source column scrolled to its end, so the counterpart is out of its view.
  const scrolled = await page.$eval('#source-view', (source) => {
    source.style.maxHeight = '90px';
    source.style.overflowY = 'auto';
    source.scrollTop = source.scrollHeight;
    return source.scrollTop;
  });
  assert.ok(scrolled > 0, 'the source column scrolls');
  const sourceTop = () => page.$eval('#source-view', (source) => source.scrollTop);
  await page.mouse.move(1, 1);
  const point = await firstLinePoint(page, `.sentence[data-side="target"][data-index="${index}"]`);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await page.waitForSelector(`.sentence[data-side="target"][data-index="${index}"].is-active`);
  assert.match(await page.textContent('#diff-view'), /source sentence 1 → target sentence/);
  assert.equal(await sourceTop(), scrolled, 'a hover leaves the other column where it was');
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => document.getElementById('source-view').scrollTop < 20);
  await page.$eval('#source-view', (source) => source.removeAttribute('style'));
  await page.keyboard.press('Escape');
});

test('a sentence that changes a figure of the source is marked and, selected, shows the change', async () => {
  const report = await reportOf(page);
  const linkIndex = report.links.findIndex((link) => link.label === 'added');
  assert.ok(linkIndex >= 0, 'the example changes a figure');
  const link = report.links[linkIndex];
  assert.equal(link.changed, 'number');
  const [index] = link.target;
  const selector = `.sentence[data-side="target"][data-index="${index}"]`;
  const marker = await page.$eval(selector, (node) => ({
    label: node.getAttribute('data-label'), changed: node.getAttribute('data-changed'),
    glyph: getComputedStyle(node, '::before').content,
  }));
  // The badge shows ≠ to the eye, with empty alternative text: the sentence's own prefix names it.
  assert.deepEqual(marker, { label: 'added', changed: 'number', glyph: '"≠" / ""' });
  const point = await firstLinePoint(page, selector);
  await page.mouse.click(point.x, point.y);
  const highlighted = await page.$$eval('.sentence.is-counterpart', (nodes) => nodes.map((node) => `${node.getAttribute('data-side')}:${node.getAttribute('data-index')}:${node.getAttribute('data-label')}`));
  assert.deepEqual(highlighted, link.source.map((sourceIndex) => `source:${sourceIndex}:omitted`));
  assert.match(await page.textContent('#diff-view'),
    /Added: target sentence \d+ has the shape of source sentence \d+ but another number or unit, so it says something the source does not/);
  const changes = await page.$$eval('#diff-view .diff ins, #diff-view .diff del', (nodes) => nodes.map((node) => `${node.tagName}:${node.textContent}`));
  assert.deepEqual(changes, ['DEL:60', 'INS:80']);
  await page.keyboard.press('Escape');
});

test('keyboard: each column is one Tab stop; arrows, Home/End and n/p walk, ←/→ jump to the counterpart', async () => {
  const report = await reportOf(page);
  await page.focus('#download-html');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'diff-panel', 'the scrollable diff panel is focusable');
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => {
    const node = document.activeElement;
    return `${node.getAttribute('data-side')}:${node.getAttribute('data-index')}`;
  });
  assert.equal(await focused(), 'source:0');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'source:1');
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 'source:0');
  await page.keyboard.press('End');
  assert.equal(await focused(), `source:${report.source.sentences.length - 1}`);
  await page.keyboard.press('Home');
  assert.equal(await focused(), 'source:0');
  const linked = report.source.sentences.findIndex((sentence) => sentence.links.length > 0);
  await page.focus(`.sentence[data-side="source"][data-index="${linked}"]`);
  await page.keyboard.press('ArrowRight');
  const expected = report.links[report.source.sentences[linked].links[0]].target[0];
  assert.equal(await focused(), `target:${expected}`);
  assert.equal(await page.locator(`.sentence[data-side="source"][data-index="${linked}"].is-counterpart`).count(), 1);
  // n walks to the next target sentence that is not copied.
  const change = report.target.sentences.findIndex((sentence, index) => index > expected && sentence.label !== 'copied');
  await page.keyboard.press('n');
  assert.equal(await focused(), `target:${change}`);
  await page.keyboard.press('ArrowLeft');
  assert.match(await focused(), /^source:|^target:/);
  await page.focus(`.sentence[data-side="source"][data-index="${linked}"]`);
  // Tab leaves the source column for the target's, at the sentence last visited there, and the
  // column's other sentences are no Tab stops (an 800-sentence article is not 800 presses of Tab).
  await page.keyboard.press('Tab');
  assert.equal(await focused(), `target:${change}`);
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), `source:${linked}`);
  assert.deepEqual(await page.$$eval('.sentence[tabindex="0"]', (nodes) => nodes.map((node) => node.getAttribute('data-side'))),
    ['source', 'target']);
});

// A long article, each sentence distinct, in paragraphs of three.
test('copying the results copies the article text without the screen-reader label prefixes', async () => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.slice(0, -1) });
  const report = await reportOf(page);
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('target-view'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(report.target.sentences[0].text), copied.slice(0, 200));
  assert.doesNotMatch(copied, /(copied|reworded|added|omitted):/);
  await page.evaluate(() => getSelection().removeAllRanges());
  // Screen readers still get each sentence's label first.
  const snapshot = await page.locator('.sentence[data-side="target"]').first().ariaSnapshot();
  assert.match(snapshot, new RegExp(`${report.target.sentences[0].label}:`));
});

test('downloads: the Report as JSON and a script-free standalone HTML snapshot', async () => {
  const report = await reportOf(page);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  // Named by the target's first words and dated, so two reports can be told apart.
  const named = new RegExp(`^retold-${report.target.sentences[0].text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).slice(0, 3).join('-')}-[a-z0-9-]*\\d{4}-\\d{2}-\\d{2}\\.`);
  assert.match(jsonDownload.suggestedFilename(), new RegExp(`${named.source}json$`));
  assert.deepEqual(JSON.parse(fs.readFileSync(await jsonDownload.path(), 'utf8')), report);

  await page.click('.sentence[data-side="target"][data-index="1"]');
  const [htmlDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-html')]);
  const html = fs.readFileSync(await htmlDownload.path(), 'utf8');
  // Dated and titled by the articles, so two handouts can be told apart.
  assert.match(htmlDownload.suggestedFilename(), new RegExp(`${named.source}html$`));
  assert.ok(html.includes(`<title>retold report: ${report.target.sentences[0].text}</title>`), 'titled by the target');
  assert.ok(!/<script/i.test(html), 'no script in the snapshot');
  assert.ok(!/\son\w+=/i.test(html), 'no event handler attributes in the snapshot');
  assert.ok(await page.locator('.sentence.is-active').count() > 0, 'a sentence is selected on the page');
  assert.ok(!/is-active|is-counterpart/.test(html.split('<body')[1]), 'the page\'s selection is not in the snapshot');
  const file = screenshotPath('snapshot').replace(/\.png$/, '.html');
  fs.writeFileSync(file, html);
  const { page: snapshot, problems: snapshotProblems, context: snapshotContext } = await guardedPage(browser, null);
  await snapshot.goto(`file://${file}`);
  assert.equal(await snapshot.locator('.sentence[data-side="target"]').count(), report.target.sentences.length);
  assert.equal(await snapshot.textContent('.headline'), report.summary.headline);
  assert.match(await snapshot.textContent('body'), /Target: “.+”\. Source: “.+”\. Compared on \d{1,2} [A-Z][a-z]+ \d{4}\./);
  // Each sentence carries its number, so a caption's "source sentence 9" can be found.
  assert.deepEqual(await snapshot.$$eval('.sentence[data-side="target"] .sentence-number', (nodes) => nodes.map((node) => node.textContent)),
    report.target.sentences.map((_, index) => String(index + 1)));
  // The word diffs of every link that changes something, since the snapshot has no panel to pick one.
  const changing = report.links.filter((link) => link.diff.some((op) => op.op !== 'equal'));
  assert.ok(changing.length > 0);
  assert.equal(await snapshot.locator('.diff-list .diff').count(), changing.length);
  assert.deepEqual(await snapshot.$$eval('.diff-list .diff', (nodes) => nodes.map((node) => node.textContent)),
    changing.map((link) => link.diff.map((op) => op.text).join('')));
  const copiedBackground = await snapshot.$eval('.sentence.label-copied', (node) => getComputedStyle(node).backgroundColor);
  assert.notEqual(copiedBackground, 'rgba(0, 0, 0, 0)', 'the snapshot carries the page CSS');
  await snapshot.screenshot({ path: screenshotPath('snapshot'), fullPage: true });
  assert.deepEqual(snapshotProblems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await snapshotContext.close();
});

test('Swap exchanges the texts and Clear empties both', async () => {
  const before = { source: await page.inputValue('#source-input'), target: await page.inputValue('#target-input') };
  await page.click('#swap');
  assert.equal(await page.inputValue('#source-input'), before.target);
  assert.equal(await page.inputValue('#target-input'), before.source);
  await compareAndWait(page, () => page.click('#swap'));
  await page.click('#clear');
  assert.equal(await page.inputValue('#source-input'), '');
  assert.equal(await page.inputValue('#target-input'), '');
  await page.waitForFunction(() => document.getElementById('results').hidden);
  await compareAndWait(page, () => page.click('#example'));
});

test('Compare with one box empty names that box and puts the cursor there', async () => {
  await page.fill('#target-input', '   ');
  await page.click('#compare');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'target-input');
  assert.match(await page.textContent('#status'), /The Target box is empty/);
  assert.equal(await page.isHidden('#results'), true);
  await compareAndWait(page, () => page.click('#example'));
});

test('typing compares by itself after a short pause', async () => {
  await compareAndWait(page, async () => {
    await page.fill('#source-input', 'The river rose overnight. Roads were closed.');
    await page.fill('#target-input', 'The river rose overnight. Schools stayed shut.');
  });
  assert.deepEqual(await page.$$eval('.sentence[data-side="target"]', (nodes) => nodes.map((node) => node.getAttribute('data-label'))),
    ['copied', 'added']);
  await compareAndWait(page, () => page.click('#example'));
});

test('axe-core finds no serious or critical violations', async () => {
  const point = await firstLinePoint(page, '.sentence[data-side="target"][data-label="reworded"]');
  await page.mouse.click(point.x, point.y);
  assert.deepEqual(await runAxe(page), []);
});

test('print: summary, legend and both articles side by side, no inputs', async () => {
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    const shown = (selector) => getComputedStyle(document.querySelector(selector)).display !== 'none';
    return {
      inputs: shown('.inputs'), summary: shown('#summary'), legend: shown('#legend'),
      sideBySide: box('#source-view').right <= box('#target-view').left + 1 && Math.abs(box('#source-view').top - box('#target-view').top) < 2,
    };
  });
  assert.deepEqual(layout, { inputs: false, summary: true, legend: true, sideBySide: true });
  await page.screenshot({ path: screenshotPath('print'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('the legend samples look static, and right-to-left articles read right to left', async () => {
  assert.equal(await page.$eval('#legend .sample.sentence', (node) => getComputedStyle(node).cursor), 'default');
  const { page: rtl, problems: rtlProblems, context: rtlContext } = await guardedPage(browser, server.url.slice(0, -1));
  await rtl.goto(server.url);
  await compareAndWait(rtl, async () => {
    await rtl.fill('#source-input', 'הגשר נסגר ביום שני. העבודות יימשכו חודש.');
    await rtl.fill('#target-input', 'הגשר נסגר ביום שני. התושבים כעסו.');
  });
  const directions = await rtl.evaluate(() => ['#source-input', '#target-input', '#source-view .paragraph', '#target-view .paragraph']
    .map((selector) => getComputedStyle(document.querySelector(selector)).direction));
  assert.deepEqual(directions, ['rtl', 'rtl', 'rtl', 'rtl']);
  assert.deepEqual(rtlProblems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await rtlContext.close();
});

test('a target in another language reads as a translation, and the summary names both languages', async () => {
  const fixture = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/20-spanish-translation');
  const { page: other, problems: otherProblems, context: otherContext } = await guardedPage(browser, server.url.slice(0, -1));
  await other.goto(server.url);
  await compareAndWait(other, async () => {
    await other.fill('#source-input', fs.readFileSync(path.join(fixture, 'source.txt'), 'utf8'));
    await other.fill('#target-input', fs.readFileSync(path.join(fixture, 'target.txt'), 'utf8'));
  });
  const report = await reportOf(other);
  assert.deepEqual(report.summary.translation, { source: 'es', target: 'en' });
  assert.match(await other.textContent('.headline'), /The source is in Spanish and the target in English/);
  const reworded = await other.locator('.sentence[data-side="target"][data-label="reworded"]').count();
  assert.ok(reworded >= 7, `${reworded} reworded`);
  assert.deepEqual(otherProblems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await otherContext.close();
});

test('no console errors and no request left the page origin', () => {
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
});
