package pressure

import "testing"

// TestHaptic: silent at 0 and off the scale; otherwise pulse, pause, pulse
// ...; a higher level vibrates longer in total, with at least as many and
// at least as long pulses; one pulse per band step; under a second.
func TestHaptic(t *testing.T) {
	for _, l := range []Level{0, -1, 11} {
		if p := Haptic(l); p == nil || len(p) != 0 {
			t.Errorf("Haptic(%d) = %#v, want empty", l, p)
		}
	}
	prevOn, prevPulses, prevLongest := 0, 0, 0
	for _, l := range Levels[1:] {
		p := Haptic(l)
		if len(p)%2 != 1 {
			t.Fatalf("Haptic(%d) = %v: want pulse, pause, ..., pulse", l, p)
		}
		on, total, longest := 0, 0, 0
		for i, ms := range p {
			if ms <= 0 {
				t.Errorf("Haptic(%d) = %v: non-positive duration", l, p)
			}
			total += ms
			if i%2 == 0 {
				on += ms
				longest = max(longest, ms)
			}
		}
		pulses := (len(p) + 1) / 2
		if on <= prevOn || pulses < prevPulses || longest < prevLongest {
			t.Errorf("Haptic(%d) = %v is not stronger than level %d's", l, p, l-1)
		}
		if want := 1 + indexOf(Bands, l.Band()); pulses != want {
			t.Errorf("Haptic(%d): %d pulses, want %d (band %s)", l, pulses, want, l.Band())
		}
		if total > 1000 {
			t.Errorf("Haptic(%d) lasts %d ms, want under a second", l, total)
		}
		prevOn, prevPulses, prevLongest = on, pulses, longest
	}
	a := Haptic(5)
	a[0] = 0
	if Haptic(5)[0] == 0 {
		t.Error("Haptic shares its slice between calls")
	}
}
