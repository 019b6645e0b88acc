// Times the wasm build of retold::compare in node, one size per process (so maxRSS is that size's).
//   node bench/wasm-node.mjs PKG_DIR INPUTS_DIR SIZE [BUDGET_SECONDS]
// PKG_DIR is `wasm-bindgen --target nodejs` output. Prints one JSON line: the first (cold) run,
// then the median over up to 200 runs (at least 3, fewer past the budget) after a warm-up of at
// least 5 runs and 1 s (V8 runs wasm in its baseline tier first and tiers hot functions up in the
// background), the time to load the module (read, compile, instantiate) and the peak RSS after
// the first run (one comparison) and after all (which includes garbage V8 has not collected yet).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [pkgDir, inputs, size, budgetArg] = process.argv.slice(2);
if (!size) {
  console.error('usage: node bench/wasm-node.mjs PKG_DIR INPUTS_DIR SIZE [BUDGET_SECONDS]');
  process.exit(2);
}
const budget = Number(budgetArg || 10) * 1000;
const require = createRequire(import.meta.url);
const loadStart = performance.now();
const retold = require(path.resolve(pkgDir, 'retold.js'));
const loadMs = performance.now() - loadStart;

const source = fs.readFileSync(path.join(inputs, size, 'source.txt'), 'utf8');
const target = fs.readFileSync(path.join(inputs, size, 'target.txt'), 'utf8');
const coldStart = performance.now();
const first = retold.compare(source, target, undefined);
const coldMs = performance.now() - coldStart;
const firstRunMaxRss = process.resourceUsage().maxRSS;
for (let warm = 0, start = performance.now(); warm < 5 || performance.now() - start < 1000; warm += 1) {
  retold.compare(source, target, undefined);
}
const times = [];
let spent = 0;
while (times.length < 200 && (times.length < 3 || spent < budget)) {
  const start = performance.now();
  retold.compare(source, target, undefined);
  const elapsed = performance.now() - start;
  times.push(elapsed);
  spent += elapsed;
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({
  tool: 'wasm-node',
  size,
  median_ms: times[Math.floor(times.length / 2)],
  runs: times.length,
  first_run_ms: coldMs,
  load_ms: loadMs,
  first_run_max_rss_kb: firstRunMaxRss,
  max_rss_kb: process.resourceUsage().maxRSS,
  target_sentences: first.target.sentences.length,
}));
