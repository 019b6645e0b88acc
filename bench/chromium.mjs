// Headless Chromium measures of the page: load time (wasm compiled and the engine ready), the
// wasm compare time on the page's own glue, and the whole click-to-result time in the UI.
//
//   node bench/chromium.mjs ROOT INPUTS_DIR [--sizes 5k,200k,1m] [--ui-sizes 5k,200k] [--loads 5]
//
// ROOT is the built page (dist/, from scripts/build-web.sh): index.html, pkg/retold.js (the
// `--target web` glue) and pkg/retold_bg.wasm; or bench/web/ (a minimal page) with its pkg/. It is
// served on 127.0.0.1 (a free port) with INPUTS_DIR under /bench-inputs/. Prints JSON lines:
//   {"tool":"chromium-load", "median_ms", "runs", "dom_content_loaded_ms", "wasm_fetched_ms",
//       "file_median_ms"}   load: navigation start to the engine's version shown (#version filled:
//       wasm fetched, compiled, worker ready), with DOMContentLoaded and the wasm's responseEnd;
//       file_median_ms is the same for dist/retold.html opened from file://
//   {"tool":"wasm-chromium", "size", "median_ms", "runs", "first_run_ms"}   compare() on the main
//       thread, median after a warm-up; first_run_ms is the first (cold) call
//   {"tool":"chromium-ui", "size", "median_ms", "runs", "first_ms"}   click Compare -> results
//       shown; first_ms is the first click, made a second after the engine is ready (the least a
//       reader takes to paste two articles)
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-dev-shm-usage'];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
};

function parseArgs(argv) {
  const options = { sizes: ['5k', '200k', '1m'], uiSizes: ['5k', '200k'], loads: 5, budget: 10 };
  const positional = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--sizes') options.sizes = argv[++i].split(',').filter(Boolean);
    else if (argv[i] === '--ui-sizes') options.uiSizes = argv[++i].split(',').filter(Boolean);
    else if (argv[i] === '--loads') options.loads = Number(argv[++i]);
    else if (argv[i] === '--budget') options.budget = Number(argv[++i]);
    else positional.push(argv[i]);
  }
  [options.root, options.inputs] = positional.map((p) => path.resolve(p));
  return options;
}

function serve(root, inputs) {
  const server = http.createServer((request, response) => {
    let pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    let base = root;
    if (pathname.startsWith('/bench-inputs/')) {
      base = inputs;
      pathname = pathname.slice('/bench-inputs'.length);
    }
    const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': 'no-store',
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// Records when #version gets its text (the engine reported ready) as performance.now(), whose
// origin is the navigation start.
const READY_PROBE = () => {
  const watch = () => {
    const element = document.getElementById('version');
    if (!element) return;
    const check = () => {
      if (element.textContent.trim() && window.__retoldReady === undefined) window.__retoldReady = performance.now();
    };
    new MutationObserver(check).observe(element, { childList: true, characterData: true, subtree: true });
    check();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
};

async function loadTime(browser, url, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__retoldReady !== undefined, null, { timeout: 30000 });
    times.push(await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      return {
        ready: window.__retoldReady,
        dcl: navigation ? navigation.domContentLoadedEventEnd : null,
        wasmFetched: wasm ? wasm.responseEnd : null,
      };
    }));
    await context.close();
  }
  return times;
}

async function wasmCompare(browser, url, sizes, budgetMs) {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(url);
  const results = [];
  for (const size of sizes) {
    const result = await page.evaluate(async ({ size, budgetMs }) => {
      const glue = await import('/pkg/retold.js');
      if (!window.__retoldInit) window.__retoldInit = glue.default({ module_or_path: '/pkg/retold_bg.wasm' });
      await window.__retoldInit;
      const fetchText = async (name) => (await fetch(`/bench-inputs/${size}/${name}`)).text();
      const source = await fetchText('source.txt');
      const target = await fetchText('target.txt');
      const coldStart = performance.now();
      glue.compare(source, target, undefined);
      const cold = performance.now() - coldStart;
      // Warm up (at least 5 runs and 1 s) so the hot functions are tiered up, as in node.
      for (let warm = 0, start = performance.now(); warm < 5 || performance.now() - start < 1000; warm += 1) {
        glue.compare(source, target, undefined);
      }
      const times = [];
      let spent = 0;
      while (times.length < 200 && (times.length < 3 || spent < budgetMs)) {
        const start = performance.now();
        glue.compare(source, target, undefined);
        const elapsed = performance.now() - start;
        times.push(elapsed);
        spent += elapsed;
      }
      return { times, cold };
    }, { size, budgetMs });
    results.push({ size, ...result });
  }
  await context.close();
  return results;
}

