package ui

import (
	"kneadform/app/intake"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// go-app keeps an element's old event handler when the new one comes from
// the same function literal (it compares code pointers), so a handler whose
// closure captures per-field data must carry app.EventScope with a key
// unique to that field; otherwise a reused element calls a stale closure.
//
// The widgets below are the GOV.UK question patterns: a fieldset with a
// legend and large tappable radios or checkboxes, a labelled text input,
// an error summary linked to each field. Each widget takes the field id
// (the one intake.FieldError names) so errors link to it.

// option is one answer a client can choose.
type option struct {
	value, label, hint string
}

// options builds the choices for an enum, labelled from the catalog:
// "<prefix>.<value>" is the label and "<prefix>.<value>.hint" an optional hint.
func options[T ~string](prefix string, values []T) []option {
	out := make([]option, len(values))
	for i, v := range values {
		key := prefix + "." + string(v)
		out[i] = option{value: string(v), label: t(key)}
		if catalog.Has(key + ".hint") {
			out[i].hint = t(key + ".hint")
		}
	}
	return out
}

// errs maps a field id to the catalog key of its error message.
type errs map[string]string

func toErrs(fe []intake.FieldError) errs {
	m := errs{}
	for _, e := range fe {
		m[e.Field] = e.Key
	}
	return m
}

// errorSummary lists the problems at the top of the page, each linking to
// its field (GOV.UK "error summary"; WCAG 3.3.1).
func errorSummary(fe []intake.FieldError, labels map[string]string, focus func(ctx app.Context, id string)) app.UI {
	if len(fe) == 0 {
		return nil
	}
	items := make([]app.UI, 0, len(fe))
	for _, e := range fe {
		id := e.Field
		text := errText(id, e.Key)
		if l, ok := labels[id]; ok && text == t(e.Key) {
			text = l + ": " + text
		}
		items = append(items, app.Li().Body(
			app.A().Href("#"+id).Text(text).OnClick(on(func(ctx app.Context, ev app.Event) {
				ev.PreventDefault()
				focus(ctx, id)
			}), app.EventScope("summary-"+id)),
		))
	}
	return app.Div().ID("error-summary").Class("error-summary").
		Role("alert").Aria("labelledby", "error-summary-title").TabIndex(-1).Body(
		app.H2().ID("error-summary-title").Text(t("error.summary")),
		app.Ul().Body(items...),
	)
}

// fieldError renders the inline message of one field, or nothing.
func fieldError(id, key string) app.UI {
	if key == "" {
		return nil
	}
	return app.P().ID(id+"-error").Class("field-error").Body(
		app.Span().Class("visually-hidden").Text(t("error.prefix")),
		app.Text(errText(id, key)),
	)
}

// errText prefers a field's own wording ("error.ageBand.required": "Select
// your age") over the generic one ("error.required").
func errText(field, key string) string {
	if specific := "error." + field + key[len("error"):]; catalog.Has(specific) {
		return t(specific)
	}
	return t(key)
}

func fieldClass(errKey string) string {
	if errKey != "" {
		return "field field--error"
	}
	return "field"
}

// describedBy joins the ids of a field's hint and error.
func describedBy(id, hint, errKey string) string {
	s := ""
	if hint != "" {
		s = id + "-hint"
	}
	if errKey != "" {
		if s != "" {
			s += " "
		}
		s += id + "-error"
	}
	return s
}

// radios is a single-choice question. The first input carries the field id
// so the error summary can focus it.
func radios(field, legend, hint string, opts []option, selected, errKey string, pick func(ctx app.Context, v string)) app.UI {
	rows := make([]app.UI, len(opts))
	for i, o := range opts {
		o := o
		id := field + "-" + o.value
		if i == 0 {
			id = field
		}
		rows[i] = choiceRow("radio", field, id, o, selected == o.value, errKey != "",
			on(func(ctx app.Context, e app.Event) { pick(ctx, o.value) }))
	}
	return fieldset(field, legend, hint, errKey, "choices", rows)
}

// checks is a multiple-choice question ("select all that apply").
func checks(field, legend, hint string, opts []option, isOn func(v string) bool, errKey string, toggle func(ctx app.Context, v string)) app.UI {
	rows := make([]app.UI, len(opts))
	for i, o := range opts {
		o := o
		id := field + "-" + o.value
		if i == 0 {
			id = field
		}
		rows[i] = choiceRow("checkbox", field, id, o, isOn(o.value), errKey != "",
			on(func(ctx app.Context, e app.Event) { toggle(ctx, o.value) }))
	}
	return fieldset(field, legend, hint, errKey, "choices", rows)
}

func fieldset(field, legend, hint, errKey, class string, rows []app.UI) app.UI {
	fs := app.FieldSet().Class(fieldClass(errKey)).Aria("describedby", describedBy(field, hint, errKey))
	if errKey != "" {
		fs = fs.Aria("invalid", "true")
	}
	return fs.Body(
		app.Legend().Class("legend").Text(legend),
		app.If(hint != "", func() app.UI { return app.P().ID(field + "-hint").Class("hint").Text(hint) }),
		fieldError(field, errKey),
		app.Div().Class(class).Body(rows...),
	)
}

func choiceRow(kind, name, id string, o option, checked, invalid bool, change app.EventHandler) app.UI {
	in := app.Input().Type(kind).ID(id).Name(name).Value(o.value).Checked(checked).OnChange(change, app.EventScope(id))
	if o.hint != "" {
		// The hint sits inside the label so the whole box is the tap
		// target; labelledby keeps it out of the accessible name, and
		// describedby reads it after the name.
		in = in.Aria("labelledby", id+"-label").Aria("describedby", id+"-hint")
	}
	return app.Div().Class("choice").Body(
		in,
		app.Label().For(id).Body(
			app.Span().ID(id+"-label").Class("choice-label").Text(o.label),
			app.If(o.hint != "", func() app.UI { return app.Span().ID(id + "-hint").Class("choice-hint").Text(o.hint) }),
		),
	)
}

// textInput is a labelled one-line text field.
func textInput(field, label, hint, value, errKey string, max int, autocomplete string, set func(ctx app.Context, v string)) app.UI {
	in := app.Input().Type("text").ID(field).Name(field).Value(value).MaxLength(max).
		Class("input").Aria("describedby", describedBy(field, hint, errKey)).
		OnInput(on(func(ctx app.Context, e app.Event) { set(ctx, ctx.JSSrc().Get("value").String()) }), app.EventScope(field))
	if autocomplete != "" {
		in = in.Attr("autocomplete", autocomplete)
	}
	if errKey != "" {
		in = in.Aria("invalid", "true")
	}
	return app.Div().Class(fieldClass(errKey)).Body(
		app.Label().For(field).Class("label").Text(label),
		app.If(hint != "", func() app.UI { return app.P().ID(field + "-hint").Class("hint").Text(hint) }),
		fieldError(field, errKey),
		in,
	)
}

// textArea is a labelled multi-line text field.
func textArea(field, label, hint, value, errKey string, max int, set func(ctx app.Context, v string)) app.UI {
	ta := app.Textarea().ID(field).Name(field).Rows(4).MaxLength(max).Class("input").
		Aria("describedby", describedBy(field, hint, errKey)).Text(value).
		OnInput(on(func(ctx app.Context, e app.Event) { set(ctx, ctx.JSSrc().Get("value").String()) }), app.EventScope(field))
	if errKey != "" {
		ta = ta.Aria("invalid", "true")
	}
	return app.Div().Class(fieldClass(errKey)).Body(
		app.Label().For(field).Class("label").Text(label),
		app.If(hint != "", func() app.UI { return app.P().ID(field + "-hint").Class("hint").Text(hint) }),
		fieldError(field, errKey),
		ta,
	)
}

// page is the frame of a simple screen: a main landmark and a focusable h1.
func page(id, title string, body ...app.UI) app.UI {
	return app.Main().ID("main").Class("page page-"+id).Body(
		app.H1().ID("page-heading").TabIndex(-1).Text(title),
		app.Div().Class("page-body").Body(body...),
	)
}

// focusID moves keyboard and screen-reader focus to an element after the
// next render (GOV.UK: focus the heading on a new page, the summary on error).
func focusID(ctx app.Context, id string) {
	ctx.Defer(func(ctx app.Context) {
		guard(ctx, func() {
			el := app.Window().GetElementByID(id)
			if el.Truthy() {
				el.Call("focus")
			}
		})
	})
}

// submitButton is a form's submit button. In the prerendered page (before
// the app has started) it is disabled: a tap there would submit the form
// natively, putting answers in a URL, which the CSP blocks but a static
// host without it would not.
func submitButton(id, label string) app.HTMLButton {
	return app.Button().Type("submit").ID(id).Class("button").Disabled(app.IsServer).Text(label)
}
