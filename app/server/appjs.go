//go:build !wasm

package server

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
)

// go-app's app.js loads the wasm with fetchWithProgress, which copies the
// response into a new Response built from a ReadableStream to count bytes
// for the loader. A Response built in JavaScript has no URL and no cache
// entry, so Chromium can neither stream-compile it from its cache nor keep
// the compiled module (V8's wasm code cache needs the Response that fetch
// returned, served from the HTTP cache or a service worker). streamingFetch
// replaces that function: it returns fetch's own Response, still sent with
// Content-Type application/wasm, and counts the bytes of a clone for the
// loader's percentage.
const streamingFetch = `async function fetchWithProgress(url, progess) {
  // Kneadform (app/server/appjs.go): instantiateStreaming gets fetch's own
  // Response, so Chromium can cache the compiled module; the loader's
  // percentage counts the bytes of a clone.
  // The loader's label (app.loading) is a progress bar for assistive
  // technology, named by its own text; the icon is decoration.
  const label = document.getElementById("app-wasm-loader-label");
  const icon = document.getElementById("app-wasm-loader-icon");
  if (icon) { icon.alt = ""; }
  const report = (p) => {
    if (label) {
      label.setAttribute("role", "progressbar");
      label.setAttribute("aria-labelledby", label.id);
      label.setAttribute("aria-valuemin", "0");
      label.setAttribute("aria-valuemax", "100");
      label.setAttribute("aria-valuenow", String(p));
    }
    progess(p);
  };
  report(0);
  const response = await fetch(url);

  let contentLength = goappWasmContentLength;
  if (contentLength <= 0) {
    try {
      contentLength = response.headers.get(goappWasmContentLengthHeader);
    } catch { }
    if (!goappWasmContentLengthHeader || !contentLength) {
      contentLength = response.headers.get("Content-Length");
    }
  }
  const total = parseInt(contentLength, 10);
  if (response.ok && response.body && total > 0) {
    const reader = response.clone().body.getReader();
    let loaded = 0;
    (async () => {
      for (; ;) {
        const { done, value } = await reader.read();
        if (done) {
          report(100);
          return;
        }
        loaded += value.byteLength;
        report(Math.min(100, Math.round((loaded * 100) / total)));
      }
    })().catch(() => { });
  }
  return response;
}
`

// workerCompile is added to app.js: kneadformInstantiate compiles the wasm
// in web/compile-worker.js, off the page's main thread, and instantiates
// the module it posts back; where that cannot work (no Worker, no
// compileStreaming, the worker failed) it falls back to go-app's own
// instantiateStreaming on the main thread. The loader's progress comes
// from the worker.
const workerCompile = `
// Kneadform (app/server/appjs.go): compile the wasm in a worker.
async function kneadformInstantiate(url, progress, importObject, instantiateStreaming) {
  let module = null;
  try {
    module = await kneadformCompileInWorker(url, progress);
  } catch (err) {
    console.warn("compiling the wasm in a worker failed, compiling here:", err);
  }
  if (module) {
    const instance = await WebAssembly.instantiate(module, importObject);
    kneadformCompiledBy = "worker";
    return { module, instance };
  }
  kneadformCompiledBy = "page";
  return instantiateStreaming(fetchWithProgress(url, progress), importObject);
}

// Where the wasm was compiled: "worker", or "page" after the fallback
// (app/e2e checks it).
var kneadformCompiledBy = "";

// The worker stays alive with the page: Chromium writes the compiled
// module's code cache through it, seconds after the start. Declared
// without a value: this line runs after go-app's start-up code has
// already stored the worker here (an "= null" would drop it).
var kneadformCompileWorker;

function kneadformCompileInWorker(url, progress) {
  if (typeof Worker === "undefined" || !WebAssembly.compileStreaming) {
    return Promise.resolve(null);
  }
  kneadformReportProgress(progress, 0);
  return new Promise((resolve, reject) => {
    const w = new Worker(` + "`" + `/web/compile-worker.js` + "`" + `);
    kneadformCompileWorker = w;
    w.onmessage = (event) => {
      const d = event.data;
      if (d.progress !== undefined) {
        kneadformReportProgress(progress, d.progress);
      } else if (d.module) {
        resolve(d.module);
      } else {
        reject(new Error(d.error));
      }
    };
    w.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || "worker error"));
    };
    w.postMessage({ url: url, total: parseInt(goappWasmContentLength, 10) || 0 });
  });
}

function kneadformReportProgress(progress, p) {
  const label = document.getElementById("app-wasm-loader-label");
  if (label) {
    label.setAttribute("role", "progressbar");
    label.setAttribute("aria-labelledby", label.id);
    label.setAttribute("aria-valuemin", "0");
    label.setAttribute("aria-valuemax", "100");
    label.setAttribute("aria-valuenow", String(p));
  }
  progress(p);
}
`

