// DOM wiring only: reads the inputs, runs the engine, hands the Report to render.js and links the
// two sides. No comparison logic lives here.
import {
  appendSentences, captionsOf, closestFirst, closestSources, counterparts, describeRun, keepColumnsFitted, renderDiffList, renderDiffPanel, renderLegend, renderSide, renderSideShell, renderSummary,
  reveal, keepClearOfPanel,
} from './render.js';
import { decodeShare, encodeShare, isShareFragment, shareNote } from './share.js';
import { CancelledError, EngineError, createEngine } from './engine.js';
import { EXAMPLE_SOURCE, EXAMPLE_TARGET } from './examples.js';
import { download, downloadJson, printDiffs, reportHtml } from './export.js';
import { FileError, openedNote, readArticle, strayNote, wireFileOpening } from './files.js';
import { browserStorage, loadTexts, saveTexts, storageNote } from './store.js';
import { messageBox } from './message.js';
import { articleProblem, statusLine } from './status.js';
import { makeTabStop, walk } from './walk.js';

const DEBOUNCE_MS = 400;
// Sentences per side rendered per task, so a huge report never blocks the page for long.
const CHUNK = 1000;
// Past this many sentences a side skips layout of off-screen paragraphs (content-visibility).
const LONG = 400;
// Saving rewrites both texts (100-300 ms at 2 MB), so typing saves once it pauses this long.
const SAVE_MS = 1000;
// A pointer selects a sentence it rests on this long, not one it crosses; a click or a key cancels it.
const HOVER_MS = 120;

const ui = {};
for (const id of ['source-input', 'target-input', 'compare', 'swap', 'clear', 'example', 'share',
  'download-json', 'download-html', 'status', 'status-text', 'status-seconds', 'cancel', 'message', 'share-output',
  'share-link', 'results', 'stale-note', 'summary', 'legend', 'source-view', 'target-view', 'diff-view', 'diff-announce', 'version',
  'file-input', 'diff-close']) {
  ui[id.replace(/-(\w)/g, (_, letter) => letter.toUpperCase())] = document.getElementById(id);
}
const inputs = { source: ui.sourceInput, target: ui.targetInput };

const engine = createEngine(globalThis.RETOLD_INLINE || null);
let report = null;
// The texts the shown report was made from.
let reportTexts = null;
let timer = null;
let saveTimer = null;
let selected = null;
// A clicked sentence stays selected while the pointer wanders (say, to the diff panel) until a
// click elsewhere or Escape.
let pinned = false;
// Set while Close hands focus back to the sentence, which must not pick it again.
let closing = false;
let generation = 0;
let finished = 0;
let lastPointer = '';
let hoverTimer = null;
let engineVersion = '';

const setStatus = statusLine(ui.status, ui.statusText, ui.statusSeconds, ui.cancel, ui.compare);
const message = messageBox(ui.message, inputs, () => {
  save();
  onInput();
});
const showMessage = message.show;

// Saves both texts now (or neither) and says so when they cannot be kept for the next visit.
function save() {
  clearTimeout(saveTimer);
  saveTimer = null;
  const texts = { source: inputs.source.value, target: inputs.target.value };
  const outcome = saveTexts(browserStorage(), texts);
  const note = storageNote(outcome, texts);
  // An Undo on offer matters more than a note about storage, which the next save shows.
  if (note && !message.offersBack()) showMessage(note, 'note', 'storage');
  else if (!note && message.reason() === 'storage') showMessage('');
  return outcome === 'kept';
}

function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, SAVE_MS);
}

function flushSave() {
  if (saveTimer !== null) save();
}

function restore() {
  const texts = loadTexts(browserStorage());
  if (texts) ({ source: inputs.source.value, target: inputs.target.value } = texts);
}

function setReportActions(enabled) {
  ui.downloadJson.disabled = !enabled;
  ui.downloadHtml.disabled = !enabled;
}

const nextTask = () => new Promise((resolve) => { setTimeout(resolve, 0); });

