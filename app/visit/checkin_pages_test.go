package visit

import (
	"testing"

	"kneadform/app/intake"
	"kneadform/app/intake/intaketest"
	"kneadform/app/triage"
)

func TestFlagPagesAreTheIntakes(t *testing.T) {
	seen := map[intake.Flag]int{}
	for _, p := range FlagPages {
		for _, f := range p {
			seen[f]++
		}
	}
	for _, f := range intake.Flags {
		if seen[f] != 1 {
			t.Errorf("%s is asked on %d check-in pages, want 1", f, seen[f])
		}
	}
	if len(seen) != len(intake.Flags) {
		t.Errorf("%d questions on the pages, want %d", len(seen), len(intake.Flags))
	}
}

func TestCheckInTicks(t *testing.T) {
	first, second := FlagPages[0], FlagPages[1]
	type step func(c *CheckIn)
	tick := func(f intake.Flag, v intake.Tri) step { return func(c *CheckIn) { c.TickFlag(f, v) } }
	none := func(p []intake.Flag) step { return func(c *CheckIn) { c.NothingNew(p) } }
	tests := []struct {
		name      string
		steps     []step
		answered1 bool // the first page
		answered2 bool
		want      map[intake.Flag]intake.Tri // checked rows
	}{
		{"nothing ticked", nil, false, false, map[intake.Flag]intake.Tri{intake.FlagSaddle: ""}},
		{"one tick reads its page's other rows as no", []step{tick(intake.FlagBladder, intake.Unsure)}, true, false,
			map[intake.Flag]intake.Tri{intake.FlagBladder: intake.Unsure, intake.FlagSaddle: intake.No, intake.FlagWeight: ""}},
		{"the tick taken off: the page is unanswered again", []step{tick(intake.FlagBladder, intake.Yes), tick(intake.FlagBladder, intake.Yes)},
			false, false, map[intake.Flag]intake.Tri{intake.FlagBladder: "", intake.FlagSaddle: ""}},
		{"yes then not sure on the same row", []step{tick(intake.FlagFever, intake.Yes), tick(intake.FlagFever, intake.Unsure)}, true, false,
			map[intake.Flag]intake.Tri{intake.FlagFever: intake.Unsure}},
		{"nothing new", []step{none(first)}, true, false, map[intake.Flag]intake.Tri{intake.FlagSaddle: intake.No, intake.FlagIll: ""}},
		{"nothing new taken off", []step{none(second), none(second)}, false, false, map[intake.Flag]intake.Tri{intake.FlagIll: ""}},
		{"nothing new, then a tick", []step{none(first), tick(intake.FlagSaddle, intake.Unsure)}, true, false,
			map[intake.Flag]intake.Tri{intake.FlagSaddle: intake.Unsure, intake.FlagBladder: intake.No}},
		{"a tick, then nothing new", []step{tick(intake.FlagSaddle, intake.Yes), none(first)}, true, false,
			map[intake.Flag]intake.Tri{intake.FlagSaddle: intake.No}},
		{"both pages", []step{none(first), tick(intake.FlagIll, intake.Yes)}, true, true,
			map[intake.Flag]intake.Tri{intake.FlagIll: intake.Yes, intake.FlagCancer: intake.No}},
		{"no is not a tick", []step{tick(intake.FlagSaddle, intake.No)}, false, false, map[intake.Flag]intake.Tri{intake.FlagSaddle: ""}},
		{"an unknown question is ignored", []step{tick("nope", intake.Yes)}, false, false, map[intake.Flag]intake.Tri{"nope": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := CheckIn{Stage: Stage24h}
			for _, s := range tt.steps {
				s(&c)
			}
			if got := c.FlagsAnswered(first); got != tt.answered1 {
				t.Errorf("first page answered = %v, want %v (%v)", got, tt.answered1, c.RedFlags)
			}
			if got := c.FlagsAnswered(second); got != tt.answered2 {
				t.Errorf("second page answered = %v, want %v (%v)", got, tt.answered2, c.RedFlags)
			}
			for f, want := range tt.want {
				if got := c.RedFlags[f]; got != want {
					t.Errorf("%s = %q, want %q", f, got, want)
				}
			}
			if err := c.Validate(); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestCheckInTickOneTap: from any state of its page, Yes and Not sure on
// any question are one tap away, and the tap's answer reaches the same
// triage as the intake (not sure counts as yes).
func TestCheckInTickOneTap(t *testing.T) {
	for _, page := range FlagPages {
		starts := map[string]func(c *CheckIn){
			"unanswered":  func(c *CheckIn) {},
			"nothing new": func(c *CheckIn) { c.NothingNew(page) },
			"other ticked": func(c *CheckIn) {
				c.TickFlag(page[len(page)-1], intake.Unsure)
			},
		}
		for name, start := range starts {
			for _, f := range page {
				for _, v := range []intake.Tri{intake.Yes, intake.Unsure} {
					c := CheckIn{Stage: Stage24h}
					start(&c)
					if c.RedFlags[f] == v {
						continue // already that answer
					}
					c.TickFlag(f, v)
					if c.RedFlags[f] != v {
						t.Errorf("%s from %s: one tap on %s gives %q", f, name, v, c.RedFlags[f])
					}
					base := intaketest.DeskWorker()
					want := triage.Evaluate(withFlag(base, f, intake.Yes)).Tier
					if got := Screen(base, c).Tier; got < want {
						t.Errorf("%s %s from %s: tier %v, want at least %v (as a yes at the intake)", f, v, name, got, want)
					}
				}
			}
		}
	}
}

func withFlag(a *intake.Answers, f intake.Flag, v intake.Tri) *intake.Answers {
	b := *a
	b.RedFlags = map[intake.Flag]intake.Tri{}
	for k, x := range a.RedFlags {
		b.RedFlags[k] = x
	}
	b.RedFlags[f] = v
	return &b
}

func TestDraftRoundTrip(t *testing.T) {
	three, six := 3, 6
	c := CheckIn{Stage: Stage48h, Soreness: SoreMild, Pain: &three, Note: "ปวดคอ"}
	c.TickFlag(intake.FlagFever, intake.Unsure)
	d := Draft{Day: "2026-12-02", At: "2026-12-01T10:00", PainBefore: &six, PainAfter: &three, CheckIn: c}
	b, err := EncodeDraft(d)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeDraft(b)
	if err != nil {
		t.Fatal(err)
	}
	if got.At != d.At || *got.PainBefore != 6 || got.CheckIn.RedFlags[intake.FlagFever] != intake.Unsure || got.CheckIn.Note != c.Note {
		t.Errorf("round trip = %+v", got)
	}
	half := Draft{Day: "2026-12-02", At: "2026-12-0", CheckIn: CheckIn{Stage: Stage24h}}
	if _, err := EncodeDraft(half); err != nil {
		t.Errorf("a half-typed date is kept as typed: %v", err)
	}
	for _, bad := range []string{``, `[]`, `{"checkIn":{"stage":"3h"}}`, `{"painAfter":11,"checkIn":{"stage":"24h"}}`,
		`{"checkIn":{"stage":"24h","redFlags":{"saddle":"maybe"}}}`, `{"at":"` + string(make([]byte, 40)) + `","checkIn":{"stage":"24h"}}`} {
		if _, err := DecodeDraft([]byte(bad)); err == nil {
			t.Errorf("DecodeDraft(%q) accepted", bad)
		}
	}
}

func FuzzDecodeDraft(f *testing.F) {
	f.Add([]byte(`{"day":"2026-12-02","at":"2026-12-01T10:00","checkIn":{"stage":"24h","redFlags":{"saddle":"unsure"}}}`))
	f.Add([]byte(`{"checkIn":{"stage":"48h","pain":3,"techniques":{"effleurage":"right"}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := DecodeDraft(b)
		if err != nil {
			return
		}
		out, err := EncodeDraft(d)
		if err != nil {
			t.Fatalf("a decoded draft does not encode: %v", err)
		}
		if _, err := DecodeDraft(out); err != nil {
			t.Fatalf("re-encoded draft does not decode: %v", err)
		}
	})
}
