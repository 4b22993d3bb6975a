package handoff

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"filippo.io/age"
)

// TestSizes measures what docs/handoff-format.md reports (run with -v to
// see the table) and holds the typical intake to a QR code well inside the
// limit.
func TestSizes(t *testing.T) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	rows := []struct {
		name string
		p    Payload
	}{
		{"typical, answers only", Payload{Answers: typical().Answers}},
		{"typical + pressure choices", typical()},
		{"maximal, English texts", maximal(false)},
		{"maximal, incompressible texts", maximal(true)},
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n| intake | JSON | compact | sealed (age) | link | QR |\n|---|---|---|---|---|---|\n")
	for _, row := range rows {
		js, _ := json.Marshal(row.p)
		plain, err := Encode(row.p)
		if err != nil {
			t.Fatal(err)
		}
		ct, err := Seal(row.p, id.Recipient().String())
		if err != nil {
			t.Fatal(err)
		}
		qr := "—"
		link, err := Link(testSite, ct)
		switch {
		case err == nil:
			q, err := NewQR(link)
			if err != nil {
				t.Fatalf("%s: %v", row.name, err)
			}
			qr = fmt.Sprintf("version %d, %d×%d modules", q.Version, q.Size, q.Size)
		case errors.Is(err, ErrTooLarge):
			link = strings.Repeat("x", len(LinkPrefix)+len(testSite+OpenPath+"#")+(len(ct)+2+2)/3*4) // its length, for the table
			qr = "too large: file only"
		default:
			t.Fatal(err)
		}
		fmt.Fprintf(&table, "| %s | %d B | %d B | %d B | %d chars | %s |\n", row.name, len(js), len(plain), len(ct), len(link), qr)
	}
	t.Log(table.String())

	ct, _ := Seal(typical(), id.Recipient().String())
	link, err := Link(testSite, ct)
	if err != nil {
		t.Fatal(err)
	}
	if q, _ := NewQR(link); q.Version > 17 {
		t.Errorf("the typical hand-off needs QR version %d; keep it at 17 or below", q.Version)
	}
	if _, err := Link(testSite, mustSeal(t, maximal(false), id)); err == nil {
		t.Log("note: the maximal English intake now fits a link")
	}
}

func mustSeal(t *testing.T, p Payload, id *age.X25519Identity) []byte {
	t.Helper()
	ct, err := Seal(p, id.Recipient().String())
	if err != nil {
		t.Fatal(err)
	}
	return ct
}
