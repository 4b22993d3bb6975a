package handoff

import (
	"math/rand/v2"
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// randomPayload draws a hand-off from r in the style of the intake's own
// property tests: any subset of the valid values, unanswered fields, the
// odd unknown value or out-of-range number (which Clean drops), lists in
// the client's own order, free text in several scripts up to and past the
// limits, and pressure choices now and then.
func randomPayload(r *rand.Rand) Payload {
	pick := r.IntN
	maybe := func() bool { return r.IntN(3) == 0 }
	a := intake.Answers{}
	tris := []intake.Tri{"", intake.No, intake.No, intake.Yes, intake.Unsure, "maybe"}
	if !maybe() {
		a.RedFlags = map[intake.Flag]intake.Tri{}
		for _, f := range intake.Flags {
			if t := tris[pick(len(tris))]; t != "" {
				a.RedFlags[f] = t
			}
		}
		if pick(10) == 0 {
			a.RedFlags["made-up"] = intake.Yes
		}
	}
	a.FirstName = randomText(r, intake.MaxNameLen+5)
	a.AgeBand = anyOf(r, intake.AgeBands)
	a.Pregnant = tris[pick(len(tris))]
	a.PregnancyWeeks = pick(48) - 2
	a.Daily = subset(r, intake.Activities)
	a.Regions = subset(r, intake.Regions)
	if len(a.Regions) > 0 || maybe() {
		a.Pain = map[intake.Region]int{}
		for _, reg := range a.Regions {
			a.Pain[reg] = pick(13) - 1
		}
		if maybe() {
			a.Pain[anyOf(r, intake.Regions)] = pick(11) // a region no longer chosen
		}
	}
	a.Duration = anyOf(r, intake.Durations)
	a.Onset = anyOf(r, intake.Onsets)
	a.Feelings = subset(r, intake.Feelings)
	a.Spread = anyOf(r, intake.Spreads)
	a.Worse = subset(r, intake.Triggers)
	a.Better = subset(r, intake.Reliefs)
	if !maybe() {
		a.Moves = map[intake.Move]intake.MoveResult{}
		for _, m := range intake.Moves {
			if x := anyOf(r, intake.MoveResults); x != "" {
				a.Moves[m] = x
			}
		}
		a.Function = map[intake.Task]intake.Ability{}
		for _, t := range intake.Tasks {
			if x := anyOf(r, intake.Abilities); x != "" {
				a.Function[t] = x
			}
		}
	}
	a.Sleep = anyOf(r, intake.Qualities)
	a.Stiff = anyOf(r, intake.Stiffnesses)
	a.Goals = subset(r, intake.Goals)
	a.Conditions = subset(r, intake.Conditions)
	a.SurgeryWhen = anyOf(r, intake.SurgeryWhens)
	a.Medications = randomText(r, intake.MaxTextLen+20)
	a.Allergies = subset(r, intake.Allergies)
	if maybe() {
		a.Skin = map[intake.Region][]intake.SkinIssue{}
		for range pick(4) {
			a.Skin[anyOf(r, intake.Regions)] = subset(r, intake.SkinIssues)
		}
	}
	a.Training = anyOf(r, intake.Trainings)
	a.Talk = anyOf(r, intake.Talks)
	a.Warmth = anyOf(r, intake.Warmths)
	a.Oil = anyOf(r, intake.Oils)
	a.Avoid = subset(r, intake.Regions)
	a.Focus = subset(r, intake.Regions)
	a.BothLegs = anyOf(r, intake.LegsHistories)
	a.NightEases, a.Reviewed, a.RashKnown = anyOf(r, tris), anyOf(r, tris), anyOf(r, tris)
	a.Neck = subset(r, intake.NeckSigns)
	a.SurgeryAreas = subset(r, intake.Regions)
	a.Comfort = subset(r, intake.Comforts)
	a.Consent = r.IntN(2) == 0
	a.ConsentName = randomText(r, intake.MaxNameLen+5)
	a.ConsentAt = randomTime(r)
	p := Payload{Answers: a}
	if maybe() {
		p.Prefs = randomPrefs(r, a.Regions)
	}
	return p
}

func randomPrefs(r *rand.Rand, chosen []intake.Region) *pressure.Prefs {
	p := &pressure.Prefs{}
	if len(chosen) > 0 || r.IntN(2) == 0 {
		p.Regions = map[intake.Region]pressure.Setting{}
		for _, reg := range chosen {
			lo, hi := pressure.Level(r.IntN(12)-1), pressure.Level(r.IntN(12)-1)
			p.Regions[reg] = pressure.Setting{Preferred: lo, Max: hi}
		}
	}
	for range r.IntN(5) {
		p.Tender = append(p.Tender, pressure.TenderSpot{Region: anyOf(r, intake.Regions), Note: randomText(r, pressure.MaxNoteLen+10)})
	}
	p.Stop.Signal = anyOf(r, pressure.Signals)
	p.Stop.Word = []string{"", "banana", "Stop-it", "no way!", "ümlaut", strings.Repeat("a", 25)}[r.IntN(6)]
	p.CheckIn = anyOf(r, pressure.CheckIns)
	p.HapticsOff = r.IntN(2) == 0
	return p
}

// randomText is empty a third of the time, else up to max bytes of words
// in Latin, Greek, Thai and emoji, with a line break or tab now and then.
func randomText(r *rand.Rand, max int) string {
	if r.IntN(3) == 0 {
		return ""
	}
	words := []string{"ibuprofen", "400", "mg", "Ana", "Pérez", "Ωμέγα", "ยาแก้ปวด", "🙂", "\n", "\t", "warfarin", "—"}
	var b strings.Builder
	n := r.IntN(max + 1)
	for b.Len() < n {
		b.WriteString(words[r.IntN(len(words))])
		b.WriteByte(' ')
	}
	return b.String()
}

// randomTime is a consentAt as the app writes it (UTC, seconds), with an
// offset, with fractions, as junk, or missing.
func randomTime(r *rand.Rand) string {
	t := time.Unix(1_700_000_000+r.Int64N(200_000_000), 0)
	switch r.IntN(6) {
	case 0:
		return ""
	case 1:
		return t.In(time.FixedZone("", (r.IntN(29)-14)*3600+r.IntN(2)*1800)).Format(time.RFC3339)
	case 2:
		return t.Add(time.Duration(r.IntN(1e9))).UTC().Format(time.RFC3339Nano)
	case 3:
		return "yesterday at 5"
	}
	return t.UTC().Format(time.RFC3339)
}

// anyOf returns a random element of xs, or "" (unanswered) or an unknown
// value now and then.
func anyOf[T ~string](r *rand.Rand, xs []T) T {
	switch n := r.IntN(len(xs) + 2); {
	case n < len(xs):
		return xs[n]
	case n == len(xs):
		return ""
	default:
		return "unknown"
	}
}

// subset returns a random subset of xs, in table order or shuffled, with the
// odd repeat or unknown value.
func subset[T ~string](r *rand.Rand, xs []T) []T {
	var out []T
	for _, x := range xs {
		if r.IntN(3) == 0 {
			out = append(out, x)
		}
	}
	if r.IntN(3) == 0 {
		r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	}
	if len(out) > 0 && r.IntN(8) == 0 {
		out = append(out, out[0])
	}
	if r.IntN(10) == 0 {
		out = append(out, "unknown")
	}
	return out
}

// cleaned is what Decode(Encode(p)) must return: p cleaned, with empty
// lists and maps as nil (the format does not tell them apart).
func cleaned(p Payload) Payload {
	a := cloneAnswers(p.Answers)
	a.Clean()
	a.Daily, a.Regions, a.Feelings, a.Worse, a.Better = nilEmpty(a.Daily), nilEmpty(a.Regions), nilEmpty(a.Feelings), nilEmpty(a.Worse), nilEmpty(a.Better)
	a.Goals, a.Conditions, a.Allergies, a.Avoid, a.Focus = nilEmpty(a.Goals), nilEmpty(a.Conditions), nilEmpty(a.Allergies), nilEmpty(a.Avoid), nilEmpty(a.Focus)
	a.Neck, a.SurgeryAreas, a.Comfort = nilEmpty(a.Neck), nilEmpty(a.SurgeryAreas), nilEmpty(a.Comfort)
	a.RedFlags, a.Pain, a.Moves, a.Function, a.Skin = nilMap(a.RedFlags), nilMap(a.Pain), nilMap(a.Moves), nilMap(a.Function), nilMap(a.Skin)
	out := Payload{Answers: a}
	if p.Prefs != nil {
		q := clonePrefs(*p.Prefs)
		q.Clean()
		q.Regions = nilMap(q.Regions)
		out.Prefs = &q
	}
	return out
}

func nilEmpty[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs
}

func nilMap[K comparable, V any](m map[K]V) map[K]V {
	if len(m) == 0 {
		return nil
	}
	return m
}
