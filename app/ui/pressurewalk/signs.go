package pressurewalk

import (
	"kneadform/app/pressure"
	"kneadform/app/ui/el"
	"kneadform/app/ui/kit"

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
				items = append(items, el.Li().Text(kit.T(s.Key())))
			}
		}
		groups = append(groups, el.Section().ID(g.id).Class("sign-group band--"+g.band.Token()).
			Aria("labelledby", g.id+"-title").Body(
			el.H2().ID(g.id+"-title").Class("sign-title").Body(
				el.Span().Class("sign-glyph").Aria("hidden", "true").Text(g.glyph),
				app.Text(kit.T(g.title)),
			),
			el.Ul().Class("bullets").Body(items...),
			el.P().Class("sign-then").Text(kit.T(g.body)),
		))
	}
	return el.Div().Body(
		el.P().Class("lead").Text(kit.T("pressure.walk.signs.lead")),
		el.Div().Class("sign-groups").Body(groups...),
	)
}

// Screen 3: how to speak up. The stop signal (a word, "stop" or the
// client's own, or a raised hand), how often the therapist checks in, and
// the breathing cue (seed:001: tensing up or holding the breath means too
// hard).

func (p *pressurePage) speakScreen() app.UI {
	e := kit.ToErrs(p.errors)
	st := p.st.Pressure.Prefs.Stop
	signal := kit.Radios(pressure.FieldStopSignal, kit.T("pressure.walk.speak.signal"), kit.T("pressure.walk.speak.signal.hint"),
		[]kit.Option{
			{Value: string(pressure.SignalWord), Label: kit.T(pressure.SignalWord.Key())},
			{Value: string(pressure.SignalHand), Label: kit.T(pressure.SignalHand.Key()), Hint: kit.T("pressure.walk.speak.hand.hint")},
		},
		string(st.Signal), e[pressure.FieldStopSignal],
		func(ctx app.Context, v string) {
			p.st.Pressure.Prefs.Stop.Signal = pressure.Signal(v)
			p.changed()
		})
	var word app.UI
	if st.Signal == pressure.SignalWord {
		// The field shows what the client typed (spaces and all, so typing
		// is never interrupted); the saved word is trimmed.
		word = el.Div().Class("conditional").Body(
			kit.TextInput(pressure.FieldStopWord, kit.T("pressure.walk.speak.word"), kit.T("pressure.walk.speak.word.hint"),
				p.wordInput, e[pressure.FieldStopWord], pressure.MaxStopWordLen, "off",
				func(ctx app.Context, v string) {
					p.wordInput = v
					// The default word too is kept as typed, in the
					// client's language (keepStopWord).
					p.st.Pressure.Prefs.Stop.Word = collapseSpaces(v)
					p.changed()
				}),
		)
	}
	checkIns := []kit.Option{
		{Value: string(pressure.CheckOften), Label: kit.T(pressure.CheckOften.Key()), Hint: kit.T("pressure.walk.checkin.often.hint")},
		{Value: string(pressure.CheckNowAndThen), Label: kit.T(pressure.CheckNowAndThen.Key()), Hint: kit.T("pressure.walk.checkin.now-and-then.hint")},
		{Value: string(pressure.CheckIfISay), Label: kit.T(pressure.CheckIfISay.Key()), Hint: kit.T("pressure.walk.checkin.only-if-i-say.hint")},
	}
	return el.Div().Body(
		el.P().Class("lead").Text(kit.T("pressure.walk.speak.lead")),
		signal,
		word,
		kit.Radios(pressure.FieldCheckIn, kit.T("pressure.walk.speak.checkin"), "", checkIns,
			string(p.st.Pressure.Prefs.CheckIn), e[pressure.FieldCheckIn],
			func(ctx app.Context, v string) {
				p.st.Pressure.Prefs.CheckIn = pressure.CheckIn(v)
				p.changed()
			}),
		el.Section().ID("breathing").Class("panel breathing").Aria("labelledby", "breathing-title").Body(
			el.H2().ID("breathing-title").Text(kit.T("pressure.walk.breath.title")),
			el.P().Text(kit.T("pressure.walk.breath.body")),
			el.P().Text(kit.T("pressure.walk.breath.check")),
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
