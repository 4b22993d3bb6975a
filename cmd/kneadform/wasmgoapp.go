//go:build !wasm

package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"kneadform/internal/routepattern"
)

func init() {
	commands["wasm-goapp"] = command{
		summary: "write a go-app copy and go.mod for the wasm build that keep net/http out of the wasm",
		run:     runWasmGoApp,
	}
}

// goApp and age are the modules patched for the wasm build.
const (
	goApp  = "github.com/maxence-charriere/go-app/v10"
	ageMod = "filippo.io/age"
)

// runWasmGoApp writes DIR/go-app and DIR/age (go-app and age from the
// module cache, patched) and DIR/wasm.mod (our go.mod replacing both by
// those copies), for GOOS=js GOARCH=wasm go build -modfile=DIR/wasm.mod.
// It prints the go.mod's path.
//
// go-app's package app compiles its server side (http.go: the Handler;
// resource.go: resource resolvers) into the wasm too, and that links
// net/http, crypto/tls and crypto/x509 into every phone's download
// although the browser never serves HTTP (issue 12: −0.9 MB raw). The
// copy gives those two files a //go:build !wasm line, moves the three
// small helpers the client needs (clientResourceResolver, remoteLocation,
// webLocation) to a file of their own, and drops the Handler from the wasm
// stub of GenerateStaticWebsite. Its router compiles RouteWithRegexp
// patterns with internal/routepattern (copied in) instead of regexp.
//
// age links regexp for one scrypt check and, through its post-quantum
// recipient (pq.go), filippo.io/hpke, whose package variables pull in the
// NIST curves P-256/384/521 and ML-KEM. Kneadform's wasm uses only X25519
// and scrypt (app/handoff), so the copy builds pq.go for the server only,
// puts stubs in its place that refuse hybrid keys, and checks scrypt's
// work factor with a byte loop. Together: regexp, regexp/syntax, the
// unicode tables and the NIST curves leave the wasm (−145 KB brotli).
//
// Nothing else changes, the server build keeps the stock modules, and the
// module cache is not touched (go build -overlay refuses files there).
// Any surprise in the source (after an upgrade) is an error naming what
// changed, never a silent half-patch.
func runWasmGoApp(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("wasm-goapp", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dir := fs.String("o", "bin/wasm-goapp", "output `folder`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	modDir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", goApp).Output()
	if err != nil {
		fmt.Fprintln(stderr, "wasm-goapp: go list:", err)
		return 1
	}
	ageDir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", ageMod).Output()
	if err != nil {
		fmt.Fprintln(stderr, "wasm-goapp: go list:", err)
		return 1
	}
	gomod, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		fmt.Fprintln(stderr, "wasm-goapp: go env:", err)
		return 1
	}
	name, err := writeWasmGoApp(strings.TrimSpace(string(modDir)), strings.TrimSpace(string(ageDir)), strings.TrimSpace(string(gomod)), *dir)
	if err != nil {
		fmt.Fprintln(stderr, "wasm-goapp:", err)
		return 1
	}
	fmt.Fprintln(stdout, name)
	return 0
}

// writeWasmGoApp copies the go-app module at src into out/go-app and the
// age module at ageSrc into out/age, patches them, and writes out/wasm.mod
// and out/wasm.sum from the main module's go.mod (gomod) and go.sum. It
// returns out/wasm.mod.
func writeWasmGoApp(src, ageSrc, gomod, out string) (string, error) {
	abs, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	dst := filepath.Join(abs, "go-app")
	if err := os.RemoveAll(dst); err != nil {
		return "", err
	}
	if err := copyModule(src, dst, "pkg"); err != nil {
		return "", err
	}
	if err := patchGoApp(filepath.Join(dst, "pkg", "app")); err != nil {
		return "", err
	}
	ageDst := filepath.Join(abs, "age")
	if err := os.RemoveAll(ageDst); err != nil {
		return "", err
	}
	if err := copyModule(ageSrc, ageDst, "."); err != nil {
		return "", err
	}
	if err := patchAge(ageDst); err != nil {
		return "", err
	}
	mod, err := os.ReadFile(gomod)
	if err != nil {
		return "", err
	}
	mod = fmt.Appendf(mod, "\n// Written by kneadform wasm-goapp for the wasm build only.\nreplace %s => %s\nreplace %s => %s\n",
		goApp, dst, ageMod, ageDst)
	name := filepath.Join(abs, "wasm.mod")
	if err := os.WriteFile(name, mod, 0o644); err != nil {
		return "", err
	}
	sum, err := os.ReadFile(strings.TrimSuffix(gomod, ".mod") + ".sum")
	if err != nil {
		return "", err
	}
	return name, os.WriteFile(filepath.Join(abs, "wasm.sum"), sum, 0o644)
}

// copyModule copies go.mod, go.sum, LICENSE and the Go files (and .js,
// .css) under src/sub (tests and testdata left out).
func copyModule(src, dst, sub string) error {
	for _, f := range []string{"go.mod", "go.sum", "LICENSE"} {
		if err := copyTo(filepath.Join(src, f), filepath.Join(dst, f)); err != nil {
			return err
		}
	}
	return filepath.WalkDir(filepath.Join(src, sub), func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "testdata" {
			return filepath.SkipDir
		}
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, ".js") && !strings.HasSuffix(p, ".css") ||
			strings.HasSuffix(p, "_test.go") {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		return copyTo(p, filepath.Join(dst, rel))
	})
}

