package visit

import (
	"time"

	"kneadform/app/intake"
	"kneadform/app/outcome"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// checkInPage is /visit/checkin: the after-visit check-in (docs/visit.md,
// "After"), then its review. A new red-flag answer goes to the same screen
// as at the intake: the check-in is merged into the answers (visit.Merge
// only adds concern) and the client is taken to /urgent or /advice, which
// run the same rules on them.
type checkInPage struct {
	app.Compo
	st     *store.Store
	s      state
	when   string // the visit's start, "YYYY-MM-DDTHH:MM"
	c      dv.CheckIn
	errors []intake.FieldError
	review *dv.Review // set once saved
	// painBefore and painAfter are the pain just before and just after
	// the massage (the visit's, not the check-in's; visitPain).
	painBefore, painAfter *int
	moved                 bool // the pressure choices moved for next time
}

// NewCheckIn is the /visit/checkin page over st.
func NewCheckIn(st *store.Store) app.Composer { return &checkInPage{st: st} }

func (p *checkInPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.s = load(p.st)
		p.errors, p.review, p.moved = nil, nil, false
		if !p.s.ok {
			if app.IsClient {
				ctx.Navigate("/intake")
			}
			return
		}
		p.c = dv.CheckIn{Stage: dv.Stage24h}
		p.painBefore, p.painAfter = nil, nil
		p.when = time.Now().Add(-24 * time.Hour).Format(dv.AtLayout)
		if v, ok := p.st.Visits.Log.LastVisit(); ok {
			p.when = v.At
			p.painBefore, p.painAfter = v.PainBefore, v.PainAfter
			if stage, due := v.Due(now()); due {
				p.c.Stage = stage
			}
		}
		shell.Step("visit-checkin")
		ctx.Page().SetTitle(kit.T(dv.KeyCheckInTitle) + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
	})
}

func (p *checkInPage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(!p.s.ok, "visit-checkin").Render(p.main)
}

func (p *checkInPage) main() app.UI {
	scr := kit.NewScreen("page page-visit-checkin").Back("/summary", kit.T("visitui.back"))
	if p.review != nil {
		return scr.Heading(kit.T("visitui.review.title")).Render(p.reviewView())
	}
	return scr.Notice(p.st.Visits.TakeNotice()).Errors(p.errors, map[string]string{"when": kit.T("visitui.checkin.when")}).
		Heading(kit.T(dv.KeyCheckInTitle)).Lead(kit.T(p.c.Stage.Key())).
		Render(kit.StepForm("checkin-form", kit.T("visitui.checkin.save"), p.save, p.fields()))
}

// reviewView says what the check-in means (visit.NewReview's texts) and,
// when the pressure choices moved, that the next walkthrough starts there.
func (p *checkInPage) reviewView() app.UI {
	items := make([]app.UI, len(p.review.Keys))
	for i, k := range p.review.Keys {
		items[i] = app.P().Text(kit.T(k))
	}
	return app.Div().ID("checkin-review").Class("panel tier-"+string(p.review.Action)).Body(
		app.Div().Body(items...),
		app.If(p.moved, func() app.UI { return app.P().ID("checkin-pressure").Text(kit.T("visitui.checkin.pressure-next")) }),
		kit.StatusRegion("checkin-saved", kit.T("visitui.checkin.saved")),
		app.Div().Class("actions").Body(
			app.A().ID("checkin-summary").Class("button").Href("/summary").Text(kit.T("visitui.back")),
		),
	)
}

// save validates, stores the check-in on its visit (adding the visit when
// it is new), then follows the review: the triage screen for a new red
// flag, else the review texts.
func (p *checkInPage) save(ctx app.Context) {
	if _, err := time.Parse(dv.AtLayout, p.when); err != nil {
		p.errors = []intake.FieldError{{Field: "when", Key: "error.visit-when"}}
		kit.FocusID(ctx, "error-summary")
		return
	}
	p.errors = nil
	st := p.st.Visits
	st.Load()
	if !hasVisit(st.Log.Visits, p.when) {
		_ = st.Log.AddVisit(dv.Visit{At: p.when})
	}
	if err := st.Log.SetCheckIn(p.when, p.c); err != nil {
		p.errors = []intake.FieldError{{Field: "when", Key: "error.visit-checkin"}}
		kit.FocusID(ctx, "error-summary")
		return
	}
	before := p.painBefore
	if before == nil {
		before = st.Log.PainBefore(p.when)
	}
	_ = st.Log.SetVisitPain(p.when, before, p.painAfter) // both are 0–10 from the scale
	if p.c.Pain != nil {                                 // pain now joins the outcome record of today
		rec := outcome.Record{Date: today(), Pain: p.c.Pain}
		if n := len(st.Log.Records); n > 0 && st.Log.Records[n-1].Date == rec.Date {
			rec.Activities = st.Log.Records[n-1].Activities
		}
		_ = st.Log.Add(rec)
	}
	st.Save()
	r := dv.NewReview(p.s.answers, p.c)
	if r.Action == dv.ActTriage {
		// The same screens, on the same rules, as after the intake.
		*p.st.Session.Answers() = *dv.Merge(p.s.answers, p.c)
		p.st.Session.Save()
		shell.Tier(r.Outcome.Tier)
		if r.Outcome.Tier == triage.Emergency {
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
	id := p.when + "/" + string(p.c.Stage)
	st := p.st.Visits
	if p.c.Pressure == "" || kit.Contains(st.Applied, id) {
		return false
	}
	p.st.Pressure.Load()
	if !p.st.Pressure.Saved {
		return false
	}
	a := p.s.answers
	c := p.c
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
