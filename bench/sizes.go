package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"kneadform/internal/wasmbin"
)

// The size table in docs/performance.md sits between these markers;
// -update-sizes rewrites it.
const (
	sizesBegin = "<!-- sizes:begin (written by go run ./bench -update-sizes) -->"
	sizesEnd   = "<!-- sizes:end -->"
	// topPackages is how many packages the table lists by name.
	topPackages = 40
)

// PackageGrowth is a package (or a total) whose code grew past the
// tolerance since the table in docs/performance.md was written.
type PackageGrowth struct {
	Package string `json:"package"`
	Before  int    `json:"before"`
	Now     int    `json:"now"`
}

// grew reports growth worth a look: more than 2% and more than 2 KB.
func grew(before, now int) bool {
	return now > before+2048 && float64(now) > float64(before)*1.02
}

// printSizes builds an unstripped wasm of this tree and prints its n
// largest packages (go run ./bench -sizes n): the quick look for size work.
func printSizes(n int) error {
	tmp, err := os.MkdirTemp("", "kneadform-sizes-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	sym := filepath.Join(tmp, "sym.wasm")
	if err := symBuild(sym); err != nil {
		return err
	}
	s, err := measure(sym)
	if err != nil {
		return err
	}
	for i, p := range s.Packages {
		if i == n {
			break
		}
		fmt.Printf("%10s %5d  %s\n", commas(int64(p.Bytes)), p.Funcs, p.Package)
	}
	fmt.Printf("code %s, data %s (%d segments), total %s\n", commas(int64(s.Code)), commas(int64(s.Data)), s.Segments, commas(int64(s.Total)))
	return nil
}

// measure reads an unstripped wasm's sizes per package.
func measure(symWasm string) (wasmbin.Sizes, error) {
	b, err := os.ReadFile(symWasm)
	if err != nil {
		return wasmbin.Sizes{}, err
	}
	list := exec.Command("go", "list", "-modfile="+wasmModfile, "-deps", "./cmd/kneadform")
	list.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := list.Output()
	if err != nil {
		return wasmbin.Sizes{}, fmt.Errorf("go list: %w", err)
	}
	return wasmbin.Measure(b, strings.Fields(string(out)))
}

// checkSizes measures the unstripped wasm per package, compares it with
// the table in doc (or writes the table when update is set).
func checkSizes(symWasm, doc string, update bool) (wasmbin.Sizes, []PackageGrowth, error) {
	s, err := measure(symWasm)
	if err != nil {
		return s, nil, err
	}
	text, err := os.ReadFile(doc)
	if err != nil {
		return s, nil, err
	}
	if update {
		return s, nil, writeTable(doc, string(text), s)
	}
	recorded := parseTable(string(text))
	if len(recorded) == 0 {
		return s, nil, fmt.Errorf("%s has no size table: run go run ./bench -update-sizes", doc)
	}
	return s, growthSince(recorded, flatten(s)), nil
}

// growthSince lists the rows of now that grew over the recorded table. A
// package the table does not list was among "(other packages)", so at most
// as large as the smallest package it lists: a package that joins the list
// as others shrink has not grown.
func growthSince(recorded, now map[string]int) []PackageGrowth {
	smallest := 0
	for name, n := range recorded {
		if !strings.HasPrefix(name, "(") && (smallest == 0 || n < smallest) {
			smallest = n
		}
	}
	var growth []PackageGrowth
	for name, n := range now {
		before, listed := recorded[name]
		if !listed && !strings.HasPrefix(name, "(") {
			before = smallest
		}
		if grew(before, n) {
			growth = append(growth, PackageGrowth{Package: name, Before: before, Now: n})
		}
	}
	return growth
}

// flatten is the table's rows as name → bytes: the top packages, the rest
// together, and the section totals.
func flatten(s wasmbin.Sizes) map[string]int {
	m := map[string]int{"(total)": s.Total, "(code section)": s.Code, "(data section)": s.Data}
	rest := 0
	for i, p := range s.Packages {
		if i < topPackages {
			m[p.Package] = p.Bytes
		} else {
			rest += p.Bytes
		}
	}
	m["(other packages)"] = rest
	return m
}

var rowRe = regexp.MustCompile("^\\| `([^`]+)` \\| ([0-9,]+) \\|")

func parseTable(text string) map[string]int {
	_, after, ok := strings.Cut(text, sizesBegin)
	if !ok {
		return nil
	}
	block, _, _ := strings.Cut(after, sizesEnd)
	m := map[string]int{}
	for _, line := range strings.Split(block, "\n") {
		if g := rowRe.FindStringSubmatch(line); g != nil {
			n, _ := strconv.Atoi(strings.ReplaceAll(g[2], ",", ""))
			m[g[1]] = n
		}
	}
	return m
}

func writeTable(doc, text string, s wasmbin.Sizes) error {
	var b strings.Builder
	b.WriteString(sizesBegin + "\n")
	b.WriteString("| package | code bytes | share of code |\n|---|---:|---:|\n")
	share := func(n int) string { return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(s.Code)) }
	rest := 0
	for i, p := range s.Packages {
		if i < topPackages {
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", p.Package, commas(int64(p.Bytes)), share(p.Bytes))
		} else {
			rest += p.Bytes
		}
	}
	fmt.Fprintf(&b, "| `(other packages)` | %s | %s |\n", commas(int64(rest)), share(rest))
	fmt.Fprintf(&b, "| `(code section)` | %s | |\n", commas(int64(s.Code)))
	fmt.Fprintf(&b, "| `(data section)` | %s | %d segments |\n", commas(int64(s.Data)), s.Segments)
	fmt.Fprintf(&b, "| `(total)` | %s | unstripped |\n", commas(int64(s.Total)))
	b.WriteString(sizesEnd)
	before, rest1, ok := strings.Cut(text, sizesBegin)
	if !ok {
		return fmt.Errorf("%s: no %q marker", doc, sizesBegin)
	}
	_, after, ok := strings.Cut(rest1, sizesEnd)
	if !ok {
		return fmt.Errorf("%s: no %q marker", doc, sizesEnd)
	}
	return os.WriteFile(doc, []byte(before+b.String()+after), 0o644)
}

func printGrowth(w io.Writer, g []PackageGrowth) {
	if len(g) == 0 {
		fmt.Fprintln(w, "\nwasm code per package: no growth over docs/performance.md (tolerance 2% and 2 KB)")
		return
	}
	fmt.Fprintln(w, "\nGROWTH since docs/performance.md (code bytes; update the table with -update-sizes once accepted):")
	for _, p := range g {
		fmt.Fprintf(w, "  %-50s %10s → %10s (%+d)\n", p.Package, commas(int64(p.Before)), commas(int64(p.Now)), p.Now-p.Before)
	}
}
