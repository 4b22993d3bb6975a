package pressure

// Haptic timing, in milliseconds. The band sets how many pulses play (calm 1,
// therapeutic 2, too much 3, stop 4), so the client can feel the band; within
// a band each level's pulses are longer than the last. The longest pattern
// (level 10) lasts under a second.
const (
	hapticBase  = 40 // pulse length at level 0 (never played: level 0 is silent)
	hapticStep  = 12 // added per level
	hapticPause = 80 // between pulses
)

// Haptic returns the vibration pattern previewing level l, in the form
// navigator.vibrate takes: pulse, pause, pulse, ... in milliseconds. Level
// 0 (nothing felt) and levels off the scale give an empty pattern. Every
// call returns a new slice. Higher levels vibrate longer in total and never
// with fewer pulses (tested).
//
// It is a preview of the scale, not a signal: whether it plays is the UI's
// call (Prefs.HapticsOn, device support, reduced motion).
func Haptic(l Level) []int {
	if l <= MinLevel || l > MaxLevel {
		return []int{}
	}
	pulses := 1 + indexOf(Bands, l.Band())
	pulse := hapticBase + hapticStep*int(l)
	out := make([]int, 0, 2*pulses-1)
	for i := range pulses {
		if i > 0 {
			out = append(out, hapticPause)
		}
		out = append(out, pulse)
	}
	return out
}
