// End to end, served over http: where the word diff panel and the sentences sit while a reader
// walks, clicks and scrolls through long articles on wide and laptop screens.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { compareAndWait, firstLinePoint, openExample } from './helpers.mjs';

let server;
let browser;
let page;
let problems;

before(async () => {
  ({ server, browser, page, problems } = await openExample());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function longArticle(sentences, change = (text) => text) {
  const places = ['Harlow', 'Tarnow', 'Brisk', 'Marrow', 'Aske', 'Tolle', 'Carrow', 'Hexham'];
  const items = Array.from({ length: sentences }, (_, k) =>
    change(`The ${places[k % 8]} council approved plan ${k + 1} for ${(k + 3) * 7} new homes near ${places[(k * 3 + 1) % 8]} road ${k}.`, k));
  const paragraphs = [];
  for (let k = 0; k < items.length; k += 3) paragraphs.push(items.slice(k, k + 3).join(' '));
  return paragraphs.join('\n\n');
}

test('on a wide screen, keyboard walking down a long article keeps the word diff in view', async () => {
  await compareAndWait(page, async () => {
    await page.fill('#source-input', longArticle(120));
    await page.fill('#target-input', longArticle(120, (text, k) => (k % 10 === 9 ? text.replace('new homes', 'flats') : text)));
  });
  await page.focus('.sentence[data-side="target"][data-index="0"]');
  const inView = () => page.evaluate(() => {
    const box = document.querySelector('.diff-panel').getBoundingClientRect();
    const focused = document.activeElement.getBoundingClientRect();
    return { panel: box.top >= 0 && box.bottom <= innerHeight, focused: focused.top >= 0 && focused.bottom <= innerHeight };
  });
  for (let step = 0; step < 60; step += 1) {
    await page.keyboard.press('ArrowDown');
    if (step % 10 === 9) assert.deepEqual(await inView(), { panel: true, focused: true }, `after ${step + 1} steps`);
  }
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-index')), '60');
  // A click with the page scrolled part way past the columns reveals the counterpart where the
  // window shows it, not below the window's edge.
  await page.focus('#download-html');
  await page.keyboard.press('Escape');
  await page.evaluate(() => {
    const columns = document.querySelector('.columns').getBoundingClientRect();
    window.scrollBy(0, columns.top - 280);
    document.getElementById('source-view').scrollTop = 0;
  });
  // On its first line: a wrapped sentence's centre can fall between its lines, on the paragraph.
  const far = await firstLinePoint(page, '.sentence[data-side="target"][data-index="100"]');
  const before = await page.evaluate(() => document.querySelector('.columns').getBoundingClientRect().top);
  await page.mouse.click(far.x, far.y);
  const shown = await page.evaluate(() => {
    const box = document.querySelector('.sentence.is-counterpart').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });
  assert.equal(shown, true);
  assert.equal(await page.evaluate(() => document.querySelector('.columns').getBoundingClientRect().top), before, 'a click never scrolls the page');
  await page.evaluate(() => window.scrollTo(0, 0));
  await compareAndWait(page, () => page.click('#example'));
});

test('keyboard: a sentence walked to is never hidden under the word diff panel stuck to the top', async () => {
  await page.focus('.sentence[data-side="source"][data-index="0"]');
  for (let step = 0; step < 9; step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  const boxes = await page.evaluate(() => {
    const panel = document.querySelector('.diff-panel').getBoundingClientRect();
    const focused = document.activeElement.getBoundingClientRect();
    return { panelBottom: panel.bottom, focusedTop: focused.top, index: document.activeElement.getAttribute('data-index') };
  });
  assert.equal(boxes.index, '0');
  assert.ok(boxes.focusedTop >= boxes.panelBottom - 1, JSON.stringify(boxes));
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.scrollTo(0, 0));
});

test('on a laptop screen scrolled down to the columns, a click shows the word diff in view', async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  try {
    await compareAndWait(page, async () => {
      await page.fill('#source-input', longArticle(60));
      await page.fill('#target-input', longArticle(60, (text, k) => (k % 4 === 3 ? text.replace('new homes', 'flats') : text)));
    });
    await page.evaluate(() => window.scrollBy(0, document.querySelector('.columns').getBoundingClientRect().top));
    const before = await page.evaluate(() => document.querySelector('.columns').getBoundingClientRect().top);
    // A sentence the reader sees, below the panel now stuck to the top of the window.
    const point = await page.evaluate(() => {
      const panel = document.querySelector('.diff-panel').getBoundingClientRect();
      for (const node of document.querySelectorAll('.sentence[data-side="target"]')) {
        const box = node.getClientRects()[0];
        if (box && box.top > panel.bottom + 10 && box.bottom < innerHeight - 10) {
          return { x: box.left + 10, y: box.top + box.height / 2, number: Number(node.getAttribute('data-index')) + 1 };
        }
      }
      return null;
    });
    assert.ok(point, 'a target sentence is in view below the panel');
    await page.mouse.click(point.x, point.y);
    const seen = await page.evaluate((number) => {
      const panel = document.querySelector('.diff-panel').getBoundingClientRect();
      const counterpart = document.querySelector('.sentence.is-counterpart').getBoundingClientRect();
      return {
        panel: panel.top >= 0 && panel.bottom <= innerHeight,
        diff: document.getElementById('diff-view').textContent.includes(`target sentence ${number}`),
        counterpart: counterpart.top >= panel.bottom && counterpart.bottom <= innerHeight,
      };
    }, point.number);
    assert.deepEqual(seen, { panel: true, diff: true, counterpart: true });
    assert.equal(await page.evaluate(() => document.querySelector('.columns').getBoundingClientRect().top), before, 'a click never scrolls the page');
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await compareAndWait(page, () => page.click('#example'));
  }
});

test('on a wide screen scrolled to the foot of the page, the columns stay below the word diff panel, however tall it is dragged', async () => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // Where everything sits with the page scrolled as far down as it goes, once the page has had a
  // few frames to follow a change in size (it measures in the frame after the change).
  const atFoot = () => page.evaluate(() => new Promise((resolve) => {
    let frames = 4;
    const wait = () => (frames-- > 0 ? requestAnimationFrame(wait) : measure());
    requestAnimationFrame(wait);
    function measure() {
      window.scrollTo(0, document.documentElement.scrollHeight);
      const panel = document.querySelector('.diff-panel').getBoundingClientRect();
      const headings = [...document.querySelectorAll('.column h2')].map((node) => node.getBoundingClientRect().top);
      const articles = [...document.querySelectorAll('.columns .article')].map((node) => node.getBoundingClientRect());
      resolve({
        headingsBelowPanel: headings.every((top) => top >= panel.bottom - 1),
        articlesInWindow: articles.every((box) => box.bottom <= innerHeight + 1),
        // Nothing stretches the page below its footer (the screen-reader prefixes once did).
        footerAtFoot: Math.abs(document.documentElement.getBoundingClientRect().bottom - innerHeight) <= 1,
        panelHeight: Math.round(panel.height),
        articleHeight: Math.round(articles[1].height),
      });
    }
  }));
  try {
    await compareAndWait(page, async () => {
      await page.fill('#source-input', longArticle(60));
      await page.fill('#target-input', longArticle(60, (text, k) => (k % 4 === 3 ? text.replace('new homes', 'flats') : text)));
    });
    const usual = await atFoot();
    assert.deepEqual({ ...usual, panelHeight: 0, articleHeight: 0 },
      { headingsBelowPanel: true, articlesInWindow: true, footerAtFoot: true, panelHeight: 0, articleHeight: 0 }, JSON.stringify(usual));
    assert.ok(usual.articleHeight >= 300, `the articles keep most of the window (${usual.articleHeight} px)`);
    // The reader drags the panel's corner to twice its height: the articles give up the room.
    await page.evaluate((height) => { document.querySelector('.diff-panel').style.height = `${height}px`; }, usual.panelHeight * 2);
    const dragged = await atFoot();
    assert.equal(dragged.panelHeight, usual.panelHeight * 2);
    assert.deepEqual([dragged.headingsBelowPanel, dragged.articlesInWindow, dragged.footerAtFoot], [true, true, true], JSON.stringify(dragged));
    assert.ok(dragged.articleHeight < usual.articleHeight, JSON.stringify({ usual, dragged }));
  } finally {
    await page.evaluate(() => { document.querySelector('.diff-panel').style.height = ''; });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await compareAndWait(page, () => page.click('#example'));
  }
});

test('no console errors and no request left the page origin while scrolling', () => {
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
});
