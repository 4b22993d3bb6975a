package therapist

import (
	"kneadform/app/ui/el"
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// therapistComfort: talking, warmth, oils and allergies, with the rules'
// notes on products and positioning.
func therapistComfort(a *intake.Answers, o triage.Outcome) app.UI {
	one := func(prefix, v string) string {
		if v == "" {
			return kit.T("answer.missing")
		}
		return kit.T(prefix + "." + v)
	}
	allergies := make([]string, len(a.Allergies))
	for i, x := range a.Allergies {
		allergies[i] = kit.T("allergy." + string(x))
	}
	rows := []app.UI{
		tRow(kit.T("handoff.therapist.talk"), el.Span().ID("t-talk").Text(one("talk", string(a.Talk)))),
		tRow(kit.T("handoff.therapist.warmth"), app.Text(one("warmth", string(a.Warmth)))),
		tRow(kit.T("handoff.therapist.oil"), app.Text(one("oil", string(a.Oil)))),
		tRow(kit.T("handoff.therapist.allergies"), el.Span().ID("t-allergies").Text(joinOr(allergies, kit.T("answer.none")))),
	}
	if notes := tNotes(o.OilNotes); notes != nil {
		rows = append(rows, tRow(kit.T("handoff.therapist.oil-notes"), notes))
	}
	if notes := tNotes(o.Positioning); notes != nil {
		rows = append(rows, tRow(kit.T("handoff.therapist.positioning"), notes))
	}
	return tCard("t-comfort", kit.T("handoff.therapist.comfort"), tList(rows...))
}

// tNotes lists the rules' notes for the therapist, each with its rule.
func tNotes(ns []triage.Note) app.UI {
	if len(ns) == 0 {
		return nil
	}
	items := make([]app.UI, len(ns))
	for i, n := range ns {
		items[i] = el.Li().Body(
			app.Text(inClinicLanguage(n.TherapistKey, n.Therapist)+" "),
			el.Span().Class("t-meta").Text(kit.T("handoff.therapist.rule", "rule", n.Rule)),
		)
	}
	return el.Ul().Class("t-bullets").Body(items...)
}

// therapistHealth: pregnancy, conditions, medicines.
func therapistHealth(a *intake.Answers) app.UI {
	var rows []app.UI
	if a.Pregnant.Positive() {
		v := kit.T("tri." + string(a.Pregnant))
		if a.Pregnant == intake.Yes && a.PregnancyWeeks > 0 {
			v += " – " + kit.T("answer.weeks", "n", a.PregnancyWeeks)
		}
		rows = append(rows, tRow(kit.T("handoff.therapist.pregnant"), el.Span().Class("t-strong").Text(v)))
	}
	conds := make([]string, len(a.Conditions))
	for i, c := range a.Conditions {
		conds[i] = kit.T("condition." + string(c))
	}
	cv := joinOr(conds, kit.T("answer.none"))
	if a.Has(intake.CondSurgery) && a.SurgeryWhen != "" {
		cv += " – " + kit.T("step.health.surgery-when") + " " + kit.T("surgery."+string(a.SurgeryWhen))
	}
	meds := strings.TrimSpace(a.Medications)
	if meds == "" {
		meds = kit.T("answer.none")
	}
	rows = append(rows,
		tRow(kit.T("handoff.therapist.conditions"), el.Span().ID("t-conditions").Text(cv)),
		tRow(kit.T("handoff.therapist.medications"), el.Span().ID("t-medications").Class("t-pre").Text(meds)),
	)
	return tCard("t-health", kit.T("handoff.therapist.health"), tList(rows...))
}

// therapistConsent: who agreed to share, and when.
func therapistConsent(a *intake.Answers) app.UI {
	text := kit.T("handoff.therapist.no-consent")
	if a.Consent {
		text = kit.T("handoff.therapist.consent", "name", strings.TrimSpace(a.ConsentName), "time", consentTime(a.ConsentAt))
	}
	return el.P().ID("t-consent").Class("t-consent").Text(text)
}

// consentTime shows an RFC 3339 time in the reader's language, in the
// client's own time zone as recorded: "1 Jan 2025, 10:00 (UTC+00:00)",
// "1 ม.ค. 2568 เวลา 10:00 น. (UTC+00:00)"; anything else as written.
func consentTime(s string) string {
	at, err := time.Parse(time.RFC3339, s)
	if err != nil {
		if s == "" {
			return kit.T("answer.missing")
		}
		return s
	}
	return kit.Catalog().DateTime(at) + " (UTC" + at.Format("-07:00") + ")"
}

// inClinicLanguage is a rule table's note for the therapist in the clinic's
// language (the catalog's key), or its English text when the catalog has
// no such key.
func inClinicLanguage(key, english string) string {
	if key != "" && kit.Has(key) {
		return kit.T(key)
	}
	return english
}

// joinOr joins xs with commas, or returns none when xs is empty.
func joinOr(xs []string, none string) string {
	if len(xs) == 0 {
		return none
	}
	return strings.Join(xs, ", ")
}
