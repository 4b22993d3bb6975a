package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// traceCategories are the trace categories -trace records: the main
// thread's tasks, script and wasm compilation, user timing marks.
var traceCategories = []string{
	"toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-v8.wasm.detailed",
	"v8", "v8.execute", "v8.wasm", "blink.user_timing", "loading", "blink",
}

// LongTask is one task of the renderer's main thread longer than 50 ms,
// with the trace events that took most of it.
type LongTask struct {
	StartMs float64 `json:"startMs"` // from the first navigation event
	Ms      float64 `json:"ms"`
	Top     string  `json:"top"` // the largest inner events, "name=ms | ..."
}

// traceVisit makes one cold visit of url in a fresh profile at the CPU
// rate, recording a Chrome trace and a CPU profile until the app mounted
// and then for settle more (service worker install, idle work). It writes
// the trace to traceOut (Chrome's JSON format, for chrome://tracing or
// Perfetto) and returns the main thread's long tasks and the CPU profile.
func traceVisit(parent context.Context, chromium, profileDir, url string, rate float64, settle time.Duration, traceOut string, withProfile bool) ([]LongTask, *profiler.Profile, Visit, map[string]int, error) {
	alloc, cancelAlloc := chromedp.NewExecAllocator(parent, browserOptions(chromium, profileDir)...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	if err := chromedp.Run(bctx); err != nil {
		return nil, nil, Visit{}, nil, fmt.Errorf("start Chromium: %w", err)
	}
	ctx, cancel := context.WithTimeout(bctx, 3*time.Minute+settle)
	defer cancel()

	var (
		mu     sync.Mutex
		events []json.RawMessage
		done   = make(chan struct{})
	)
	chromedp.ListenTarget(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range e.Value {
				events = append(events, json.RawMessage(v))
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(done)
		}
	})
	err := chromedp.Run(ctx,
		emulation.SetCPUThrottlingRate(rate),
		chromedp.ActionFunc(func(ctx context.Context) error {
			if _, err := page.AddScriptToEvaluateOnNewDocument(probeJS).Do(ctx); err != nil {
				return err
			}
			if withProfile {
				if err := profiler.Enable().Do(ctx); err != nil {
					return err
				}
				if err := profiler.SetSamplingInterval(200).Do(ctx); err != nil {
					return err
				}
				if err := profiler.Start().Do(ctx); err != nil {
					return err
				}
			}
			return tracing.Start().
				WithTransferMode(tracing.TransferModeReportEvents).
				WithTraceConfig(&tracing.TraceConfig{IncludedCategories: traceCategories}).Do(ctx)
		}),
		chromedp.Navigate(url),
	)
	if err != nil {
		return nil, nil, Visit{}, nil, err
	}
	var v Visit
	for {
		var raw json.RawMessage
		if err := chromedp.Run(ctx, chromedp.Evaluate(resultJS, &raw)); err != nil {
			return nil, nil, v, nil, fmt.Errorf("waiting for the mount: %w (%s)", err, diagnose(bctx))
		}
		if string(raw) != "null" && len(raw) > 0 {
			if err := json.Unmarshal(raw, &v); err != nil {
				return nil, nil, v, nil, err
			}
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	// Wait for the service worker (everything precached), then settle.
	swCtx, swCancel := context.WithTimeout(ctx, 30*time.Second)
	var ok bool
	err = chromedp.Run(swCtx, chromedp.Evaluate(swReadyJS, &ok, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
	swCancel()
	if err != nil {
		return nil, nil, v, nil, fmt.Errorf("waiting for the service worker: %w", err)
	}
	time.Sleep(settle)
	var prof *profiler.Profile
	err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if withProfile {
			var err error
			if prof, err = profiler.Stop().Do(ctx); err != nil {
				return err
			}
		}
		return tracing.End().Do(ctx)
	}))
	if err != nil {
		return nil, nil, v, nil, err
	}
	select {
	case <-done:
	case <-ctx.Done():
		return nil, nil, v, nil, ctx.Err()
	}
	mu.Lock()
	defer mu.Unlock()
	if traceOut != "" {
		b, err := json.Marshal(map[string]any{"traceEvents": events})
		if err != nil {
			return nil, nil, v, nil, err
		}
		if err := os.WriteFile(traceOut, b, 0o644); err != nil {
			return nil, nil, v, nil, err
		}
	}
	return longTasks(events, 50), prof, v, cacheEvents(events), chromedp.Cancel(bctx)
}

// cacheEventNames are Chromium's trace events about the wasm code cache
// (third_party/blink/.../v8_wasm_response_extensions.cc).
var cacheEventNames = []string{"v8.wasm.moduleCacheHit", "v8.wasm.moduleCacheInvalid",
	"v8.wasm.moduleCacheInvalidDigest", "v8.wasm.compiledModule", "v8.wasm.cachedModule"}

// cacheEvents counts the code cache events of a trace.
func cacheEvents(raw []json.RawMessage) map[string]int {
	n := map[string]int{}
	for _, r := range raw {
		for _, name := range cacheEventNames {
			if strings.Contains(string(r), `"name":"`+name+`"`) {
				n[name]++
			}
		}
	}
	return n
}

// traceEvent is the part of a Chrome trace event longTasks reads.
type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	Ts   float64 `json:"ts"`
	Dur  float64 `json:"dur"`
	Pid  int     `json:"pid"`
	Tid  int     `json:"tid"`
	Args struct {
		Name string `json:"name"`
		Data struct {
			URL          string `json:"url"`
			FunctionName string `json:"functionName"`
			Type         string `json:"type"`
		} `json:"data"`
	} `json:"args"`
}

