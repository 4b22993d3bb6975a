package handoff

import (
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	gozxingqr "github.com/makiuchi-d/gozxing/qrcode"
)

// scan renders q as a phone would see it (4 pixels a module, quiet zone)
// and decodes it with ZXing's QR reader (a test-only dependency: the wasm
// never links it).
func scan(t *testing.T, q *QR) string {
	t.Helper()
	const scale = 4
	n := (q.Size + 2*QuietZone) * scale
	img := image.NewGray(image.Rect(0, 0, n, n))
	for y := 0; y < n; y++ {
		for x := 0; x < n; x++ {
			c := color.Gray{Y: 0xff}
			if q.Dark(x/scale-QuietZone, y/scale-QuietZone) {
				c.Y = 0
			}
			img.SetGray(x, y, c)
		}
	}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gozxingqr.NewQRCodeReader().Decode(bmp, map[gozxing.DecodeHintType]any{gozxing.DecodeHintType_PURE_BARCODE: true})
	if err != nil {
		t.Fatalf("version %d mask %d: ZXing cannot read it: %v", q.Version, q.Mask, err)
	}
	return res.GetText()
}

// TestQRScansBack: the QR of a real hand-off link decodes back to the same
// link, and the clinic opens it.
func TestQRScansBack(t *testing.T) {
	id := newIdentity(t)
	for name, p := range map[string]Payload{"typical": typical(), "answers only": {Answers: typical().Answers}} {
		link, err := Link(testSite, mustSeal(t, p, id))
		if err != nil {
			t.Fatal(err)
		}
		q, err := NewQR(link)
		if err != nil {
			t.Fatal(err)
		}
		got := scan(t, q)
		if got != link {
			t.Fatalf("%s: scanned %q, want %q", name, got, link)
		}
		if _, err := openInput([]byte(got), id); err != nil {
			t.Errorf("%s: the scanned link does not open: %v", name, err)
		}
		t.Logf("%s: %d-character link → QR version %d (%d×%d modules, mask %d)", name, len(link), q.Version, q.Size, q.Size, q.Mask)
	}
}

// TestQRAllMasksAndVersions checks the encoder under every mask (the
// library was only ever used with mask 0) and across versions up to the
// limit, including a link of exactly MaxLinkLen.
func TestQRAllMasksAndVersions(t *testing.T) {
	link := testSite + OpenPath + "#" + LinkPrefix
	for m := 0; m < 8; m++ {
		q, err := newQR(link+strings.Repeat("Ab0-_", 60), m)
		if err != nil {
			t.Fatal(err)
		}
		if got := scan(t, q); got != link+strings.Repeat("Ab0-_", 60) {
			t.Fatalf("mask %d: scanned %q", m, got)
		}
	}
	for _, n := range []int{1, 10, 40, 100, 200, 400, 600, 800, MaxLinkLen} {
		text := (link + strings.Repeat("xYz019-_", n))[:n]
		q, err := NewQR(text)
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		if got := scan(t, q); got != text {
			t.Fatalf("%d bytes (version %d): scanned %q", n, q.Version, got)
		}
		if n == MaxLinkLen && q.Version != MaxQRVersion {
			t.Errorf("a %d-byte link needs version %d, want %d: MaxLinkLen is off", n, q.Version, MaxQRVersion)
		}
	}
	if _, err := NewQR(strings.Repeat("x", MaxLinkLen+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("one byte over MaxLinkLen: %v, want ErrTooLarge", err)
	}
	if got := qrCapacity(MaxQRVersion); got != MaxLinkLen {
		t.Errorf("version %d level M holds %d bytes; MaxLinkLen is %d", MaxQRVersion, got, MaxLinkLen)
	}
}

func TestQRSVG(t *testing.T) {
	q, err := NewQR("https://clinic.example/open#k1.AAAA")
	if err != nil {
		t.Fatal(err)
	}
	svg := q.SVG(`Scan to send "your" answers <safely>`)
	var doc struct {
		XMLName xml.Name
		ViewBox string `xml:"viewBox,attr"`
		Label   string `xml:"aria-label,attr"`
		Paths   []struct {
			D string `xml:"d,attr"`
		} `xml:"path"`
	}
	if err := xml.Unmarshal([]byte(svg), &doc); err != nil {
		t.Fatalf("not well-formed XML: %v\n%s", err, svg)
	}
	n := q.Size + 2*QuietZone
	if doc.XMLName.Local != "svg" || doc.ViewBox != "0 0 "+itoa(n)+" "+itoa(n) || len(doc.Paths) != 1 {
		t.Errorf("unexpected SVG shape: %+v", doc)
	}
	if doc.Label != `Scan to send "your" answers <safely>` {
		t.Errorf("label = %q", doc.Label)
	}
	for _, bad := range []string{"style=", "data:", "<script", "href"} {
		if strings.Contains(svg, bad) {
			t.Errorf("SVG contains %q", bad)
		}
	}
	// Every dark module is covered: count the area of the runs.
	area, dark := 0, 0
	for _, seg := range strings.Split(doc.Paths[0].D, "z") {
		if i := strings.Index(seg, "h"); i >= 0 {
			w := 0
			for _, c := range seg[i+1:] {
				if c < '0' || c > '9' {
					break
				}
				w = w*10 + int(c-'0')
			}
			area += w
		}
	}
	for y := 0; y < q.Size; y++ {
		for x := 0; x < q.Size; x++ {
			if q.Dark(x, y) {
				dark++
			}
		}
	}
	if area != dark {
		t.Errorf("path covers %d modules, the code has %d dark ones", area, dark)
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}
