//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"kneadform/app/clinic"
	"kneadform/app/server"
	"kneadform/app/ui"
)

func init() {
	commands["build"] = command{
		summary: "write a complete static site (for any static host or CDN) into -out",
		run:     runBuild,
	}
}

const buildUsage = `usage: kneadform build [-config clinic.json] [-web web] -out DIR

Writes a complete static site into DIR: every page prerendered, go-app's
scripts and service worker, the web folder with app.wasm and its .br/.gz
siblings, and DIR/_headers, the headers to set on the host (Netlify and
Cloudflare Pages read it as is; docs/embedding.md says what to set
elsewhere). Run make build first so web/app.wasm exists. An invalid
configuration is refused with the same messages as check-config.
`

// runBuild is `kneadform build`.
func runBuild(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, buildUsage) }
	config := fs.String("config", "", "clinic configuration `file`")
	web := fs.String("web", "web", "`folder` with app.wasm and the other web files")
	out := fs.String("out", "", "`folder` to write the site into")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	opts := server.Options{WebDir: *web}
	if *config != "" {
		c, err := loadConfig(*config)
		if err != nil {
			fmt.Fprintln(stderr, "build: refusing:", err)
			return 1
		}
		opts.Clinic = c
		clinic.Current = c
	}
	if err := server.Static(opts, *out, ui.StaticPaths()); err != nil {
		fmt.Fprintln(stderr, "build:", err)
		return 1
	}
	fmt.Fprintf(stdout, "static site written to %s (headers to set: %s/%s)\n", *out, *out, server.HeadersFile)
	return 0
}
