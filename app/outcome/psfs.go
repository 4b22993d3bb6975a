// Package outcome tracks whether the back is getting better, on the device:
// the 0–10 pain rating the intake and journal already collect, and a
// Patient-Specific Functional Scale style item (Stratford et al. 1995, free
// to use): the client names up to three everyday activities their back
// makes hard and rates each from 0 (cannot do it) to 10 (as well as before
// the back trouble). seed:000 "Measuring Progress" asks for exactly this
// kind of marker: a pain scale and everyday function ("can you lift
// groceries without discomfort?"). Licensed measures such as the Oswestry
// index are not embedded (clinical-sources §2).
//
// A Log holds the ratings over time (the first is the intake's) and the
// visits with their after-visit check-ins (app/visit); Since computes the
// change since the first record, and Marks places the visits on the
// journal's chart (app/routine). Pure Go, no UI import.
package outcome

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"kneadform/app/intake"
)

// Limits of the functional scale.
const (
	MaxActivities = 3  // PSFS: up to three activities
	MaxNameLen    = 60 // characters of an activity's name
	MaxScore      = 10 // 10 = able to do it as well as before
)

// Activity is one named activity and how well the client can do it today.
type Activity struct {
	// Name is the activity in the client's words ("lift my toddler").
	Name string `json:"name"`
	// Score is 0 (cannot do it) to 10 (as well as before).
	Score int `json:"score"`
}

// PSFS is the client's list of activities, at most MaxActivities, each
// name once (compared by Same).
type PSFS []Activity

// Validate reports the first problem with p: too many activities, an
// empty, too long or repeated name, or a score off 0–10.
func (p PSFS) Validate() error {
	if len(p) > MaxActivities {
		return fmt.Errorf("functional scale: %d activities, at most %d", len(p), MaxActivities)
	}
	for i, a := range p {
		name := strings.TrimSpace(a.Name)
		switch {
		case name == "" || intake.TooLong(a.Name, MaxNameLen) || !utf8.ValidString(a.Name) || hasControl(a.Name):
			return fmt.Errorf("functional scale: activity %d: name %q must be 1 to %d characters of plain text", i+1, a.Name, MaxNameLen)
		case a.Score < 0 || a.Score > MaxScore:
			return fmt.Errorf("functional scale: activity %q: score %d must be 0 to %d", a.Name, a.Score, MaxScore)
		}
		for _, b := range p[:i] {
			if Same(a.Name, b.Name) {
				return fmt.Errorf("functional scale: activity %q named twice", a.Name)
			}
		}
	}
	return nil
}

// Clean drops the activities Validate would refuse (keeping the first of a
// repeated name and the first MaxActivities) and trims names; it returns
// the cleaned list and how many it dropped.
func (p PSFS) Clean() (PSFS, int) {
	var out PSFS
	dropped := 0
	for _, a := range p {
		a.Name = strings.TrimSpace(a.Name)
		if len(out) == MaxActivities || (PSFS{a}).Validate() != nil || out.find(a.Name) >= 0 {
			dropped++
			continue
		}
		out = append(out, a)
	}
	return out, dropped
}

// Mean is the mean score, one decimal, and false for an empty list.
func (p PSFS) Mean() (float64, bool) {
	if len(p) == 0 {
		return 0, false
	}
	sum := 0
	for _, a := range p {
		sum += a.Score
	}
	return round1(float64(sum) / float64(len(p))), true
}

// Same reports whether two activity names are the same activity: equal
// after trimming spaces and ignoring case.
func Same(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

func (p PSFS) find(name string) int {
	for i, a := range p {
		if Same(a.Name, name) {
			return i
		}
	}
	return -1
}

func hasControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }) >= 0
}

func round1(x float64) float64 {
	if x < 0 {
		return -round1(-x)
	}
	return float64(int(x*10+0.5)) / 10
}

// FitName trims an activity name typed by the client and cuts it to
// MaxNameLen characters (intake.CutText).
func FitName(s string) string {
	return strings.TrimSpace(intake.CutText(strings.TrimSpace(s), MaxNameLen))
}
