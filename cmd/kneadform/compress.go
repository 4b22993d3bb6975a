//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/andybalholm/brotli"
)

func init() {
	commands["compress"] = command{
		summary: "write FILE.gz and FILE.br beside FILE and print the sizes",
		run:     runCompress,
	}
}

// defaultBrotliQuality trades build time for bytes, and the bytes are the
// phones'. Measured on 2 cores: on the ~7 MB skeleton wasm quality 10 took
// ~10 s for 1.46 MB and quality 11 ~17 s for 1.42 MB; on the 11.35 MB app
// quality 10 takes 16 s for 2.13 MB and quality 11 30 s for 2.05 MB (80 KB
// less to download). Compression runs only when the wasm changed.
const defaultBrotliQuality = 11

// runCompress writes FILE.gz (gzip -9) and FILE.br (brotli, window 2^24)
// for each FILE, in parallel, unless both already decompress to FILE's
// bytes (-f forces), and prints one line of sizes per file. (The check is
// on content, not times: go build touches an up-to-date binary.)
func runCompress(args []string, _ io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compress", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("f", false, "compress even when FILE.gz and FILE.br are up to date")
	quality := fs.Int("q", defaultBrotliQuality, "brotli `quality`, 0-11")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: kneadform compress [-f] [-q quality] FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	code := 0
	for _, name := range fs.Args() {
		if err := compressFile(name, *quality, *force); err != nil {
			fmt.Fprintln(stderr, "compress:", err)
			code = 1
			continue
		}
		fmt.Fprintln(stdout, sizeLine(name))
	}
	return code
}

func compressFile(name string, quality int, force bool) error {
	raw, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !force && holds(name+".gz", raw, gunzipReader) && holds(name+".br", raw, unbrotliReader) {
		return nil
	}
	var wg sync.WaitGroup
	var gzErr, brErr error
	wg.Add(2)
	go func() {
		defer wg.Done()
		gzErr = writeCompressed(name, ".gz", func(w io.Writer) io.WriteCloser {
			z, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
			return z
		})
	}()
	go func() {
		defer wg.Done()
		brErr = writeCompressed(name, ".br", func(w io.Writer) io.WriteCloser {
			return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: quality, LGWin: 24})
		})
	}()
	wg.Wait()
	if gzErr != nil {
		return gzErr
	}
	return brErr
}

// holds reports whether the compressed file name decompresses to raw.
func holds(name string, raw []byte, decompress func(io.Reader) (io.Reader, error)) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	r, err := decompress(f)
	if err != nil {
		return false
	}
	got, err := io.ReadAll(io.LimitReader(r, int64(len(raw))+1))
	return err == nil && bytes.Equal(got, raw)
}

func gunzipReader(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) }

func unbrotliReader(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil }

// writeCompressed writes name+suffix through a temporary file, so a
// server never sees a half-written sibling. The temporary name starts
// with a dot: the server ignores dot files, so a build running beside it
// (or killed half-way) never ends up in the version or the precache.
func writeCompressed(name, suffix string, newWriter func(io.Writer) io.WriteCloser) error {
	in, err := os.Open(name)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+suffix+".tmp*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	zw := newWriter(tmp)
	if _, err := io.Copy(zw, in); err != nil {
		tmp.Close()
		return fmt.Errorf("%s%s: %w", name, suffix, err)
	}
	if err := zw.Close(); err != nil {
		tmp.Close()
		return fmt.Errorf("%s%s: %w", name, suffix, err)
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name+suffix)
}

// sizeLine is "web/app.wasm: raw 7.03 MB, gzip 1.91 MB, brotli 1.46 MB"
// (MB = 10^6 bytes).
func sizeLine(name string) string {
	size := func(n string) string {
		st, err := os.Stat(n)
		if err != nil {
			return "?"
		}
		return fmt.Sprintf("%.2f MB", float64(st.Size())/1e6)
	}
	return fmt.Sprintf("%s: raw %s, gzip %s, brotli %s", name, size(name), size(name+".gz"), size(name+".br"))
}
