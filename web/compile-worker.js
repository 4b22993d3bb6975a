// Kneadform: compiles web/app.wasm in a dedicated worker, off the page's
// main thread (app/server/appjs.go starts it from app.js).
//
// WebAssembly.compileStreaming decodes the module as its bytes arrive; done
// on the page's main thread that decoding blocked it for about a second on
// a slow phone. Here it runs on the worker's thread and the page gets the
// compiled WebAssembly.Module by postMessage, then only instantiates it.
// The worker gets fetch's own Response (through the service worker when one
// controls the page), so Chromium can still cache the compiled code, and
// the worker stays alive after posting the module: the cache is written
// later (once V8 has optimised code to keep), through this worker.
//
// Messages: in {url, total}; out {progress: 0..100}, then {module} or
// {error}.
"use strict";

self.onmessage = async (event) => {
  const { url, total } = event.data;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error("HTTP " + response.status + " for " + url);
    }
    if (response.body && total > 0) {
      countProgress(response.clone().body.getReader(), total);
    }
    const module = await WebAssembly.compileStreaming(response);
    self.postMessage({ progress: 100 });
    self.postMessage({ module });
  } catch (err) {
    self.postMessage({ error: String(err) });
  }
};

// countProgress reads a clone of the body and posts the percentage of
// total (the raw size: right when the body is sent compressed) each time
// it changes.
async function countProgress(reader, total) {
  let loaded = 0;
  let last = -1;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      loaded += value.byteLength;
      const p = Math.min(99, Math.floor((loaded * 100) / total));
      if (p !== last) {
        last = p;
        self.postMessage({ progress: p });
      }
    }
  } catch {
    // The compile reports errors; progress is only a hint.
  }
}