// Builds the report's DOM off-document in chunks (so building never blocks for long), then inserts
// it at once: appending chunk by chunk to the live page re-lays out everything each time.
// Resolves to false when a newer report or a clear overtook it.
async function show(newReport, texts) {
  generation += 1;
  const mine = generation;
  const articles = {};
  for (const side of ['source', 'target']) {
    articles[side] = newReport[side].sentences.length ? renderSideShell(document, side) : renderSide(document, newReport, side);
  }
  const longest = Math.max(newReport.source.sentences.length, newReport.target.sentences.length);
  for (let from = 0; from < longest; from += CHUNK) {
    if (from > 0) {
      await nextTask();
      if (mine !== generation) return false;
    }
    for (const side of ['source', 'target']) appendSentences(document, newReport, side, articles[side], from, from + CHUNK, texts[side]);
  }
  report = newReport;
  reportTexts = texts;
  deselect();
  ui.summary.replaceChildren(renderSummary(document, report.summary));
  for (const side of ['source', 'target']) {
    articles[side].classList.toggle('is-long', report[side].sentences.length > LONG);
    ui[`${side}View`].replaceChildren(articles[side]);
  }
  ui.results.hidden = false;
  markStale();
  setReportActions(true);
  return true;
}

// Marks the shown results out of date while the texts in the boxes are not the ones they were made from.
function markStale() {
  const stale = report !== null && (inputs.source.value !== reportTexts.source || inputs.target.value !== reportTexts.target);
  ui.results.classList.toggle('is-stale', stale);
  ui.staleNote.hidden = !stale;
}

function clearResults() {
  generation += 1;
  report = null;
  selected = null;
  markStale();
  ui.results.hidden = true;
  ui.sourceView.replaceChildren();
  ui.targetView.replaceChildren();
  ui.summary.replaceChildren();
  setReportActions(false);
}

// `pressed`: the reader asked (Compare), so focus goes to a box that is still empty.
async function run(pressed) {
  clearTimeout(timer);
  timer = null;
  const texts = { source: inputs.source.value, target: inputs.target.value };
  const problem = articleProblem(texts);
  if (problem) {
    engine.cancel();
    clearResults();
    if (problem.unreadable) {
      setStatus('Not compared.', false, 'failed');
      showMessage(problem.words, 'error', 'unreadable');
    } else {
      setStatus(problem.words, false);
      if (message.reason() === 'unreadable') showMessage('');
    }
    if (pressed === true) inputs[problem.side].focus();
    return;
  }
  const started = performance.now();
  setStatus('Comparing…', true);
  // A new run answers a failed one; a note (texts too large to keep, a share link) stays, and so
  // does an error about a share link, which no comparison answers.
  if (ui.message.getAttribute('data-kind') === 'error' && !['share', 'link'].includes(message.reason())) showMessage('');
  try {
    const result = await engine.compare(texts.source, texts.target);
    const elapsed = performance.now() - started;
    setStatus('Showing the result…', false, 'showing');
    if (!(await show(result, texts))) return;
    // A phone shows the result below the boxes, out of sight: after Compare (or Load example)
    // the page goes to it, never while the reader types, and keeps an Undo on offer in sight.
    if (pressed === true && ui.results.getBoundingClientRect().top > window.innerHeight - 80) {
      (message.offersBack() ? ui.message : ui.results).scrollIntoView();
    }
    finished += 1;
    setStatus(describeRun(result, elapsed), false, 'done');
  } catch (error) {
    if (error instanceof CancelledError) return;
    finished += 1;
    setStatus('The comparison failed.', false, 'failed');
    if (error instanceof EngineError) {
      showMessage(`The comparison engine could not be loaded (${error.message}). Your texts are kept; try reloading the page.`);
    } else {
      showMessage(`Could not compare these texts: ${error.message}. Your texts are kept; edit them or reload the page to try again.`);
    }
  }
}

function schedule() {
  clearTimeout(timer);
  if (engine.busy() || ui.status.getAttribute('data-state') === 'showing') {
    engine.cancel();
    generation += 1;
    setStatus('Waiting for you to stop typing…', false);
  }
  timer = setTimeout(run, DEBOUNCE_MS);
}

// Texts that are not the share link's any more: the link goes from the address bar, so a reload
// does not put the link's texts back over them.
function forgetShare() {
  if (isShareFragment(location.hash)) history.replaceState(null, '', location.pathname + location.search);
  ui.shareOutput.hidden = true;
}

