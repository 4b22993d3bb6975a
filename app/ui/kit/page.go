package kit

import (
	"kneadform/app/ui/el"
	"sync/atomic"
	"time"

	"kneadform/app/intake"
	"kneadform/app/triage"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page is the frame of a simple screen: a main landmark and a focusable h1.
func Page(id, title string, body ...app.UI) app.UI {
	return el.Main().ID("main").Class("page page-"+id).Body(
		el.H1().ID("page-heading").TabIndex(-1).Text(title),
		el.Div().Class("page-body").Body(body...),
	)
}

// Loading is the page shown while a screen reads what it needs: its main
// is aria-busy, so assistive technology (and the browser tests) wait for
// the real page.
func Loading(id string) app.UI {
	return el.Main().ID("main").Class("page page-"+id).Aria("busy", "true").Body(
		el.H1().ID("page-heading").TabIndex(-1).Text(T("loading")),
	)
}

// FocusID moves keyboard and screen-reader focus to an element after the
// next render (GOV.UK: focus the heading on a new page, the summary on
// error). The heading of a new page also brings the page back to its top;
// any other element is scrolled into view. go-app skips a deferred call
// whose source element the render removed (the tapped button of a closing
// dialog, a form whose page re-rendered), so a short wait in the
// background does it then.
func FocusID(ctx app.Context, id string) {
	var done atomic.Bool
	ctx.Defer(func(ctx app.Context) {
		Guard(ctx, func() { done.Store(focusNow(id)) })
	})
	ctx.Async(func() {
		defer func() { _ = recover() }()                                // a focus that fails is not worth a crash
		for try := 0; try < 40 && !done.Load() && app.IsClient; try++ { // the server's prerendering waits for it
			time.Sleep(25 * time.Millisecond)
			if !done.Load() && focusNow(id) {
				return
			}
		}
	})
}

// focusNow focuses the element id, if it is in the page: a new page's
// heading from the top of the page, the error summary at the top of the
// screen (it may be taller than the screen, and may already have focus
// after a second failed Continue), anything else as the browser scrolls.
func focusNow(id string) bool {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return false
	}
	switch id {
	case "page-heading":
		el.Call("focus", map[string]any{"preventScroll": true})
		app.Window().Call("scrollTo", 0, 0)
	case "error-summary":
		el.Call("focus", map[string]any{"preventScroll": true})
		el.Call("scrollIntoView", map[string]any{"block": "start"})
	default:
		el.Call("focus")
	}
	return true
}

// SubmitButton is a form's submit button. In the prerendered page (before
// the app has started) it is disabled: a tap there would submit the form
// natively, putting answers in a URL, which the CSP blocks but a static
// host without it would not.
func SubmitButton(id, label string) app.HTMLElem {
	return el.Button().Attr("type", "submit").ID(id).Class("button").Attr("disabled", app.IsServer).Text(label)
}

// NoticeBox shows a one-time message (a catalog key) about the saved
// answers, or nothing for "".
func NoticeBox(key string) app.UI {
	if key == "" {
		return nil
	}
	return el.Div().Class("notice").Role("status").Body(el.P().Text(T(key)))
}

// StatusRegion is a polite live region, always in the page so a screen
// reader announces the text when it changes.
func StatusRegion(id, text string) app.UI {
	return el.Div().ID(id).Class("handoff-status").Role("status").Aria("live", "polite").Body(
		app.If(text != "", func() app.UI { return el.P().Class("handoff-status-text").Text(text) }),
	)
}

// StepURL is the address of an intake step; "" (no step left) is the
// summary.
func StepURL(s intake.Step) string {
	if s == "" {
		return "/summary"
	}
	return "/intake/" + string(s)
}

// ReasonList lists, in the client's words, the rules of o that set tier.
func ReasonList(o triage.Outcome, tier triage.Tier) app.UI {
	items := []app.UI{}
	seen := map[string]bool{}
	for _, f := range o.Fired {
		if f.Tier == tier && !seen[f.ClientKey] {
			seen[f.ClientKey] = true
			items = append(items, el.Li().Text(T(f.ClientKey)))
		}
	}
	if len(items) == 0 {
		return nil
	}
	return el.Ul().ID("reasons").Class("bullets").Body(items...)
}

// SVG is an SVG element (in the SVG namespace).
func SVG(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }
