package pressure

import (
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/triage"
)

func TestLevels(t *testing.T) {
	tests := []struct {
		level  Level
		band   Band
		action Action
		word   Word
	}{
		{0, BandCalm, ActionBuild, ""},
		{1, BandCalm, ActionBuild, Light},
		{2, BandCalm, ActionBuild, Light},
		{3, BandCalm, ActionKeep, Light},
		{4, BandTherapeutic, ActionKeep, Moderate},
		{5, BandTherapeutic, ActionKeep, Moderate},
		{6, BandTherapeutic, ActionCheck, Firm},
		{7, BandTooMuch, ActionEase, ""},
		{8, BandTooMuch, ActionEase, ""},
		{9, BandStop, ActionStop, ""},
		{10, BandStop, ActionStop, ""},
		{-1, "", "", ""},
		{11, "", "", ""},
	}
	for _, tt := range tests {
		l := tt.level
		if got := l.Band(); got != tt.band {
			t.Errorf("Level(%d).Band() = %q, want %q", l, got, tt.band)
		}
		if got := l.Action(); got != tt.action {
			t.Errorf("Level(%d).Action() = %q, want %q", l, got, tt.action)
		}
		if got := l.Word(); got != tt.word {
			t.Errorf("Level(%d).Word() = %q, want %q", l, got, tt.word)
		}
		if got, want := l.Valid(), tt.band != ""; got != want {
			t.Errorf("Level(%d).Valid() = %v, want %v", l, got, want)
		}
	}
	if len(Levels) != 11 || Levels[0] != MinLevel || Levels[10] != MaxLevel {
		t.Errorf("Levels = %v, want 0..10", Levels)
	}
}

// TestEveryLevelDescribed: each level of the scale has its own descriptor,
// a band with a name and a meaning, and a therapist action, all in the
// English catalog; no two levels read the same.
func TestEveryLevelDescribed(t *testing.T) {
	en := i18n.Get("en")
	seen := map[string]Level{}
	for _, l := range Levels {
		for _, k := range []string{l.Key(), l.Band().Key(), l.Band().DescKey(), l.ActionKey()} {
			if !en.Has(k) {
				t.Errorf("level %d: catalog key %q missing", l, k)
			}
		}
		d := en.T(l.Key())
		if prev, dup := seen[d]; dup {
			t.Errorf("levels %d and %d read the same: %q", prev, l, d)
		}
		seen[d] = l
		if l.Band().Token() == "" {
			t.Errorf("level %d: no colour token", l)
		}
	}
}

// TestBandsCoverTheScale: the bands split 0..10 into consecutive ranges, in
// order, with the therapeutic band 4–6 (seed:000).
func TestBandsCoverTheScale(t *testing.T) {
	next := MinLevel
	for _, b := range Bands {
		lo, hi := b.Range()
		if lo != next || hi < lo {
			t.Errorf("band %s covers %d–%d, want it to start at %d", b, lo, hi, next)
		}
		next = hi + 1
	}
	if next != MaxLevel+1 {
		t.Errorf("bands end at %d, want %d", next-1, MaxLevel)
	}
	if lo, hi := BandTherapeutic.Range(); lo != 4 || hi != 6 {
		t.Errorf("therapeutic band = %d–%d, want 4–6 (seed:000)", lo, hi)
	}
	if lo, hi := Band("warm").Range(); lo <= hi {
		t.Errorf("unknown band covers %d–%d", lo, hi)
	}
}

// TestWordsMatchTriage: the named pressures are consecutive, start at 1, end
// at MaxWork and end exactly at triage's ceilings, so "light" on screen is
// what the light ceiling allows.
func TestWordsMatchTriage(t *testing.T) {
	next := Level(1)
	for _, w := range Words {
		lo, hi := w.Range()
		if lo != next || hi < lo {
			t.Errorf("word %s covers %d–%d, want it to start at %d", w, lo, hi, next)
		}
		next = hi + 1
	}
	if next-1 != MaxWork {
		t.Errorf("words end at %d, want MaxWork %d", next-1, MaxWork)
	}
	if Light.Max() != triage.CeilingLight || Moderate.Max() != triage.CeilingModerate {
		t.Errorf("light/moderate end at %d/%d, want triage's %d/%d", Light.Max(), Moderate.Max(), triage.CeilingLight, triage.CeilingModerate)
	}
	if MaxWork >= triage.NoCeiling {
		t.Errorf("MaxWork %d should be below triage.NoCeiling %d", MaxWork, triage.NoCeiling)
	}
}

// TestActionsRise: the therapist's action never gets less cautious as the
// level rises, and every band above the therapeutic one eases or stops.
func TestActionsRise(t *testing.T) {
	prev := -1
	for _, l := range Levels {
		i := indexOf(Actions, l.Action())
		if i < prev {
			t.Errorf("level %d: action %s is less cautious than level %d's", l, l.Action(), l-1)
		}
		prev = i
		if l > MaxWork && l.Action() != ActionEase && l.Action() != ActionStop {
			t.Errorf("level %d above MaxWork: action %s, want ease or stop", l, l.Action())
		}
	}
}

func TestSigns(t *testing.T) {
	warnings := map[string]bool{}
	for _, s := range Signs {
		if s.Warning() {
			warnings[s.ID] = true
		}
		if len(s.Source) == 0 {
			t.Errorf("sign %s cites no source", s.ID)
		}
	}
	// seed:000: sharp, electric pain or numbness → stop; FAQ Q2 radiating;
	// the issue adds shooting and tingling.
	for _, id := range []string{"sharp", "electric", "shooting", "numb", "tingling"} {
		if !warnings[id] {
			t.Errorf("%s is not a stop-at-once warning sign", id)
		}
	}
}
