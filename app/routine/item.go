package routine

import (
	"fmt"
	"strconv"
	"strings"

	"kneadform/app/intake"
)

// Kind is what an item does for the back.
type Kind string

// Item kinds.
const (
	KindMobility Kind = "mobility" // gentle movement through a range
	KindStretch  Kind = "stretch"  // a held stretch
	KindRelease  Kind = "release"  // self-massage with a ball or roller
	KindStrength Kind = "strength" // activation and strength
	KindHabit    Kind = "habit"    // something to do through the day, not timed
)

// Kinds lists the kinds in display order.
var Kinds = []Kind{KindMobility, KindStretch, KindRelease, KindStrength, KindHabit}

// MsgKey is the catalog key of the kind's name.
func (k Kind) MsgKey() string { return "routine.kind." + string(k) }

// Phase is where an item sits in the daily routine.
type Phase string

// Phases, in routine order (seed:000: warm up, release, then integrate with
// mobility and activation). Habits are not part of the timed sequence.
const (
	PhaseWarmUp     Phase = "warm-up"
	PhaseRelease    Phase = "release"
	PhaseMobility   Phase = "mobility"
	PhaseActivation Phase = "activation"
	PhaseHabit      Phase = "habit"
)

// Phases lists the phases in routine order.
var Phases = []Phase{PhaseWarmUp, PhaseRelease, PhaseMobility, PhaseActivation, PhaseHabit}

// MsgKey is the catalog key of the phase's heading.
func (p Phase) MsgKey() string { return "routine.phase." + string(p) }

// Position is the body position an item is done in. Positions matter for
// safety: lying flat on the back is left out later in pregnancy.
type Position string

// Positions. No library item is done face-down (tested).
const (
	PosStanding Position = "standing"
	PosSeated   Position = "seated"
	PosOnBack   Position = "on-back" // lying flat on the back (supine)
	PosFaceDown Position = "face-down"
	PosAllFours Position = "all-fours"
	PosKneeling Position = "kneeling"
	PosNone     Position = "" // habits
)

// Dose is how much of an item to do. The plain fields are the starting dose
// the player times; the Max fields are what the client may build up to (NHS
// Inform: start small, add 1–2 reps every few days; stop if symptoms get
// worse). Zero fields are unused.
type Dose struct {
	Hold    int  `json:"hold,omitempty"`    // seconds to hold each rep; for release items, the pause on each tender spot
	HoldMax int  `json:"holdMax,omitempty"` // seconds to build up to
	Breaths int  `json:"breaths,omitempty"` // hold for this many slow breaths instead of seconds
	Reps    int  `json:"reps,omitempty"`    // reps per set, per side when PerSide; for release items, tender spots
	RepsMax int  `json:"repsMax,omitempty"` // reps to build up to
	Sets    int  `json:"sets,omitempty"`    // sets; 0 means 1
	PerSide bool `json:"perSide,omitempty"` // the reps are done on each side
	// Habits: how long (minutes) and how often (every N minutes).
	Minutes    int `json:"minutes,omitempty"`
	MinutesMax int `json:"minutesMax,omitempty"`
	Every      int `json:"every,omitempty"`
	EveryMax   int `json:"everyMax,omitempty"`
	// Source is the id of the source the numbers come from; "" means the
	// numbers are Kneadform's own starting dose, flagged for clinical review.
	Source string `json:"source,omitempty"`
}

// Timing assumptions for Seconds. They make the routine's length honest:
// getting into position and moving in and out of each rep take time too.
const (
	SecondsPerBreath = 5  // one slow breath in and out
	MoveSeconds      = 3  // to move into and out of each rep
	SetupSeconds     = 10 // to get into position for an item
	RestSeconds      = 10 // between sets
)

