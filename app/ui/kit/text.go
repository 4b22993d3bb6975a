package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"kneadform/app/ui/el"
)

// TextInput is a labelled one-line text field.
func TextInput(field, label, hint, value, errKey string, max int, autocomplete string, set func(ctx app.Context, v string)) app.UI {
	in := el.Input().Attr("type", "text").ID(field).Attr("name", field).Attr("value", value).Attr("maxlength", max).
		Class("input").Aria("describedby", DescribedBy(field, hint, errKey)).
		OnInput(On(func(ctx app.Context, e app.Event) { set(ctx, ctx.JSSrc().Get("value").String()) }), app.EventScope(field))
	if autocomplete != "" {
		in = in.Attr("autocomplete", autocomplete)
	}
	if errKey != "" {
		in = in.Aria("invalid", "true")
	}
	return el.Div().Class(FieldClass(errKey)).Body(
		el.Label().Attr("for", field).Class("label").Text(label),
		app.If(hint != "", func() app.UI { return el.P().ID(field + "-hint").Class("hint").Text(hint) }),
		FieldError(field, errKey),
		in,
	)
}

// TextArea is a labelled multi-line text field. On focus the whole box
// comes into view: Chromium does not scroll a box that is already partly
// on screen, so a client tabbing to one low on the page saw only its top
// line (found by TestVisitCheckInKeyboard).
func TextArea(field, label, hint, value, errKey string, max int, set func(ctx app.Context, v string)) app.UI {
	ta := el.Textarea().ID(field).Attr("name", field).Attr("rows", 4).Attr("maxlength", max).Class("input").
		Aria("describedby", DescribedBy(field, hint, errKey)).Text(value).
		OnInput(On(func(ctx app.Context, e app.Event) { set(ctx, ctx.JSSrc().Get("value").String()) }), app.EventScope(field)).
		OnFocus(On(func(ctx app.Context, e app.Event) {
			ctx.JSSrc().Call("scrollIntoView", map[string]any{"block": "nearest"})
		}), app.EventScope(field))
	if errKey != "" {
		ta = ta.Aria("invalid", "true")
	}
	return el.Div().Class(FieldClass(errKey)).Body(
		el.Label().Attr("for", field).Class("label").Text(label),
		app.If(hint != "", func() app.UI { return el.P().ID(field + "-hint").Class("hint").Text(hint) }),
		FieldError(field, errKey),
		ta,
	)
}
