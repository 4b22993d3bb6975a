package e2e

import (
	"crypto/sha256"
	"encoding/base64"
	"image"
	"image/color"
	"strings"
	"testing"

	"kneadform/app/handoff"
)

// drawQR draws q with its quiet zone at px×px, as crisp as a screen.
func drawQR(q *handoff.QR, px int) image.Image {
	n := q.Size + 2*handoff.QuietZone
	img := image.NewGray(image.Rect(0, 0, px, px))
	for y := 0; y < px; y++ {
		for x := 0; x < px; x++ {
			c := color.Gray{Y: 0xff}
			if q.Dark(x*n/px-handoff.QuietZone, y*n/px-handoff.QuietZone) {
				c.Y = 0
			}
			img.SetGray(x, y, c)
		}
	}
	return img
}

// TestReadQRTurning: scanQR failed CI once (1 run in about 20) on a code
// ZXing's detector misses upright. This hand-off-sized link (version 16,
// found by trying seeds) is such a code; the scan reads it turned, and a
// blank photo still fails in all four orientations.
func TestReadQRTurning(t *testing.T) {
	sum := sha256.Sum256([]byte("22"))
	link := "https://clinic.example/open#k1." + strings.Repeat(base64.RawURLEncoding.EncodeToString(sum[:]), 9)
	link = link[:415]
	q, err := handoff.NewQR(link)
	if err != nil {
		t.Fatal(err)
	}
	img := drawQR(q, 4*(q.Size+2*handoff.QuietZone))
	if _, err := readQR(img); err == nil {
		t.Fatal("ZXing now reads this code upright: find another seed that it misses, or drop the turning")
	}
	text, turns, errs := readQRTurning(img)
	if text != link || turns == 0 || len(errs) != turns {
		t.Errorf("read %q after %d quarter turns (errors %q), want the link after at least one", text, turns, errs)
	}
	blank := image.NewGray(image.Rect(0, 0, 200, 200))
	if text, _, errs := readQRTurning(blank); text != "" || len(errs) != 4 {
		t.Errorf("a blank photo read %q with %d errors, want nothing and 4", text, len(errs))
	}
}
