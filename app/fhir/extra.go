package fhir

import (
	"strconv"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/triage"
	"kneadform/app/visit"
)

// Extra is what the client adds after the intake, for NewResponseWith:
// the functional scale (app/outcome, up to three named activities rated
// 0–10) and the latest after-visit check-in (app/visit).
type Extra struct {
	PSFS    outcome.PSFS
	CheckIn *visit.CheckIn
}

// extraSections are the groups after the intake's: "step-outcome" (one
// group "psfs-<n>" per activity: its name and 0–10 score) and "checkin"
// (the after-visit check-in). Their items never depend on x; only the
// answers do, so the Questionnaire is built with the zero Extra.
func extraSections(c *i18n.Catalog, x Extra) []section {
	var psfs []entry
	for n := 1; n <= outcome.MaxActivities; n++ {
		psfs = append(psfs, psfsEntries(c, n, x.PSFS)...)
	}
	ci := visit.CheckIn{}
	if x.CheckIn != nil {
		ci = *x.CheckIn
	}
	checkin := []entry{
		choice(c, "checkin-stage", visit.KeyCheckInTitle, "checkin-stage", "visit.checkin.stage", visit.Stages, func(*intake.Answers) visit.Stage { return ci.Stage }),
		choice(c, "checkin-soreness", visit.KeySoreness, "soreness", "visit.checkin.soreness", visit.Sorenesses, func(*intake.Answers) visit.Soreness { return ci.Soreness }),
		choice(c, "checkin-water", visit.KeyWater, "water", "visit.checkin.water", visit.Waters, func(*intake.Answers) visit.Water { return ci.Water }),
		scorePain(c, "checkin-pain", visit.KeyPain, ci.Pain),
		choice(c, "checkin-pressure", visit.KeyPressure, "felt", "visit.checkin.felt", visit.Felts, func(*intake.Answers) visit.Felt { return ci.Pressure }),
		integer(c, "checkin-right-level", visit.KeyRightLevel, 0, 10, ci.RightLevel),
	}
	for _, id := range triage.TechniqueIDs() {
		e := choice(c, "checkin-technique-"+id, "", "felt", "visit.checkin.felt", visit.Felts, func(*intake.Answers) visit.Felt { return ci.Techniques[id] })
		e.item.Text = c.T(visit.KeyTechniques) + " – " + c.T("technique."+id+".name")
		checkin = append(checkin, e)
	}
	for _, f := range intake.Flags {
		e := choice(c, "checkin-flag-"+string(f), "flag."+string(f), "tri", "tri", tris, func(*intake.Answers) intake.Tri { return ci.RedFlags[f] })
		e.item.Text = c.T(visit.KeyNew) + " – " + e.item.Text
		checkin = append(checkin, e)
	}
	checkin = append(checkin,
		choice(c, "checkin-spread", visit.KeySpread, "spread", "spread", intake.Spreads, func(*intake.Answers) intake.Spread { return ci.Spread }),
		multi(c, "checkin-feelings", visit.KeyFeelings, "feeling", "feeling", intake.Feelings, func(*intake.Answers) []intake.Feeling { return ci.Feelings }),
		text(c, "checkin-note", TypeText, visit.KeyNote, visit.MaxNoteLen, func(*intake.Answers) string { return ci.Note }))
	return []section{
		{linkID: "step-outcome", title: visit.KeyPSFSTitle, entries: psfs},
		{linkID: "checkin", title: visit.KeyCheckInTitle, entries: checkin},
	}
}

// psfsEntries are activity n's name and score, in the group psfs-<n>.
func psfsEntries(c *i18n.Catalog, n int, p outcome.PSFS) []entry {
	var act *outcome.Activity
	if n <= len(p) && p.Validate() == nil {
		act = &p[n-1]
	}
	g := &siteGroup{linkID: "psfs-" + strconv.Itoa(n), text: c.T(visit.KeyPSFSActivity, "n", n)}
	name := text(c, g.linkID+"-name", TypeString, visit.KeyPSFSActivity, outcome.MaxNameLen, func(*intake.Answers) string {
		if act == nil {
			return ""
		}
		return act.Name
	})
	name.item.Text = c.T(visit.KeyPSFSActivity, "n", n)
	var score *int
	if act != nil {
		score = &act.Score
	}
	sc := integer(c, g.linkID+"-score", visit.KeyPSFSScore, 0, outcome.MaxScore, score)
	name.site, sc.site = g, g
	return []entry{name, sc}
}

// integer is an integer question from lo to hi.
func integer(c *i18n.Catalog, linkID, textKey string, lo, hi int, v *int) entry {
	return entry{
		item: Item{LinkID: linkID, Text: c.T(textKey), Type: TypeInteger,
			Extension: []Extension{{URL: minValueURL, ValueInteger: ptr(lo)}, {URL: maxValueURL, ValueInteger: ptr(hi)}}},
		answer: func(*intake.Answers) []Answer {
			if v == nil || *v < lo || *v > hi {
				return nil
			}
			return []Answer{{ValueInteger: ptr(*v)}}
		},
	}
}

// scorePain is a 0–10 pain question on LOINC 72514-3's answer list.
func scorePain(c *i18n.Catalog, linkID, textKey string, v *int) entry {
	return entry{
		item: Item{LinkID: linkID, Text: c.T(textKey), Type: TypeChoice, Code: painCode(), AnswerOption: painOptions()},
		answer: func(*intake.Answers) []Answer {
			if v == nil || *v < 0 || *v > 10 {
				return nil
			}
			return []Answer{{ValueCoding: painCoding(*v)}}
		},
	}
}
