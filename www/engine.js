// The page's side of the comparison worker: compiles the wasm once, keeps one worker, and
// terminates and respawns it to cancel a run. `inline` (set by the single-file build) carries the
// worker source and the wasm bytes as base64; without it the page's own files are used.

/** A run stopped by cancel() or by a newer run; not an error to show. */
export class CancelledError extends Error {
  constructor() {
    super('Comparison cancelled.');
    this.name = 'CancelledError';
  }
}

/** The engine could not start: the wasm or the worker failed to load. */
export class EngineError extends Error {
  constructor(message) {
    super(message);
    this.name = 'EngineError';
  }
}

function base64ToBytes(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

async function compileFromUrl(url) {
  const response = await fetch(url);
  if (!response.ok) throw new EngineError(`could not fetch ${url} (HTTP ${response.status})`);
  return WebAssembly.compile(await response.arrayBuffer());
}

/** Creates the engine: {compare(source, target, options) -> Promise<Report>, cancel(), busy()}. */
export function createEngine(inline) {
  let modulePromise = null;
  let worker = null;
  let workerReady = null;
  let pending = null;
  let nextId = 1;
  let workerUrl = null;
  const diffs = new Map();

  function loadModule() {
    if (!modulePromise) {
      const compiled = inline ? WebAssembly.compile(base64ToBytes(inline.wasm)) :
        compileFromUrl('pkg/retold_bg.wasm');
      modulePromise = compiled.catch((error) => {
        modulePromise = null;
        throw error instanceof EngineError ? error : new EngineError(`the WebAssembly module is unusable: ${error.message}`);
      });
    }
    return modulePromise;
  }

  function newWorker() {
    if (!inline) return new Worker('worker.js', { type: 'module' });
    if (!workerUrl) workerUrl = URL.createObjectURL(new Blob([inline.worker], { type: 'text/javascript' }));
    // A classic worker: Chromium refuses module workers from blob: URLs on file:// pages.
    return new Worker(workerUrl);
  }

  function stopWorker() {
    if (worker) worker.terminate();
    worker = null;
    workerReady = null;
    for (const request of diffs.values()) request.reject(new CancelledError());
    diffs.clear();
  }

  function settle(outcome) {
    const run = pending;
    pending = null;
    if (!run) return;
    if (outcome.report) run.resolve(outcome.report);
    else run.reject(outcome.error);
  }

  function onMessage(event) {
    const message = event.data;
    if (message.type === 'diff' || message.type === 'diff-error') {
      const request = diffs.get(message.id);
      diffs.delete(message.id);
      if (!request) return;
      if (message.type === 'diff') request.resolve(message.ops);
      else request.reject(new Error(message.message));
      return;
    }
    if (!pending || message.id !== pending.id) return;
    if (message.type === 'report') {
      settle({ report: JSON.parse(message.json) });
    } else if (message.type === 'error') {
      // A panic leaves the instance unusable: start a fresh worker next time.
      stopWorker();
      settle({ error: new Error(message.message) });
    }
  }

  function startWorker() {
    if (workerReady) return workerReady;
    workerReady = loadModule().then((module) => new Promise((resolve, reject) => {
      let created;
      try {
        created = newWorker();
      } catch (error) {
        reject(new EngineError(`could not start the comparison worker: ${error.message}`));
        return;
      }
      worker = created;
      created.onerror = (event) => {
        event.preventDefault();
        const error = new EngineError(`the comparison worker failed: ${event.message || 'it could not load'}`);
        if (worker === created) stopWorker();
        reject(error);
        settle({ error });
      };
      created.onmessage = (event) => {
        const message = event.data;
        if (message.type === 'ready') {
          created.onmessage = onMessage;
          resolve(message.version);
        } else if (message.type === 'failed') {
          if (worker === created) stopWorker();
          reject(new EngineError(`the comparison engine failed to start: ${message.message}`));
        }
      };
      created.postMessage({ type: 'init', module });
    }));
    workerReady.catch(() => { if (!worker) workerReady = null; });
    return workerReady;
  }

  function cancel() {
    if (!pending) return false;
    stopWorker();
    settle({ error: new CancelledError() });
    return true;
  }

  async function compare(source, target, options) {
    cancel();
    const id = nextId;
    nextId += 1;
    const result = new Promise((resolve, reject) => { pending = { id, resolve, reject }; });
    startWorker().then(() => {
      if (pending && pending.id === id && worker) {
        worker.postMessage({ type: 'compare', id, source, target, options });
      }
    }, (error) => {
      if (pending && pending.id === id) settle({ error });
    });
    return result;
  }

  /** The word diff of one link, from its sentences' texts, for reports compared without diffs. */
  async function diffTexts(source, target) {
    await startWorker();
    if (!worker) throw new CancelledError();
    const id = nextId;
    nextId += 1;
    const result = new Promise((resolve, reject) => { diffs.set(id, { resolve, reject }); });
    worker.postMessage({ type: 'diff', id, source, target });
    return result;
  }

  return {
    compare,
    diff: diffTexts,
    cancel,
    /** Starts the worker ahead of the first compare; resolves to the engine's version. */
    start: startWorker,
    busy: () => pending !== null,
  };
}
