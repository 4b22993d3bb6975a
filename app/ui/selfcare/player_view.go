package selfcare

import (
	"kneadform/app/ui/el"
	"math"
	"strconv"

	"kneadform/app/routine"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/shell"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func (p *playerPage) Render() app.UI { return shell.NewFrame(p.st).Render(p.main) }

// main is the exercise being played, the end of the routine, or why there
// is nothing to play.
func (p *playerPage) main() app.UI {
	switch {
	case !p.ready:
		return kit.Loading("player")
	case !p.done || len(p.routine.Exercises) == 0:
		return kit.Page("player", kit.T("player.title"),
			el.P().Class("lead").Text(kit.T("player.none")),
			el.Div().Class("actions").Body(
				el.A().Class("button").Attr("href", PathRoutine).Text(kit.T("player.back")),
			),
		)
	case p.state == playFinished:
		return p.finishedView()
	}
	return p.exerciseView()
}

func (p *playerPage) finishedTitle() string {
	if p.complete {
		return kit.T("player.finished.title")
	}
	return kit.T("player.ended.title")
}

func (p *playerPage) finishedView() app.UI {
	body := kit.T("player.finished.body")
	if !p.complete {
		body = kit.T("player.ended.body")
	}
	return kit.NewScreen("page page-player page-player--done").Heading(p.finishedTitle()).Lead(body).Render(
		el.Div().Class("actions").Body(
			el.A().ID("player-checkin").Class("button").Attr("href", PathJournal).Text(kit.T("player.finished.checkin")),
			el.A().Class("button button--secondary").Attr("href", PathRoutine).Text(kit.T("player.back")),
		),
		p.liveRegion(),
	)
}

// exerciseView is the exercise being played: progress, the drawing and
// the countdown, the controls, the dose and how to do it.
func (p *playerPage) exerciseView() app.UI {
	ex := p.routine.Exercises
	s := ex[p.item]
	seg := p.segs[p.seg]
	progress := el.P().ID("player-progress").Class("progress").Body(
		app.Text(kit.T("player.progress", "n", p.item+1, "total", len(ex))),
		el.Progress().Attr("max", len(ex)).Attr("value", p.item+1).Aria("hidden", "true"),
	)
	return kit.NewScreen("page page-player").Back(PathRoutine, kit.T("player.back")).ProgressView(progress).
		Heading(kit.T(s.Name), "player-heading").Render(
		el.Div().Class("player-top").Body(
			exerciseImage(s, "player-image"),
			p.timerView(seg),
		),
		el.P().ID("player-rep").Class("player-rep").Text(p.counter(seg)),
		p.controls(),
		p.liveRegion(),
		el.Ul().Class("dose").Body(scItems(doseWords(s))...),
		gentleNotes(s),
		howView(s),
		p.settingsView(),
	)
}

// stateLabel says what the timer is doing: ready, hold, relax, paused...
func (p *playerPage) stateLabel(seg playSeg) string {
	switch p.state {
	case playPaused:
		return kit.T("player.state.paused")
	case playItemDone:
		return kit.T("player.state.done")
	case playRunning:
		return kit.T("player.state." + string(seg.kind))
	}
	return kit.T("player.state.ready")
}

// timerView is the countdown: a ring, the seconds left (a tick when the
// exercise is done) and what the timer is doing.
func (p *playerPage) timerView(seg playSeg) app.UI {
	shown, total := p.shown(), seg.seconds
	if p.state == playItemDone {
		total, shown = 1, 1 // a full ring and a tick
	}
	return el.Div().Class("player-timer timer-"+string(p.stateClass(seg))).Body(
		timerRing(shown, total),
		app.If(p.state == playItemDone, func() app.UI {
			return el.P().Class("timer-count").Body(
				el.Span().ID("player-count").Class("timer-number timer-check").Aria("hidden", "true").Text("✓"),
			)
		}).Else(func() app.UI {
			return el.P().Class("timer-count").Role("timer").Body(
				el.Span().ID("player-count").Class("timer-number").Text(strconv.Itoa(shown)),
				el.Span().Class("visually-hidden").Text(" "+kit.T(scPlural("player.seconds-left", shown))),
			)
		}),
		el.P().ID("player-state").Class("timer-state").Text(p.stateLabel(seg)),
	)
}

// controls: the main button for the state, "Again" once done, and
// Previous and Next (or End on the last exercise).
func (p *playerPage) controls() app.UI {
	last := p.item+1 >= len(p.routine.Exercises)
	return el.Div().Class("player-controls").Body(
		p.primaryButton(last),
		app.If(p.state == playItemDone, func() app.UI {
			return el.Button().Attr("type", "button").ID("player-again").Class("button button--secondary").
				Text(kit.T("player.again")).OnClick(kit.On(func(ctx app.Context, e app.Event) { p.start(ctx) }), app.EventScope("again"))
		}),
		el.Div().Class("player-skip").Body(
			scNavButton("player-prev", kit.T("player.prev"), p.item == 0, func(ctx app.Context) { p.skip(p.item - 1) }),
			app.If(last, func() app.UI {
				return scNavButton("player-end", kit.T("player.end"), false, func(ctx app.Context) { p.finish(ctx, false) })
			}).Else(func() app.UI {
				return scNavButton("player-next", kit.T("player.next"), false, func(ctx app.Context) { p.skip(p.item + 1) })
			}),
		),
	)
}

// primaryButton is Start, Pause, Resume, or, once the exercise is done,
// Next exercise (Finish on the last one).
func (p *playerPage) primaryButton(last bool) app.UI {
	button := func(id, key, scope string, f func(ctx app.Context)) app.UI {
		return el.Button().Attr("type", "button").ID(id).Class("button button--start").
			Text(kit.T(key)).OnClick(kit.On(func(ctx app.Context, e app.Event) { f(ctx) }), app.EventScope(scope))
	}
	switch p.state {
	case playIdle:
		return button("player-start", "player.start", "start", p.start)
	case playRunning:
		return button("player-pause", "player.pause", "pause", func(app.Context) { p.pause() })
	case playPaused:
		return button("player-resume", "player.resume", "resume", func(app.Context) { p.resume() })
	case playItemDone:
		if last {
			return button("player-finish", "player.finish", "finish", func(ctx app.Context) { p.finish(ctx, true) })
		}
		return button("player-next-item", "player.next-item", "next-item", func(app.Context) { p.skip(p.item + 1) })
	}
	return nil
}

// howView is how to do the exercise, step by step, and its safety note.
func howView(s routine.Step) app.UI {
	steps := make([]app.UI, len(s.Steps))
	for i, k := range s.Steps {
		steps[i] = el.Li().Text(kit.T(k))
	}
	return el.Section().Class("player-how").Body(
		el.H2().Text(kit.T("selfcare.how")),
		el.Ol().Class("card-steps").Body(steps...),
		el.P().Class("card-safety").Body(
			el.Strong().Text(kit.T("selfcare.safety")+" "),
			app.Text(kit.T(s.Safety)),
		),
	)
}

// stateClass is the timer's colour: hold, a pause, or waiting.
func (p *playerPage) stateClass(seg playSeg) segKind {
	switch p.state {
	case playRunning:
		return seg.kind
	case playPaused:
		return "paused"
	case playItemDone:
		return "done"
	}
	return "idle"
}

// scNavButton is Previous or Next. At either end it stays in place and
// focusable, marked aria-disabled, so focus is never lost.
func scNavButton(id, text string, disabled bool, f func(ctx app.Context)) app.UI {
	b := el.Button().Attr("type", "button").ID(id).Class("button button--secondary").Text(text).
		OnClick(kit.On(func(ctx app.Context, e app.Event) {
			if !disabled {
				f(ctx)
			}
		}), app.EventScope(id+strconv.FormatBool(disabled)))
	if disabled {
		b = b.Aria("disabled", "true")
	}
	return b
}

// liveRegion is always in the page, so screen readers notice its changes.
func (p *playerPage) liveRegion() app.UI {
	return el.Div().ID("player-live").Class("visually-hidden").Role("status").
		Aria("live", "polite").Aria("atomic", "true").Text(p.live)
}

func (p *playerPage) settingsView() app.UI {
	return el.FieldSet().Class("field player-settings").Body(
		el.Legend().Class("legend").Text(kit.T("player.settings")),
		el.Div().Class("choices").Body(
			scSettingBox("player-sound", kit.T("player.sound"), p.settings.Sound, func() {
				p.settings.Sound = !p.settings.Sound
				if p.settings.Sound {
					p.sound.unlock()
					p.sound.play(1)
				}
				p.settings.save()
			}),
			app.If(p.vibes, func() app.UI {
				return scSettingBox("player-vibrate", kit.T("player.vibrate"), p.settings.Vibrate, func() {
					p.settings.Vibrate = !p.settings.Vibrate
					if p.settings.Vibrate {
						kit.Vibrate(200)
					}
					p.settings.save()
				})
			}),
		),
	)
}

func scSettingBox(id, label string, checked bool, toggle func()) app.UI {
	return el.Div().Class("choice").Body(
		el.Input().Attr("type", "checkbox").ID(id).Attr("name", id).Attr("checked", checked).
			OnChange(kit.On(func(ctx app.Context, e app.Event) { toggle() }), app.EventScope(id)),
		el.Label().Attr("for", id).Body(el.Span().Class("choice-label").Text(label)),
	)
}

func scItems(texts []string) []app.UI {
	out := make([]app.UI, len(texts))
	for i, s := range texts {
		out[i] = el.Li().Text(s)
	}
	return out
}

// ringRadius and ringLength size the countdown ring (viewBox 120×120).
const (
	ringRadius = 52
	ringLength = 2 * math.Pi * ringRadius
)

// timerRing draws the countdown as a ring that empties: SVG attributes
// only (the CSP allows no style attribute). It repeats the number beside
// it, so it is hidden from assistive technology.
func timerRing(left, total int) app.UI {
	frac := 0.0
	if total > 0 {
		frac = float64(left) / float64(total)
	}
	offset := strconv.FormatFloat(ringLength*(1-frac), 'f', 2, 64)
	length := strconv.FormatFloat(ringLength, 'f', 2, 64)
	return kit.SVG("svg").Class("timer-ring").Attr("viewBox", "0 0 120 120").Attr("focusable", "false").
		Aria("hidden", "true").Body(
		kit.SVG("circle").Class("timer-track").Attr("cx", 60).Attr("cy", 60).Attr("r", ringRadius),
		kit.SVG("circle").Class("timer-arc").Attr("cx", 60).Attr("cy", 60).Attr("r", ringRadius).
			Attr("stroke-dasharray", length).Attr("stroke-dashoffset", offset).
			Attr("transform", "rotate(-90 60 60)"),
	)
}
