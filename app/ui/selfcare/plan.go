package selfcare

import (
	"encoding/json"

	"kneadform/app/routine"
	"kneadform/app/ui/kit"
)

// Segment kinds.
type segKind string

const (
	segHold   segKind = "hold"   // hold the position (or rest on a tender spot)
	segRelax  segKind = "relax"  // come out of it before the next rep
	segSwitch segKind = "switch" // change sides
	segRest   segKind = "rest"   // rest between rounds
)

// switchSeconds is the pause to change sides.
const switchSeconds = 5

// playSeg is one timed segment of an exercise.
type playSeg struct {
	kind        segKind
	seconds     int
	rep, reps   int // the hold this belongs to (the last one, for a pause)
	side, sides int
	set, sets   int
}

// planDose lays an exercise's starting dose out as timed segments: each
// hold, then a pause before the next (relax between reps, change sides,
// rest between rounds), following routine.Dose.Seconds' timing.
func planDose(d routine.Dose) []playSeg {
	hold := scHoldSeconds(d)
	if hold <= 0 {
		hold = routine.SecondsPerBreath
	}
	reps, sides, sets := max(d.Reps, 1), 1, max(d.Sets, 1)
	if d.PerSide {
		sides = 2
	}
	var out []playSeg
	for set := 1; set <= sets; set++ {
		for side := 1; side <= sides; side++ {
			for rep := 1; rep <= reps; rep++ {
				at := playSeg{rep: rep, reps: reps, side: side, sides: sides, set: set, sets: sets}
				h := at
				h.kind, h.seconds = segHold, hold
				out = append(out, h)
				gap := at
				switch {
				case rep < reps:
					gap.kind, gap.seconds = segRelax, routine.MoveSeconds
				case side < sides:
					gap.kind, gap.seconds = segSwitch, switchSeconds
				case set < sets:
					gap.kind, gap.seconds = segRest, routine.RestSeconds
				default:
					continue
				}
				out = append(out, gap)
			}
		}
	}
	return out
}

// playerSettings are the client's choices for cues, kept on the device.
type playerSettings struct {
	Sound   bool `json:"sound"`
	Vibrate bool `json:"vibrate"`
}

const playerKey = "kneadform.player"

func loadPlayerSettings() playerSettings {
	s := playerSettings{Sound: true, Vibrate: !kit.ReducedMotion()}
	if raw, ok, err := kit.StorageGet(playerKey); err == nil && ok {
		var saved playerSettings
		if json.Unmarshal([]byte(raw), &saved) == nil {
			s = saved
		}
	}
	return s
}

func (s playerSettings) save() {
	if b, err := json.Marshal(s); err == nil {
		_ = kit.StorageSet(playerKey, string(b)) // a setting that is not kept is no loss
	}
}
