// End to end, served over http: the page in a dark colour scheme, in forced colours (Windows high
// contrast) and printed, from a dark screen too, with every word diff. Every mark keeps readable
// text in both schemes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLEAN, guardedPage, runAxe, screenshotPath, useServedPage, waitForReport } from './helpers.mjs';

const served = useServedPage();

/** A page in `scheme` ('light' or 'dark') with the example compared and a reworded diff shown. */
async function comparedPage(scheme, forcedColors = 'none') {
  const opened = await guardedPage(served.browser, served.origin, { colorScheme: scheme, forcedColors });
  await opened.page.goto(served.url);
  await opened.page.click('#example');
  await waitForReport(opened.page);
  await opened.page.click('.sentence[data-side="target"][data-label="reworded"]');
  await opened.page.waitForSelector('#diff-view del');
  return opened;
}

/**
 * For each kind of marked text (a sentence of each label, a phrase box of each label inside each,
 * inserted and deleted words, a changed fact's sentence): its WCAG contrast ratio against the first opaque background behind it, and the
 * page's background luminance.
 */
const contrasts = (page) => page.evaluate(() => {
  const channels = (color) => color.match(/[\d.]+/g).map(Number);
  const luminance = (color) => {
    const [r, g, b] = channels(color).slice(0, 3).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const opaque = (color) => { const parts = channels(color); return parts.length < 4 || parts[3] === 1; };
  const backgroundOf = (node) => {
    for (let at = node; at; at = at.parentElement) {
      const color = getComputedStyle(at).backgroundColor;
      if (opaque(color)) return color;
    }
    return 'rgb(255, 255, 255)';
  };
  const ratio = (node) => {
    const [a, b] = [luminance(getComputedStyle(node).color), luminance(backgroundOf(node))].sort((x, y) => y - x);
    return Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100;
  };
  // Every phrase label inside every sentence label, made with the page's own classes, since one
  // example never shows them all: the stylesheet is what is checked here.
  const body = document.querySelector('.article .article-body');
  const sample = document.createElement('p');
  sample.className = 'paragraph';
  const labels = ['copied', 'reworded', 'added', 'omitted'];
  for (const outer of labels) {
    const sentence = document.createElement('span');
    sentence.className = `sentence label-${outer}`;
    sentence.dataset.sample = outer;
    sentence.append('Words ');
    for (const inner of labels) {
      const mark = document.createElement('mark');
      mark.className = `span span-${inner}`;
      mark.textContent = inner;
      sentence.append(mark, ' ');
    }
    sample.append(sentence);
  }
  body.append(sample);
  const found = {};
  for (const sentence of sample.children) {
    found[`sentence ${sentence.dataset.sample}`] = ratio(sentence);
    for (const mark of sentence.querySelectorAll('mark')) {
      found[`phrase ${mark.textContent} in ${sentence.dataset.sample}`] = ratio(mark);
    }
  }
  sample.remove();
  const shown = { inserted: '#diff-view ins', deleted: '#diff-view del', 'changed badge': '.sentence[data-changed]' };
  for (const [kind, selector] of Object.entries(shown)) {
    const node = document.querySelector(selector);
    if (node) found[kind] = ratio(node);
  }
  return { found, root: luminance(getComputedStyle(document.documentElement).backgroundColor) };
});

for (const scheme of ['light', 'dark']) {
  test(`${scheme} scheme: every kind of mark keeps text at 4.5:1 or more, and axe finds nothing serious`, async () => {
    const { page, problems, context } = await comparedPage(scheme);
    const { found, root } = await contrasts(page);
    // The example shows every kind: the check must not pass by finding nothing.
    assert.equal(Object.keys(found).length, 4 + 16 + 3, Object.keys(found).join(', '));
    for (const [kind, ratio] of Object.entries(found)) assert.ok(ratio >= 4.5, `${kind}: contrast ${ratio}:1`);
    if (scheme === 'dark') assert.ok(root < 0.05, `a dark page (background luminance ${root})`);
    else assert.ok(root > 0.9, `a light page (background luminance ${root})`);
    assert.deepEqual(await runAxe(page), []);
    await page.screenshot({ path: screenshotPath(`look-${scheme}`) });
    assert.deepEqual(problems, CLEAN);
    await context.close();
  });
}

test('printed from a dark screen, the page is still dark ink on white paper', async () => {
  const { page, context } = await comparedPage('dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const { root } = await contrasts(page);
  assert.ok(root > 0.9, `white paper (background luminance ${root})`);
  await context.close();
});

test('forced colours: the summary bars keep their patterns instead of turning into empty outlines', async () => {
  const { page, problems, context } = await comparedPage('light', 'active');
  // Forced colours paint every background the system's Canvas colour and drop gradients.
  const bars = await page.$$eval('.bar-part', (parts) => {
    const canvas = getComputedStyle(document.documentElement).backgroundColor;
    return parts.map((part) => {
      const style = getComputedStyle(part);
      const painted = part.classList.contains('label-copied')
        ? style.backgroundColor !== canvas : style.backgroundImage.startsWith('repeating-linear-gradient');
      return { label: part.className, painted };
    });
  });
  assert.ok(bars.length >= 4, `${bars.length} bar parts`);
  for (const bar of bars) assert.ok(bar.painted, `${bar.label} is painted`);
  assert.deepEqual(problems, CLEAN);
  await context.close();
});

test('printing lays out the word diff of every pair that differs after the articles, then takes it away', async () => {
  const { page, problems, context } = await comparedPage('light');
  // Chromium fires beforeprint and afterprint around a PDF as around Ctrl+P: what was laid out
  // then is recorded by a listener that runs after the page's own.
  await page.evaluate(() => {
    globalThis.printedDiffs = [];
    addEventListener('beforeprint', () => {
      const section = document.querySelector('#results .print-diffs');
      globalThis.printedDiffs.push(section && {
        afterColumns: Boolean(document.querySelector('#results .columns').compareDocumentPosition(section)
          & Node.DOCUMENT_POSITION_FOLLOWING),
        captions: Array.from(section.querySelectorAll('.diff-caption'), (node) => node.textContent),
        deleted: section.querySelectorAll('del').length,
        inserted: section.querySelectorAll('ins').length,
      });
    });
  });
  await page.pdf({ path: screenshotPath('print-diffs').replace(/\.png$/, '.pdf') });
  const [printed] = await page.evaluate(() => globalThis.printedDiffs);
  const differing = await page.evaluate(() => globalThis.retoldPage.report.links
    .filter((link) => link.diff.some((op) => op.op !== 'equal')).length);
  assert.ok(differing >= 3, `${differing} differing pairs in the example`);
  assert.equal(printed.captions.length, differing);
  assert.ok(printed.afterColumns);
  assert.ok(printed.deleted > 0 && printed.inserted > 0);
  assert.match(printed.captions[0], /source sentence \d+ → target sentence \d+/);
  assert.equal(await page.locator('.print-diffs').count(), 0, 'gone after printing');
  // On screen the section never shows, even while the print dialog is open.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.isVisible('.print-diffs'), false);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.print-diffs'), true);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.deepEqual(problems, CLEAN);
  await context.close();
});