// domBuild is added to app.js: kneadformBuild builds a whole new tree of
// elements in one call from the wasm's patched go-app (kfmount.go, written
// by cmd/kneadform/wasmgoapp_mount.go), and returns the created nodes in
// the order they were written. Tokens are separated by NUL: text "T",
// value; element "E", tag, namespace, attribute count, then kind+name and
// value per attribute ("a" setAttribute, "p" property, "b" boolean
// property), child count, children; "P" an empty comment that go-app
// replaces (a component, raw HTML).
const domBuild = `
// Kneadform (app/server/appjs.go): build a new tree in one call.
function kneadformBuild(s) {
  const t = s.split("\0"), out = [];
  let i = 0;
  const node = () => {
    const k = t[i++];
    if (k === "T") {
      const n = document.createTextNode(t[i++]);
      out.push(n);
      return n;
    }
    if (k === "P") {
      const n = document.createComment("");
      out.push(n);
      return n;
    }
    const tag = t[i++], ns = t[i++];
    const el = ns ? document.createElementNS(ns, tag) : document.createElement(tag);
    out.push(el);
    for (let a = +t[i++]; a > 0; a--) {
      const name = t[i++], value = t[i++], js = name.slice(1);
      switch (name[0]) {
        case "a": el.setAttribute(js, value); break;
        case "p": el[js] = value; break;
        default: el[js] = value === "1";
      }
    }
    for (let c = +t[i++]; c > 0; c--) {
      el.appendChild(node());
    }
    return el;
  };
  node();
  return out;
}
`

// fetchWithProgress as go-app v10.1.11 writes it: its first line and the
// end of its body.
var (
	fetchStart = []byte("async function fetchWithProgress(url, progess) {\n")
	fetchEnd   = []byte("\n  return res;\n}\n")
	// go-app's call, and the text that ends it.
	instantiateStart = []byte("await instantiateStreaming(\n      fetchWithProgress(")
	instantiateEnd   = []byte("go.importObject\n    );")
)

// PatchAppJS returns go-app's app.js with fetchWithProgress replaced by
// streamingFetch and the wasm compiled in a worker (workerCompile), and
// whether it found both places (when go-app changes them, js comes back
// unchanged and the wasm still loads, on the main thread and uncached).
func PatchAppJS(js []byte) ([]byte, bool) {
	start := bytes.Index(js, fetchStart)
	if start < 0 {
		return js, false
	}
	n := bytes.Index(js[start:], fetchEnd)
	if n < 0 {
		return js, false
	}
	end := start + n + len(fetchEnd)
	call := bytes.Index(js, instantiateStart)
	if call < 0 || call > start {
		return js, false
	}
	m := bytes.Index(js[call:], instantiateEnd)
	if m < 0 || call+m > start {
		return js, false
	}
	// fetchWithProgress("URL", showProgress),
	args := js[call+len(instantiateStart) : call+m]
	url, rest, ok := bytes.Cut(args, []byte(", "))
	if !ok || !bytes.HasPrefix(rest, []byte("showProgress),")) {
		return js, false
	}
	var out bytes.Buffer
	out.Write(js[:call])
	fmt.Fprintf(&out, "await kneadformInstantiate(%s, showProgress, go.importObject, instantiateStreaming);", url)
	out.Write(js[call+m+len(instantiateEnd) : start])
	out.WriteString(streamingFetch)
	out.WriteString(workerCompile)
	out.WriteString(domBuild)
	out.Write(js[end:])
	return deferWorker(out.Bytes()), true
}

