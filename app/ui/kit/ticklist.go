package kit

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"kneadform/app/ui/el"
)

// TickItem is one row of a TickList: a question and, under it, a follow-up
// shown only when it applies (nil otherwise).
type TickItem struct {
	Key   string // the item's value, passed back to tick ("saddle")
	Field string // the row's id ("flag-saddle"); its boxes are Field+"-"+box
	Label string // the question, as the client reads it
	Hint  string
	Extra app.UI
}

// TickList is the GOV.UK "tick what applies" list with an exclusive last
// box (issue 17): each row has its boxes (for the safety questions "Yes"
// and "Not sure"), one tap each; "None of these" answers every row at
// once. The last box carries field, so the error summary's link focuses
// the answer most clients give when the list is left empty. isOn says whether a row's box is ticked; tick and none run on a tap.
// A nil none leaves the box out: the page's own button answers "None of
// these" (a page that is only this list, intake.NoneSubmits).
func TickList(field, legend, hint string, items []TickItem, boxes []Option, isOn func(item, box string) bool,
	noneLabel string, noneOn bool, errKey string, tick func(ctx app.Context, item, box string), none func(ctx app.Context)) app.UI {
	rows := make([]app.UI, 0, len(items)+2)
	for _, it := range items {
		it := it
		cells := make([]app.UI, len(boxes))
		for j, b := range boxes {
			b := b
			id := it.Field + "-" + b.Value
			in := el.Input().Attr("type", "checkbox").ID(id).Attr("name", it.Field).Attr("value", b.Value).Attr("checked", isOn(it.Key, b.Value)).
				Aria("labelledby", id+"-label "+it.Field+"-q").
				OnChange(On(func(ctx app.Context, e app.Event) { tick(ctx, it.Key, b.Value) }), app.EventScope(id))
			cells[j] = el.Div().Class("choice").Body(in,
				el.Label().Attr("for", id).Body(el.Span().ID(id+"-label").Class("choice-label").Text(b.Label)))
		}
		rows = append(rows, el.Div().Class("tick-row").Body(
			el.P().ID(it.Field+"-q").Class("tick-q").Text(it.Label),
			app.If(it.Hint != "", func() app.UI { return el.P().Class("hint tick-hint").Text(it.Hint) }),
			el.Div().Class("tick-boxes").Body(cells...),
			it.Extra,
		))
	}
	if none == nil {
		return fieldset(field, legend, hint, errKey, "tick-list", rows)
	}
	noneID := field
	rows = append(rows,
		el.P().Class("tick-or").Text(T("answer.or")),
		el.Div().Class("choice tick-none").Body(
			el.Input().Attr("type", "checkbox").ID(noneID).Attr("name", field).Attr("value", "none").Attr("checked", noneOn).
				OnChange(On(func(ctx app.Context, e app.Event) { none(ctx) }), app.EventScope(noneID)),
			el.Label().Attr("for", noneID).Body(el.Span().Class("choice-label").Text(noneLabel)),
		),
	)
	return fieldset(field, legend, hint, errKey, "tick-list", rows)
}
