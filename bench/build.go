package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// wasmModfile is the go.mod make build compiles the wasm with (go-app
// patched to keep net/http out, see kneadform wasm-goapp).
const wasmModfile = "bin/wasm-goapp/wasm.mod"

// wasmGCFlags are the Makefile's compiler flags for the wasm (a -gcflags
// pattern=-l for each package of its NOINLINE line), so the size table
// measures the code make build ships.
func wasmGCFlags() ([]string, error) {
	mk, err := os.ReadFile("Makefile")
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(string(mk), "\n") {
		if pkgs, ok := strings.CutPrefix(line, "NOINLINE :="); ok {
			var flags []string
			for _, p := range strings.Fields(pkgs) {
				flags = append(flags, "-gcflags="+p+"=-l")
			}
			return flags, nil
		}
	}
	return nil, fmt.Errorf("Makefile: no NOINLINE line")
}

// symBuild builds the unstripped wasm of this tree for the size table.
func symBuild(out string) error {
	flags, err := wasmGCFlags()
	if err != nil {
		return err
	}
	return goBuild(true, out, append(append([]string{"-trimpath"}, flags...), "-modfile="+wasmModfile, "./cmd/kneadform")...)
}

// target is one app under measurement: how to serve it and its bytes.
type target struct {
	name    string
	server  []string // command that serves it and prints "... running at URL"
	bytes   Bytes
	symWasm string // unstripped wasm for the size table (Kneadform only)
	url     string
}

// prepare checks Kneadform's build (make build) and builds the hello world
// into tmp the same way: wasm with -trimpath -ldflags='-s -w', compressed
// by kneadform compress, served by its own server binary. Kneadform is
// served as make run serves it, with the demo clinic's configuration (a
// real installation always has one); config is its file, for -compare.
func prepare(tmp string) (apps []*target, config string, err error) {
	const bin = "bin/kneadform"
	for _, f := range []string{bin, "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", wasmModfile} {
		if _, err := os.Stat(f); err != nil {
			return nil, "", fmt.Errorf("%s missing: run make build first (from the repository root)", f)
		}
	}
	demo := filepath.Join(tmp, "demo")
	if out, err := exec.Command(bin, "demo", "-dir", demo).CombinedOutput(); err != nil {
		return nil, "", fmt.Errorf("kneadform demo: %v\n%s", err, out)
	}
	config = filepath.Join(demo, "clinic.json")
	kf := &target{name: "kneadform", server: []string{bin, "serve", "-addr", "127.0.0.1:0", "-web", "web", "-config", config}}
	if kf.bytes, err = sizesOf("kneadform", "web/app.wasm"); err != nil {
		return nil, "", err
	}
	kf.symWasm = filepath.Join(tmp, "kneadform-sym.wasm")
	if err := symBuild(kf.symWasm); err != nil {
		return nil, "", err
	}

	web := filepath.Join(tmp, "hello", "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return nil, "", err
	}
	for _, icon := range []string{"icon-192.png", "icon-512.png", "icon.svg"} {
		if err := copyFile(filepath.Join("web", icon), filepath.Join(web, icon)); err != nil {
			return nil, "", err
		}
	}
	wasm := filepath.Join(web, "app.wasm")
	if err := goBuild(true, wasm, "-trimpath", "-ldflags=-s -w", "./bench/hello"); err != nil {
		return nil, "", err
	}
	helloBin := filepath.Join(tmp, "hello", "hello")
	if err := goBuild(false, helloBin, "-trimpath", "./bench/hello"); err != nil {
		return nil, "", err
	}
	if out, err := exec.Command(bin, "compress", "-f", wasm).CombinedOutput(); err != nil {
		return nil, "", fmt.Errorf("compress: %v\n%s", err, out)
	}
	hello := &target{name: "hello", server: []string{helloBin, "-addr", "127.0.0.1:0", "-web", web}}
	if hello.bytes, err = sizesOf("hello", wasm); err != nil {
		return nil, "", err
	}
	return []*target{kf, hello}, config, nil
}

// goBuild runs go build -o out args..., for the browser when wasm is set.
func goBuild(wasm bool, out string, args ...string) error {
	cmd := exec.Command("go", append([]string{"build", "-o", out}, args...)...)
	cmd.Env = os.Environ()
	if wasm {
		cmd.Env = append(cmd.Env, "GOOS=js", "GOARCH=wasm")
	}
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s: %v\n%s", strings.Join(args, " "), err, b)
	}
	return nil
}

// sizesOf reads the sizes of a wasm and of its .gz and .br siblings.
func sizesOf(name, wasm string) (Bytes, error) {
	b := Bytes{App: name}
	for _, f := range []struct {
		suffix string
		n      *int64
	}{{"", &b.Raw}, {".gz", &b.Gzip}, {".br", &b.Brotli}} {
		st, err := os.Stat(wasm + f.suffix)
		if err != nil {
			return b, err
		}
		*f.n = st.Size()
	}
	return b, nil
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// start runs the target's server until ctx ends and reads its URL from
// the line it prints.
func (t *target) start(ctx context.Context) error {
	cmd := exec.CommandContext(ctx, t.server[0], t.server[1:]...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	urls := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if _, u, ok := strings.Cut(sc.Text(), " running at "); ok {
				urls <- strings.TrimSpace(u)
				break
			}
		}
		io.Copy(io.Discard, out)
	}()
	select {
	case t.url = <-urls:
		return nil
	case <-time.After(30 * time.Second):
		return fmt.Errorf("%s: no URL printed by %s", t.name, strings.Join(t.server, " "))
	}
}
