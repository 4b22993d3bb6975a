package routine

import (
	"regexp"
	"strings"
	"testing"

	"kneadform/app/intake"
	"kneadform/app/triage"
)

var kebab = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// TestLibraryShape checks every row of the table is complete and consistent.
func TestLibraryShape(t *testing.T) {
	if n := len(Library); n < 15 || n > 25 {
		t.Errorf("the library has %d items, want 15–25", n)
	}
	seen := map[string]bool{}
	for i := range Library {
		it := &Library[i]
		if !kebab.MatchString(it.ID) || seen[it.ID] {
			t.Errorf("item %d: id %q is not kebab-case or is used twice", i, it.ID)
		}
		seen[it.ID] = true
		if !contains(Kinds, it.Kind) || !contains(Phases, it.Phase) {
			t.Errorf("%s: unknown kind %q or phase %q", it.ID, it.Kind, it.Phase)
		}
		if (it.Kind == KindHabit) != (it.Phase == PhaseHabit) {
			t.Errorf("%s: kind %s in phase %s: habits, and only habits, go in the habit phase", it.ID, it.Kind, it.Phase)
		}
		if (it.Kind == KindRelease) != (it.Phase == PhaseRelease) {
			t.Errorf("%s: kind %s in phase %s: release items, and only they, go in the release phase", it.ID, it.Kind, it.Phase)
		}
		if it.Steps < 3 || it.Steps > 5 {
			t.Errorf("%s: %d steps, want 3–5", it.ID, it.Steps)
		}
		if len(it.Source) == 0 {
			t.Errorf("%s: no source", it.ID)
		}
		for _, s := range append([]string{it.Dose.Source}, it.Source...) {
			if s != "" && SourceText(s) == "" {
				t.Errorf("%s: unknown source %q", it.ID, s)
			}
		}
		for _, r := range it.Regions {
			if !r.Valid() {
				t.Errorf("%s: unknown region %q", it.ID, r)
			}
		}
		if it.Kind == KindHabit {
			if it.Dose.Seconds() != 0 || it.Position != PosNone || len(it.Regions) > 0 || it.Core {
				t.Errorf("%s: a habit has no timed dose, position, regions or core flag", it.ID)
			}
			continue
		}
		if it.Dose.Seconds() == 0 || len(it.Regions) == 0 || it.Position == PosNone || it.Always {
			t.Errorf("%s: an exercise needs a timed dose, regions and a position, and is never 'always'", it.ID)
		}
		if it.Dose.HoldMax != 0 && it.Dose.HoldMax <= it.Dose.Hold || it.Dose.RepsMax != 0 && it.Dose.RepsMax <= it.Dose.Reps {
			t.Errorf("%s: a build-up target must be above the starting dose: %+v", it.ID, it.Dose)
		}
	}
	var core []string
	for i := range Library {
		if Library[i].Core {
			core = append(core, Library[i].ID)
		}
	}
	// seed:000: "thoracic rotations, child's pose, hip flexor stretches, and glute activation".
	if want := "thoracic-rotation childs-pose hip-flexor-stretch glute-bridge"; strings.Join(core, " ") != want {
		t.Errorf("core items = %v, want seed:000's five-minute set %q", core, want)
	}
}

// TestLibrarySafetyInvariants are the rules no new item may break, whatever
// its row says: a clinician adding an item cannot forget them.
func TestLibrarySafetyInvariants(t *testing.T) {
	lumbar := []intake.Region{intake.RegionLowLeft, intake.RegionLowRight, intake.RegionSacrum}
	for i := range Library {
		it := &Library[i]
		if strings.Contains(it.ID, "lumbar") || strings.Contains(it.ID, "lower-back") {
			t.Errorf("%s: no item may work on the lumbar spine by name", it.ID)
		}
		if it.Position == PosFaceDown {
			t.Errorf("%s: no item is done face-down (pregnancy; clinical-sources §1)", it.ID)
		}
		if it.Position == PosOnBack && !contains(it.Contra, laterPregnancy) {
			t.Errorf("%s: lies flat on the back but lacks later-pregnancy", it.ID)
		}
		if it.Kind != KindRelease {
			continue
		}
		for _, r := range lumbar {
			if contains(it.Regions, r) {
				t.Errorf("%s: a ball or roller item targets %s: never roll or press the lumbar spine (seed:000 Q5, seed:003)", it.ID, r)
			}
		}
		for _, c := range []*Contra{osteoPressure, bleedingPressure, acutePressure, surgeryPressure, avoidArea, freshTraining} {
			if !contains(it.Contra, c) {
				t.Errorf("%s: a ball or roller item must list %s", it.ID, c.ID)
			}
		}
	}
}

