package kit

import (
	"kneadform/app/intake"
	"kneadform/app/ui/el"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Screen builds a page's main landmark in the GOV.UK order: back link,
// notice, progress, error summary, heading, lead, then the content. Every
// part is optional; Render writes only the parts that were set.
//
//	kit.NewScreen("page page-step").Back(prev, kit.T("nav.back")).Notice(key).
//		Progress(text).Errors(p.errors, labels).Heading(title, "step-heading").Render(form)
type Screen struct {
	class, role    string
	back, backText string
	backClass      string // "back-link" unless set
	notice         string
	progress       app.UI
	errors         []intake.FieldError
	labels         map[string]string
	heading        string
	headingClass   string
	lead           string
}

// NewScreen starts a screen whose main landmark has class.
func NewScreen(class string) *Screen { return &Screen{class: class} }

// Role sets the landmark's role (the emergency screen is an alert).
func (s *Screen) Role(role string) *Screen { s.role = role; return s }

// Back adds the back link.
func (s *Screen) Back(href, text string) *Screen { s.back, s.backText = href, text; return s }

// BackClass replaces the back link's class ("back-link no-print" on a page
// made to be printed).
func (s *Screen) BackClass(class string) *Screen { s.backClass = class; return s }

// Notice adds a one-time notice (a catalog key; "" for none).
func (s *Screen) Notice(key string) *Screen { s.notice = key; return s }

// Progress adds "Step n of total" (or any short text) above the heading.
func (s *Screen) Progress(text string) *Screen {
	s.progress = el.P().Class("progress").Text(text)
	return s
}

// ProgressView adds a progress element of the page's own above the heading.
func (s *Screen) ProgressView(ui app.UI) *Screen { s.progress = ui; return s }

// Errors adds the error summary (nothing when fe is empty), each error
// naming its field by labels and moving focus to it.
func (s *Screen) Errors(fe []intake.FieldError, labels map[string]string) *Screen {
	s.errors, s.labels = fe, labels
	return s
}

// Heading sets the h1 (focusable, so a new page can move focus to it),
// with an optional class.
func (s *Screen) Heading(text string, class ...string) *Screen {
	s.heading = text
	if len(class) > 0 {
		s.headingClass = class[0]
	}
	return s
}

// Lead adds the paragraph under the heading ("" for none).
func (s *Screen) Lead(text string) *Screen { s.lead = text; return s }

// Render is the main landmark: the parts set, then content.
func (s *Screen) Render(content ...app.UI) app.UI {
	main := el.Main().ID("main").Class(s.class)
	if s.role != "" {
		main = main.Role(s.role)
	}
	h1 := el.H1().ID("page-heading").TabIndex(-1)
	if s.headingClass != "" {
		h1 = h1.Class(s.headingClass)
	}
	parts := []app.UI{}
	if s.back != "" {
		class := s.backClass
		if class == "" {
			class = "back-link"
		}
		parts = append(parts, el.A().Class(class).Attr("href", s.back).Text(s.backText))
	}
	parts = append(parts, NoticeBox(s.notice), s.progress)
	// The summary's place is always there, so the heading and the form
	// keep their nodes (and the page its focus) when errors come and go.
	summary := app.UI(el.Div().Class("error-summary-slot"))
	if len(s.errors) > 0 {
		summary = ErrorSummary(s.errors, s.labels, FocusID)
	}
	parts = append(parts, summary)
	parts = append(parts, h1.Text(s.heading))
	if s.lead != "" {
		parts = append(parts, el.P().Class("lead").Text(s.lead))
	}
	return main.Body(append(parts, content...)...)
}

// StepForm is a question page's form: the fields, then the submit button
// (id "continue", label), handled in Go by next (never submitted natively).
func StepForm(id, label string, next func(ctx app.Context), fields app.UI) app.UI {
	return el.Form().ID(id).Attr("novalidate", true).
		OnSubmit(On(func(ctx app.Context, ev app.Event) {
			ev.PreventDefault()
			next(ctx)
		})).Body(
		fields,
		el.Div().Class("actions").Body(
			SubmitButton("continue", label),
		),
	)
}
