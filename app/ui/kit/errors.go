package kit

import (
	"kneadform/app/intake"
	"kneadform/app/ui/el"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Errs maps a field id to the catalog key of its error message.
type Errs map[string]string

func ToErrs(fe []intake.FieldError) Errs {
	m := Errs{}
	for _, e := range fe {
		m[e.Field] = e.Key
	}
	return m
}

// ErrorSummary lists the problems at the top of the page, each linking to
// its field (GOV.UK "error summary"; WCAG 3.3.1).
func ErrorSummary(fe []intake.FieldError, labels map[string]string, focus func(ctx app.Context, id string)) app.UI {
	if len(fe) == 0 {
		return nil
	}
	items := make([]app.UI, 0, len(fe))
	for _, e := range fe {
		id := e.Field
		text := errText(id, e.Key)
		if l, ok := labels[id]; ok && text == T(e.Key) {
			text = l + ": " + text
		}
		items = append(items, el.Li().Body(
			el.A().Attr("href", "#"+id).Text(text).OnClick(On(func(ctx app.Context, ev app.Event) {
				ev.PreventDefault()
				focus(ctx, id)
			}), app.EventScope("summary-"+id)),
		))
	}
	return el.Div().ID("error-summary").Class("error-summary").
		Role("alert").Aria("labelledby", "error-summary-title").TabIndex(-1).Body(
		el.H2().ID("error-summary-title").Text(T("error.summary")),
		el.Ul().Body(items...),
	)
}

// FieldError renders the inline message of one field, or an empty slot:
// the field's other elements keep their place, so the input a client is
// typing in stays the same node (and keeps focus) when its error clears.
func FieldError(id, key string) app.UI {
	if key == "" {
		return el.Div().Class("field-error-slot")
	}
	return el.P().ID(id+"-error").Class("field-error").Body(
		el.Span().Class("visually-hidden").Text(T("error.prefix")),
		app.Text(errText(id, key)),
	)
}

// errText prefers a field's own wording ("error.ageBand.required": "Select
// your age") over the generic one ("error.required").
func errText(field, key string) string {
	if specific := "error." + field + key[len("error"):]; Has(specific) {
		return T(specific)
	}
	return T(key)
}

// FieldClass is the class of a field's wrapper, marked when it has an error.
func FieldClass(errKey string) string {
	if errKey != "" {
		return "field field--error"
	}
	return "field"
}

// DescribedBy joins the ids of a field's hint and error.
func DescribedBy(id, hint, errKey string) string {
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