// longTasks finds the renderer main thread (CrRendererMain with the most
// work) and lists its tasks of at least minMs, each with the inner events
// that took most of it (by name, script URL or event type).
func longTasks(raw []json.RawMessage, minMs float64) []LongTask {
	var evs []traceEvent
	for _, r := range raw {
		var e traceEvent
		if json.Unmarshal(r, &e) == nil {
			evs = append(evs, e)
		}
	}
	type thread struct{ pid, tid int }
	names := map[thread]string{}
	for _, e := range evs {
		if e.Ph == "M" && e.Name == "thread_name" {
			names[thread{e.Pid, e.Tid}] = e.Args.Name
		}
	}
	work := map[thread]float64{}
	for _, e := range evs {
		if t := (thread{e.Pid, e.Tid}); names[t] == "CrRendererMain" && e.Ph == "X" {
			work[t] += e.Dur
		}
	}
	var main thread
	for t, w := range work {
		if w > work[main] {
			main = t
		}
	}
	var mev []traceEvent
	t0 := -1.0
	for _, e := range evs {
		if (thread{e.Pid, e.Tid}) != main {
			continue
		}
		if e.Name == "navigationStart" && (t0 < 0 || e.Ts < t0) {
			t0 = e.Ts
		}
		if e.Ph == "X" {
			mev = append(mev, e)
		}
	}
	sort.Slice(mev, func(i, j int) bool { return mev[i].Ts < mev[j].Ts })
	if t0 < 0 && len(mev) > 0 {
		t0 = mev[0].Ts
	}
	var out []LongTask
	lastEnd := -1.0
	for i, task := range mev {
		if task.Name != "RunTask" && task.Name != "ThreadControllerImpl::RunTask" || task.Dur < minMs*1000 || task.Ts < lastEnd {
			continue
		}
		lastEnd = task.Ts + task.Dur
		end := task.Ts + task.Dur
		agg := map[string]float64{}
		for _, k := range mev[i+1:] {
			if k.Ts > end {
				break
			}
			if k.Ts+k.Dur > end || k.Name == "RunTask" || k.Name == "ThreadControllerImpl::RunTask" {
				continue
			}
			n := k.Name
			if d := k.Args.Data; d.URL != "" {
				n += " " + shortURL(d.URL)
			} else if d.Type != "" {
				n += " " + d.Type
			}
			agg[n] += k.Dur
		}
		type kv struct {
			n string
			d float64
		}
		var top []kv
		for n, d := range agg {
			top = append(top, kv{n, d})
		}
		sort.Slice(top, func(i, j int) bool { return top[i].d > top[j].d })
		var parts []string
		for _, t := range top[:min(len(top), 6)] {
			parts = append(parts, fmt.Sprintf("%s=%.0f", t.n, t.d/1000))
		}
		out = append(out, LongTask{StartMs: (task.Ts - t0) / 1000, Ms: task.Dur / 1000, Top: strings.Join(parts, " | ")})
	}
	return out
}

func shortURL(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		if j := strings.Index(u[i+3:], "/"); j >= 0 {
			return u[i+3+j:]
		}
	}
	return u
}

// profileTotals sums a CPU profile's samples by function: self time, and
// total time (the function anywhere on the stack, counted once per
// sample), in milliseconds.
func profileTotals(p *profiler.Profile) (self, total map[string]float64) {
	self, total = map[string]float64{}, map[string]float64{}
	parent := map[int64]int64{}
	byID := map[int64]*profiler.ProfileNode{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
		for _, c := range n.Children {
			parent[c] = n.ID
		}
	}
	for i, id := range p.Samples {
		if i >= len(p.TimeDeltas) {
			break
		}
		// A sample's weight is the time until the next one.
		var ms float64
		if i+1 < len(p.TimeDeltas) {
			ms = float64(p.TimeDeltas[i+1]) / 1000
		}
		n := byID[id]
		if n == nil {
			continue
		}
		self[n.CallFrame.FunctionName] += ms
		seen := map[string]bool{}
		for cur, ok := id, true; ok; cur, ok = parent[cur] {
			name := byID[cur].CallFrame.FunctionName
			if !seen[name] {
				seen[name] = true
				total[name] += ms
			}
		}
	}
	return self, total
}

