package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	cdptarget "github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// Visit is what one page load measured, in milliseconds from navigation
// start unless said otherwise.
type Visit struct {
	Readable float64 `json:"readableMs"` // the prerendered h1 is visible and nothing covers it
	Mount    float64 `json:"mountMs"`    // go-app removed its loader: the wasm app runs
	GoStart  float64 `json:"goStartMs"`  // the module is compiled and instantiated; go.run starts
	GoTime   float64 `json:"goMs"`       // Mount - GoStart: Go's own start-up work
	MemoryMB float64 `json:"wasmMemoryMB"`
	// The page's long tasks (over 50 ms, the Long Tasks API) that began
	// before the mount: the longest, and the blocking time (the sum of
	// each one's time over 50 ms, as Lighthouse's Total Blocking Time
	// counts it, here at the visit's real CPU rate).
	LongestTask float64 `json:"longestTaskMs"`
	Blocking    float64 `json:"blockingMs"`
	// The same for the long tasks that began after the mount, until the
	// page had been quiet (no long task) for a second: the work the app
	// does right after it appears, while the client may already tap.
	LongestAfter  float64 `json:"longestAfterMountMs"`
	BlockingAfter float64 `json:"blockingAfterMountMs"`
	// With walk: every step change of the intake, and the wasm's memory
	// once it reached the summary.
	Steps        []Step  `json:"steps,omitempty"`
	WalkMemoryMB float64 `json:"wasmMemoryAfterIntakeMB,omitempty"`
}

// probeJS runs before any page script (it is injected through CDP, so the
// app's CSP does not apply). It notes when WebAssembly instantiation ends
// (go.run follows at once), when go-app's loader leaves the body, and the
// first animation frame in which the h1 is visible and not covered, and
// the page's long tasks.
const probeJS = `(() => {
  const B = window.__bench = {long: []};
  B.note = es => { for (const e of es) B.long.push([e.startTime, e.duration]); };
  try {
    B.obs = new PerformanceObserver(list => B.note(list.getEntries()));
    B.obs.observe({type: "longtask", buffered: true});
  } catch (e) { B.obs = null; }
  for (const name of ["instantiateStreaming", "instantiate"]) {
    const orig = WebAssembly[name];
    if (!orig) continue;
    WebAssembly[name] = async function (...args) {
      const r = await orig.apply(this, args);
      // instantiate(module) resolves to the Instance itself.
      const inst = r instanceof WebAssembly.Instance ? r : r && r.instance;
      if (inst && B.goStart === undefined) {
        B.goStart = performance.now();
        B.inst = inst;
      }
      return r;
    };
  }
  const readable = () => {
    if (B.readable !== undefined) return;
    const h = document.querySelector("h1");
    if (!h) return;
    const r = h.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.top >= innerHeight) return;
    const e = document.elementFromPoint(r.left + Math.min(r.width / 2, 24), r.top + r.height / 2);
    const st = getComputedStyle(h);
    if (e && (e === h || h.contains(e)) && st.visibility !== "hidden" && st.opacity !== "0") {
      B.readable = performance.now();
    }
  };
  const mounted = () => {
    if (B.mount === undefined && B.goStart !== undefined && !document.getElementById("app-wasm-loader")) {
      B.mount = performance.now();
    }
  };
  const frame = () => {
    readable();
    mounted();
    if (B.readable === undefined || B.mount === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener("DOMContentLoaded", () => {
    readable();
    new MutationObserver(() => { mounted(); readable(); }).observe(document.body, { childList: true });
  });
})()`

// resultJS reads the probe once the app has mounted and is readable.
const resultJS = `(() => {
  const B = window.__bench;
  if (!B || B.mount === undefined || B.readable === undefined) return null;
  const mem = B.inst && B.inst.exports.mem ? B.inst.exports.mem.buffer.byteLength : 0;
  if (B.obs) B.note(B.obs.takeRecords()); // entries not yet delivered to the callback
  const long = B.long.filter(([t]) => t < B.mount).map(([, d]) => d);
  return {readableMs: B.readable, mountMs: B.mount, goStartMs: B.goStart, goMs: B.mount - B.goStart, wasmMemoryMB: mem / 1e6,
    longestTaskMs: Math.max(0, ...long), blockingMs: long.reduce((s, d) => s + Math.max(0, d - 50), 0)};
})()`

