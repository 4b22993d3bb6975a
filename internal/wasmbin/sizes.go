package wasmbin

import (
	"errors"
	"sort"
	"strings"
)

// PackageSize is the code a package contributes to a module.
type PackageSize struct {
	Package string `json:"package"`
	Bytes   int    `json:"bytes"` // function bodies, bytes
	Funcs   int    `json:"funcs"`
}

// Sizes is a module's size broken down by section and by package.
type Sizes struct {
	Total    int           `json:"total"`
	Code     int           `json:"code"`     // code section
	Data     int           `json:"data"`     // data section
	Segments int           `json:"segments"` // data segments
	Packages []PackageSize `json:"packages"` // largest first
}

// Measure reports a module's sizes. The per-package figures need function
// names, so the module must not be stripped (built without -ldflags=-s);
// packages are the import paths in pkgs (e.g. from go list -deps) where a
// function name matches one, see PackageOf.
func Measure(module []byte, pkgs []string) (Sizes, error) {
	known := make(map[string]string, len(pkgs))
	for _, p := range pkgs {
		known[SanitizedPath(p)] = p
	}
	secs, err := Parse(module)
	if err != nil {
		return Sizes{}, err
	}
	s := Sizes{Total: len(module)}
	var code []int
	var names map[uint32]string
	imported := uint32(0)
	for _, sec := range secs {
		switch sec.ID {
		case SecImport:
			imported, err = importedFuncs(sec.Payload)
		case SecCode:
			s.Code = len(sec.Payload)
			code, err = bodySizes(sec.Payload)
		case SecData:
			s.Data = len(sec.Payload)
			r := reader{b: sec.Payload}
			s.Segments = int(r.u32())
		case SecCustom:
			if sec.Name() == "name" {
				names, err = funcNames(sec.Payload)
			}
		}
		if err != nil {
			return Sizes{}, err
		}
	}
	if names == nil {
		return Sizes{}, errors.New("wasmbin: no function names (build without -ldflags=-s)")
	}
	byPkg := map[string]*PackageSize{}
	for i, n := range code {
		pkg := PackageOf(names[imported+uint32(i)], known)
		p := byPkg[pkg]
		if p == nil {
			p = &PackageSize{Package: pkg}
			byPkg[pkg] = p
		}
		p.Bytes += n
		p.Funcs++
	}
	for _, p := range byPkg {
		s.Packages = append(s.Packages, *p)
	}
	sort.Slice(s.Packages, func(i, j int) bool {
		a, b := s.Packages[i], s.Packages[j]
		if a.Bytes != b.Bytes {
			return a.Bytes > b.Bytes
		}
		return a.Package < b.Package
	})
	return s, nil
}

// PackageOf is the Go package of a function name as the Go linker writes
// it in a wasm name section, where every character but letters, digits,
// '_' and '.' is replaced by '_' ("kneadform_app_ui.__welcome_.Render",
// "github.com_maxence_charriere_go_app_v10_pkg_app.Div"). known maps
// such sanitized package paths to real import paths (see SanitizedPath);
// the longest known prefix ending before a '.' wins. Without a match the
// name is cut at its first '.' (after a leading domain such as
// "github.com_"), and the runtime's generated "type:" and "go:" helpers
// are grouped under those names.
func PackageOf(sym string, known map[string]string) string {
	best := ""
	for i := 0; i < len(sym); i++ {
		if sym[i] == '.' {
			if real, ok := known[sym[:i]]; ok {
				best = real
			}
		}
	}
	if best != "" {
		return best
	}
	for _, p := range []string{"type_", "go_"} {
		if strings.HasPrefix(sym, p) {
			return strings.TrimSuffix(p, "_") + ":"
		}
	}
	from := 0
	if u := strings.Index(sym, "_"); u > 0 && isDomain(sym[:u]) {
		from = u
	}
	if d := strings.Index(sym[from:], "."); d >= 0 {
		return sym[:from+d]
	}
	return "?"
}

// isDomain reports whether s looks like the host part of an import path.
func isDomain(s string) bool {
	for _, tld := range []string{".com", ".org", ".io", ".net", ".dev", ".in"} {
		if strings.HasSuffix(s, tld) {
			return true
		}
	}
	return false
}

// SanitizedPath is an import path as the Go linker writes it in wasm
// function names.
func SanitizedPath(importPath string) string {
	b := []byte(importPath)
	for i, c := range b {
		if !(c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			b[i] = '_'
		}
	}
	return string(b)
}

func importedFuncs(p []byte) (uint32, error) {
	r := reader{b: p}
	n := r.u32()
	funcs := uint32(0)
	for i := uint32(0); i < n && r.err == nil; i++ {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0: // func: type index
			r.u32()
			funcs++
		case 1: // table: reftype, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: valtype, mutability
			r.byte()
			r.byte()
		default:
			return 0, errors.New("wasmbin: unknown import kind")
		}
	}
	return funcs, r.err
}

func (r *reader) limits() {
	if r.byte() == 1 {
		r.u32()
	}
	r.u32()
}

func bodySizes(p []byte) ([]int, error) {
	r := reader{b: p}
	n := r.u32()
	if int(n) > len(p) {
		return nil, errors.New("wasmbin: function count larger than the code section")
	}
	out := make([]int, 0, n)
	for i := uint32(0); i < n && r.err == nil; i++ {
		size := r.u32()
		r.bytes(int(size))
		out = append(out, int(size))
	}
	return out, r.err
}

// funcNames reads the function-names subsection of a "name" section.
func funcNames(p []byte) (map[uint32]string, error) {
	r := reader{b: p}
	r.name() // "name"
	for r.off < len(p) && r.err == nil {
		id := r.byte()
		sub := r.bytes(int(r.u32()))
		if id != 1 {
			continue
		}
		s := reader{b: sub}
		n := s.u32()
		names := make(map[uint32]string, n)
		for i := uint32(0); i < n && s.err == nil; i++ {
			idx := s.u32()
			names[idx] = s.name()
		}
		return names, s.err
	}
	return nil, r.err
}
