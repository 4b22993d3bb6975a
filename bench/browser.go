package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
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
	// With walk: every step change of the intake, and the wasm's memory
	// once it reached the summary.
	Steps        []Step  `json:"steps,omitempty"`
	WalkMemoryMB float64 `json:"wasmMemoryAfterIntakeMB,omitempty"`
}

// probeJS runs before any page script (it is injected through CDP, so the
// app's CSP does not apply). It notes when WebAssembly instantiation ends
// (go.run follows at once), when go-app's loader leaves the body, and the
// first animation frame in which the h1 is visible and not covered.
const probeJS = `(() => {
  const B = window.__bench = {};
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
  return {readableMs: B.readable, mountMs: B.mount, goStartMs: B.goStart, goMs: B.mount - B.goStart, wasmMemoryMB: mem / 1e6};
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
	alloc, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Run(bctx); err != nil {
		return Visit{}, fmt.Errorf("start Chromium: %w", err)
	}
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()
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
			return v, fmt.Errorf("waiting for the mount: %w (%s)", err, diagnose(bctx))
		}
		if string(raw) != "null" && len(raw) > 0 {
			if err := json.Unmarshal(raw, &v); err != nil {
				return v, err
			}
			break
		}
		time.Sleep(50 * time.Millisecond)
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