// TestContras checks the contraindication table.
func TestContras(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Contras {
		if !kebab.MatchString(c.ID) || seen[c.ID] {
			t.Errorf("contra %q: not kebab-case or used twice", c.ID)
		}
		seen[c.ID] = true
		if c.Effect != Exclude && c.Effect != Gentle || c.When == nil || c.Describe == "" || len(c.Source) == 0 {
			t.Errorf("contra %s: needs an effect, a condition, a description and a source", c.ID)
		}
		for _, s := range c.Source {
			if SourceText(s) == "" {
				t.Errorf("contra %s: unknown source %q", c.ID, s)
			}
		}
		used := false
		for i := range Library {
			used = used || contains(Library[i].Contra, c)
		}
		if !used {
			t.Errorf("contra %s: no item lists it", c.ID)
		}
		// Nobody with an empty intake and a proceed outcome is affected.
		if c.When(&intake.Answers{}, &triage.Outcome{}, &Library[0]) {
			t.Errorf("contra %s: applies to an empty intake", c.ID)
		}
	}
	for i := range Library {
		for _, c := range Library[i].Contra {
			if !contains(Contras, c) {
				t.Errorf("%s lists contra %s, which is missing from Contras", Library[i].ID, c.ID)
			}
		}
	}
	for _, id := range triageRuleIDs {
		if _, ok := triage.Lookup(id); !ok {
			t.Errorf("contraindications read triage rule %q, which does not exist", id)
		}
	}
}

// TestDoses pins the doses that come from clinical-sources §4 (Mayo back
// exercises, seed:000 ball and roller pauses, HSE breaks).
func TestDoses(t *testing.T) {
	tests := []struct {
		id      string
		want    Dose
		seconds int
		text    string
	}{
		{"knee-rolls", Dose{Hold: 5, HoldMax: 10, Reps: 2, RepsMax: 3, PerSide: true, Source: "Mayo-back"}, 42, "hold 5→10 s × 2→3 per side"},
		{"knee-to-chest", Dose{Hold: 5, Reps: 2, RepsMax: 3, PerSide: true, Source: "Mayo-back"}, 42, "hold 5 s × 2→3 per side"},
		{"pelvic-tilt", Dose{Hold: 5, Reps: 5, RepsMax: 30, Source: "Mayo-back"}, 50, "hold 5 s × 5→30"},
		{"glute-bridge", Dose{Breaths: 3, Reps: 5, RepsMax: 30, Source: "Mayo-back"}, 100, "hold 3 breaths × 5→30"},
		{"bird-dog", Dose{Hold: 5, HoldMax: 10, Reps: 6, PerSide: true, Source: "Mayo-back"}, 106, "hold 5→10 s × 6 per side"},
		{"foam-roller-thoracic", Dose{Hold: 20, HoldMax: 40, Reps: 3, Source: "seed:000"}, 79, "hold 20→40 s × 3"},
		{"lacrosse-ball-glutes", Dose{Hold: 20, HoldMax: 40, Reps: 2, PerSide: true, Source: "seed:000"}, 102, "hold 20→40 s × 2 per side"},
		{"walking-break", Dose{Minutes: 5, MinutesMax: 10, Every: 30, EveryMax: 60, Source: "HSE-DSE"}, 0, "5–10 min every 30–60 min"},
		{"workstation-check", Dose{}, 0, "—"},
	}
	for _, tt := range tests {
		it, ok := Lookup(tt.id)
		if !ok {
			t.Errorf("%s: not in the library", tt.id)
			continue
		}
		if it.Dose != tt.want {
			t.Errorf("%s: dose %+v, want %+v", tt.id, it.Dose, tt.want)
		}
		if got := it.Dose.Seconds(); got != tt.seconds {
			t.Errorf("%s: %d seconds, want %d", tt.id, got, tt.seconds)
		}
		if got := it.Dose.String(); got != tt.text {
			t.Errorf("%s: dose text %q, want %q", tt.id, got, tt.text)
		}
	}
}

func TestDoseSeconds(t *testing.T) {
	tests := []struct {
		d    Dose
		want int
	}{
		{Dose{}, 0},
		{Dose{Hold: 10}, 0}, // no reps: not timed
		{Dose{Reps: 1}, SetupSeconds + MoveSeconds},
		{Dose{Hold: 5, Reps: 2}, SetupSeconds + 2*(5+MoveSeconds)},
		{Dose{Hold: 5, Reps: 2, PerSide: true}, SetupSeconds + 4*(5+MoveSeconds)},
		{Dose{Breaths: 2, Reps: 1}, SetupSeconds + 2*SecondsPerBreath + MoveSeconds},
		{Dose{Hold: 5, Reps: 2, Sets: 3}, SetupSeconds + 6*(5+MoveSeconds) + 2*RestSeconds},
	}
	for _, tt := range tests {
		if got := tt.d.Seconds(); got != tt.want {
			t.Errorf("%+v.Seconds() = %d, want %d", tt.d, got, tt.want)
		}
	}
}
