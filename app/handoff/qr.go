package handoff

import (
	"fmt"
	"strconv"
	"strings"

	"rsc.io/qr/coding"
)

// QR code settings for phone-to-phone scanning (docs/handoff-format.md):
//
//   - Level M (recovers about 15% of damaged codewords). A screen has no
//     creases or stains, only glare and moiré patches; M absorbs those,
//     while Q would push a typical hand-off from version 16 to 19 and make
//     each module smaller on the same screen.
//   - At most version 25 (117 modules a side): on a 6 cm wide code that is
//     about 0.5 mm a module, which phone cameras read at 15–25 cm.
//   - A quiet zone of 4 modules, as the standard requires.
const (
	MaxQRVersion = 25
	QuietZone    = 4
)

// QRLevel is the error correction level used, for display ("M").
const QRLevel = "M"

const qrLevel = coding.M

// QR is a QR code of a hand-off link: a square of Size×Size modules, plus
// the quiet zone the renderer adds around it.
type QR struct {
	Version int // 1 to MaxQRVersion
	Size    int // modules a side, 17 + 4×Version, without the quiet zone
	Mask    int // the mask pattern chosen (0–7)
	code    *coding.Code
}

// NewQR encodes text (a link from Link) in byte mode at level M, in the
// smallest version that holds it and with the mask the standard's penalty
// rules score best (the encoder library always used mask 0). Text that
// needs a version above MaxQRVersion is ErrTooLarge.
func NewQR(text string) (*QR, error) {
	return newQR(text, -1)
}

// newQR encodes with a given mask, or the best one when mask < 0.
func newQR(text string, mask int) (*QR, error) {
	enc := coding.String(text)
	v := coding.Version(coding.MinVersion)
	for enc.Bits(v) > v.DataBytes(qrLevel)*8 {
		if v++; v > MaxQRVersion {
			return nil, fmt.Errorf("%w for a QR code: %d bytes (at most %d, version %d level %s)", ErrTooLarge, len(text), qrCapacity(MaxQRVersion), MaxQRVersion, QRLevel)
		}
	}
	var best *QR
	bestScore := 0
	for m := 0; m < 8; m++ {
		if mask >= 0 && m != mask {
			continue
		}
		plan, err := coding.NewPlan(v, qrLevel, coding.Mask(m))
		if err != nil {
			return nil, fmt.Errorf("handoff: QR plan: %w", err)
		}
		code, err := plan.Encode(enc)
		if err != nil {
			return nil, fmt.Errorf("handoff: QR: %w", err)
		}
		q := &QR{Version: int(v), Size: code.Size, Mask: m, code: code}
		if s := q.penalty(); best == nil || s < bestScore {
			best, bestScore = q, s
		}
	}
	return best, nil
}

// qrCapacity is how many bytes of text a version holds at level M in byte mode.
func qrCapacity(v coding.Version) int {
	n := 0
	for coding.String(strings.Repeat("x", n+1)).Bits(v) <= v.DataBytes(qrLevel)*8 {
		n++
	}
	return n
}

// Dark reports whether the module at column x, row y is dark; outside the
// symbol (the quiet zone) it is light.
func (q *QR) Dark(x, y int) bool { return q.code.Black(x, y) }

// SVG returns the code as one inline <svg> element: a white square with
// the quiet zone and one black path, in module units (viewBox), so CSS
// sizes it; shape-rendering="crispEdges" keeps the modules sharp. It uses
// presentation attributes only (no style attribute, no data: URL), which
// the app's Content-Security-Policy allows. label is its accessible name.
func (q *QR) SVG(label string) string {
	n := strconv.Itoa(q.Size + 2*QuietZone)
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + n + ` ` + n + `" shape-rendering="crispEdges" role="img" aria-label="`)
	b.WriteString(escapeXML(label))
	b.WriteString(`"><rect width="` + n + `" height="` + n + `" fill="#fff"/><path fill="#000" d="`)
	for y := 0; y < q.Size; y++ {
		for x := 0; x < q.Size; {
			if !q.Dark(x, y) {
				x++
				continue
			}
			run := 1
			for q.Dark(x+run, y) {
				run++
			}
			// One rectangle per horizontal run of dark modules.
			b.WriteString("M" + strconv.Itoa(x+QuietZone) + " " + strconv.Itoa(y+QuietZone) + "h" + strconv.Itoa(run) + "v1h-" + strconv.Itoa(run) + "z")
			x += run
		}
	}
	b.WriteString(`"/></svg>`)
	return b.String()
}

func escapeXML(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// penalty scores the symbol by the four mask evaluation rules of ISO/IEC
// 18004 §7.8.3; the mask with the lowest score is used.
func (q *QR) penalty() int {
	n := q.Size
	dark := func(x, y int) bool { return q.code.Black(x, y) }
	score, darkCount := 0, 0
	for i := 0; i < n; i++ {
		// Rule 1: five or more same-coloured modules in a row or column.
		for _, horizontal := range []bool{true, false} {
			at := func(j int) bool {
				if horizontal {
					return dark(j, i)
				}
				return dark(i, j)
			}
			run := 1
			for j := 1; j < n; j++ {
				if at(j) == at(j-1) {
					run++
					continue
				}
				if run >= 5 {
					score += 3 + run - 5
				}
				run = 1
			}
			if run >= 5 {
				score += 3 + run - 5
			}
			// Rule 3: 1:1:3:1:1 finder-like patterns with 4 light modules
			// on one side, out to the quiet zone (light).
			for j := -10; j < n; j++ {
				if finderLike(at, j, n) {
					score += 40
				}
			}
		}
		for j := 0; j < n; j++ {
			if dark(j, i) {
				darkCount++
			}
			// Rule 2: 2×2 blocks of one colour.
			if i+1 < n && j+1 < n {
				c := dark(j, i)
				if dark(j+1, i) == c && dark(j, i+1) == c && dark(j+1, i+1) == c {
					score += 3
				}
			}
		}
	}
	// Rule 4: distance of the dark share from 50%, in steps of 5%.
	pct := darkCount * 100 / (n * n)
	dev := pct - 50
	if dev < 0 {
		dev = -dev
	}
	return score + dev/5*10
}

// finderLike reports whether the 11 modules from j are 1011101 0000 or
// 0000 1011101 (dark = 1); modules outside the symbol are light.
func finderLike(at func(int) bool, j, n int) bool {
	get := func(k int) bool { return k >= 0 && k < n && at(k) }
	const a, b = "10111010000", "00001011101"
	match := func(p string) bool {
		for k := 0; k < len(p); k++ {
			if get(j+k) != (p[k] == '1') {
				return false
			}
		}
		return true
	}
	return match(a) || match(b)
}
