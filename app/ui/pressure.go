package ui

import (
	"strings"

	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The pressure-scale walkthrough (issue 5) lives in this file and its
// siblings pressure_*.go: one screen per file, one idea per screen, each its
// own URL (/pressure/<screen>) so the browser's Back works. The client learns
// the 0–10 scale, good pain and warning signs, how to speak up, then sets a
// usual and a strongest pressure for every region they chose on the body
// map, under the caps the clinical rules set (pressure.Cap, pressure.Apply).

// registerPressure adds the walkthrough's routes to the table.
func registerPressure() {
	app.RouteWithRegexp(`^/pressure(/[a-z-]*)?$`, func() app.Composer { return &pressurePage{} })
}

// pscreen is one screen of the walkthrough.
type pscreen struct {
	id    string
	title string // catalog key of the heading and page title
}

// pscreens lists the screens in order. The keys are literal so the catalog
// test finds them.
var pscreens = []pscreen{
	{"scale", "pressure.walk.scale.title"},
	{"signs", "pressure.walk.signs.title"},
	{"speak", "pressure.walk.speak.title"},
	{"regions", "pressure.walk.regions.title"},
	{"tender", "pressure.walk.tender.title"},
	{"techniques", "pressure.walk.guide.title"},
	{"done", "pressure.walk.done.title"},
}

func pscreenIndex(id string) int {
	for i, s := range pscreens {
		if s.id == id {
			return i
		}
	}
	return -1
}

func pressureURL(id string) string { return "/pressure/" + id }

// fromSummary is set by a Change link on the summary: the next screen the
// client confirms returns to the recap rather than walking every screen.
var fromSummary bool

// pressurePage renders the screen chosen by the URL.
type pressurePage struct {
	app.Compo

	screen  string // pscreens id; "" while loading
	path    string // the URL path last handled, to tell a fragment-only change
	answers *intake.Answers
	outcome triage.Outcome
	ceiling pressure.Ceiling
	wait    bool // no massage today: nothing to set
	notice  string
	errors  []intake.FieldError

	// The scale explorer (screen 1).
	level    pressure.Level
	haptics  bool // navigator.vibrate exists
	reduced  bool // prefers-reduced-motion
	adjusted []pressure.Adjustment
	atCap    string // field id whose + was pressed at its cap

	wordInput string // the stop word as typed (screen 3)
}

func (p *pressurePage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		u := ctx.Page().URL()
		if u.Path == p.path && u.Fragment != "" {
			return // an error-summary link (#field): not a new page
		}
		p.path = u.Path
		id := strings.Trim(strings.TrimPrefix(u.Path, "/pressure"), "/")
		if p.level == 0 && p.screen == "" {
			p.level = pressure.DefaultSetting.Preferred
		}
		p.errors, p.atCap, p.adjusted = nil, "", nil
		pstore.load()
		p.answers = sess.answers()
		if app.IsServer {
			// Prerendering: the screen's text, without the client's answers.
			if pscreenIndex(id) < 0 {
				id = pscreens[0].id
			}
			p.screen = id
			p.outcome = triage.Evaluate(p.answers)
			p.ceiling = pressure.Cap(p.answers, p.outcome)
			return
		}
		if !sess.draft.Done {
			ctx.Navigate("/intake") // the walkthrough builds on the finished intake
			return
		}
		if pscreenIndex(id) < 0 {
			ctx.Navigate(pressureURL(pscreens[0].id))
			return
		}
		p.outcome = triage.Evaluate(p.answers)
		p.ceiling = pressure.Cap(p.answers, p.outcome)
		p.wait = p.outcome.Tier.NoMassage() || p.ceiling.NoMassage
		p.screen = id
		p.haptics, p.reduced = hapticsSupported(), reducedMotion()
		p.notice = pstore.takeNotice()
		switch id {
		case "speak":
			p.wordInput = pstore.prefs.Stop.Word
			if p.wordInput == "" {
				p.wordInput = t(pressure.DefaultWordKey)
			}
		case "regions":
			p.fitRegions()
		case "done":
			if !p.wait {
				if bad := p.firstInvalid(); bad != "" {
					ctx.Navigate(pressureURL(bad))
					return
				}
			}
			fromSummary = false
		}
		p.setTitle(ctx)
		focusID(ctx, "page-heading")
	})
}

