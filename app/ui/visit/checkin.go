package visit

import (
	"kneadform/app/ui/el"
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"
	dv "kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// CheckInPattern is the route of the check-in: /visit/checkin and
// /visit/checkin/<page>.
const CheckInPattern = `^/visit/checkin(/[a-z-]*)?$`

// ciPage is one page of the check-in (issue 17: no page taller than about
// three phone screens): its URL's last part, its heading and its fields.
type ciPage struct {
	id      string // "" for the first page, /visit/checkin
	heading string // catalog key
	lead    string // catalog key ("": none; the first page shows the stage)
	fields  func(p *checkInPage) app.UI
	flags   []intake.Flag // the safety questions asked on this page, if any
}

// ciPages are the check-in's pages in order: how it went, the intake's
// safety questions on its two themed pages (the signs that need care
// soonest first), other new feelings, then how the massage felt.
var ciPages = []ciPage{
	{"", dv.KeyCheckInTitle, "", (*checkInPage).howFields, nil},
	{"safety", dv.KeyNew, "", (*checkInPage).flagFields, dv.FlagPages[0]},
	{"safety-more", "visitui.checkin.safety-more.title", "", (*checkInPage).flagFields, dv.FlagPages[1]},
	{"new", "visitui.checkin.symptoms.title", "", (*checkInPage).newFields, nil},
	{"massage", "visitui.checkin.massage.title", "visitui.checkin.massage.lead", (*checkInPage).massageFields, nil},
}

// CheckInPaths lists the check-in's pages, for the route table.
func CheckInPaths() []string {
	out := make([]string, len(ciPages))
	for i := range ciPages {
		out[i] = ciURL(i)
	}
	return out
}

func ciURL(i int) string {
	if ciPages[i].id == "" {
		return PathCheckIn
	}
	return PathCheckIn + "/" + ciPages[i].id
}

func ciIndex(id string) int {
	for i, pg := range ciPages {
		if pg.id == id {
			return i
		}
	}
	return -1
}

// checkInPage is /visit/checkin and its pages: the after-visit check-in
// (docs/visit.md, "After"), then its review. What the client enters is
// kept as a draft on the device (store.Visits.CheckInDraft), so Back and a
// reload keep it. A new red-flag answer goes to the same screen as at the
// intake: the check-in is merged into the answers (visit.Merge only adds
// concern) and the client is taken to /urgent or /advice, which run the
// same rules on them; an emergency does so from the page it is answered on.
type checkInPage struct {
	app.Compo
	st     *store.Store
	s      state
	page   int           // index in ciPages
	flags  []intake.Flag // the page's safety questions (ciPages[page].flags)
	d      dv.Draft      // what was entered so far
	errors []intake.FieldError
	review *dv.Review // set once saved
	moved  bool       // the pressure choices moved for next time
	// askFlags: the last page was saved with a safety page unanswered,
	// which now shows its error.
	askFlags bool
}

// NewCheckIn is the /visit/checkin page over st.
func NewCheckIn(st *store.Store) app.Composer { return &checkInPage{st: st} }

func (p *checkInPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		id := strings.Trim(strings.TrimPrefix(ctx.Page().URL().Path, PathCheckIn), "/")
		i := ciIndex(id)
		if i < 0 {
			if app.IsClient {
				ctx.Navigate(PathCheckIn)
			}
			return
		}
		p.page, p.flags = i, ciPages[i].flags
		p.s = load(p.st)
		p.errors, p.review, p.moved = nil, nil, false
		if !p.s.ok {
			if app.IsClient {
				ctx.Navigate("/intake")
			}
			return
		}
		p.d = p.draft()
		if p.askFlags && ciPages[i].flags != nil && !p.d.CheckIn.FlagsAnswered(ciPages[i].flags) {
			p.errors = p.flagErrors()
		}
		p.askFlags = false
		shell.Step("visit-checkin" + strings.TrimSuffix("-"+id, "-"))
		ctx.Page().SetTitle(kit.T(ciPages[i].heading) + " – " + p.progress() + " – " + kit.T("app.name"))
		if len(p.errors) > 0 {
			kit.FocusID(ctx, "error-summary")
		} else {
			kit.FocusID(ctx, "page-heading")
		}
	})
}

