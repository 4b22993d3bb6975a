package kit

import (
	"kneadform/app/ui/el"
	"strconv"

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

// Option is one answer a client can choose.
type Option struct {
	Value, Label, Hint string
}

// Options builds the choices for an enum, labelled from the catalog:
// "<prefix>.<value>" is the label and "<prefix>.<value>.hint" an optional hint.
func Options[V ~string](prefix string, values []V) []Option {
	out := make([]Option, len(values))
	for i, v := range values {
		key := prefix + "." + string(v)
		out[i] = Option{Value: string(v), Label: T(key)}
		if Has(key + ".hint") {
			out[i].Hint = T(key + ".hint")
		}
	}
	return out
}

// Radios is a single-choice question. The first input carries the field id
// so the error summary can focus it.
func Radios(field, legend, hint string, opts []Option, selected, errKey string, pick func(ctx app.Context, v string)) app.UI {
	return choices("radio", field, legend, hint, opts, func(v string) bool { return v == selected }, errKey, pick)
}

// Checks is a multiple-choice question ("select all that apply").
func Checks(field, legend, hint string, opts []Option, isOn func(v string) bool, errKey string, toggle func(ctx app.Context, v string)) app.UI {
	return choices("checkbox", field, legend, hint, opts, isOn, errKey, toggle)
}

// choices is a fieldset of radios or checkboxes (kind); pick runs with the
// value of the one the client changed.
func choices(kind, field, legend, hint string, opts []Option, isOn func(v string) bool, errKey string, pick func(ctx app.Context, v string)) app.UI {
	rows := make([]app.UI, len(opts))
	for i, o := range opts {
		o := o
		id := field + "-" + o.Value
		if i == 0 {
			id = field
		}
		rows[i] = choiceRow(kind, field, id, o, isOn(o.Value), errKey != "",
			On(func(ctx app.Context, e app.Event) { pick(ctx, o.Value) }))
	}
	return fieldset(field, legend, hint, errKey, "choices", rows)
}

func fieldset(field, legend, hint, errKey, class string, rows []app.UI) app.UI {
	fs := el.FieldSet().Class(FieldClass(errKey)).Aria("describedby", DescribedBy(field, hint, errKey))
	if errKey != "" {
		fs = fs.Aria("invalid", "true")
	}
	return fs.Body(
		el.Legend().Class("legend").Text(legend),
		app.If(hint != "", func() app.UI { return el.P().ID(field + "-hint").Class("hint").Text(hint) }),
		FieldError(field, errKey),
		el.Div().Class(class).Body(rows...),
	)
}

func choiceRow(kind, name, id string, o Option, checked, invalid bool, change app.EventHandler) app.UI {
	in := el.Input().Attr("type", kind).ID(id).Attr("name", name).Attr("value", o.Value).Attr("checked", checked).OnChange(change, app.EventScope(id))
	if o.Hint != "" {
		// The hint sits inside the label so the whole box is the tap
		// target; labelledby keeps it out of the accessible name, and
		// describedby reads it after the name.
		in = in.Aria("labelledby", id+"-label").Aria("describedby", id+"-hint")
	}
	return el.Div().Class("choice").Body(
		in,
		el.Label().Attr("for", id).Body(
			el.Span().ID(id+"-label").Class("choice-label").Text(o.Label),
			app.If(o.Hint != "", func() app.UI { return el.Span().ID(id + "-hint").Class("choice-hint").Text(o.Hint) }),
		),
	)
}

// ScaleOptions are the numbers 0 to max as choices, for a pain scale asked
// as radios (a tap target per number).
func ScaleOptions(max int) []Option {
	out := make([]Option, max+1)
	for i := range out {
		out[i] = Option{Value: strconv.Itoa(i), Label: strconv.Itoa(i)}
	}
	return out
}

// Contains reports whether xs holds x.
func Contains[E comparable](xs []E, x E) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
