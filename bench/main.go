// Command bench is make bench: Kneadform against go-app's own hello world
// (bench/hello), both built and served the same way (server code out of
// the wasm, brotli siblings, server.Wrap), measured in headless Chromium.
//
// For each CPU throttling rate and each of -runs rounds it visits each app
// in turn (alternating, so a slow spell of the shared machine hits both):
// a cold visit in a fresh profile, then a warm visit in a new browser
// process on the same profile (HTTP cache, service worker and Chromium's
// code cache kept), and a first visit in a browser that is already running
// (a new browser context of one long-lived process: no browser start-up
// overlapping the page's load). It reports medians, ratios app / hello, the wasm
// bytes (raw, gzip, brotli) and the per-package code sizes, which it
// compares with the table in docs/performance.md so growth is seen.
// Results go to bench/results.json and a table to stdout.
//
// It is a benchmark, not a test: nothing in make test runs it. It expects
// make build to have run (web/app.wasm and its siblings, bin/kneadform).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// maxRetries is how many times a failed visit pair is started again.
const maxRetries = 2

func main() {
	runs := flag.Int("runs", 9, "measured rounds per app and CPU rate (the median is reported; single visits at 4x CPU vary by ±40% on a shared machine)")
	walks := flag.Int("walks", 2, "rounds per CPU rate whose warm Kneadform visit also walks the whole intake (step changes, memory)")
	rates := flag.String("rates", "1,4", "comma-separated CPU throttling `rates` (Emulation.setCPUThrottlingRate)")
	out := flag.String("out", "bench/results.json", "results `file`")
	doc := flag.String("doc", "docs/performance.md", "`file` with the per-package size table to check against")
	update := flag.Bool("update-sizes", false, "rewrite the size table in -doc with this build's figures")
	chromium := flag.String("chromium", "/usr/bin/chromium", "Chromium `path`")
	compare := flag.String("compare", "", "also measure `name=dir[,name=dir…]`: Kneadform served from other web folders (e.g. a wasm built with other flags), alternating with the others; each gets its own table; name=dir@bin serves dir with another kneadform binary (a server-side change)")
	sizes := flag.Int("sizes", 0, "only print the wasm code of the `n` largest packages (unstripped build of this tree), no browser")
	traceURL := flag.String("trace", "", "only record a cold visit of `url` at the first -rates rate: print the main thread's long tasks and the heaviest functions of a CPU profile (names need an unstripped wasm), write the trace to -trace-out (and the CPU profile to its .cpuprofile)")
	traceOut := flag.String("trace-out", "", "Chrome trace `file` written by -trace (with -trace-visits, one per visit: file.1, file.2, ...); with -trace or -profile-walk, the CPU profile goes to file.cpuprofile")
	walkURL := flag.String("profile-walk", "", "only walk the intake at `url` (warm: after the mount) at the first -rates rate under the CPU profiler; print the step changes and the heaviest functions (names need an unstripped wasm)")
	walkNoProf := flag.Bool("walk-noprof", false, "with -profile-walk: no CPU profiler (timings as a client gets them; the long-frame breakdown stays)")
	flag.IntVar(&walkSteps, "walk-steps", 0, "with -profile-walk: stop after `n` step changes (0: the whole intake), e.g. 1 to profile the first step alone")
	walkTwice := flag.Bool("walk-twice", false, "with -profile-walk: walk again after deleting the answers and print both walks (the second runs on compiled code)")
	traceTop := flag.Int("trace-top", 40, "with -trace: print the `n` heaviest functions by total and by self time of each visit; 0 leaves the CPU profiler off (timings closer to a client's, trace events still recorded)")
	traceVisits := flag.Int("trace-visits", 1, "with -trace: `n` visits, each in a new browser process on the same profile (the code cache of return visits)")
	flag.DurationVar(&traceSettle, "trace-settle", 5*time.Second, "with -trace: how long each visit stays open after the mount and the service worker (V8 writes the wasm code cache seconds after the last optimisation)")
	flag.StringVar(&jsFlags, "js-flags", "", "V8 `flags` for Chromium (--js-flags), for a diagnosis such as the wasm code cache's thresholds; the figures then are not a client's")
	flag.Parse()
	start := time.Now()
	if *walkURL != "" {
		rate, _ := strconv.ParseFloat(strings.Split(*rates, ",")[0], 64)
		dir, err := os.MkdirTemp("", "kneadform-walk-")
		if err == nil {
			defer os.RemoveAll(dir)
			err = profileWalk(context.Background(), *chromium, dir, *walkURL, max(rate, 1), 60, *walkNoProf, *walkTwice, *traceOut)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if *traceURL != "" {
		if err := runTrace(*traceURL, *rates, *chromium, *traceOut, *traceVisits, *traceTop); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if *sizes > 0 {
		if err := printSizes(*sizes); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*runs, *walks, *rates, *out, *doc, *update, *chromium, *compare); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
	fmt.Printf("\nbench took %s\n", time.Since(start).Round(time.Second))
}

func run(runs, walks int, rateList, out, doc string, update bool, chromium, compare string) error {
	var rates []float64
	for _, s := range strings.Split(rateList, ",") {
		r, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil || r < 1 {
			return fmt.Errorf("bad rate %q", s)
		}
		rates = append(rates, r)
	}
	if _, err := os.Stat(chromium); err != nil {
		return fmt.Errorf("no Chromium at %s", chromium)
	}
	tmp, err := os.MkdirTemp("", "kneadform-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	step("building the hello world and the unstripped wasm for the size table")
	apps, config, err := prepare(tmp)
	if err != nil {
		return err
	}
	for _, cmp := range strings.FieldsFunc(compare, func(r rune) bool { return r == ',' }) {
		name, dir, ok := strings.Cut(cmp, "=")
		if !ok || name == apps[0].name || name == apps[1].name {
			return fmt.Errorf("-compare %q: want name=dir with a new name", compare)
		}
		// name=dir@bin: served by another server binary (a change to
		// what the server sends, e.g. app.js), else by bin/kneadform.
		bin := "bin/kneadform"
		if d, b, ok := strings.Cut(dir, "@"); ok {
			dir, bin = d, b
		}
		c := &target{name: name, server: []string{bin, "serve", "-addr", "127.0.0.1:0", "-web", dir, "-config", config}}
		if c.bytes, err = sizesOf(name, filepath.Join(dir, "app.wasm")); err != nil {
			return err
		}
		apps = append(apps, c)
	}
	res := Results{Date: time.Now().UTC().Format(time.RFC3339), Runs: runs, Rates: rates}
	for _, a := range apps {
		res.Bytes = append(res.Bytes, a.bytes)
	}
	res.Sizes, res.Growth, err = checkSizes(apps[0].symWasm, doc, update)
	if err != nil {
		return err
	}

	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	for i := range apps {
		if err := apps[i].start(ctx); err != nil {
			return err
		}
	}
	open, err := openBrowser(ctx, chromium, filepath.Join(tmp, "open-browser"))
	if err != nil {
		return err
	}
	samples := map[key][]Visit{}
	for _, rate := range rates {
		for r := 0; r < runs; r++ {
			for _, a := range apps {
				step(fmt.Sprintf("%s, %g× CPU, round %d/%d", a.name, rate, r+1, runs))
				walk := a.name != apps[1].name && r < walks // not the hello world
				cold, warm, err := visitPair(ctx, chromium, a.url, rate, filepath.Join(tmp, "profiles"), walk)
				for try := 1; err != nil && try <= maxRetries; try++ {
					// Chromium sometimes fails to start on a loaded machine.
					step(fmt.Sprintf("retrying (%d/%d) after: %.300s", try, maxRetries, err))
					cold, warm, err = visitPair(ctx, chromium, a.url, rate, filepath.Join(tmp, "profiles"), walk)
				}
				if err != nil {
					return fmt.Errorf("%s at %g×: %w", a.name, rate, err)
				}
				samples[key{a.name, rate, "cold"}] = append(samples[key{a.name, rate, "cold"}], cold)
				samples[key{a.name, rate, "warm"}] = append(samples[key{a.name, rate, "warm"}], warm)
				first, err := visitOpen(open, a.url, rate)
				if err != nil {
					return fmt.Errorf("%s at %g×, browser open: %w", a.name, rate, err)
				}
				samples[key{a.name, rate, "open"}] = append(samples[key{a.name, rate, "open"}], first)
			}
		}
	}
	res.summarise(samples, apps[0].name, apps[1].name)
	for _, c := range apps[2:] {
		cr := Results{Rates: rates, Bytes: []Bytes{c.bytes, apps[1].bytes}}
		cr.summarise(samples, c.name, apps[1].name)
		res.Compare = append(res.Compare, Compared{App: c.name, Series: cr.Series, Table: cr.Table, Steps: cr.Steps})
	}
	if err := res.write(out); err != nil {
		return err
	}
	res.print(os.Stdout)
	fmt.Printf("\nresults: %s\n", out)
	return nil
}

// step prints what the bench is doing, with the time of day.
func step(what string) {
	fmt.Fprintf(os.Stderr, "%s  %s\n", time.Now().Format("15:04:05"), what)
}

// traceSettle is -trace-settle.
var traceSettle time.Duration

// runTrace is -trace: one cold visit, traced.
func runTrace(url, rateList, chromium, out string, visits, top int) error {
	rate, err := strconv.ParseFloat(strings.Split(rateList, ",")[0], 64)
	if err != nil || rate < 1 {
		return fmt.Errorf("bad rate %q", rateList)
	}
	profile, err := os.MkdirTemp("", "kneadform-trace-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	for i := 1; i <= visits; i++ {
		name := out
		if out != "" && visits > 1 {
			name = fmt.Sprintf("%s.%d", out, i)
		}
		tasks, prof, v, cache, err := traceVisit(context.Background(), chromium, profile, url, rate, traceSettle, name, top > 0)
		if err != nil {
			return fmt.Errorf("visit %d: %w", i, err)
		}
		fmt.Printf("== visit %d, code cache events %v\n", i, cache)
		if name != "" && prof != nil {
			if err := writeProfile(name, prof); err != nil {
				return err
			}
		}
		printTrace(os.Stdout, tasks, prof, v, top)
	}
	return nil
}