// afterJS is null until the page has had no long task for a second
// after the mount (or the mount is 6 s old), then gives the long tasks
// that began after the mount.
const afterJS = `(() => {
  const B = window.__bench;
  if (B.obs) B.note(B.obs.takeRecords());
  const after = B.long.filter(([t]) => t >= B.mount);
  const quiet = performance.now() - Math.max(B.mount, ...after.map(([t, d]) => t + d));
  if (quiet < 1000 && performance.now() - B.mount < 6000) return null;
  return {longestAfterMountMs: Math.max(0, ...after.map(([, d]) => d)),
    blockingAfterMountMs: after.reduce((s, [, d]) => s + Math.max(0, d - 50), 0)};
})()`

// memoryJS reads the size of the wasm's linear memory, in MB.
const memoryJS = `(() => { const B = window.__bench; return B.inst && B.inst.exports.mem ? B.inst.exports.mem.buffer.byteLength / 1e6 : 0; })()`

// swReadyJS waits until the service worker is active (everything is
// precached), so the warm visit can be served by it.
const swReadyJS = `navigator.serviceWorker.ready.then(r => new Promise(resolve => {
  const w = r.active;
  if (w.state === "activated") return resolve(true);
  w.addEventListener("statechange", () => w.state === "activated" && resolve(true));
}))`

// visitPair makes a cold visit in a fresh profile, waits for the service
// worker, closes the browser, then makes a warm visit in a new browser
// process on the same profile; with walk, the warm visit then walks the
// whole intake (walkIntake).
func visitPair(ctx context.Context, chromium, url string, rate float64, profiles string, walk bool) (cold, warm Visit, err error) {
	if err := os.MkdirAll(profiles, 0o755); err != nil {
		return cold, warm, err
	}
	profile, err := os.MkdirTemp(profiles, "p")
	if err != nil {
		return cold, warm, err
	}
	defer os.RemoveAll(profile)
	if cold, err = visit(ctx, chromium, profile, url, rate, true, false); err != nil {
		return cold, warm, fmt.Errorf("cold visit: %w", err)
	}
	if warm, err = visit(ctx, chromium, profile, url, rate, false, walk); err != nil {
		return cold, warm, fmt.Errorf("warm visit: %w", err)
	}
	return cold, warm, nil
}

// visit starts Chromium on profile, loads url at the CPU rate and waits
// for the probe's figures; with waitSW it then waits for the service
// worker (at most 30 s) before closing the browser cleanly, so the
// profile keeps its caches. With walk it walks the intake after the mount
// (at most 3 minutes).
func visit(parent context.Context, chromium, profile, url string, rate float64, waitSW, walk bool) (Visit, error) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(parent, browserOptions(chromium, profile)...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Run(bctx); err != nil {
		return Visit{}, fmt.Errorf("start Chromium: %w", err)
	}
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()
	v, err := load(ctx, bctx, url, rate)
	if err != nil {
		return v, err
	}
	if walk {
		wctx, wcancel := context.WithTimeout(bctx, 3*time.Minute)
		steps, err := walkIntake(wctx)
		if err == nil {
			err = chromedp.Run(wctx, chromedp.Evaluate(memoryJS, &v.WalkMemoryMB))
		}
		wcancel()
		if err != nil {
			return v, fmt.Errorf("intake walk after %d steps: %w (%s)", len(steps), err, diagnose(bctx))
		}
		v.Steps = steps
	}
	if waitSW {
		swCtx, swCancel := context.WithTimeout(ctx, 30*time.Second)
		var ok bool
		err := chromedp.Run(swCtx, chromedp.Evaluate(swReadyJS, &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
			return p.WithAwaitPromise(true)
		}))
		swCancel()
		if err != nil {
			return v, fmt.Errorf("waiting for the service worker: %w", err)
		}
	}
	// Close the browser (not kill it) so the profile's caches are written.
	return v, chromedp.Cancel(bctx)
}

