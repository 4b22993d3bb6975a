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

// TestWasmGoApp: with the patched go-app, the wasm build of Kneadform links no
// net/http, crypto/tls or crypto/x509, go-app still compiles for the
// browser, and the Makefile builds the wasm with it.
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
	for _, p := range []string{"net/http", "crypto/tls", "crypto/x509"} {
		if strings.Contains("\n"+deps, "\n"+p+"\n") {
			t.Errorf("the wasm still links %s", p)
		}
	}
	if !strings.Contains(deps, goApp+"/pkg/app\n") {
		t.Error("go-app is not in the wasm's dependencies: the check above proves nothing")
	}
	goCmd("build", "-trimpath", "-modfile", modfile, "-o", filepath.Join(dir, "app.a"), goApp+"/pkg/app")
	if list := goCmd("list", "-modfile", modfile, "-m", "-f", "{{.Replace}}", goApp); !strings.Contains(list, dir) {
		t.Errorf("go-app is not replaced by the copy: %s", list)
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
