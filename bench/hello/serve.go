//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"kneadform/app/server"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// serve serves the hello world the way Kneadform is served: go-app's
// handler with local icons and the raw wasm size for the loader, wrapped
// by server.Wrap (the same brotli/gzip siblings, ETags and headers). It
// prints "hello is running at URL" once listening.
func serve() {
	addr := flag.String("addr", "127.0.0.1:0", "listen `address`")
	web := flag.String("web", "web", "`folder` named web, served under /web/ (app.wasm and its .br/.gz)")
	flag.Parse()
	// go-app's default resources are ./web: serve from the folder's parent.
	abs, err := filepath.Abs(*web)
	if err == nil && filepath.Base(abs) != "web" {
		err = fmt.Errorf("%s: the folder must be named web", abs)
	}
	if err == nil {
		err = os.Chdir(filepath.Dir(abs))
		*web = "web"
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
	wasm, err := os.Stat(filepath.Join(*web, "app.wasm"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
	version, err := server.Version(*web)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
	h := &app.Handler{
		Name:              "Hello",
		Description:       "go-app hello world",
		Icon:              app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", SVG: "/web/icon.svg"},
		Version:           version,
		WasmContentLength: strconv.FormatInt(wasm.Size(), 10),
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "hello:", err)
		os.Exit(1)
	}
	fmt.Printf("hello is running at http://%s/\n", ln.Addr())
	err = http.Serve(ln, server.Wrap(h, version, server.Options{WebDir: *web}))
	fmt.Fprintln(os.Stderr, "hello:", err)
	os.Exit(1)
}