// load opens url in the tab of ctx at the CPU rate and waits for the
// probe's figures (diag: the context to describe the page with on a
// timeout).
func load(ctx, diag context.Context, url string, rate float64) (Visit, error) {
	var v Visit
	err := chromedp.Run(ctx,
		emulation.SetCPUThrottlingRate(rate),
		chromedp.ActionFunc(func(ctx context.Context) error {
			_, err := page.AddScriptToEvaluateOnNewDocument(probeJS + ";\n" + walkProbeJS).Do(ctx)
			return err
		}),
		chromedp.Navigate(url),
	)
	if err != nil {
		return v, err
	}
	for {
		var raw json.RawMessage
		if err := chromedp.Run(ctx, chromedp.Evaluate(resultJS, &raw)); err != nil {
			return v, fmt.Errorf("waiting for the mount: %w (%s)", err, diagnose(diag))
		}
		if string(raw) != "null" && len(raw) > 0 {
			if err := json.Unmarshal(raw, &v); err != nil {
				return v, err
			}
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for {
		var raw json.RawMessage
		if err := chromedp.Run(ctx, chromedp.Evaluate(afterJS, &raw)); err != nil {
			return v, fmt.Errorf("waiting for a quiet second after the mount: %w (%s)", err, diagnose(diag))
		}
		if string(raw) != "null" && len(raw) > 0 {
			return v, json.Unmarshal(raw, &v)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// openBrowser starts the Chromium process that the "open" visits share,
// on a profile of its own, with a blank page loaded: a client's browser
// that is already running. It lives until ctx ends.
func openBrowser(ctx context.Context, chromium, profile string) (context.Context, error) {
	alloc, _ := chromedp.NewExecAllocator(ctx, browserOptions(chromium, profile)...)
	bctx, _ := chromedp.NewContext(alloc)
	if err := chromedp.Run(bctx, chromedp.Navigate("about:blank")); err != nil {
		return nil, fmt.Errorf("start Chromium: %w", err)
	}
	return bctx, nil
}

// visitOpen is a first visit in a browser that is already running: a new
// browser context (its own storage, caches and service workers, like a
// fresh profile) and a tab in it, in the process openBrowser started. The
// cold visits start a new Chromium process each, whose own start-up (about
// a second on a 2-core machine) overlaps the page's load; here the page
// has the machine to itself, as on a phone whose browser is open.
func visitOpen(browserCtx context.Context, url string, rate float64) (Visit, error) {
	browser := cdp.WithExecutor(browserCtx, chromedp.FromContext(browserCtx).Browser)
	bc, err := cdptarget.CreateBrowserContext().Do(browser)
	if err != nil {
		return Visit{}, fmt.Errorf("new browser context: %w", err)
	}
	defer cdptarget.DisposeBrowserContext(bc).Do(browser)
	// Headless Chromium opens a tab in a new context only in a new window.
	tab, err := cdptarget.CreateTarget("about:blank").WithBrowserContextID(bc).WithNewWindow(true).Do(browser)
	if err != nil {
		return Visit{}, fmt.Errorf("new tab: %w", err)
	}
	tctx, cancelTab := chromedp.NewContext(browserCtx, chromedp.WithTargetID(tab))
	defer cancelTab()
	ctx, cancel := context.WithTimeout(tctx, 90*time.Second)
	defer cancel()
	return load(ctx, tctx, url, rate)
}

// browserOptions are the Chromium flags of every bench visit.
func browserOptions(chromium, profile string) []chromedp.ExecAllocatorOption {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(profile),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("mute-audio", true),
		chromedp.WindowSize(390, 844),
		chromedp.NoFirstRun,
	}
	if jsFlags != "" {
		opts = append(opts, chromedp.Flag("js-flags", jsFlags))
	}
	return opts
}

// jsFlags is -js-flags: V8 flags for every Chromium the bench starts (a
// diagnosis, e.g. of the wasm code cache; not for the reported figures).
var jsFlags string

// diagnose describes the page when a visit times out.
func diagnose(bctx context.Context) string {
	ctx, cancel := context.WithTimeout(bctx, 5*time.Second)
	defer cancel()
	var s string
	err := chromedp.Run(ctx, chromedp.Evaluate(`JSON.stringify({probe: window.__bench, url: location.href,
  loader: !!document.getElementById("app-wasm-loader"), body: document.body ? document.body.innerText.slice(0, 300) : null})`, &s))
	if err != nil {
		return "page unreachable: " + err.Error()
	}
	return s
}
