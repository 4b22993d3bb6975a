package handoff

import (
	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// cloneAnswers copies a deeply enough for Clean to run on the copy: Clean
// deletes from maps in place but builds new slices.
func cloneAnswers(a intake.Answers) intake.Answers {
	a.RedFlags = cloneMap(a.RedFlags)
	a.Pain = cloneMap(a.Pain)
	a.Moves = cloneMap(a.Moves)
	a.Function = cloneMap(a.Function)
	a.Skin = cloneMap(a.Skin)
	return a
}

// clonePrefs copies p deeply enough for Clean to run on the copy.
func clonePrefs(p pressure.Prefs) pressure.Prefs {
	p.Regions = cloneMap(p.Regions)
	p.Tender = append([]pressure.TenderSpot(nil), p.Tender...)
	return p
}

func cloneMap[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return nil
	}
	out := make(map[K]V, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