// chosen returns the regions the client picked on the body map.
func (p *pressurePage) chosen() []intake.Region {
	if p.answers == nil {
		return nil
	}
	return p.answers.Regions
}

// fitRegions gives every chosen region a setting (the defaults for a new
// one) and fits them all under the caps. Changes to settings the client had
// saved are listed on the screen, with why; the defaults are fitted quietly.
func (p *pressurePage) fitRegions() {
	saved := map[intake.Region]bool{}
	for r := range pstore.prefs.Regions {
		saved[r] = true
	}
	pstore.prefs.Fit(p.chosen())
	fitted, adj := pressure.Apply(pstore.prefs, p.ceiling)
	pstore.prefs = fitted
	for _, a := range adj {
		if saved[a.Region] {
			p.adjusted = append(p.adjusted, a)
		}
	}
	if len(p.adjusted) > 0 {
		pstore.save() // the capped values are what the client now agrees to
	}
}

// screenFields says which screen a validation field belongs to.
func screenOfField(field string) string {
	switch {
	case field == pressure.FieldStopSignal || field == pressure.FieldStopWord || field == pressure.FieldCheckIn:
		return "speak"
	case field == pressure.FieldTender || strings.HasPrefix(field, "tender-"):
		return "tender"
	}
	return "regions"
}

// validate returns the problems of one screen.
func (p *pressurePage) validate(screen string) []intake.FieldError {
	prefs := pstore.prefs
	var out []intake.FieldError
	for _, e := range pressure.Validate(&prefs, p.chosen()) {
		if screenOfField(e.Field) == screen {
			if e.Field == pressure.FieldTender {
				e.Field = tenderSpotsField
			}
			out = append(out, e)
		}
	}
	return out
}

// firstInvalid returns the first screen with a problem, or "".
func (p *pressurePage) firstInvalid() string {
	prefs := pstore.prefs
	prefs.Fit(p.chosen())
	if errs := pressure.Validate(&prefs, p.chosen()); len(errs) > 0 {
		return screenOfField(errs[0].Field)
	}
	if !pstore.agreed(p.chosen()) {
		return "regions" // chosen regions the client has not seen yet
	}
	return ""
}

func (p *pressurePage) setTitle(ctx app.Context) {
	title := t("pressure.walk.wait.title")
	if !p.wait {
		i := pscreenIndex(p.screen)
		title = t(pscreens[i].title) + " – " + t("progress", "n", i+1, "total", len(pscreens))
	}
	title += " – " + t("app.name")
	if len(p.errors) > 0 {
		title = t("error.title-prefix") + " " + title
	}
	ctx.Page().SetTitle(title)
}

// next checks the screen and moves on.
func (p *pressurePage) next(ctx app.Context) {
	p.errors = p.validate(p.screen)
	if len(p.errors) > 0 {
		p.setTitle(ctx)
		focusID(ctx, "error-summary")
		return
	}
	pstore.save()
	i := pscreenIndex(p.screen)
	switch {
	case p.screen == "done":
		ctx.Navigate("/summary")
	case fromSummary && p.screen != "scale" && p.screen != "signs":
		ctx.Navigate(pressureURL("done"))
	default:
		ctx.Navigate(pressureURL(pscreens[i+1].id))
	}
}

// changed saves after every choice and re-checks a screen that showed
// errors, so fixed errors disappear.
func (p *pressurePage) changed() {
	pstore.save()
	if len(p.errors) > 0 {
		p.errors = p.validate(p.screen)
	}
}

