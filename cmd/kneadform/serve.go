//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"kneadform/app/clinic"
	"kneadform/app/server"
)

func init() {
	commands["serve"] = command{
		summary: "serve the app (default http://127.0.0.1:8000/)",
		run:     runServe,
	}
}

// defaultAddr is where serve listens without -addr or KNEADFORM_ADDR.
const defaultAddr = "127.0.0.1:8000"

// runServe listens, prints one line with the URL (the real port when the
// address asks for port 0), and serves until SIGINT or SIGTERM, then lets
// requests in flight finish.
func runServe(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", envOr("KNEADFORM_ADDR", defaultAddr), "`host:port` to listen on; port 0 picks a free one (env KNEADFORM_ADDR)")
	web := fs.String("web", "web", "`folder` with app.wasm, app.css and the icons, served under /web/")
	config := fs.String("config", os.Getenv("KNEADFORM_CONFIG"), "clinic configuration `file` (docs/clinic-config.md; env KNEADFORM_CONFIG)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "serve: unexpected argument %q\n", fs.Arg(0))
		return 2
	}

	opts := server.Options{WebDir: *web}
	if *config != "" {
		c, err := loadConfig(*config)
		if err != nil {
			fmt.Fprintln(stderr, "serve: refusing to start:", err)
			return 1
		}
		opts.Clinic = c
		clinic.Current = c // prerendered pages show the clinic too
	}
	h, err := server.New(opts)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	}
	fmt.Fprintf(stdout, "Kneadform is running at %s\n", listenURL(*addr, ln.Addr()))

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	srv := server.NewHTTPServer(h, server.DefaultTimeouts) // sizing: see server.DefaultTimeouts
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()

	select {
	case err := <-done:
		fmt.Fprintln(stderr, "serve:", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(stderr, "serve: shutdown:", err)
		return 1
	}
	return 0
}

// listenURL is the URL to print for a listener opened on addr: the host
// as asked (localhost when it listens on every interface) and the port
// actually bound.
func listenURL(addr string, bound net.Addr) string {
	host, _, _ := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "localhost"
	}
	port := "0"
	if tcp, ok := bound.(*net.TCPAddr); ok {
		port = fmt.Sprint(tcp.Port)
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

// envOr returns the environment variable key, or def when it is unset or
// empty.
func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
