package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"

	"kneadform/internal/wasmbin"
)

// Bytes are the sizes of an app's wasm as served.
type Bytes struct {
	App    string `json:"app"`
	Raw    int64  `json:"raw"`
	Gzip   int64  `json:"gzip"`   // gzip -9
	Brotli int64  `json:"brotli"` // brotli quality 11, window 2^24
}

// key names one series of visits.
type key struct {
	app   string
	rate  float64
	visit string // "cold", "warm" or "open" (a first visit in a browser already running)
}

// Series is the median of one series of visits, and its samples.
type Series struct {
	App     string  `json:"app"`
	Rate    float64 `json:"cpuRate"`
	Visit   string  `json:"visit"`
	Median  Visit   `json:"median"`
	Samples []Visit `json:"samples"`
}

// Row is one line of the printed table: a figure for both apps and the
// ratio app / hello.
type Row struct {
	Label string  `json:"label"`
	App   float64 `json:"app"`
	Hello float64 `json:"hello"`
	Ratio float64 `json:"ratio"`
	Unit  string  `json:"unit"`
}

// Results is bench/results.json.
type Results struct {
	Date   string        `json:"date"`
	Runs   int           `json:"runs"`
	Rates  []float64     `json:"cpuRates"`
	Bytes  []Bytes       `json:"bytes"`
	Series []Series      `json:"series"`
	Table  []Row         `json:"table"`
	Steps  []StepSummary `json:"steps"` // Kneadform's intake walks, per CPU rate
	// Compare holds the -compare app's figures, against the hello world.
	Compare []Compared      `json:"compare,omitempty"`
	Sizes   wasmbin.Sizes   `json:"sizes"`  // Kneadform, per package
	Growth  []PackageGrowth `json:"growth"` // against docs/performance.md
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// medianVisit takes the median of each figure separately.
func medianVisit(vs []Visit) Visit {
	pick := func(f func(Visit) float64) float64 {
		xs := make([]float64, len(vs))
		for i, v := range vs {
			xs[i] = f(v)
		}
		return median(xs)
	}
	return Visit{
		Readable: pick(func(v Visit) float64 { return v.Readable }),
		Mount:    pick(func(v Visit) float64 { return v.Mount }),
		GoStart:  pick(func(v Visit) float64 { return v.GoStart }),
		GoTime:   pick(func(v Visit) float64 { return v.GoTime }),
		MemoryMB: pick(func(v Visit) float64 { return v.MemoryMB }),

		LongestTask: pick(func(v Visit) float64 { return v.LongestTask }),
		Blocking:    pick(func(v Visit) float64 { return v.Blocking }),

		LongestAfter:  pick(func(v Visit) float64 { return v.LongestAfter }),
		BlockingAfter: pick(func(v Visit) float64 { return v.BlockingAfter }),
	}
}

// summarise fills Series and Table from the samples.
func (res *Results) summarise(samples map[key][]Visit, app, hello string) {
	med := map[key]Visit{}
	for _, rate := range res.Rates {
		for _, visit := range []string{"cold", "warm", "open"} {
			for _, a := range []string{app, hello} {
				k := key{a, rate, visit}
				m := medianVisit(samples[k])
				med[k] = m
				res.Series = append(res.Series, Series{App: a, Rate: rate, Visit: visit, Median: m, Samples: samples[k]})
			}
		}
	}
	row := func(label, unit string, a, h float64) {
		r := Row{Label: label, App: a, Hello: h, Unit: unit}
		if h != 0 {
			r.Ratio = a / h
		}
		res.Table = append(res.Table, r)
	}
	if len(res.Bytes) == 2 {
		a, h := res.Bytes[0], res.Bytes[1]
		row("wasm raw", "B", float64(a.Raw), float64(h.Raw))
		row("wasm gzip", "B", float64(a.Gzip), float64(h.Gzip))
		row("wasm brotli", "B", float64(a.Brotli), float64(h.Brotli))
	}
	for _, rate := range res.Rates {
		c := func(a string) Visit { return med[key{a, rate, "cold"}] }
		w := func(a string) Visit { return med[key{a, rate, "warm"}] }
		cpu := fmt.Sprintf("%g× CPU", rate)
		row("readable (h1 uncovered), cold, "+cpu, "ms", c(app).Readable, c(hello).Readable)
		row("mount, cold, "+cpu, "ms", c(app).Mount, c(hello).Mount)
		row("Go start → mount, cold, "+cpu, "ms", c(app).GoTime, c(hello).GoTime)
		row("wasm compiled (go.run), cold, "+cpu, "ms", c(app).GoStart, c(hello).GoStart)
		row("longest task until mount, cold, "+cpu, "ms", c(app).LongestTask, c(hello).LongestTask)
		row("blocking time until mount, cold, "+cpu, "ms", c(app).Blocking, c(hello).Blocking)
		row("longest task after mount (to a quiet second), cold, "+cpu, "ms", c(app).LongestAfter, c(hello).LongestAfter)
		row("blocking time after mount (to a quiet second), cold, "+cpu, "ms", c(app).BlockingAfter, c(hello).BlockingAfter)
		row("mount, warm (new process), "+cpu, "ms", w(app).Mount, w(hello).Mount)
		row("wasm compiled (go.run), warm, "+cpu, "ms", w(app).GoStart, w(hello).GoStart)
		row("Go start → mount, warm, "+cpu, "ms", w(app).GoTime, w(hello).GoTime)
		o := func(a string) Visit { return med[key{a, rate, "open"}] }
		row("readable, first visit, browser open, "+cpu, "ms", o(app).Readable, o(hello).Readable)
		row("mount, first visit, browser open, "+cpu, "ms", o(app).Mount, o(hello).Mount)
		row("Go start → mount, first visit, browser open, "+cpu, "ms", o(app).GoTime, o(hello).GoTime)
	}
	for _, rate := range res.Rates {
		st := stepStats(samples[key{app, rate, "warm"}])
		if st.N == 0 {
			continue
		}
		cpu := fmt.Sprintf("%g× CPU", rate)
		res.Steps = append(res.Steps, StepSummary{Rate: rate, StepStats: st})
		row(fmt.Sprintf("step change, median of %d, %s", st.N, cpu), "ms", st.Median, 0)
		row("step change, p90, "+cpu, "ms", st.P90, 0)
		row(fmt.Sprintf("step change, worst (%s → %s), %s", st.Worst.From, st.Worst.To, cpu), "ms", st.Worst.Ms, 0)
	}
	if len(res.Rates) > 0 {
		r := res.Rates[0]
		row("wasm memory after mount", "MB", med[key{app, r, "cold"}].MemoryMB, med[key{hello, r, "cold"}].MemoryMB)
		var mem []float64
		for _, rate := range res.Rates {
			for _, v := range samples[key{app, rate, "warm"}] {
				if v.WalkMemoryMB > 0 {
					mem = append(mem, v.WalkMemoryMB)
				}
			}
		}
		if len(mem) > 0 {
			row("wasm memory after the intake (hello: after mount)", "MB", median(mem), med[key{hello, r, "cold"}].MemoryMB)
		}
	}
}

// Compared is the table of a -compare app.
type Compared struct {
	App    string        `json:"app"`
	Series []Series      `json:"series"`
	Table  []Row         `json:"table"`
	Steps  []StepSummary `json:"steps"`
}

// StepStats sums up the step changes of the intake walks at one CPU rate
// (error summaries left out: they are not a change of step).
type StepStats struct {
	N      int     `json:"n"`
	Median float64 `json:"medianMs"`
	P90    float64 `json:"p90Ms"`
	Worst  Step    `json:"worst"`
	Over   int     `json:"over200ms"`
}

// StepSummary is StepStats for one CPU rate.
type StepSummary struct {
	Rate float64 `json:"cpuRate"`
	StepStats
}

func stepStats(vs []Visit) StepStats {
	var ms []float64
	var st StepStats
	for _, v := range vs {
		for _, s := range v.Steps {
			if s.Err {
				continue
			}
			ms = append(ms, s.Ms)
			if s.Ms > st.Worst.Ms {
				st.Worst = s
			}
			if s.Ms > 200 {
				st.Over++
			}
		}
	}
	st.N = len(ms)
	if st.N == 0 {
		return st
	}
	sort.Float64s(ms)
	st.Median = median(ms)
	st.P90 = ms[(len(ms)*9+9)/10-1] // nearest rank
	return st
}

func (res *Results) write(name string) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(name, append(b, '\n'), 0o644)
}

