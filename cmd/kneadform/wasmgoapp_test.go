//go:build !wasm

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestWasmGoApp: with the patched go-app and age, the wasm build of
// Kneadform links no net/http, crypto/tls, crypto/x509, regexp or
// filippo.io/hpke, both still compile for the browser, and the Makefile
// builds the wasm with them. (app/handoff's tests pass against the patched
// age in the browser's GOOS: GOOS=js GOARCH=wasm go test
// -modfile=bin/wasm-goapp/wasm.mod ./app/handoff, with
// $(go env GOROOT)/lib/wasm on PATH; see docs/performance.md.)
func TestWasmGoApp(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list and go build")
	}
	// A fixed folder, so go build's cache makes reruns quick.
	dir := filepath.Join(os.TempDir(), "kneadform-wasm-goapp-test")
	var out, errb bytes.Buffer
	if code := dispatch([]string{"wasm-goapp", "-o", dir}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	modfile := strings.TrimSpace(out.String())
	goCmd := func(args ...string) string {
		cmd := exec.Command("go", args...)
		cmd.Dir = "../.."
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, b)
		}
		return string(b)
	}
	deps := goCmd("list", "-modfile", modfile, "-deps", "./cmd/kneadform")
	for _, p := range []string{"net/http", "crypto/tls", "crypto/x509", "regexp", "filippo.io/hpke"} {
		if strings.Contains("\n"+deps, "\n"+p+"\n") {
			t.Errorf("the wasm still links %s", p)
		}
	}
	if !strings.Contains(deps, goApp+"/pkg/app\n") {
		t.Error("go-app is not in the wasm's dependencies: the check above proves nothing")
	}
	goCmd("build", "-trimpath", "-modfile", modfile, "-o", filepath.Join(dir, "app.a"), goApp+"/pkg/app")
	goCmd("build", "-trimpath", "-modfile", modfile, "-o", filepath.Join(dir, "age.a"), ageMod)
	for _, m := range []string{goApp, ageMod} {
		if list := goCmd("list", "-modfile", modfile, "-m", "-f", "{{.Replace}}", m); !strings.Contains(list, dir) {
			t.Errorf("%s is not replaced by the copy: %s", m, list)
		}
	}

	mk, err := os.ReadFile("../../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(mk), "-modfile=bin/wasm-goapp/wasm.mod") {
		t.Error("the Makefile does not build the wasm with the patched go-app")
	}
}

// TestPatchRefusesChangedSource: a go-app whose files no longer look as
// expected is an error, not a half-applied patch.
func TestPatchRefusesChangedSource(t *testing.T) {
	pkg := t.TempDir()
	for name, src := range map[string]string{
		"http.go":     "//go:build foo\n\npackage app\n",
		"resource.go": "package app\n\nfunc clientResourceResolver() {}\n",
		"wasm.go":     "//go:build wasm\n\npackage app\n",
		"static.go":   "//go:build !wasm\n\npackage app\n",
	} {
		os.WriteFile(filepath.Join(pkg, name), []byte(src), 0o644)
	}
	if err := patchGoApp(pkg); err == nil || !strings.Contains(err.Error(), "http.go") {
		t.Errorf("changed http.go: err = %v", err)
	}
	os.WriteFile(filepath.Join(pkg, "http.go"), []byte("package app\n"), 0o644)
	if err := patchGoApp(pkg); err == nil || !strings.Contains(err.Error(), "remoteLocation") {
		t.Errorf("missing helper: err = %v", err)
	}
}

// TestPatchAgeRefusesChangedSource: an age whose files no longer look as
// expected is an error, not a half-applied patch.
func TestPatchAgeRefusesChangedSource(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) { os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644) }
	write("pq.go", "package age\n")
	write("scrypt.go", "package age\n\nimport (\n\t\"regexp\"\n)\n\nvar digitsRe = regexp.MustCompile(`^[0-9]+$`)\n")
	if err := patchAge(dir); err == nil || !strings.Contains(err.Error(), "pq.go") {
		t.Errorf("pq.go without a leading newline before package: err = %v", err)
	}
	write("pq.go", "// c\npackage age\n")
	if err := patchAge(dir); err == nil || !strings.Contains(err.Error(), "scrypt.go") {
		t.Errorf("changed digitsRe: err = %v", err)
	}
	write("scrypt.go", "package age\n\nimport (\n\t\"regexp\"\n)\n\n"+ageDigits+"\n")
	write("new.go", "package age\n\nimport \"filippo.io/hpke\"\n")
	if err := patchAge(dir); err == nil || !strings.Contains(err.Error(), "new.go imports filippo.io/hpke") {
		t.Errorf("another file importing hpke: err = %v", err)
	}
	os.Remove(filepath.Join(dir, "new.go"))
	write("pq.go", "// c\npackage age\n")
	write("scrypt.go", "package age\n\nimport (\n\t\"regexp\"\n)\n\n"+ageDigits+"\n")
	if err := patchAge(dir); err != nil {
		t.Errorf("patchAge: %v", err)
	}
}

// TestPatchRouter: route.go compiles patterns with the routepattern copy,
// and a name that routepattern shares with go-app is refused.
func TestPatchRouter(t *testing.T) {
	pkg := t.TempDir()
	route := "package app\n\nimport (\n\t\"regexp\"\n\t\"sync\"\n)\n\nvar x = regexp.MustCompile(pattern)\n\ntype r struct{ re *regexp.Regexp }\n"
	os.WriteFile(filepath.Join(pkg, "route.go"), []byte(route), 0o644)
	files := map[string][]byte{}
	if err := patchRouter(pkg, files); err != nil {
		t.Fatal(err)
	}
	if r := string(files["route.go"]); strings.Contains(r, "regexp") || !strings.Contains(r, "MustCompileRoutePattern(pattern)") {
		t.Errorf("route.go:\n%s", r)
	}
	if p := string(files["routepattern.go"]); !strings.HasPrefix(p, "// Copied from") || !strings.Contains(p, "\npackage app\n") {
		t.Errorf("routepattern.go starts: %.200s", p)
	}
	os.WriteFile(filepath.Join(pkg, "other.go"), []byte("package app\n\nfunc rpIn() {}\n"), 0o644)
	if err := patchRouter(pkg, map[string][]byte{}); err == nil || !strings.Contains(err.Error(), "rpIn") {
		t.Errorf("clash: err = %v", err)
	}
}