// go-app's top-level calls that start its service worker and the wasm.
var (
	workerStart = []byte("\ngoappInitServiceWorker();\n")
	wasmStart   = []byte("\ngoappInitWebAssembly();\n")
)

// deferWorker moves go-app's service worker registration from the start
// of app.js to after the app has started (or failed to) and the page's
// load event. Registered first, on a first visit the worker's install,
// which downloads and stores every page and file of the app, ran while
// the wasm loaded and started, competing for the phone's CPU and network
// (Chromium at 4x CPU: the browser process was busy 110-170 ms of the
// 400-520 ms start-up task, 15 ms on a return visit). Offline use begins
// a moment later on a first visit; return visits, whose worker is already
// active, only check for an update later. Without both calls in the
// script it leaves it unchanged.
func deferWorker(js []byte) []byte {
	w := bytes.Index(js, workerStart)
	if w < 0 || bytes.Count(js, wasmStart) != 1 {
		return js
	}
	var out bytes.Buffer
	out.Write(js[:w+1])
	out.WriteString("// Kneadform (app/server/appjs.go): the service worker is registered\n// after the start (kneadformRegisterWorker).\n")
	rest := bytes.Replace(js[w+len(workerStart):], wasmStart,
		[]byte("\ngoappInitWebAssembly().finally(kneadformRegisterWorker);\n"), 1)
	out.Write(rest)
	out.WriteString(registerLater)
	return out.Bytes()
}

// registerLater is added to app.js: kneadformRegisterWorker registers
// go-app's service worker once the page has loaded.
const registerLater = `
// Kneadform (app/server/appjs.go): register the service worker after the
// app started and the page loaded, so its install does not compete with
// the start.
function kneadformRegisterWorker() {
  const register = () => setTimeout(goappInitServiceWorker, 0);
  if (document.readyState === "complete") {
    register();
  } else {
    window.addEventListener("load", register, { once: true });
  }
}
`

// patchAppJS serves GET /app.js from next with PatchAppJS applied.
func patchAppJS(next http.Handler) http.Handler {
	return rewrite(next, func(r *http.Request) bool { return r.URL.Path == "/app.js" },
		func(code int, _ http.Header, body []byte) []byte {
			if code == http.StatusOK {
				body, _ = PatchAppJS(body)
			}
			return body
		})
}

// rewrite serves GET and HEAD requests that match from next through fix,
// which gets the whole response; other requests go to next as they are.
func rewrite(next http.Handler, match func(*http.Request) bool, fix func(code int, h http.Header, body []byte) []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead || !match(r) {
			next.ServeHTTP(w, r)
			return
		}
		rec := &recorder{header: http.Header{}, code: http.StatusOK}
		next.ServeHTTP(rec, r)
		body := fix(rec.code, rec.header, rec.body.Bytes())
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(rec.code)
		if r.Method == http.MethodGet {
			w.Write(body)
		}
	})
}

// patchAppJSFile applies PatchAppJS to a static build's app.js.
func patchAppJSFile(dir string) error {
	name := filepath.Join(dir, "app.js")
	js, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	js, _ = PatchAppJS(js)
	return os.WriteFile(name, js, 0o644)
}

// recorder keeps a response in memory.
type recorder struct {
	header http.Header
	code   int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) WriteHeader(code int)        { r.code = code }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
