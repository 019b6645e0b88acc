// End to end on small screens, served over http: a phone's stacked layout and its word diff
// stuck to the foot of the screen, upright and on its side, and a desktop zoomed to 200%.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  firstLinePoint, guardedPage, runAxe, screenshotPath, useServedPage, waitForReport,
} from './helpers.mjs';

const served = useServedPage();

const reportOf = (target) => target.evaluate(() => globalThis.retoldPage.report);

/** A page of the given size (a touch one unless `touch` is false) with the example compared. */
async function pageWith(viewport, touch = true) {
  const opened = await guardedPage(served.browser, served.origin, { viewport, isMobile: touch, hasTouch: touch });
  await opened.page.goto(served.url);
  await opened.page.click('#example');
  await waitForReport(opened.page);
  return opened;
}

/** Taps the first or last reworded target sentence and waits for its diff; returns its selector. */
async function tapReworded(phone, report, which) {
  const reworded = (sentence) => sentence.label === 'reworded';
  const index = which === 'last' ? report.target.sentences.findLastIndex(reworded) : report.target.sentences.findIndex(reworded);
  const selector = `.sentence[data-side="target"][data-index="${index}"]`;
  const point = await firstLinePoint(phone, selector);
  await phone.touchscreen.tap(point.x, point.y);
  await phone.waitForFunction(() => /Reworded: source sentence/.test(document.getElementById('diff-view').textContent));
  return selector;
}