async function uiCompare(browser, url, sizes, inputs) {
  const results = [];
  for (const size of sizes) {
    const source = fs.readFileSync(path.join(inputs, size, 'source.txt'), 'utf8');
    const target = fs.readFileSync(path.join(inputs, size, 'target.txt'), 'utf8');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__retoldReady !== undefined, null, { timeout: 30000 });
    await page.waitForTimeout(1000);
    const times = [];
    const runs = source.length > 300000 ? 1 : 3;
    for (let i = 0; i < runs; i += 1) {
      await page.evaluate(({ source, target }) => {
        document.getElementById('source-input').value = source;
        document.getElementById('target-input').value = target;
      }, { source, target });
      const started = await page.evaluate(() => {
        window.__uiDone = undefined;
        const status = document.getElementById('status');
        const observer = new MutationObserver(() => {
          const state = status.getAttribute('data-state');
          if (state === 'done' || state === 'failed') {
            window.__uiDone = { at: performance.now(), state };
            observer.disconnect();
          }
        });
        observer.observe(status, { attributes: true, attributeFilter: ['data-state'] });
        const start = performance.now();
        document.getElementById('compare').click();
        return start;
      });
      await page.waitForFunction(() => window.__uiDone !== undefined, null, { timeout: 300000, polling: 50 });
      const done = await page.evaluate(() => window.__uiDone);
      if (done.state !== 'done') throw new Error(`the page's comparison ${done.state} at ${size}`);
      times.push(done.at - started);
    }
    results.push({ size, times });
    await context.close();
  }
  return results;
}

const options = parseArgs(process.argv.slice(2));
if (!options.root || !options.inputs) {
  console.error('usage: node bench/chromium.mjs ROOT INPUTS_DIR [--sizes ...] [--ui-sizes ...] [--loads N]');
  process.exit(2);
}
const server = await serve(options.root, options.inputs);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });
try {
  const hasApp = fs.existsSync(path.join(options.root, 'app.js'));
  if (options.loads > 0) {
    const served = await loadTime(browser, `${server.url}index.html`, options.loads);
    const single = path.join(options.root, 'retold.html');
    const file = hasApp && fs.existsSync(single) ? await loadTime(browser, `file://${single}`, options.loads) : [];
    const pick = (runs, key) => (runs.length && runs[0][key] !== null ? median(runs.map((r) => r[key])) : null);
    console.log(JSON.stringify({
      tool: 'chromium-load', median_ms: pick(served, 'ready'), runs: served.length,
      dom_content_loaded_ms: pick(served, 'dcl'), wasm_fetched_ms: pick(served, 'wasmFetched'),
      file_median_ms: pick(file, 'ready'), page: hasApp ? 'dist' : 'bench/web',
    }));
  }
  for (const { size, times, cold } of await wasmCompare(browser, `${server.url}index.html`, options.sizes, options.budget * 1000)) {
    console.log(JSON.stringify({ tool: 'wasm-chromium', size, median_ms: median(times), runs: times.length, first_run_ms: cold }));
  }
  if (hasApp) {
    for (const { size, times } of await uiCompare(browser, `${server.url}index.html`, options.uiSizes, options.inputs)) {
      console.log(JSON.stringify({ tool: 'chromium-ui', size, median_ms: median(times), runs: times.length, first_ms: times[0] }));
    }
  }
} finally {
  await browser.close();
  await server.close();
}
