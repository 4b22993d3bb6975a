package questions

import (
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/triage"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"
	"kneadform/app/ui/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// intakePage renders one intake step, chosen by the URL (/intake/<step>).
// The browser's Back button works because every step is its own URL; the
// answers themselves never appear in a URL.
type intakePage struct {
	app.Compo
	st *store.Store // the client's state (app/ui/store)

	step   intake.Step
	path   string // the URL path last handled, to tell a fragment-only change
	errors []intake.FieldError
	notice string    // catalog key of a one-time notice about saved answers
	psfs   psfsDraft // the goals step's optional activities (steps_psfs.go)
	// skinOpen keeps the areas page's skin list open once the client has
	// marked an area on it (taking the mark off again does not fold it).
	skinOpen bool
}

// NewIntake is the intake step page (/intake/<step>) over st's answers.
func NewIntake(st *store.Store) app.Composer { return &intakePage{st: st} }

func (p *intakePage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		u := ctx.Page().URL()
		if u.Path == p.path && u.Fragment != "" {
			return // an error-summary link (#field): not a new page
		}
		p.path = u.Path
		a := p.st.Session.Answers()
		p.errors = nil
		p.skinOpen = false
		id := intake.Step(strings.Trim(strings.TrimPrefix(u.Path, "/intake"), "/"))
		if id != p.step && holdsEmergency(a, p.step) {
			// Leaving the page (Back, a link) without answering the
			// both-legs follow-up: unanswered counts as new, interrupt.
			p.st.Session.UrgentSeen = true
			ctx.Navigate("/urgent")
			return
		}
		if app.IsServer {
			// Prerendering: show the step's question without answers.
			if !id.Valid() {
				id = intake.StepAbout
			}
			p.step = id
			return
		}
		switch {
		case id == "" || !id.Valid():
			// /intake alone (or an unknown step) resumes where the client was.
			ctx.Navigate(kit.StepURL(p.resumeStep(a)))
			return
		case id.Page() != id:
			// A step asked on another's page (a "Change" link, an old
			// draft): that page, or an earlier one still to answer (an old
			// draft saved on the skin step, now on the later areas page).
			to := id.Page()
			if f := intake.FirstIncomplete(a); f != "" && f.Before(to) {
				to = f
			}
			ctx.Navigate(kit.StepURL(to))
			return
		case !id.Applies(a):
			ctx.Navigate(kit.StepURL(intake.Next(a, id)))
			return
		case id == intake.StepPain && len(a.Regions) == 0:
			ctx.Navigate(kit.StepURL(intake.StepWhere))
			return
		case id == intake.StepConsent && !consentOpen(a):
			// Consent only after every question is answered.
			ctx.Navigate(kit.StepURL(intake.StepCheck))
			return
		}
		p.step = id
		if id == intake.StepGoals {
			p.loadPSFS()
		}
		p.notice = p.st.Session.TakeNotice() // after any redirect, so it shows once
		shell.Step(string(id))
		p.st.Session.Draft.Step = id
		p.st.Session.Save()
		p.setTitle(ctx)
		kit.FocusID(ctx, "page-heading")
	})
}

// consentOpen says whether the consent step may show: every question is
// answered (a client who already agreed may open it again, not loop back
// to the check page).
func consentOpen(a *intake.Answers) bool {
	f := intake.FirstIncomplete(a)
	return f == "" || f == intake.StepConsent
}

// resumeStep is where a returning client continues: a client who finished
// goes to the summary ("" is the summary's address for kit.StepURL).
func (p *intakePage) resumeStep(a *intake.Answers) intake.Step {
	if p.st.Session.Draft.Done && intake.FirstIncomplete(a) == "" {
		return ""
	}
	if p.st.Session.Draft.Step.Valid() {
		return p.st.Session.Draft.Step
	}
	if s := intake.FirstIncomplete(a); s != "" {
		return s
	}
	return intake.StepCheck
}

func (p *intakePage) setTitle(ctx app.Context) {
	n, total := intake.Position(p.st.Session.Answers(), p.step)
	title := pageTitle(p.step) + " – " + kit.T("progress", "n", n, "total", total) + " – " + kit.T("app.name")
	if len(p.errors) > 0 {
		title = kit.T("error.title-prefix") + " " + title
	}
	ctx.Page().SetTitle(title)
}

