//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ageDigits is the regexp age compiles at init for one check of a scrypt
// stanza's work factor; ageDigitsLoop replaces it (see runWasmGoApp).
const (
	ageDigits     = "var digitsRe = regexp.MustCompile(`^[1-9][0-9]*$`)"
	ageDigitsLoop = `// digitsRe matches ^[1-9][0-9]*$ with a byte loop (kneadform wasm-goapp:
// no regexp in the wasm).
var digitsRe digitsMatcher

type digitsMatcher struct{}

func (digitsMatcher) MatchString(w string) bool {
	if w == "" || w[0] < '1' || w[0] > '9' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}`
)

// agePQStub stands in for age's pq.go in the wasm: the post-quantum
// (hybrid) recipient and identity exist, so the package compiles, but
// refuse every key. Kneadform's wasm never makes or reads one
// (app/handoff: X25519 and scrypt only).
const agePQStub = `//go:build wasm

// Written by kneadform wasm-goapp: pq.go is built for the server only, so
// filippo.io/hpke (and with it the NIST curves and ML-KEM) stays out of
// Kneadform's wasm. Hybrid keys are refused here.

package age

import "errors"

var errNoHybrid = errors.New("age: post-quantum (hybrid) keys are not supported in this build")

// HybridRecipient is not supported in this build.
type HybridRecipient struct{}

var _ Recipient = &HybridRecipient{}

// ParseHybridRecipient always fails in this build.
func ParseHybridRecipient(s string) (*HybridRecipient, error) { return nil, errNoHybrid }

func (r *HybridRecipient) Wrap(fileKey []byte) ([]*Stanza, error) { return nil, errNoHybrid }

func (r *HybridRecipient) WrapWithLabels(fileKey []byte) ([]*Stanza, []string, error) {
	return nil, nil, errNoHybrid
}

func (r *HybridRecipient) String() string { return "" }

// HybridIdentity is not supported in this build.
type HybridIdentity struct{}

var _ Identity = &HybridIdentity{}

// GenerateHybridIdentity always fails in this build.
func GenerateHybridIdentity() (*HybridIdentity, error) { return nil, errNoHybrid }

// ParseHybridIdentity always fails in this build.
func ParseHybridIdentity(s string) (*HybridIdentity, error) { return nil, errNoHybrid }

func (i *HybridIdentity) Unwrap(stanzas []*Stanza) ([]byte, error) { return nil, ErrIncorrectIdentity }

func (i *HybridIdentity) Recipient() *HybridRecipient { return &HybridRecipient{} }

func (i *HybridIdentity) String() string { return "" }
`

// patchAge edits the copied age module at dir in place (see runWasmGoApp)
// and checks that package age, built for the wasm, imports neither regexp
// nor filippo.io/hpke any more.
func patchAge(dir string) error {
	pq, err := os.ReadFile(filepath.Join(dir, "pq.go"))
	if err != nil {
		return err
	}
	if !bytes.Contains(pq, []byte("\npackage age\n")) || bytes.Contains(pq, []byte("//go:build")) {
		return fmt.Errorf("%s/pq.go changed (package clause or a build line): review wasm-goapp", dir)
	}
	sc, err := os.ReadFile(filepath.Join(dir, "scrypt.go"))
	if err != nil {
		return err
	}
	for _, old := range []string{ageDigits, "\t\"regexp\"\n"} {
		if bytes.Count(sc, []byte(old)) != 1 {
			return fmt.Errorf("%s/scrypt.go changed (no single %q): review wasm-goapp", dir, old)
		}
	}
	sc = bytes.Replace(sc, []byte(ageDigits), []byte(ageDigitsLoop), 1)
	sc = bytes.Replace(sc, []byte("\t\"regexp\"\n"), nil, 1)
	files := map[string][]byte{
		"pq.go":      append([]byte("//go:build !wasm\n\n"), pq...),
		"pq_wasm.go": []byte(agePQStub),
		"scrypt.go":  sc,
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return checkAgeImports(dir)
}

// checkAgeImports fails when a file of package age that the wasm builds
// imports regexp or filippo.io/hpke.
func checkAgeImports(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || n == "pq.go" {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, im := range f.Imports {
			if p, _ := strconv.Unquote(im.Path.Value); p == "regexp" || p == "filippo.io/hpke" {
				return fmt.Errorf("%s/%s imports %s: review wasm-goapp", dir, n, p)
			}
		}
	}
	return nil
}