// draft is the check-in being answered, or a new one: the last visit's
// time and pain, at the stage that is due (24 h unless 48 h is).
func (p *checkInPage) draft() dv.Draft {
	if d, ok := p.st.Visits.CheckInDraft(); ok && d.Day == today() {
		return d
	}
	d := dv.Draft{Day: today(), At: time.Now().Add(-24 * time.Hour).Format(dv.AtLayout), CheckIn: dv.CheckIn{Stage: dv.Stage24h}}
	if v, ok := p.st.Visits.Log.LastVisit(); ok {
		d.At = v.At
		d.PainBefore, d.PainAfter = v.PainBefore, v.PainAfter
		if stage, due := v.Due(now()); due {
			d.CheckIn.Stage = stage
		}
	}
	return d
}

// edit changes the draft and keeps it on the device at once, so a reload
// loses nothing.
func (p *checkInPage) edit(change func(d *dv.Draft)) {
	change(&p.d)
	p.st.Visits.SaveCheckInDraft(p.d)
}

func (p *checkInPage) progress() string {
	return kit.T("progress", "n", p.page+1, "total", len(ciPages))
}

func (p *checkInPage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(!p.s.ok, "visit-checkin").Render(p.main)
}

func (p *checkInPage) main() app.UI {
	back, backText := PathCheckIn, kit.T("nav.back")
	if p.page == 0 {
		back, backText = "/summary", kit.T("visitui.back")
	} else {
		back = ciURL(p.page - 1)
	}
	scr := kit.NewScreen("page page-visit-checkin")
	if p.review != nil {
		return scr.Back("/summary", kit.T("visitui.back")).Heading(kit.T("visitui.review.title")).Render(p.reviewView())
	}
	pg := ciPages[p.page]
	label := kit.T("nav.continue")
	if p.page == len(ciPages)-1 {
		label = kit.T("visitui.checkin.save")
	}
	lead := ""
	if p.page == 0 {
		lead = kit.T(p.d.CheckIn.Stage.Key())
	} else if pg.lead != "" {
		lead = kit.T(pg.lead)
	}
	return scr.Back(back, backText).Notice(p.st.Visits.TakeNotice()).Progress(p.progress()).
		Errors(p.errors, map[string]string{"when": kit.T("visitui.checkin.when")}).
		Heading(kit.T(pg.heading)).Lead(lead).
		Render(kit.StepForm("checkin-form", label, p.next, pg.fields(p)))
}

// reviewView says what the check-in means (visit.NewReview's texts) and,
// when the pressure choices moved, that the next walkthrough starts there.
func (p *checkInPage) reviewView() app.UI {
	items := make([]app.UI, len(p.review.Keys))
	for i, k := range p.review.Keys {
		items[i] = el.P().Text(kit.T(k))
	}
	return el.Div().ID("checkin-review").Class("panel tier-"+string(p.review.Action)).Body(
		el.Div().Body(items...),
		app.If(p.moved, func() app.UI { return el.P().ID("checkin-pressure").Text(kit.T("visitui.checkin.pressure-next")) }),
		kit.StatusRegion("checkin-saved", kit.T("visitui.checkin.saved")),
		el.Div().Class("actions").Body(
			el.A().ID("checkin-summary").Class("button").Attr("href", "/summary").Text(kit.T("visitui.back")),
		),
	)
}

// next checks the page and goes on: to the next page, or, from the last
// page or as soon as an answer means an emergency, saves the check-in
// (save).
func (p *checkInPage) next(ctx app.Context) {
	if p.errors = p.validate(); len(p.errors) > 0 {
		kit.FocusID(ctx, "error-summary")
		return
	}
	p.st.Visits.SaveCheckInDraft(p.d)
	r := dv.NewReview(p.s.answers, p.d.CheckIn)
	if p.page == len(ciPages)-1 || (r.Action == dv.ActTriage && r.Outcome.Tier == triage.Emergency) {
		p.save(ctx)
		return
	}
	ctx.Navigate(ciURL(p.page + 1))
}

// validate returns the problems of the page on view: a visit time that is
// not one, a safety page with nothing ticked.
func (p *checkInPage) validate() []intake.FieldError {
	if p.page == 0 {
		if _, err := time.Parse(dv.AtLayout, p.d.At); err != nil {
			return []intake.FieldError{{Field: "when", Key: "error.visit-when"}}
		}
	}
	if f := ciPages[p.page].flags; f != nil && !p.d.CheckIn.FlagsAnswered(f) {
		return p.flagErrors()
	}
	return nil
}

func (p *checkInPage) flagErrors() []intake.FieldError {
	return []intake.FieldError{{Field: newFlagsField, Key: "error.tick-or-none"}}
}
