package pressurewalk

import (
	"strings"

	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Pattern is the route of the walkthrough: /pressure and /pressure/<screen>.
const Pattern = `^/pressure(/[a-z-]*)?$`

// New is the walkthrough page, showing the screen the URL names, over st's
// answers and pressure choices.
func New(st *store.Store) app.Composer { return &pressurePage{st: st} }

// pressurePage renders the screen chosen by the URL.
type pressurePage struct {
	app.Compo
	st *store.Store // the client's state (app/ui/store)

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
	kit.Guard(ctx, func() {
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
		p.st.Pressure.Load()
		p.answers = p.st.Session.Answers()
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
		if !p.st.Session.Draft.Done {
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
		p.notice = p.st.Pressure.TakeNotice()
		switch id {
		case "speak":
			p.wordInput = p.st.Pressure.Prefs.Stop.Word
			if p.wordInput == "" {
				p.wordInput = kit.T(pressure.DefaultWordKey)
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
			p.st.Pressure.FromSummary = false
		}
		p.setTitle(ctx)
		kit.FocusID(ctx, "page-heading")
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
	for r := range p.st.Pressure.Prefs.Regions {
		saved[r] = true
	}
	p.st.Pressure.Prefs.Fit(p.chosen())
	fitted, adj := pressure.Apply(p.st.Pressure.Prefs, p.ceiling)
	p.st.Pressure.Prefs = fitted
	for _, a := range adj {
		if saved[a.Region] {
			p.adjusted = append(p.adjusted, a)
		}
	}
	if len(p.adjusted) > 0 {
		p.st.Pressure.Save() // the capped values are what the client now agrees to
	}
}

func (p *pressurePage) setTitle(ctx app.Context) {
	title := kit.T("pressure.walk.wait.title")
	if !p.wait {
		i := pscreenIndex(p.screen)
		title = kit.T(pscreens[i].title) + " – " + kit.T("progress", "n", i+1, "total", len(pscreens))
	}
	title += " – " + kit.T("app.name")
	if len(p.errors) > 0 {
		title = kit.T("error.title-prefix") + " " + title
	}
	ctx.Page().SetTitle(title)
}

// next checks the screen and moves on.
func (p *pressurePage) next(ctx app.Context) {
	p.errors = p.validate(p.screen)
	if len(p.errors) > 0 {
		p.setTitle(ctx)
		kit.FocusID(ctx, "error-summary")
		return
	}
	p.keepStopWord()
	p.st.Pressure.Save()
	i := pscreenIndex(p.screen)
	switch {
	case p.screen == "done":
		ctx.Navigate("/summary")
	case p.st.Pressure.FromSummary && p.screen != "scale" && p.screen != "signs":
		ctx.Navigate(pressureURL("done"))
	default:
		ctx.Navigate(pressureURL(pscreens[i+1].id))
	}
}

// keepStopWord writes the default stop word out, in the client's language,
// when the client kept it (issue 15): an empty word would later be read in
// the reader's language, so a therapist reading English would see "stop"
// where the client agreed on "หยุด".
func (p *pressurePage) keepStopWord() {
	if s := &p.st.Pressure.Prefs.Stop; p.screen == "speak" && s.Signal == pressure.SignalWord && s.Word == "" {
		s.Word = kit.T(pressure.DefaultWordKey)
	}
}

// changed saves after every choice and re-checks a screen that showed
// errors, so fixed errors disappear.
func (p *pressurePage) changed() {
	p.st.Pressure.Save()
	if len(p.errors) > 0 {
		p.errors = p.validate(p.screen)
	}
}
