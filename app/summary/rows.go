// Package summary turns a client's answers into readable text: the rows of
// "check your answers", the therapist summary and the plain-text copy all
// come from here, so they always agree. It is pure Go (no UI import) and
// takes the catalog of the language to write in.
package summary

import (
	"strings"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// Row is one answered question.
type Row struct {
	Label string // the question, as the client read it
	Value string // the answer, in words ("Not answered" when empty)
}

// Section groups the rows of one intake step.
type Section struct {
	Step  intake.Step
	Title string
	Rows  []Row
}

// Sections returns one section per applicable step (check and consent
// excluded), in intake order.
func Sections(a *intake.Answers, c *i18n.Catalog) []Section {
	w := writer{c: c}
	var out []Section
	for _, s := range intake.Asked(a) {
		if s == intake.StepCheck || s == intake.StepConsent {
			continue
		}
		rows := append(w.rows(a, s), w.followUps(a, s)...)
		if len(rows) == 0 {
			continue
		}
		out = append(out, Section{Step: s, Title: c.T("step." + string(s) + ".title"), Rows: rows})
	}
	return out
}

type writer struct{ c *i18n.Catalog }

func (w writer) none() string { return w.c.T("answer.none") }

// one renders a single choice: "<prefix>.<value>" or "Not answered".
func one[T ~string](w writer, prefix string, v T) string {
	if v == "" {
		return w.c.T("answer.missing")
	}
	return w.c.T(prefix + "." + string(v))
}

// list renders a multiple choice, or "None" when empty.
func list[T ~string](w writer, prefix string, vs []T) string {
	if len(vs) == 0 {
		return w.none()
	}
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = w.c.T(prefix + "." + string(v))
	}
	return strings.Join(parts, ", ")
}

func (w writer) rows(a *intake.Answers, s intake.Step) []Row {
	c := w.c
	switch s {
	case intake.StepAbout:
		rows := []Row{{c.T("step.about.age"), one(w, "age", a.AgeBand)}}
		if a.FirstName != "" { // an older draft, which asked for it
			rows = append([]Row{{c.T("step.about.name"), a.FirstName}}, rows...)
		}
		return rows
	case intake.StepPregnancy:
		v := one(w, "tri", a.Pregnant)
		if a.Pregnant == intake.Yes && a.PregnancyWeeks > 0 {
			v += " – " + c.T("answer.weeks", "n", a.PregnancyWeeks)
		}
		return []Row{{c.T("step.pregnancy.legend"), v}}
	case intake.StepDaily:
		return []Row{{c.T("step.daily.legend"), list(w, "daily", a.Daily)}}
	case intake.StepSafety:
		var yes []string
		for _, f := range intake.Flags {
			if t := a.Flag(f); t.Positive() {
				yes = append(yes, c.T("flag."+string(f)+".short")+" ("+c.T("tri."+string(t))+")")
			}
		}
		v := c.T("answer.no-flags")
		if len(yes) > 0 {
			v = strings.Join(yes, "; ")
		}
		return []Row{{c.T("step.safety.summary"), v}}
	case intake.StepWhere:
		return []Row{{c.T("step.where.legend"), list(w, "region", a.Regions)}}
	case intake.StepPain:
		rows := make([]Row, 0, len(a.Regions))
		for _, r := range a.Regions {
			v := c.T("answer.missing")
			if p, ok := a.Pain[r]; ok {
				v = c.T("answer.pain", "n", p)
			}
			rows = append(rows, Row{c.T("region." + string(r)), v})
		}
		return rows
	case intake.StepOnset:
		return []Row{{c.T("step.onset.duration"), one(w, "duration", a.Duration)}, {c.T("step.onset.how"), one(w, "onset", a.Onset)}}
	case intake.StepFeel:
		return []Row{{c.T("step.feel.feelings"), list(w, "feeling", a.Feelings)}, {c.T("step.feel.spread"), one(w, "spread", a.Spread)}}
	case intake.StepWorse:
		return []Row{{c.T("step.worse.worse"), list(w, "worse", a.Worse)}, {c.T("step.worse.better"), list(w, "better", a.Better)}}
	case intake.StepMoves:
		rows := make([]Row, 0, len(intake.Moves))
		for _, m := range intake.Moves {
			rows = append(rows, Row{c.T("move." + string(m)), one(w, "moveresult", a.Moves[m])})
		}
		return rows
	case intake.StepFunction:
		rows := make([]Row, 0, len(intake.Tasks)+2)
		for _, tk := range intake.Tasks {
			rows = append(rows, Row{c.T("task." + string(tk)), one(w, "ability", a.Function[tk])})
		}
		return append(rows, Row{c.T("step.function.sleep"), one(w, "sleep", a.Sleep)},
			Row{c.T("step.function.stiffness"), one(w, "stiffness", a.Stiff)})
	case intake.StepGoals:
		return []Row{{c.T("step.goals.legend"), list(w, "goal", a.Goals)}}
	case intake.StepHealth:
		v := list(w, "condition", a.HealthConditions())
		if a.Has(intake.CondSurgery) && a.SurgeryWhen != "" {
			v += " – " + c.T("step.health.surgery-when") + " " + c.T("surgery."+string(a.SurgeryWhen))
		}
		return []Row{{c.T("step.health.legend"), v}}
	case intake.StepMedicines:
		meds := strings.TrimSpace(a.Medications)
		if meds == "" {
			meds = w.none()
		}
		return []Row{{c.T("step.medicines.label"), meds}, {c.T("step.medicines.allergies"), list(w, "allergy", a.Allergies)}}
	case intake.StepSkin:
		if len(a.Skin) == 0 {
			return []Row{{c.T("step.skin.legend"), w.none()}}
		}
		var rows []Row
		for _, r := range intake.Regions {
			if xs, ok := a.Skin[r]; ok {
				rows = append(rows, Row{c.T("region." + string(r)), list(w, "skin", xs)})
			}
		}
		return rows
	case intake.StepTraining:
		return []Row{{c.T("step.training.legend"), one(w, "training", a.Training)}}
	case intake.StepPrefs:
		return []Row{{c.T("step.preferences.talk"), one(w, "talk", a.Talk)},
			{c.T("step.preferences.warmth"), one(w, "warmth", a.Warmth)},
			{c.T("step.preferences.oil"), one(w, "oil", a.Oil)}}
	case intake.StepAreas:
		return []Row{{c.T("step.areas.avoid"), list(w, "region", a.Avoid)}, {c.T("step.areas.focus"), list(w, "region", a.Focus)}}
	}
	return nil
}