// Seconds is how long the starting dose takes, setup included; 0 for habits.
func (d Dose) Seconds() int {
	if d.Reps <= 0 {
		return 0
	}
	sides := 1
	if d.PerSide {
		sides = 2
	}
	sets := max(d.Sets, 1)
	hold := d.Hold + d.Breaths*SecondsPerBreath
	return SetupSeconds + sets*sides*d.Reps*(hold+MoveSeconds) + (sets-1)*RestSeconds
}

// String writes the dose for the clinician doc: "hold 5→10 s × 2→3 per
// side", where "→" is the starting dose and what to build up to, and "–" a
// range ("5–10 min every 30–60 min").
func (d Dose) String() string {
	var parts []string
	switch {
	case d.Breaths > 0:
		unit := " breaths"
		if d.Breaths == 1 {
			unit = " breath"
		}
		parts = append(parts, "hold "+strconv.Itoa(d.Breaths)+unit)
	case d.Hold > 0:
		parts = append(parts, "hold "+span(d.Hold, d.HoldMax, "→")+" s")
	}
	if d.Reps > 0 {
		x := "× " + span(d.Reps, d.RepsMax, "→")
		if d.Sets > 1 {
			x += fmt.Sprintf(", %d sets", d.Sets)
		}
		if d.PerSide {
			x += " per side"
		}
		parts = append(parts, x)
	}
	if d.Minutes > 0 {
		parts = append(parts, span(d.Minutes, d.MinutesMax, "–")+" min")
	}
	if d.Every > 0 {
		parts = append(parts, "every "+span(d.Every, d.EveryMax, "–")+" min")
	}
	if len(parts) == 0 {
		return "—"
	}
	return strings.Join(parts, " ")
}

// span writes lo, or lo and hi joined by sep ("→" build up to, "–" range).
func span(lo, hi int, sep string) string {
	if hi > lo {
		return strconv.Itoa(lo) + sep + strconv.Itoa(hi)
	}
	return strconv.Itoa(lo)
}

// Item is one row of the exercise library. Items are data: Generate reads
// them, LibraryMarkdown renders them for review, tests check them. Only a
// clinician's review should change one.
type Item struct {
	// ID is stable and kebab-case: it names the catalog keys, the
	// illustration and saved routines. Never rename one.
	ID       string
	Kind     Kind
	Phase    Phase
	Position Position
	// What the item suits. Generate scores an item by how many of these the
	// client's answers share (see score in generate.go).
	Regions []intake.Region   // where it helps, on the body map
	Goals   []intake.Goal     // the visit goals it serves
	Daily   []intake.Activity // the daily lives it suits
	Worse   []intake.Trigger  // what makes the pain worse that it answers
	Neck    []intake.NeckSign // the neck and head signs it answers (tension headaches, jaw clenching)
	Core    bool              // one of seed:000's "five minutes a day" moves
	Always  bool              // habits every routine gets
	Dose    Dose
	// Steps is how many step texts the item has: routine.<id>.step.1 … n.
	Steps int
	// Contra lists the contraindications that leave the item out or make
	// it gentle (contra.go).
	Contra []*Contra
	Source []string
}

// NameKey is the catalog key of the item's name.
func (it *Item) NameKey() string { return "routine." + it.ID + ".name" }

// SafetyKey is the catalog key of the item's safety note.
func (it *Item) SafetyKey() string { return "routine." + it.ID + ".safety" }

// StepKeys are the catalog keys of the item's steps, in order.
func (it *Item) StepKeys() []string {
	keys := make([]string, it.Steps)
	for i := range keys {
		keys[i] = fmt.Sprintf("routine.%s.step.%d", it.ID, i+1)
	}
	return keys
}

// Image is the path of the item's illustration from the site root; the file
// lives at web/exercises/<id>.svg in the repository.
func (it *Item) Image() string { return "/web/exercises/" + it.ID + ".svg" }

// Lookup returns the library item with the given id.
func Lookup(id string) (*Item, bool) {
	for i := range Library {
		if Library[i].ID == id {
			return &Library[i], true
		}
	}
	return nil, false
}