// print writes the table (Markdown) and any package growth.
func (res *Results) print(w io.Writer) {
	fmt.Fprintf(w, "\nmedian of %d alternating runs, fresh profile per cold visit\n\n", res.Runs)
	printTable(w, "Kneadform", res.Table)
	for _, c := range res.Compare {
		fmt.Fprintf(w, "\n-compare %s, in the same rounds:\n\n", c.App)
		printTable(w, c.App, c.Table)
	}
	printGrowth(w, res.Growth)
}

func printTable(w io.Writer, app string, table []Row) {
	fmt.Fprintf(w, "| | %s | go-app hello | ratio |\n", app)
	fmt.Fprintln(w, "|---|---:|---:|---:|")
	for _, r := range table {
		f := func(x float64) string {
			switch r.Unit {
			case "B":
				return commas(int64(x)) + " B"
			case "MB":
				return fmt.Sprintf("%.1f MB", x)
			}
			return fmt.Sprintf("%.0f ms", x)
		}
		if r.Hello == 0 {
			fmt.Fprintf(w, "| %s | %s | – | – |\n", r.Label, f(r.App))
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %s | %.2f |\n", r.Label, f(r.App), f(r.Hello), r.Ratio)
	}
}

// commas writes 1234567 as 1,234,567.
func commas(n int64) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