test('at 375 px the layout stacks and stays usable', async () => {
  const { page: mobile, problems: mobileProblems, context: mobileContext } = await pageWith({ width: 375, height: 740 });
  const layout = await mobile.evaluate(() => {
    const box = (selector) => document.querySelector(selector).getBoundingClientRect();
    return {
      scrollWidth: document.scrollingElement.scrollWidth,
      inputsStacked: box('#source-input').bottom <= box('#target-input').top,
      columnsStacked: box('#source-view').bottom <= box('#target-view').top,
      textareaWidth: box('#target-input').width,
      compareVisible: box('#compare').width > 40,
    };
  });
  assert.ok(layout.scrollWidth <= 375, `no sideways scrolling (scrollWidth ${layout.scrollWidth})`);
  assert.ok(layout.inputsStacked && layout.columnsStacked, JSON.stringify(layout));
  assert.ok(layout.textareaWidth > 300, 'textareas use the width');
  const point = await firstLinePoint(mobile, '.sentence[data-side="target"][data-label="copied"]');
  await mobile.touchscreen.tap(point.x, point.y);
  await mobile.waitForFunction(() => document.querySelectorAll('.sentence.is-counterpart').length > 0);
  assert.deepEqual(await runAxe(mobile), []);
  await mobile.screenshot({ path: screenshotPath('mobile-375'), fullPage: true });
  assert.deepEqual(mobileProblems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await mobileContext.close();
});

test('on a 390 px phone a tapped sentence\'s diff shows on screen; on a desktop the panel stays above the columns', async () => {
  const { page: phone, problems: phoneProblems, context: phoneContext } = await pageWith({ width: 390, height: 844 });
  assert.match(await phone.textContent('#diff-view'), /Tap/, 'the diff panel tells touch readers what to do');
  // Until a sentence is tapped the panel covers nothing: it waits after the articles.
  assert.equal(await phone.$eval('.diff-panel', (node) => getComputedStyle(node).position), 'static');
  const summaryClear = await phone.evaluate(() => {
    const panel = document.querySelector('.diff-panel').getBoundingClientRect();
    const summary = document.getElementById('summary').getBoundingClientRect();
    return panel.top >= summary.bottom;
  });
  assert.ok(summaryClear, 'the panel does not cover the summary');
  const report = await reportOf(phone);
  const selector = await tapReworded(phone, report, 'last');
  const inView = await phone.$eval('.diff-panel', (node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight + 1 && box.height > 60;
  });
  assert.ok(inView, 'the diff panel is on screen after the tap');
  const tapped = await phone.$eval(selector, (node) => {
    const own = node.getClientRects()[0];
    const panel = document.querySelector('.diff-panel').getBoundingClientRect();
    return own.bottom > 0 && own.top < panel.top;
  });
  assert.ok(tapped, 'the tapped sentence is still on screen above the panel');
  // A second tap, on a sentence further up, shows that sentence's diff: the page does not move
  // under the finger between touch-down and touch-up.
  const second = report.target.sentences.findIndex((sentence) => sentence.label === 'reworded' && sentence.text.startsWith('Governor'));
  const secondPoint = await firstLinePoint(phone, `.sentence[data-side="target"][data-index="${second}"]`);
  const scrolled = await phone.evaluate(() => scrollY);
  await phone.touchscreen.tap(secondPoint.x, secondPoint.y);
  await phone.waitForFunction((n) => new RegExp(`target sentence ${n}\\b`).test(document.getElementById('diff-view').textContent), second + 1);
  assert.equal(await phone.evaluate(() => scrollY), scrolled, 'the tap did not scroll the page');
  await phone.screenshot({ path: screenshotPath('mobile-390-diff'), fullPage: false });
  // Close puts the diff away: it leaves the foot of the screen, and nothing stays picked.
  await phone.tap('#diff-close');
  assert.equal(await phone.$eval('.diff-panel', (node) => getComputedStyle(node).position), 'static');
  assert.match(await phone.textContent('#diff-view'), /Tap/);
  assert.equal(await phone.locator('.sentence.is-active, .sentence.is-counterpart').count(), 0);
  assert.equal(await phone.evaluate(() => scrollY), scrolled, 'closing did not scroll the page');
  assert.deepEqual(phoneProblems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await phoneContext.close();
  const { page: desktop, context: desktopContext } = await pageWith({ width: 1280, height: 900 }, false);
  const point2 = await firstLinePoint(desktop, selector);
  await desktop.mouse.click(point2.x, point2.y);
  // On a wide screen the panel waits above the columns, stuck to the window's top only once the
  // page is scrolled past it, never to its foot.
  assert.deepEqual(await desktop.$eval('.diff-panel', (node) => [getComputedStyle(node).position, getComputedStyle(node).top]), ['sticky', '0px']);
  await desktopContext.close();
});

test('zoomed to 200% (a 640 x 400 window), walking with the arrows keeps the sentence clear of the word diff', async () => {
  const { page: zoomed, problems: zoomedProblems, context: zoomedContext } = await pageWith({ width: 640, height: 400 }, false);
  await zoomed.focus('.sentence[data-side="target"][data-index="0"]');
  for (let step = 0; step < 8; step += 1) {
    await zoomed.keyboard.press('ArrowDown');
    const clear = await zoomed.evaluate(() => {
      const own = document.activeElement.getBoundingClientRect();
      const panel = document.querySelector('.diff-panel').getBoundingClientRect();
      return own.top >= 0 && own.bottom <= panel.top;
    });
    assert.ok(clear, `the focused sentence is above the panel after ${step + 1} steps`);
  }
  assert.deepEqual(zoomedProblems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await zoomedContext.close();
});

test('a phone turned on its side shows a tapped sentence\'s diff at the foot of the screen, with Close', async () => {
  const { page: phone, problems, context } = await pageWith({ width: 844, height: 390 });
  const selector = await tapReworded(phone, await reportOf(phone), 'first');
  const seen = await phone.evaluate((css) => {
    const panel = document.querySelector('.diff-panel').getBoundingClientRect();
    const own = document.querySelector(css).getClientRects()[0];
    return {
      position: getComputedStyle(document.querySelector('.diff-panel')).position,
      panelOnScreen: panel.top >= 0 && panel.bottom <= innerHeight + 1,
      sentenceAbove: own.bottom <= panel.top + 1 && own.bottom > 0,
      close: getComputedStyle(document.getElementById('diff-close')).display !== 'none',
    };
  }, selector);
  assert.deepEqual(seen, { position: 'sticky', panelOnScreen: true, sentenceAbove: true, close: true });
  await phone.screenshot({ path: screenshotPath('mobile-landscape-diff'), fullPage: false });
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});

test('a sentence tapped at the foot of a phone\'s screen moves clear of the diff that comes up', async () => {
  const { page: phone, problems, context } = await pageWith({ width: 390, height: 844 });
  const selector = '.sentence[data-side="target"][data-index="1"]';
  // Bring the sentence's first line to just above the foot of the screen, then tap it.
  await phone.evaluate((css) => {
    const box = document.querySelector(css).getClientRects()[0];
    window.scrollBy(0, box.top - (innerHeight - 40));
  }, selector);
  const point = await phone.evaluate((css) => {
    const box = document.querySelector(css).getClientRects()[0];
    return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2, bottom: box.bottom };
  }, selector);
  assert.ok(point.y > 844 - 60, `the sentence starts near the foot (${point.y})`);
  await phone.touchscreen.tap(point.x, point.y);
  await phone.waitForFunction(() => document.querySelector('.diff-panel').hasAttribute('data-selected'));
  const clear = await phone.evaluate((css) => {
    const own = document.querySelector(css).getClientRects();
    const panel = document.querySelector('.diff-panel').getBoundingClientRect();
    return own[own.length - 1].bottom <= panel.top + 1 && own[0].top >= 0;
  }, selector);
  assert.ok(clear, 'the tapped sentence is above the panel');
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});

test('on a phone, a tapped source sentence\'s counterpart is revealed above the word diff, not under it', async () => {
  const { page: phone, problems, context } = await pageWith({ width: 390, height: 844 });
  const report = await reportOf(phone);
  // The last linked source sentence whose counterpart lies deep in the target column.
  const index = report.source.sentences.findLastIndex((sentence) => sentence.links.length > 0);
  // The page scrolled so the source column's foot and the target column's head share the screen.
  await phone.evaluate(() => {
    const target = document.getElementById('target-view').getBoundingClientRect();
    window.scrollBy(0, target.top - innerHeight * 0.45);
    document.getElementById('source-view').scrollTop = document.getElementById('source-view').scrollHeight;
  });
  const point = await phone.evaluate((css) => {
    const box = document.querySelector(css).getClientRects()[0];
    return { x: box.left + 10, y: box.top + box.height / 2 };
  }, `.sentence[data-side="source"][data-index="${index}"]`);
  await phone.touchscreen.tap(point.x, point.y);
  await phone.waitForFunction(() => document.querySelector('.diff-panel').hasAttribute('data-selected'));
  const seen = await phone.evaluate(() => {
    const panel = document.querySelector('.diff-panel').getBoundingClientRect();
    const counterpart = document.querySelector('.sentence.is-counterpart').getBoundingClientRect();
    return { above_panel: counterpart.bottom <= panel.top, on_screen: counterpart.top >= 0 };
  });
  assert.deepEqual(seen, { above_panel: true, on_screen: true });
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});

test('a phone\'s first screen shows both boxes, what to paste in them, and the Compare and example buttons', async () => {
  const { page: phone, problems, context } = await guardedPage(served.browser, served.origin,
    { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await phone.goto(served.url);
  const first = await phone.evaluate(() => {
    const inView = (selector) => document.querySelector(selector).getBoundingClientRect().bottom <= innerHeight;
    return {
      compare: inView('#compare'),
      example: inView('#example'),
      placeholders: [...document.querySelectorAll('textarea')].every((box) => box.placeholder.length > 10),
    };
  });
  assert.deepEqual(first, { compare: true, example: true, placeholders: true });
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});

test('on a phone, Load example and Compare go to the result below the boxes; typing never moves the page', async () => {
  const { page: phone, problems, context } = await pageWith({ width: 390, height: 844 });
  const resultsTop = () => phone.evaluate(() => document.getElementById('results').getBoundingClientRect().top);
  const atTop = async () => { const top = await resultsTop(); return top > -2 && top < 40; };
  assert.ok(await atTop(), `the result starts at the top of the screen (${await resultsTop()})`);
  await phone.evaluate(() => window.scrollTo(0, 0));
  const before = await phone.evaluate(() => globalThis.retoldPage.finished);
  await phone.fill('#target-input', 'The dam opened on Tuesday after seven years of work.');
  await phone.waitForFunction((count) => globalThis.retoldPage.finished > count, before);
  assert.equal(await phone.evaluate(() => scrollY), 0, 'a comparison after typing left the page where it was');
  const again = await phone.evaluate(() => globalThis.retoldPage.finished);
  await phone.click('#compare');
  await phone.waitForFunction((count) => globalThis.retoldPage.finished > count, again);
  assert.ok(await atTop(), 'Compare went to the result');
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});

test('on a phone, Load example over the reader\'s texts goes to the result with its Undo offer in sight', async () => {
  const { page: phone, problems, context } = await pageWith({ width: 390, height: 844 });
  const before = await phone.evaluate(() => globalThis.retoldPage.finished);
  await phone.fill('#source-input', 'My own source. The mayor spoke.');
  await phone.fill('#target-input', 'My own target. The mayor spoke loudly.');
  await phone.waitForFunction((count) => globalThis.retoldPage.finished > count, before);
  await phone.evaluate(() => window.scrollTo(0, 0));
  const again = await phone.evaluate(() => globalThis.retoldPage.finished);
  await phone.click('#example');
  await phone.waitForFunction((count) => globalThis.retoldPage.finished > count, again);
  const seen = await phone.evaluate(() => {
    const offer = document.getElementById('message').getBoundingClientRect();
    const results = document.getElementById('results').getBoundingClientRect();
    return { offer: offer.top >= 0 && offer.bottom <= innerHeight, results: results.top < innerHeight * 0.6 };
  });
  assert.deepEqual(seen, { offer: true, results: true });
  assert.match(await phone.textContent('#message'), /Loaded the example in place of your texts\. Undo/);
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});

test('a laptop zoomed to 150% (911 x 512) stacks the articles, and a click puts the counterpart at the top of the other one', async () => {
  const { page: zoomed, problems, context } = await pageWith({ width: 911, height: 512 }, false);
  const report = await reportOf(zoomed);
  const box = (selector) => zoomed.$eval(selector, (node) => node.getBoundingClientRect().toJSON());
  const [source, target] = [await box('#source-view'), await box('#target-view')];
  assert.ok(source.bottom <= target.top, 'the articles stack');
  assert.ok(target.height > 200, `the target shows more than a few lines (${target.height} px)`);
  // The last target sentence with a counterpart, clicked with the source out of sight above.
  const index = report.target.sentences.findLastIndex((sentence) => sentence.links.length > 0);
  const selector = `.sentence[data-side="target"][data-index="${index}"]`;
  // The target's top at the window's top: the source is wholly out of sight above it.
  const point = await zoomed.evaluate((css) => {
    const node = document.querySelector(css);
    const column = document.getElementById('target-view');
    column.scrollTop = node.offsetTop - column.clientHeight / 2;
    window.scrollTo(0, window.scrollY + column.getBoundingClientRect().top);
    const line = node.getClientRects()[0];
    return { x: line.left + Math.min(line.width / 2, 20), y: line.top + line.height / 2 };
  }, selector);
  assert.ok((await box('#source-view')).bottom <= 0, 'the source is out of sight');
  await zoomed.mouse.click(point.x, point.y);
  await zoomed.waitForFunction(() => document.querySelectorAll('.sentence.is-counterpart').length > 0);
  const seen = await zoomed.evaluate(() => {
    const scroller = document.getElementById('source-view');
    const counterpart = document.querySelector('.sentence.is-counterpart').getBoundingClientRect();
    const visible = scroller.getBoundingClientRect();
    return { scrolled: scroller.scrollTop > 0, inside: counterpart.top >= visible.top && counterpart.bottom <= visible.bottom };
  });
  assert.deepEqual(seen, { scrolled: true, inside: true });
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await context.close();
});
