package visit

import (
	"time"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// save stores the check-in on its visit (adding the visit when it is new),
// then follows the review: the triage screen for a new red flag, else the
// review texts. Reached from the last page, or from any page once an answer
// means an emergency (then the pages not seen yet are not needed: the
// client is sent for help at once, with what they said kept).
func (p *checkInPage) save(ctx app.Context) {
	if _, err := time.Parse(dv.AtLayout, p.d.At); err != nil {
		ctx.Navigate(PathCheckIn) // the time is asked there
		return
	}
	r := dv.NewReview(p.s.answers, p.d.CheckIn)
	emergency := r.Action == dv.ActTriage && r.Outcome.Tier == triage.Emergency
	if !emergency {
		for i, pg := range ciPages {
			if pg.flags != nil && !p.d.CheckIn.FlagsAnswered(pg.flags) {
				p.askFlags = true // a page skipped (a deep link): answer it first
				ctx.Navigate(ciURL(i))
				return
			}
		}
	}
	st := p.st.Visits
	st.Load()
	if !hasVisit(st.Log.Visits, p.d.At) {
		_ = st.Log.AddVisit(dv.Visit{At: p.d.At})
	}
	c := p.d.CheckIn
	if err := st.Log.SetCheckIn(p.d.At, c); err != nil {
		p.errors = []intake.FieldError{{Field: "when", Key: "error.visit-checkin"}}
		kit.FocusID(ctx, "error-summary")
		return
	}
	before := p.d.PainBefore
	if before == nil {
		before = st.Log.PainBefore(p.d.At)
	}
	_ = st.Log.SetVisitPain(p.d.At, before, p.d.PainAfter) // both are 0–10 from the scale
	if c.Pain != nil {                                     // pain now joins the outcome record of today
		rec := outcome.Record{Date: today(), Pain: c.Pain}
		if n := len(st.Log.Records); n > 0 && st.Log.Records[n-1].Date == rec.Date {
			rec.Activities = st.Log.Records[n-1].Activities
		}
		_ = st.Log.Add(rec)
	}
	st.Save()
	st.DropCheckInDraft()
	if r.Action == dv.ActTriage {
		// The same screens, on the same rules, as after the intake.
		*p.st.Session.Answers() = *dv.Merge(p.s.answers, c)
		p.st.Session.Save()
		shell.Tier(r.Outcome.Tier)
		if emergency {
			p.st.Session.UrgentSeen = true
			ctx.Navigate("/urgent")
		} else {
			ctx.Navigate("/advice")
		}
		return
	}
	p.moved = p.movePressure()
	p.review = &r
	kit.FocusID(ctx, "page-heading")
}

// movePressure starts the next walkthrough from what felt right
// (visit.StartPrefs under today's caps), once per check-in. It does nothing
// when the client never agreed on pressure (new regions start at the
// defaults anyway) or did not say how it felt.
func (p *checkInPage) movePressure() bool {
	id := p.d.At + "/" + string(p.d.CheckIn.Stage)
	st := p.st.Visits
	if p.d.CheckIn.Pressure == "" || kit.Contains(st.Applied, id) {
		return false
	}
	p.st.Pressure.Load()
	if !p.st.Pressure.Saved {
		return false
	}
	a := p.s.answers
	c := p.d.CheckIn
	p.st.Pressure.Prefs = dv.StartPrefs(p.st.Pressure.Prefs, &c, a.Regions, pressure.Cap(a, p.s.outcome))
	p.st.Pressure.Save()
	st.Applied = append(st.Applied, id)
	if n := len(st.Applied); n > 32 {
		st.Applied = st.Applied[n-32:]
	}
	st.Save()
	return true
}

// hasVisit reports whether visits holds one that started at at.
func hasVisit(visits []dv.Visit, at string) bool {
	_, ok := findVisit(visits, at)
	return ok
}

// findVisit returns the visit that started at at.
func findVisit(visits []dv.Visit, at string) (dv.Visit, bool) {
	for _, v := range visits {
		if v.At == at {
			return v, true
		}
	}
	return dv.Visit{}, false
}
