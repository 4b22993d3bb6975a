package kit

import (
	"strconv"

	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// LevelText writes a level with its named pressure: "3 (light)".
func LevelText(l pressure.Level) string {
	if w := l.Word(); w != "" {
		return T("pressure.walk.level", "n", int(l), "word", T(w.Key()))
	}
	if l <= pressure.MinLevel {
		return T("pressure.walk.level.none")
	}
	return strconv.Itoa(int(l))
}

// ChosenPrefs keeps, of the client's pressure choices, only the regions
// chosen on the body map now (it may have changed since): set holds their
// settings, unset the chosen regions with none yet.
func ChosenPrefs(prefs pressure.Prefs, chosen []intake.Region) (set pressure.Prefs, unset []intake.Region) {
	set = prefs
	set.Regions = map[intake.Region]pressure.Setting{}
	for _, r := range chosen {
		if s, ok := prefs.Regions[r]; ok {
			set.Regions[r] = s
		} else if r.Valid() {
			unset = append(unset, r)
		}
	}
	return set, unset
}

// StopText says the client's stop signal in words, with the word.
func StopText(s pressure.StopRow) string {
	stop := T(s.Key)
	switch {
	case s.Word != "":
		stop = T("pressure.walk.summary.stop-word", "signal", stop, "word", s.Word)
	case s.WordKey != "":
		stop = T("pressure.walk.summary.stop-word", "signal", stop, "word", T(s.WordKey))
	}
	return stop
}
