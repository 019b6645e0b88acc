// Runs compare in a Web Worker so large inputs never freeze the page. The page sends the compiled
// WebAssembly.Module once ({type: 'init', module}), then one {type: 'compare', id, source, target}
// at a time; the Report comes back as JSON text. A stale or cancelled run is stopped by terminating this worker.
import init, { compare, version } from './pkg/retold.js';

let ready = null;

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
    }
    return;
  }
  if (message.type === 'compare') {
    try {
      await ready;
      const report = compare(message.source, message.target, message.options);
      // A JSON string crosses to the page much faster than a structured clone of a large object
      // graph, and JSON.parse on the page is cheaper than that clone's deserialization.
      self.postMessage({ type: 'report', id: message.id, json: JSON.stringify(report) });
    } catch (error) {
      self.postMessage({ type: 'error', id: message.id, message: messageOf(error) });
    }
  }
};