func copyTo(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// patchGoApp edits the copied package app in place (see runWasmGoApp).
func patchGoApp(pkg string) error {
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(pkg, name)) }
	files := map[string][]byte{} // base name → patched content
	for _, name := range []string{"http.go", "resource.go"} {
		b, err := read(name)
		if err != nil {
			return err
		}
		if !bytes.HasPrefix(b, []byte("package app\n")) {
			return fmt.Errorf("%s/%s no longer starts with \"package app\" (go-app changed: review wasm-goapp)", pkg, name)
		}
		files[name] = append([]byte("//go:build !wasm\n\n"), b...)
	}
	helpers, err := extractFuncs(files["resource.go"], "clientResourceResolver", "remoteLocation", "webLocation")
	if err != nil {
		return fmt.Errorf("%s/resource.go: %w", pkg, err)
	}
	files["resource_client.go"] = []byte("//go:build wasm\n\n// Moved out of resource.go by kneadform wasm-goapp.\n\npackage app\n\nimport \"strings\"\n\n" + helpers)
	w, err := read("wasm.go")
	if err != nil {
		return err
	}
	const stub = "func GenerateStaticWebsite(dir string, h *Handler, pages ...string) error {"
	if bytes.Count(w, []byte(stub)) != 1 || !bytes.HasPrefix(w, []byte("//go:build wasm\n")) {
		return fmt.Errorf("%s/wasm.go changed (no single %q): review wasm-goapp", pkg, stub)
	}
	files["wasm.go"] = bytes.Replace(w, []byte(stub), []byte("func GenerateStaticWebsite(dir string, h any, pages ...string) error {"), 1)
	if s, err := read("static.go"); err != nil || !bytes.HasPrefix(s, []byte("//go:build !wasm\n")) {
		return fmt.Errorf("%s/static.go is no longer server-only: review wasm-goapp", pkg)
	}
	if err := patchRouter(pkg, files); err != nil {
		return err
	}
	if err := patchMount(pkg, files); err != nil {
		return err
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(pkg, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// patchRouter makes route.go compile RouteWithRegexp patterns with a copy
// of internal/routepattern (as routepattern.go) instead of regexp.
func patchRouter(pkg string, files map[string][]byte) error {
	r, err := os.ReadFile(filepath.Join(pkg, "route.go"))
	if err != nil {
		return err
	}
	for _, e := range []struct{ old, new string }{
		{"\t\"regexp\"\n", ""},
		{"regexp.MustCompile(pattern)", "MustCompileRoutePattern(pattern)"},
		{"*regexp.Regexp", "*RoutePattern"},
	} {
		if bytes.Count(r, []byte(e.old)) != 1 {
			return fmt.Errorf("%s/route.go changed (no single %q): review wasm-goapp", pkg, e.old)
		}
		r = bytes.Replace(r, []byte(e.old), []byte(e.new), 1)
	}
	files["route.go"] = r
	src := routepattern.Source
	i := strings.Index(src, "\npackage routepattern\n")
	if i < 0 {
		return fmt.Errorf("internal/routepattern has no package clause")
	}
	src = "// Copied from kneadform/internal/routepattern by kneadform wasm-goapp.\n\npackage app\n" + src[i+len("\npackage routepattern\n"):]
	if err := checkNoClash(pkg, src); err != nil {
		return err
	}
	files["routepattern.go"] = []byte(src)
	return nil
}

// checkNoClash reports a top-level name of src that package pkg declares
// too.
func checkNoClash(pkg, src string) error {
	fset := token.NewFileSet()
	names := func(f *ast.File) []string {
		var out []string
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					out = append(out, d.Name.Name)
				}
			case *ast.GenDecl:
				for _, sp := range d.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						out = append(out, sp.Name.Name)
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							out = append(out, n.Name)
						}
					}
				}
			}
		}
		return out
	}
	nf, err := parser.ParseFile(fset, "routepattern.go", src, 0)
	if err != nil {
		return err
	}
	ours := map[string]bool{}
	for _, n := range names(nf) {
		ours[n] = true
	}
	entries, err := os.ReadDir(pkg)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(pkg, e.Name()), nil, 0)
		if err != nil {
			return err
		}
		for _, n := range names(f) {
			if ours[n] && n != "_" {
				return fmt.Errorf("%s/%s declares %s, as internal/routepattern does: rename it there", pkg, e.Name(), n)
			}
		}
	}
	return nil
}

// extractFuncs returns the source of the named top-level functions.
func extractFuncs(src []byte, names ...string) (string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", src, parser.ParseComments)
	if err != nil {
		return "", err
	}
	found := map[string]string{}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			found[fd.Name.Name] = string(src[fset.Position(fd.Pos()).Offset:fset.Position(fd.End()).Offset])
		}
	}
	var b strings.Builder
	for _, n := range names {
		s, ok := found[n]
		if !ok {
			return "", fmt.Errorf("no func %s (go-app changed: review the overlay)", n)
		}
		b.WriteString(s + "\n\n")
	}
	return b.String(), nil
}