// changed is called after every answer: it saves the draft and interrupts
// at once when the answers now call for emergency care.
func (p *intakePage) changed(ctx app.Context) {
	a := p.st.Session.Answers()
	p.st.Session.Save()
	if len(p.errors) > 0 {
		// Re-check as the client fixes things, so fixed errors disappear.
		p.errors = intake.ValidatePage(a, p.step)
	}
	tier := triage.Evaluate(a).Tier
	shell.Tier(tier)
	if tier == triage.Emergency {
		if holdsEmergency(a, p.step) {
			return // the both-legs follow-up, on this page, decides
		}
		if !p.st.Session.UrgentSeen {
			p.st.Session.UrgentSeen = true
			ctx.Navigate("/urgent")
		}
		return
	}
	p.st.Session.UrgentSeen = false
}

// next validates the step and moves on.
func (p *intakePage) next(ctx app.Context) {
	a := p.st.Session.Answers()
	switch {
	case intake.NoneSubmits(p.step):
		a.NoneApply(p.step) // the button read "None of these…" (nothing ticked)
	case p.step == intake.StepConsent:
		// The declaration: "Agree and finish" with a name typed is the
		// agreement; without one, the error asks for the name.
		a.Consent = strings.TrimSpace(a.ConsentName) != ""
	}
	p.errors = intake.ValidatePage(a, p.step)
	if len(p.errors) > 0 {
		p.setTitle(ctx)
		kit.FocusID(ctx, "error-summary")
		return
	}
	a.Settle(p.step)
	outcome := triage.Evaluate(a)
	if outcome.Tier == triage.Emergency {
		p.st.Session.UrgentSeen = true
		ctx.Navigate("/urgent")
		return
	}
	next := intake.Next(a, p.step)
	if p.st.Session.FromCheck && p.step != intake.StepCheck {
		if next = intake.FirstIncomplete(a); next == "" || next == intake.StepConsent {
			next = intake.StepCheck
		}
	}
	switch p.step {
	case intake.StepSafety2: // after every safety question
		if outcome.Tier.NoMassage() {
			p.st.Session.Draft.Step = next
			p.st.Session.Save()
			ctx.Navigate("/advice")
			return
		}
	case intake.StepCheck:
		p.st.Session.FromCheck = false
		if p.st.Session.Draft.Done && intake.FirstIncomplete(a) == "" {
			// A finished client who checked the answers again: back to
			// the summary (the agreement stands; the consent step can
			// still be opened to sign again).
			p.st.Session.Save()
			ctx.Navigate("/summary")
			return
		}
	case intake.StepConsent:
		a.ConsentAt = time.Now().UTC().Format(time.RFC3339)
		p.st.Session.Draft.Done = true
		p.st.Session.Save()
		shell.Completed(a, outcome.Tier)
		ctx.Navigate("/summary")
		return
	}
	p.st.Session.Draft.Step = next
	p.st.Session.Save()
	ctx.Navigate(kit.StepURL(next))
}

func (p *intakePage) Render() app.UI {
	return shell.NewFrame(p.st).Loading(p.step == "", "intake").Render(p.main)
}

// main is the step: back to the previous one, where the client is, the
// errors, the step's heading and lead, and its questions in a form.
func (p *intakePage) main() app.UI {
	a := p.st.Session.Answers()
	n, total := intake.Position(a, p.step)
	back := "/"
	if prev := intake.Prev(a, p.step); prev != "" {
		back = kit.StepURL(prev)
	}
	lead := ""
	if key := "step." + string(p.step) + ".lead"; kit.Has(key) {
		lead = kit.T(key)
	}
	return kit.NewScreen("page page-step step-"+string(p.step)).Back(back, kit.T("nav.back")).
		Notice(p.notice).Progress(kit.T("progress", "n", n, "total", total)).
		Errors(p.errors, fieldLabels(p.step, a)).
		Heading(pageTitle(p.step), "step-heading").Lead(lead).Render(
		kit.StepForm("step-form", p.continueLabel(), p.next, p.fields(a, kit.ToErrs(p.errors))),
	)
}

func (p *intakePage) continueLabel() string {
	if intake.NoneSubmits(p.step) && !p.st.Session.Answers().Ticked(p.step) {
		// One tap for the common case; it answers the list (next).
		if p.step == intake.StepMoves {
			return kit.T("step.moves.none")
		}
		return kit.T("step.safety.none")
	}
	switch p.step {
	case intake.StepCheck:
		return kit.T("nav.confirm")
	case intake.StepConsent:
		return kit.T("nav.agree")
	}
	return kit.T("nav.continue")
}

// pageTitle is the heading of page s: its step's title, or, for a page that
// asks another step's questions under a title of its own, that title
// ("step.<s>.page-title"; the step's own title stays for its summary
// section and its FHIR group).
func pageTitle(s intake.Step) string {
	if key := "step." + string(s) + ".page-title"; kit.Has(key) {
		return kit.T(key)
	}
	return kit.T("step." + string(s) + ".title")
}
