package ui

import (
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// intakePage renders one intake step, chosen by the URL (/intake/<step>).
// The browser's Back button works because every step is its own URL; the
// answers themselves never appear in a URL.
type intakePage struct {
	app.Compo

	step   intake.Step
	path   string // the URL path last handled, to tell a fragment-only change
	errors []intake.FieldError
	notice string // catalog key of a one-time notice about saved answers
}

func (p *intakePage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		u := ctx.Page().URL()
		if u.Path == p.path && u.Fragment != "" {
			return // an error-summary link (#field): not a new page
		}
		p.path = u.Path
		a := sess.answers()
		p.errors = nil
		id := intake.Step(strings.Trim(strings.TrimPrefix(u.Path, "/intake"), "/"))
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
			ctx.Navigate(stepURL(resumeStep(a)))
			return
		case !id.Applies(a):
			ctx.Navigate(stepURL(intake.Next(a, id)))
			return
		case id == intake.StepPain && len(a.Regions) == 0:
			ctx.Navigate(stepURL(intake.StepWhere))
			return
		case id == intake.StepConsent && intake.FirstIncomplete(a) != intake.StepConsent:
			// Consent only after every question is answered.
			ctx.Navigate(stepURL(intake.StepCheck))
			return
		}
		p.step = id
		p.notice = sess.takeNotice() // after any redirect, so it shows once
		embedStep(string(id))
		sess.draft.Step = id
		sess.save()
		p.setTitle(ctx)
		focusID(ctx, "page-heading")
	})
}

// resumeStep is where a returning client continues.
func resumeStep(a *intake.Answers) intake.Step {
	if sess.draft.Step.Valid() {
		return sess.draft.Step
	}
	if s := intake.FirstIncomplete(a); s != "" {
		return s
	}
	return intake.StepCheck
}

func stepURL(s intake.Step) string {
	if s == "" {
		return "/summary"
	}
	return "/intake/" + string(s)
}

func (p *intakePage) setTitle(ctx app.Context) {
	n, total := intake.Position(sess.answers(), p.step)
	title := t("step."+string(p.step)+".title") + " – " + t("progress", "n", n, "total", total) + " – " + t("app.name")
	if len(p.errors) > 0 {
		title = t("error.title-prefix") + " " + title
	}
	ctx.Page().SetTitle(title)
}

// changed is called after every answer: it saves the draft and interrupts
// at once when the answers now call for emergency care.
func (p *intakePage) changed(ctx app.Context) {
	a := sess.answers()
	sess.save()
	if len(p.errors) > 0 {
		// Re-check as the client fixes things, so fixed errors disappear.
		p.errors = intake.Validate(a, p.step)
	}
	tier := triage.Evaluate(a).Tier
	embedTier(tier)
	if tier == triage.Emergency {
		if !sess.urgentSeen {
			sess.urgentSeen = true
			ctx.Navigate("/urgent")
		}
		return
	}
	sess.urgentSeen = false
}

// next validates the step and moves on.
func (p *intakePage) next(ctx app.Context) {
	a := sess.answers()
	p.errors = intake.Validate(a, p.step)
	if len(p.errors) > 0 {
		p.setTitle(ctx)
		focusID(ctx, "error-summary")
		return
	}
	outcome := triage.Evaluate(a)
	if outcome.Tier == triage.Emergency {
		sess.urgentSeen = true
		ctx.Navigate("/urgent")
		return
	}
	next := intake.Next(a, p.step)
	if sess.fromCheck && p.step != intake.StepCheck {
		if next = intake.FirstIncomplete(a); next == "" || next == intake.StepConsent {
			next = intake.StepCheck
		}
	}
	switch p.step {
	case intake.StepSafety:
		if outcome.Tier.NoMassage() {
			sess.draft.Step = next
			sess.save()
			ctx.Navigate("/advice")
			return
		}
	case intake.StepCheck:
		sess.fromCheck = false
	case intake.StepConsent:
		a.ConsentAt = time.Now().UTC().Format(time.RFC3339)
		sess.draft.Done = true
		sess.save()
		embedCompleted(a, outcome.Tier)
		ctx.Navigate("/summary")
		return
	}
	sess.draft.Step = next
	sess.save()
	ctx.Navigate(stepURL(next))
}

func (p *intakePage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	if p.step == "" {
		return page("intake", t("loading"))
	}
	a := sess.answers()
	n, total := intake.Position(a, p.step)
	back := "/"
	if prev := intake.Prev(a, p.step); prev != "" {
		back = stepURL(prev)
	}
	e := toErrs(p.errors)
	return app.Div().Class("layout").Body(
		banner(),
		app.Main().ID("main").Class("page page-step step-"+string(p.step)).Body(
			app.A().Class("back-link").Href(back).Text(t("nav.back")),
			noticeBox(p.notice),
			app.P().Class("progress").Text(t("progress", "n", n, "total", total)),
			errorSummary(p.errors, fieldLabels(p.step, a), func(ctx app.Context, id string) { focusID(ctx, id) }),
			app.H1().ID("page-heading").TabIndex(-1).Class("step-heading").Text(t("step."+string(p.step)+".title")),
			app.If(catalog.Has("step."+string(p.step)+".lead"), func() app.UI {
				return app.P().Class("lead").Text(t("step." + string(p.step) + ".lead"))
			}),
			app.Form().ID("step-form").Attr("novalidate", true).
				OnSubmit(on(func(ctx app.Context, ev app.Event) {
					ev.PreventDefault()
					p.next(ctx)
				})).Body(
				p.fields(a, e),
				app.Div().Class("actions").Body(
					submitButton("continue", p.continueLabel()),
				),
			),
		),
		footer(),
	)
}

func (p *intakePage) continueLabel() string {
	switch p.step {
	case intake.StepCheck:
		return t("nav.confirm")
	case intake.StepConsent:
		return t("nav.finish")
	}
	return t("nav.continue")
}

// noticeBox shows a one-time message about the saved answers.
func noticeBox(key string) app.UI {
	if key == "" {
		return nil
	}
	return app.Div().Class("notice").Role("status").Body(app.P().Text(t(key)))
}
