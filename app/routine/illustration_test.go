package routine

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// MaxIllustrationBytes bounds each illustration: they ship inside the PWA.
const MaxIllustrationBytes = 2 << 10

// repoRoot is where Item.Image paths start (they are site paths, and the
// site root serves the repository's web/ folder as /web/).
const repoRoot = "../.."

// TestIllustrations: every item has its drawing, small, well-formed, in the
// house style (viewBox 0 0 200 140, stroke width 6, round caps), with no
// text, scripts or external references; and every drawing belongs to an item.
func TestIllustrations(t *testing.T) {
	want := map[string]bool{}
	for i := range Library {
		it := &Library[i]
		path := filepath.Join(repoRoot, filepath.FromSlash(strings.TrimPrefix(it.Image(), "/")))
		want[filepath.Base(path)] = true
		b, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", it.ID, err)
			continue
		}
		if len(b) > MaxIllustrationBytes {
			t.Errorf("%s: %d bytes, the limit is %d", path, len(b), MaxIllustrationBytes)
		}
		if err := checkSVG(b); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
	files, err := filepath.Glob(filepath.Join(repoRoot, "web", "exercises", "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !want[filepath.Base(f)] {
			t.Errorf("%s belongs to no library item", f)
		}
	}
}

// checkSVG parses b as XML and checks the house style.
func checkSVG(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	root := true
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		el, ok := tok.(xml.StartElement)
		if !ok {
			if cd, ok := tok.(xml.CharData); ok && len(bytes.TrimSpace(cd)) > 0 {
				return errors.New("has text content")
			}
			continue
		}
		switch el.Name.Local {
		case "svg", "path", "circle", "g":
		default:
			return errors.New("uses element <" + el.Name.Local + ">: only svg, g, path and circle are allowed")
		}
		attrs := map[string]string{}
		for _, a := range el.Attr {
			attrs[a.Name.Local] = a.Value
			if strings.Contains(a.Name.Local, "href") || strings.Contains(a.Value, "url(") || strings.HasPrefix(a.Name.Local, "on") {
				return errors.New("has an external reference or script attribute: " + a.Name.Local)
			}
		}
		if root {
			if el.Name.Local != "svg" || attrs["viewBox"] != "0 0 200 140" || attrs["stroke-width"] != "6" ||
				attrs["stroke-linecap"] != "round" || attrs["stroke-linejoin"] != "round" {
				return errors.New(`the root must be <svg viewBox="0 0 200 140" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">`)
			}
			root = false
		} else if w, ok := attrs["stroke-width"]; ok && w != "6" {
			return errors.New("overrides the stroke width")
		}
	}
	if root {
		return errors.New("is empty")
	}
	return nil
}

func TestCheckSVG(t *testing.T) {
	const open = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 140" fill="none" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">`
	tests := []struct {
		name, svg string
		ok        bool
	}{
		{"house style", open + `<path stroke="#2f3a40" d="M0 0L1 1"/></svg>`, true},
		{"not XML", open + `<path d="M0 0"></svg>`, false},
		{"empty", ``, false},
		{"other viewBox", strings.Replace(open, "0 0 200 140", "0 0 100 100", 1) + `</svg>`, false},
		{"square caps", strings.Replace(open, `linecap="round"`, `linecap="square"`, 1) + `</svg>`, false},
		{"text", open + `<text>Hi</text></svg>`, false},
		{"external image", open + `<image href="http://example.com/a.png"/></svg>`, false},
		{"link", open + `<path xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="#a" d="M0 0"/></svg>`, false},
		{"script attribute", open + `<path onload="alert(1)" d="M0 0"/></svg>`, false},
		{"thin line", open + `<path stroke-width="2" d="M0 0"/></svg>`, false},
	}
	for _, tt := range tests {
		if err := checkSVG([]byte(tt.svg)); (err == nil) != tt.ok {
			t.Errorf("%s: checkSVG = %v, want ok = %v", tt.name, err, tt.ok)
		}
	}
}
