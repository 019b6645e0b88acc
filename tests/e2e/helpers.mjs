// Shared e2e helpers: a static server for dist/ on 127.0.0.1 (free port), Chromium via
// playwright-core, and guards that collect console errors and requests leaving the origin.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = path.join(ROOT, 'dist');
export const ARTIFACTS = path.join(ROOT, 'artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
};

/** Serves `root` (dist/ by default) on 127.0.0.1 at a free port; resolves to {url, close()}. */
export function serveDist(root = DIST) {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-dev-shm-usage'];

/** What a clean page reports: no console errors, no page errors, no request off its origin. */
export const CLEAN = { consoleErrors: [], pageErrors: [], foreignRequests: [] };

/**
 * Serves dist/ and launches Chromium for the test file that calls it, and closes both after its
 * tests: `served.url`, `served.origin` and `served.browser` are set once `before` has run.
 */
export function useServedPage() {
  const served = {};
  before(async () => {
    served.server = await serveDist();
    served.url = served.server.url;
    served.origin = served.server.url.slice(0, -1);
    served.browser = await launch();
  });
  after(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/**
 * A new page that records console errors, page errors and every request outside `origin`
 * (`origin` null: only file:, blob: and data: URLs are allowed).
 */
export async function guardedPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  context.on('request', (request) => {
    const url = request.url();
    const own = origin ? url.startsWith(origin) : url.startsWith('file:');
    if (!own && !url.startsWith('blob:') && !url.startsWith('data:')) problems.foreignRequests.push(url);
  });
  return { context, page, problems };
}

/**
 * Serves dist/, launches Chromium and opens a guarded page (see `guardedPage`, which takes
 * `options`) with the example compared: `{ server, browser, context, page, problems }`. One call
 * in one `before` hook, since Node 20 runs a file's top-level `before` hooks side by side.
 */
export async function openExample(options = {}) {
  const server = await serveDist();
  const browser = await launch().catch(async (error) => { await server.close(); throw error; });
  try {
    const { context, page, problems } = await guardedPage(browser, server.url.slice(0, -1), options);
    await page.goto(server.url);
    await page.click('#example');
    await waitForReport(page);
    return { server, browser, context, page, problems };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/** Waits until the page has finished showing a report; throws with the page's message if it failed. */
export async function waitForReport(page, timeout = 30_000) {
  await page.waitForFunction(() => ['done', 'failed'].includes(
    document.getElementById('status').getAttribute('data-state')), null, { timeout });
  const state = await page.evaluate(() => ({
    state: document.getElementById('status').getAttribute('data-state'),
    message: document.getElementById('message').textContent,
  }));
  if (state.state !== 'done') throw new Error(`page shows an error: ${state.message}`);
}

/** Runs `action` (which starts a comparison) and waits until that comparison is shown. */
export async function compareAndWait(page, action, timeout = 30_000) {
  const before = await page.evaluate(() => globalThis.retoldPage.finished);
  await action();
  await page.waitForFunction((count) => globalThis.retoldPage.finished > count, before, { timeout });
  await waitForReport(page, timeout);
}

export function screenshotPath(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, `${name}.png`);
}

/** The centre of a (possibly wrapped) inline element's first line box, in viewport pixels. */
export async function firstLinePoint(page, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  return page.evaluate(async (css) => {
    // Let layout settle (fonts, scroll anchoring) before reading the position.
    await new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); });
    const box = document.querySelector(css).getClientRects()[0];
    return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
  }, selector);
}

/** The serious and critical accessibility violations axe-core finds on the page, as readable lines. */
export async function runAxe(target) {
  const source = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await target.evaluate(source);
  const result = await target.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact))
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
