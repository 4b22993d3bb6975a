package ui

import (
	"kneadform/app/pressure"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Screen 2: "good pain" versus warning signs (pressure.Signs): good pain
// (keep going), too hard (say so; the therapist eases off) and the warning
// signs that mean stop at once, whatever the number. Each group has a
// heading and a symbol as well as its colour.

// signGroup is one group of signs on the screen.
type signGroup struct {
	action      pressure.Action
	id, title   string // element id, catalog key of the heading
	body, glyph string // catalog key of the line under the heading; a symbol
	band        pressure.Band
}

var signGroups = []signGroup{
	{pressure.ActionKeep, "signs-good", "pressure.walk.signs.good", "pressure.walk.signs.good.body", "✓", pressure.BandTherapeutic},
	{pressure.ActionEase, "signs-ease", "pressure.walk.signs.ease", "pressure.walk.signs.ease.body", "!", pressure.BandTooMuch},
	{pressure.ActionStop, "signs-stop", "pressure.walk.signs.stop", "pressure.walk.signs.stop.body", "✕", pressure.BandStop},
}

func (p *pressurePage) signsScreen() app.UI {
	groups := make([]app.UI, 0, len(signGroups))
	for _, g := range signGroups {
		items := []app.UI{}
		for _, s := range pressure.Signs {
			if s.Action == g.action {
				items = append(items, app.Li().Text(t(s.Key())))
			}
		}
		groups = append(groups, app.Section().ID(g.id).Class("sign-group band--"+g.band.Token()).
			Aria("labelledby", g.id+"-title").Body(
			app.H2().ID(g.id+"-title").Class("sign-title").Body(
				app.Span().Class("sign-glyph").Aria("hidden", "true").Text(g.glyph),
				app.Text(t(g.title)),
			),
			app.Ul().Class("bullets").Body(items...),
			app.P().Class("sign-then").Text(t(g.body)),
		))
	}
	return app.Div().Body(
		app.P().Class("lead").Text(t("pressure.walk.signs.lead")),
		app.Div().Class("sign-groups").Body(groups...),
	)
}

// Screen 3: how to speak up. The stop signal (a word, "stop" or the
// client's own, or a raised hand), how often the therapist checks in, and
// the breathing cue (seed:001: tensing up or holding the breath means too
// hard).

func (p *pressurePage) speakScreen() app.UI {
	e := toErrs(p.errors)
	st := pstore.prefs.Stop
	signal := radios(pressure.FieldStopSignal, t("pressure.walk.speak.signal"), t("pressure.walk.speak.signal.hint"),
		[]option{
			{value: string(pressure.SignalWord), label: t(pressure.SignalWord.Key())},
			{value: string(pressure.SignalHand), label: t(pressure.SignalHand.Key()), hint: t("pressure.walk.speak.hand.hint")},
		},
		string(st.Signal), e[pressure.FieldStopSignal],
		func(ctx app.Context, v string) {
			pstore.prefs.Stop.Signal = pressure.Signal(v)
			p.changed()
		})
	var word app.UI
	if st.Signal == pressure.SignalWord {
		// The field shows what the client typed (spaces and all, so typing
		// is never interrupted); the saved word is trimmed.
		word = app.Div().Class("conditional").Body(
			textInput(pressure.FieldStopWord, t("pressure.walk.speak.word"), t("pressure.walk.speak.word.hint"),
				p.wordInput, e[pressure.FieldStopWord], pressure.MaxStopWordLen, "off",
				func(ctx app.Context, v string) {
					p.wordInput = v
					w := collapseSpaces(v)
					if w == t(pressure.DefaultWordKey) {
						w = ""
					}
					pstore.prefs.Stop.Word = w
					p.changed()
				}),
		)
	}
	checkIns := []option{
		{value: string(pressure.CheckOften), label: t(pressure.CheckOften.Key()), hint: t("pressure.walk.checkin.often.hint")},
		{value: string(pressure.CheckNowAndThen), label: t(pressure.CheckNowAndThen.Key()), hint: t("pressure.walk.checkin.now-and-then.hint")},
		{value: string(pressure.CheckIfISay), label: t(pressure.CheckIfISay.Key()), hint: t("pressure.walk.checkin.only-if-i-say.hint")},
	}
	return app.Div().Body(
		app.P().Class("lead").Text(t("pressure.walk.speak.lead")),
		signal,
		word,
		radios(pressure.FieldCheckIn, t("pressure.walk.speak.checkin"), "", checkIns,
			string(pstore.prefs.CheckIn), e[pressure.FieldCheckIn],
			func(ctx app.Context, v string) {
				pstore.prefs.CheckIn = pressure.CheckIn(v)
				p.changed()
			}),
		app.Section().ID("breathing").Class("panel breathing").Aria("labelledby", "breathing-title").Body(
			app.H2().ID("breathing-title").Text(t("pressure.walk.breath.title")),
			app.P().Text(t("pressure.walk.breath.body")),
			app.P().Text(t("pressure.walk.breath.check")),
		),
	)
}

// collapseSpaces trims a typed word and turns runs of spaces into one, so
// "  my  word " is stored as "my word".
func collapseSpaces(s string) string {
	out := make([]rune, 0, len(s))
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\u00a0' {
			space = len(out) > 0
			continue
		}
		if space {
			out = append(out, ' ')
			space = false
		}
		out = append(out, r)
	}
	return string(out)
}