func (p *pressurePage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if p.screen == "" {
		return page("pressure", t("loading"))
	}
	if p.wait {
		return p.waitView()
	}
	i := pscreenIndex(p.screen)
	back := "/summary"
	if i > 0 {
		back = pressureURL(pscreens[i-1].id)
	}
	label := t("nav.continue")
	if p.screen == "done" {
		label = t("pressure.walk.done.back")
	}
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-pressure pressure-"+p.screen).Body(
			app.A().Class("back-link").Href(back).Text(t("nav.back")),
			noticeBox(p.notice),
			app.P().Class("progress").Text(t("progress", "n", i+1, "total", len(pscreens))),
			errorSummary(p.errors, p.fieldLabels(), func(ctx app.Context, id string) { focusID(ctx, id) }),
			app.H1().ID("page-heading").TabIndex(-1).Class("step-heading").Text(t(pscreens[i].title)),
			app.Form().ID("pressure-form").Attr("novalidate", true).
				OnSubmit(on(func(ctx app.Context, ev app.Event) {
					ev.PreventDefault()
					p.next(ctx)
				})).Body(
				p.screenBody(),
				app.Div().Class("actions").Body(
					submitButton("continue", label),
				),
			),
		),
		footer(),
	)
}

func (p *pressurePage) screenBody() app.UI {
	switch p.screen {
	case "scale":
		return p.scaleScreen()
	case "signs":
		return p.signsScreen()
	case "speak":
		return p.speakScreen()
	case "regions":
		return p.regionsScreen()
	case "tender":
		return p.tenderScreen()
	case "techniques":
		return p.guideScreen()
	case "done":
		return p.doneScreen()
	}
	return nil
}

// fieldLabels names each field in the error summary.
func (p *pressurePage) fieldLabels() map[string]string {
	m := map[string]string{
		pressure.FieldStopSignal: t("pressure.walk.speak.signal"),
		pressure.FieldStopWord:   t("pressure.walk.speak.word"),
		pressure.FieldCheckIn:    t("pressure.walk.speak.checkin"),
		tenderSpotsField:         t("pressure.walk.tender.legend"),
	}
	for _, r := range intake.Regions {
		name := t(r.MsgKey())
		m[pressure.PreferredField(r)] = name + ", " + t("pressure.walk.usual")
		m[pressure.MaxField(r)] = name + ", " + t("pressure.walk.strongest")
		m[pressure.TenderField(r)] = name
	}
	return m
}

// waitView is shown instead of every screen when there is no massage today.
func (p *pressurePage) waitView() app.UI {
	o := p.outcome
	primary := app.A().ID("pressure-back").Class("button").Href("/summary").Text(t("pressure.walk.done.back"))
	var urgent app.UI
	if o.Tier == triage.Emergency {
		urgent = app.A().ID("pressure-urgent").Class("button button--warning").Href("/urgent").Text(t("pressure.walk.wait.urgent"))
		primary = primary.Class("button--secondary")
	}
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-pressure pressure-wait").Body(
			app.A().Class("back-link").Href("/summary").Text(t("nav.back")),
			app.H1().ID("page-heading").TabIndex(-1).Class("step-heading").Text(t("pressure.walk.wait.title")),
			app.P().Class("lead").Text(t("pressure.walk.wait.body")),
			reasonList(o, o.Tier),
			app.P().Text(t("pressure.walk.wait.later")),
			app.Div().Class("actions").Body(urgent, primary),
		),
		footer(),
	)
}

// pressureSummary renders the client's pressure choices on the summary
// page: a call to action until they are agreed, then the choices with a
// Change link for each part. See pressure_summary.go.
func pressureSummary() app.UI {
	defer func() {
		if r := recover(); r != nil {
			app.Logf("kneadform: pressure summary: %v", r)
		}
	}()
	return renderPressureSummary()
}