function onInput() {
  forgetShare();
  if (message.reason() === 'share' || message.reason() === 'link') showMessage('');
  saveSoon();
  markStale();
  schedule();
}

const sentenceNode = (side, index) => document.querySelector(`.sentence[data-side="${side}"][data-index="${index}"]`);

function unmark() {
  for (const node of document.querySelectorAll('.sentence.is-active, .sentence.is-counterpart, .sentence.is-closest')) {
    node.classList.remove('is-active', 'is-counterpart', 'is-closest');
  }
}

// No sentence picked: the diff panel shows how to pick one, and on a phone leaves the screen's foot.
function deselect() {
  unmark();
  selected = null;
  pinned = false;
  ui.diffView.textContent = 'Tap, click or hover over a sentence (or reach it with Tab) to see its counterpart and word ' +
    'diff. A click keeps it and brings the counterpart into view.';
  ui.diffView.closest('.diff-panel').removeAttribute('data-selected');
}

// `scroll`: 'none' (a hover) moves nothing; 'column' reveals the closest counterpart inside its
// column; 'page' may also scroll the page.
function select(side, index, scroll) {
  if (!report || (selected && selected.side === side && selected.index === index)) return;
  unmark();
  selected = { side, index };
  const own = sentenceNode(side, index);
  if (own) own.classList.add('is-active');
  const found = counterparts(report, side, index);
  const nodes = found.indices.map((otherIndex) => sentenceNode(found.side, otherIndex)).filter(Boolean);
  for (const node of nodes) node.classList.add('is-counterpart');
  // An added sentence shows the source sentences its reason names, to check the shared words in.
  const near = closestSources(report, side, index).map((at) => sentenceNode('source', at)).filter(Boolean);
  for (const node of near) node.classList.add('is-closest');
  // The counterpart brought into view is the closest one's, which the diff panel shows first.
  const closest = closestFirst(report, found.links)[0];
  const shown = (closest && sentenceNode(found.side, closest[found.side][0])) || nodes[0] || near[0];
  // A hover moves nothing: on its way to the counterpart the pointer crosses other sentences,
  // and a column scrolling under it would lose the one being explained.
  if (shown && scroll !== 'none') {
    reveal(shown, window);
    if (scroll === 'page') shown.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  ui.diffView.replaceChildren(renderDiffPanel(document, report, side, index));
  // A screen reader, having just read the sentence, hears only the captions (none on a hover).
  ui.diffAnnounce.textContent = scroll === 'none' ? '' : captionsOf(ui.diffView);
  // A phone's panel comes up to the foot of the screen on a click or a key, never on a touch-down
  // or a hover: coming up under the finger, it would take the tap.
  if (scroll === 'page') {
    ui.diffView.closest('.diff-panel').setAttribute('data-selected', '');
    // Bringing the diff back may move the columns: reveal both sentences again in them.
    for (const node of [own, shown]) if (node) reveal(node, window);
  }
  fillMissingDiffs(report, side, index);
}

// Large reports come without word diffs (see worker.js): a link's diff is computed when the link
// is first shown, then kept in the report, so downloads include the diffs that were looked at.
const diffRequested = new WeakSet();

function fillMissingDiffs(shown, side, index) {
  const texts = (which, indices) => indices.map((at) => shown[which].sentences[at].text);
  for (const linkIndex of shown[side].sentences[index].links) {
    const link = shown.links[linkIndex];
    if (!link || link.diff.length > 0 || diffRequested.has(link)) continue;
    diffRequested.add(link);
    engine.diff(texts('source', link.source), texts('target', link.target)).then((ops) => {
      link.diff = ops;
      if (report === shown && selected && selected.side === side && selected.index === index) {
        ui.diffView.replaceChildren(renderDiffPanel(document, report, side, index));
      }
    }, () => { diffRequested.delete(link); });
  }
}

// Whether focus came from the keyboard: browsers show :focus-visible then, not after a tap.
const byKeyboard = (node) => { try { return node.matches(':focus-visible'); } catch { return true; } };

function fromEvent(event) {
  const node = event.target.closest && event.target.closest('.sentence[data-side]');
  if (!node || !ui.results.contains(node)) return null;
  return { node, side: node.getAttribute('data-side'), index: Number(node.getAttribute('data-index')) };
}

function onKey(event) {
  clearTimeout(hoverTimer);
  const hit = fromEvent(event);
  if (!hit || !report || event.altKey || event.ctrlKey || event.metaKey) return;
  const to = walk(report, hit, event.key);
  const next = to && sentenceNode(to.side, to.index);
  if (next) {
    event.preventDefault();
    next.focus();
    keepClearOfPanel(next, ui.diffView.closest('.diff-panel'), window);
  }
}

function downloadHtml() {
  if (!report) return;
  const { filename, html } = reportHtml(document, report, {
    summary: ui.summary, legend: ui.results.querySelector('.legend'), columns: ui.results.querySelector('.columns'),
    diffs: renderDiffList(document, report), generator: `retold ${engineVersion}`.trim(), date: new Date(),
  });
  download(document, filename, 'text/html', html);
}

async function share() {
  const texts = { source: inputs.source.value, target: inputs.target.value };
  if (!shareNote(texts, '', false, false)) return showMessage('Both boxes are empty: paste the articles first, then share them.', 'note', 'share');
  try {
    const fragment = await encodeShare(inputs.source.value, inputs.target.value);
    history.replaceState(null, '', `#${fragment}`);
    ui.shareLink.value = location.href;
    ui.shareOutput.hidden = false;
    ui.shareLink.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(location.href);
      copied = true;
    } catch {
      // Clipboard access may be refused; the link is shown to copy by hand.
    }
    showMessage(shareNote(texts, location.href, copied, location.protocol === 'file:'), 'note', 'share');
  } catch (error) {
    showMessage(error.message, 'error', 'share');
  }
}

