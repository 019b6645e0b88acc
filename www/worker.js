// Runs compare in a Web Worker so large inputs never freeze the page. The page sends the compiled
// WebAssembly.Module once ({type: 'init', module}), then one {type: 'compare', id, source, target}
// at a time; the Report comes back as JSON text. A stale or cancelled run is stopped by terminating this worker.
// Above LAZY_DIFF_CHARS the report comes without word diffs, and the page asks for one link's diff
// with {type: 'diff', id, source, target}, each a list of the link's sentence texts, when it shows that link.
import init, { compare, diff, version } from './pkg/retold.js';

const LAZY_DIFF_CHARS = 1_000_000;

let ready = null;

// A freshly compiled module runs each function through V8's lazy compilation on its first call,
// which doubles the first comparison's time. Comparing two invented lines right after 'ready'
// pays that while the reader is still pasting. Its result is thrown away; a real failure shows on
// the reader's own comparison.
const WARM_UP_SOURCE = 'The council approved the bridge on Tuesday. Work starts in May, the mayor said.';
const WARM_UP_TARGET = 'Work on the bridge starts in May. The council approved it on Tuesday, officials said.';

function warmUp() {
  try {
    compare(WARM_UP_SOURCE, WARM_UP_TARGET, undefined);
  } catch {
    // Nothing to report: the reader's first comparison runs the same code and reports for itself.
  }
}

function messageOf(error) {
  if (error && typeof error.message === 'string' && error.message) return error.message;
  return String(error);
}

self.onmessage = async (event) => {
  const message = event.data;
  if (message.type === 'init') {
    ready = init({ module_or_path: message.module });
    try {
      await ready;
      self.postMessage({ type: 'ready', version: version() });
    } catch (error) {
      self.postMessage({ type: 'failed', message: messageOf(error) });
      return;
    }
    warmUp();
    return;
  }
  if (message.type === 'compare') {
    try {
      await ready;
      const large = message.source.length + message.target.length > LAZY_DIFF_CHARS;
      const options = large ? { ...(message.options || {}), diffs: false } : message.options;
      const report = compare(message.source, message.target, options);
      // A JSON string crosses to the page much faster than a structured clone of a large object
      // graph, and JSON.parse on the page is cheaper than that clone's deserialization.
      self.postMessage({ type: 'report', id: message.id, json: JSON.stringify(report) });
    } catch (error) {
      self.postMessage({ type: 'error', id: message.id, message: messageOf(error) });
    }
    return;
  }
  if (message.type === 'diff') {
    try {
      await ready;
      self.postMessage({ type: 'diff', id: message.id, ops: diff(message.source, message.target) });
    } catch (error) {
      self.postMessage({ type: 'diff-error', id: message.id, message: messageOf(error) });
    }
  }
};