// printTrace prints the long tasks and the heaviest functions of the
// profile (total and self).
func printTrace(w io.Writer, tasks []LongTask, p *profiler.Profile, v Visit, n int) {
	fmt.Fprintf(w, "readable %.0f ms, wasm compiled (go.run) %.0f ms, mount %.0f ms\n", v.Readable, v.GoStart, v.Mount)
	var sum float64
	for _, t := range tasks {
		fmt.Fprintf(w, "%7.0f ms %6.0f ms  %s\n", t.StartMs, t.Ms, t.Top)
		sum += t.Ms - 50
	}
	fmt.Fprintf(w, "%d long tasks, blocking time (sum of ms over 50) %.0f ms\n", len(tasks), sum)
	if p == nil || n == 0 {
		return
	}
	self, total := profileTotals(p)
	for _, m := range []struct {
		name string
		m    map[string]float64
	}{{"total", total}, {"self", self}} {
		type kv struct {
			n string
			d float64
		}
		var fs []kv
		for k, d := range m.m {
			fs = append(fs, kv{k, d})
		}
		sort.Slice(fs, func(i, j int) bool { return fs[i].d > fs[j].d })
		fmt.Fprintf(w, "functions by %s time:\n", m.name)
		for _, f := range fs[:min(len(fs), n)] {
			name := f.n
			if name == "" {
				name = "(anonymous)"
			}
			fmt.Fprintf(w, "  %8.1f ms  %s\n", f.d, name)
		}
	}
}

// profileWalk opens url in a fresh profile at the CPU rate, waits for the
// mount, then walks the whole intake (walkIntake) under the CPU profiler
// and prints the step changes and the heaviest functions (names need an
// unstripped wasm).
func profileWalk(parent context.Context, chromium, profileDir, url string, rate float64, n int, noProfile, twice bool, profOut string) error {
	alloc, cancelAlloc := chromedp.NewExecAllocator(parent, browserOptions(chromium, profileDir)...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()
	ctx, cancel := context.WithTimeout(bctx, 5*time.Minute)
	defer cancel()
	if _, err := load(ctx, bctx, url, rate); err != nil {
		return err
	}
	var err error
	if !noProfile {
		err = chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			if err := profiler.Enable().Do(ctx); err != nil {
				return err
			}
			if err := profiler.SetSamplingInterval(1000).Do(ctx); err != nil {
				return err
			}
			return profiler.Start().Do(ctx)
		}))
		if err != nil {
			return err
		}
	}
	steps, walkErr := walkIntake(ctx)
	if walkErr == nil && twice {
		// A second walk, after deleting the answers: the same pages on
		// code V8 has already compiled (the difference is lazy compilation).
		walkErr = chromedp.Run(ctx, chromedp.Click("#delete-answers", chromedp.ByQuery), chromedp.Click("#delete-yes", chromedp.ByQuery))
		if walkErr == nil {
			walkErr = waitJS(ctx, "location.pathname === '/' && !!document.getElementById('start')")
		}
		if walkErr == nil {
			var again []Step
			again, walkErr = walkIntake(ctx)
			fmt.Println("first walk:")
			for _, s := range steps {
				fmt.Printf("%-28s → %-28s %6.0f ms\n", s.From, s.To, s.Ms)
			}
			fmt.Println("second walk:")
			steps = again
		}
	}
	if walkErr != nil {
		// Print what the profile saw until then.
		walkErr = fmt.Errorf("%w (%s)", walkErr, diagnose(bctx))
	}
	var prof *profiler.Profile
	if !noProfile {
		if err := chromedp.Run(ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			prof, err = profiler.Stop().Do(ctx)
			return err
		})); err != nil {
			return err
		}
	}
	if prof != nil && profOut != "" {
		if err := writeProfile(profOut, prof); err != nil {
			return err
		}
	}
	var ms []float64
	for _, s := range steps {
		fmt.Printf("%-28s → %-28s %6.0f ms%s", s.From, s.To, s.Ms, map[bool]string{true: " (error summary)"}[s.Err])
		if l := s.Loaf; l != nil && l.Frames > 0 {
			fmt.Printf("  [%d long frames: script %.0f (forced layout %.0f), render %.0f]", l.Frames, l.Script, l.Forced, l.Render)
		}
		if l := s.Loaf; l != nil {
			fmt.Printf("  [DOM: +%d −%d nodes, %d attrs, %d texts; %d elements]", l.Added, l.Removed, l.Attrs, l.Texts, l.Nodes)
		}
		fmt.Println()
		if !s.Err {
			ms = append(ms, s.Ms)
		}
	}
	fmt.Printf("%d step changes, median %.0f ms\n", len(ms), median(ms))
	if prof != nil {
		printTrace(os.Stdout, nil, prof, Visit{}, n)
	}
	if walkErr != nil {
		return walkErr
	}
	return chromedp.Cancel(bctx)
}

// writeProfile writes p as FILE.cpuprofile: DevTools' Performance panel
// loads it, and its nodes carry the callers printTrace's table drops.
func writeProfile(file string, p *profiler.Profile) error {
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return os.WriteFile(file+".cpuprofile", b, 0o644)
}