async function openShared() {
  if (!isShareFragment(location.hash)) return false;
  try {
    const texts = await decodeShare(location.hash);
    message.replaceTexts(texts, 'Opened the texts of the share link in place of yours.');
    save();
    return true;
  } catch (error) {
    showMessage(`${error.message} Your texts were left as they were.`, 'error', 'link');
    return false;
  }
}

// Puts chosen or dropped files ([side, file] pairs) in their boxes; if one is not plain text, none do.
async function openFiles(placed) {
  const texts = { source: inputs.source.value, target: inputs.target.value };
  try {
    for (const [side, file] of placed) texts[side] = await readArticle(file);
  } catch (error) {
    const reason = error instanceof FileError ? error.message : `The file could not be read (${error.message}).`;
    showMessage(`${reason} Your texts were left as they were.`);
    return;
  }
  if (ui.message.getAttribute('data-kind') === 'error') showMessage('');
  message.replaceTexts(texts, openedNote(placed));
  // A pair is always named, so a reader who dropped them the other way round knows to swap.
  if (placed.length > 1 && !message.offersBack()) showMessage(openedNote(placed), 'note');
  onInput();
}

function wire() {
  wireFileOpening(document, inputs, ui.fileInput, openFiles, (count) => showMessage(strayNote(count), 'note'));
  for (const side of ['source', 'target']) {
    inputs[side].addEventListener('beforeinput', message.history);
    inputs[side].addEventListener('input', () => { message.typed(); onInput(); });
  }
  ui.compare.addEventListener('click', () => run(true));
  ui.cancel.addEventListener('click', () => {
    clearTimeout(timer);
    if (engine.cancel()) setStatus('Comparison cancelled. Press Compare to try again.', false, 'cancelled');
  });
  ui.swap.addEventListener('click', () => {
    message.replaceTexts({ source: inputs.target.value, target: inputs.source.value }, 'Swapped the source and target texts.');
    onInput();
  });
  ui.clear.addEventListener('click', () => {
    message.replaceTexts({ source: '', target: '' }, 'Cleared both texts.');
    onInput();
    inputs.source.focus();
  });
  ui.example.addEventListener('click', () => {
    forgetShare();
    message.replaceTexts({ source: EXAMPLE_SOURCE, target: EXAMPLE_TARGET }, 'Loaded the example in place of your texts.');
    save();
    run(true);
  });
  ui.share.addEventListener('click', share);
  ui.diffClose.addEventListener('click', () => {
    const active = document.querySelector('.sentence.is-active');
    deselect();
    // Focus goes back to the sentence, not to the top of the page with the hidden button.
    closing = true;
    if (active) active.focus({ preventScroll: true });
    closing = false;
  });
  ui.downloadJson.addEventListener('click', () => { if (report) downloadJson(document, report, new Date()); });
  ui.downloadHtml.addEventListener('click', downloadHtml);
  printDiffs(window, ui.results, () => report, renderDiffList);
  const columns = ui.results;
  // Scrolling under a still pointer fires pointerover too; only a pointer that moved selects. A
  // finger has no hover (its tap selects by click), and the page moving under where it was is none.
  document.addEventListener('pointermove', (event) => { lastPointer = `${event.screenX},${event.screenY}`; });
  columns.addEventListener('pointerover', (event) => {
    const here = `${event.screenX},${event.screenY}`;
    if (event.pointerType !== 'mouse' || here === lastPointer || pinned) return;
    lastPointer = here;
    const hit = fromEvent(event);
    clearTimeout(hoverTimer);
    if (hit) hoverTimer = setTimeout(() => { if (!pinned && hit.node.matches(':hover')) select(hit.side, hit.index, 'none'); }, HOVER_MS);
  });
  // Keyboard focus may scroll the page to the counterpart. A tap or a click never does: focus
  // comes on touch-down, and a page that moved then would take the tap's end somewhere else.
  columns.addEventListener('focusin', (event) => {
    const hit = fromEvent(event);
    if (hit) makeTabStop(hit.node);
    if (hit && !closing) select(hit.side, hit.index, byKeyboard(event.target) ? 'page' : 'column');
  });
  columns.addEventListener('click', (event) => {
    const hit = fromEvent(event);
    if (hit) {
      clearTimeout(hoverTimer);
      selected = null;
      select(hit.side, hit.index, 'column');
      pinned = true;
      // The tap is over by now, so the page may move: a phone's word diff, stuck to the foot of
      // the screen, must not cover the sentence it is about.
      const panel = ui.diffView.closest('.diff-panel');
      panel.setAttribute('data-selected', '');
      keepClearOfPanel(hit.node, panel, window);
      reveal(document.querySelector('.sentence.is-counterpart') || hit.node, window);
    }
  });
  document.addEventListener('click', (event) => {
    if (!fromEvent(event) && !(event.target.closest && event.target.closest('.diff-panel'))) pinned = false;
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && selected) {
      deselect();
      event.preventDefault();
    }
    message.shortcut(event);
  });
  columns.addEventListener('keydown', onKey);
  // Texts typed less than SAVE_MS before the tab closes or hides are saved then.
  window.addEventListener('pagehide', flushSave);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flushSave(); });
  window.addEventListener('hashchange', async () => {
    if (await openShared()) run();
  });
}

// Keeps the page's files for opening it offline (www/sw.js). The single file needs nothing kept, and
// a browser that refuses (private mode, no service workers) loses only that: the page works as is.
function keepForOffline() {
  if (globalThis.RETOLD_INLINE || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('sw.js').catch((error) => {
    console.warn(`retold: the page will not open offline (${error.message})`);
  });
}

async function main() {
  keepForOffline();
  keepColumnsFitted(document, window);
  ui.legend.replaceChildren(renderLegend(document));
  setReportActions(false);
  wire();
  restore();
  await openShared();
  engine.start().then((version) => {
    engineVersion = version;
    ui.version.textContent = `version ${version}`;
  }, (error) => {
    setStatus('The comparison engine is not available.', false, 'failed');
    showMessage(`The comparison engine could not be loaded (${error.message}). Your texts are safe; try reloading the page.`);
  });
  if (inputs.source.value.trim() && inputs.target.value.trim()) run();
  else setStatus('Paste or drop a source and a target article, or load the example.', false);
}

main().catch((error) => {
  showMessage(`The page failed to start: ${error.message}`);
});

// The shown Report and the count of finished runs, read-only, for tests and for people poking at it in the console.
globalThis.retoldPage = { get report() { return report; }, get finished() { return finished; } };
