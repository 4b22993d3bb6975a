package ui

import (
	"encoding/json"
	"math"
	"strconv"
	"time"

	"kneadform/app/routine"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// playerPage (/self-care/play) guides the client through the routine one
// exercise at a time: a countdown for each hold, then a few seconds to
// relax, change sides or rest, with the rep, side and round counted;
// pause/resume, previous/next; a soft tone and a vibration at the end of a
// hold where the browser has them (both can be switched off, and vibration
// starts off with "reduce motion"); screen-reader announcements through one
// polite live region at the start and end of each hold and on each new
// exercise, never every second; and the screen kept awake while it runs.
//
// Timing runs on the UI goroutine: ctx.After wakes the page when the shown
// second changes, against a wall-clock deadline, so a slow or throttled
// tick never stretches a hold, and pause keeps the exact time left. A
// generation number retires the wake-ups of a paused or skipped hold.
type playerPage struct {
	app.Compo
	ctx     app.Context // the page's own context: wake-ups outlive any button
	ready   bool
	done    bool // the intake is finished
	routine routine.Routine

	item     int       // index in routine.Exercises
	segs     []playSeg // the current exercise, planned
	seg      int       // index in segs
	state    playState
	left     time.Duration // time left in the segment while idle or paused
	deadline time.Time     // end of the segment while running
	gen      int           // bumps on every start, pause, skip: retires old wake-ups

	complete bool   // the routine was played to the end (not ended early)
	live     string // the live region's text
	settings playerSettings
	vibes    bool // the browser can vibrate
	lock     scWakeLock
	sound    scChime
}

type playState int

const (
	playIdle     playState = iota // an exercise shown, not started
	playRunning                   // counting down
	playPaused                    // stopped mid-segment
	playItemDone                  // every hold of the exercise done
	playFinished                  // the whole routine done
)

// player remembers where the client is in the routine while the app runs,
// so a look back at the routine page does not lose the place.
var playerAt struct{ item int }

// routineDoneOn is the day (YYYY-MM-DD) the client last finished the whole
// routine in the player: the journal's check-in then starts at "yes".
var routineDoneOn string

// Segment kinds.
type segKind string

const (
	segHold   segKind = "hold"   // hold the position (or rest on a tender spot)
	segRelax  segKind = "relax"  // come out of it before the next rep
	segSwitch segKind = "switch" // change sides
	segRest   segKind = "rest"   // rest between rounds
)

// switchSeconds is the pause to change sides.
const switchSeconds = 5

// playSeg is one timed segment of an exercise.
type playSeg struct {
	kind        segKind
	seconds     int
	rep, reps   int // the hold this belongs to (the last one, for a pause)
	side, sides int
	set, sets   int
}

// planDose lays an exercise's starting dose out as timed segments: each
// hold, then a pause before the next (relax between reps, change sides,
// rest between rounds), following routine.Dose.Seconds' timing.
func planDose(d routine.Dose) []playSeg {
	hold := scHoldSeconds(d)
	if hold <= 0 {
		hold = routine.SecondsPerBreath
	}
	reps, sides, sets := max(d.Reps, 1), 1, max(d.Sets, 1)
	if d.PerSide {
		sides = 2
	}
	var out []playSeg
	for set := 1; set <= sets; set++ {
		for side := 1; side <= sides; side++ {
			for rep := 1; rep <= reps; rep++ {
				at := playSeg{rep: rep, reps: reps, side: side, sides: sides, set: set, sets: sets}
				h := at
				h.kind, h.seconds = segHold, hold
				out = append(out, h)
				gap := at
				switch {
				case rep < reps:
					gap.kind, gap.seconds = segRelax, routine.MoveSeconds
				case side < sides:
					gap.kind, gap.seconds = segSwitch, switchSeconds
				case set < sets:
					gap.kind, gap.seconds = segRest, routine.RestSeconds
				default:
					continue
				}
				out = append(out, gap)
			}
		}
	}
	return out
}

// playerSettings are the client's choices for cues, kept on the device.
type playerSettings struct {
	Sound   bool `json:"sound"`
	Vibrate bool `json:"vibrate"`
}

const playerKey = "kneadform.player"

func loadPlayerSettings() playerSettings {
	s := playerSettings{Sound: true, Vibrate: !scReducedMotion()}
	if raw, ok, err := storageGet(playerKey); err == nil && ok {
		var saved playerSettings
		if json.Unmarshal([]byte(raw), &saved) == nil {
			s = saved
		}
	}
	return s
}

func (s playerSettings) save() {
	if b, err := json.Marshal(s); err == nil {
		_ = storageSet(playerKey, string(b)) // a setting that is not kept is no loss
	}
}

func (p *playerPage) OnNav(ctx app.Context) {
	guard(ctx, func() {
		p.ctx = ctx
		if app.IsServer {
			return
		}
		r, _, done := clientRoutine()
		p.routine, p.done, p.ready = r, done, true
		p.settings = loadPlayerSettings()
		p.vibes = scCanVibrate()
		p.goTo(min(playerAt.item, len(r.Exercises)-1))
		ctx.Page().SetTitle(t("player.title") + " – " + t("app.name"))
		focusID(ctx, "page-heading")
	})
}

func (p *playerPage) OnDismount() {
	p.gen++
	p.lock.release()
	p.sound.close()
}

// goTo shows exercise i, not started.
func (p *playerPage) goTo(i int) {
	p.gen++
	if i < 0 {
		i = 0
	}
	p.item, playerAt.item = i, i
	p.state, p.seg, p.segs = playIdle, 0, nil
	if i < len(p.routine.Exercises) {
		p.segs = planDose(p.routine.Exercises[i].Dose)
		p.left = scSecs(p.segs[0].seconds)
	}
}

func scSecs(n int) time.Duration { return time.Duration(n) * time.Second }

// shown is the whole seconds the countdown shows.
func (p *playerPage) shown() int {
	left := p.left
	if p.state == playRunning {
		left = time.Until(p.deadline)
	}
	if left <= 0 {
		return 0
	}
	return int(math.Ceil(left.Seconds()))
}

// start begins the exercise's first hold (or starts it again).
func (p *playerPage) start(ctx app.Context) {
	p.sound.unlock() // in the tap, as browsers require
	p.seg = 0
	p.run(scSecs(p.segs[0].seconds))
	p.lock.acquire(p.ctx)
	p.announce(p.holdText(p.segs[0]))
}

func (p *playerPage) pause() {
	p.left = max(time.Until(p.deadline), 0)
	p.state = playPaused
	p.gen++
	p.lock.release()
	p.announce(t("player.live.paused"))
}

func (p *playerPage) resume() {
	p.sound.unlock()
	p.run(p.left)
	p.lock.acquire(p.ctx)
	p.announce(t("player.live.resumed"))
}

// run counts the current segment down from left.
func (p *playerPage) run(left time.Duration) {
	p.state = playRunning
	p.deadline = time.Now().Add(left)
	p.gen++
	p.wake()
}

// wake schedules the next tick for when the shown second changes.
func (p *playerPage) wake() {
	gen := p.gen
	wait := time.Until(p.deadline) % time.Second
	if wait <= 0 {
		wait = time.Second
	}
	if time.Until(p.deadline) <= 0 {
		wait = 0
	}
	p.ctx.After(wait+15*time.Millisecond, func(ctx app.Context) {
		guard(ctx, func() {
			if gen == p.gen && p.state == playRunning {
				p.tick()
			}
		})
	})
}

// tick runs on the UI goroutine: it moves to the next segment when the
// current one is over, with its cue and announcement.
func (p *playerPage) tick() {
	now := time.Now()
	if now.Before(p.deadline) {
		p.wake()
		return
	}
	ended := p.segs[p.seg]
	if p.seg+1 >= len(p.segs) {
		p.itemDone()
		return
	}
	p.seg++
	next := p.segs[p.seg]
	if now.Sub(p.deadline) > time.Second {
		p.deadline = now // the page slept (a hidden tab): restart from now
	}
	p.deadline = p.deadline.Add(scSecs(next.seconds))
	if ended.kind == segHold {
		p.cue(1)
	}
	switch next.kind {
	case segHold:
		p.announce(p.holdText(next))
	case segRelax:
		p.announce(t("player.live.relax"))
	case segSwitch:
		p.announce(t("player.live.switch"))
	case segRest:
		p.announce(t("player.live.rest", "n", next.seconds))
	}
	p.wake()
}

// itemDone ends an exercise: two tones, and what comes next.
func (p *playerPage) itemDone() {
	p.gen++
	p.state = playItemDone
	p.left = 0
	p.cue(2)
	name := t(p.routine.Exercises[p.item].Name)
	if p.item+1 < len(p.routine.Exercises) {
		p.announce(t("player.live.item-done", "name", name, "next", t(p.routine.Exercises[p.item+1].Name)))
	} else {
		p.announce(t("player.live.last-done", "name", name))
	}
}

// finish shows the end of the routine. complete is false when the client
// ended it early from the last move: the journal then does not assume the
// routine was done.
func (p *playerPage) finish(ctx app.Context, complete bool) {
	p.gen++
	p.state = playFinished
	p.complete = complete
	p.lock.release()
	if complete {
		routineDoneOn = time.Now().Format(routine.DateLayout)
	}
	playerAt.item = 0
	ctx.Page().SetTitle(p.finishedTitle() + " – " + t("app.name"))
	p.announce(p.finishedTitle())
	focusID(p.ctx, "page-heading") // the page's context: the tapped button is gone after this render
}

// skip moves to another exercise, announcing it.
func (p *playerPage) skip(to int) {
	if to < 0 || to >= len(p.routine.Exercises) {
		return
	}
	p.goTo(to)
	s := p.routine.Exercises[to]
	p.announce(t("player.live.item", "n", to+1, "total", len(p.routine.Exercises), "name", t(s.Name)))
}

// cue is the end-of-hold signal, as the client chose.
func (p *playerPage) cue(tones int) {
	if p.settings.Sound {
		p.sound.play(tones)
	}
	if p.settings.Vibrate {
		if tones > 1 {
			scVibrate(120, 80, 120)
		} else {
			scVibrate(200)
		}
	}
}

// announce sets the live region's text. The same text twice in a row
// would not be read again, so a repeat gets a trailing no-break space.
func (p *playerPage) announce(s string) {
	if s == p.live {
		s += "\u00a0"
	}
	p.live = s
}

func (p *playerPage) holdText(s playSeg) string {
	return t(scPlural("player.live.hold", s.seconds), "n", s.seconds) + " " + p.counter(s)
}

// counter says where the client is: "Rep 2 of 5. Side 1 of 2. Round 1 of 2."
func (p *playerPage) counter(s playSeg) string {
	key := "player.rep"
	if p.routine.Exercises[p.item].Kind == routine.KindRelease {
		key = "player.spot"
	}
	out := t(key, "n", s.rep, "total", s.reps)
	if s.sides > 1 {
		out += " " + t("player.side."+strconv.Itoa(s.side))
	}
	if s.sets > 1 {
		out += " " + t("player.round", "n", s.set, "total", s.sets)
	}
	return out
}

func (p *playerPage) Render() app.UI {
	if crash != "" {
		return crashView()
	}
	var body app.UI
	switch {
	case !p.ready:
		body = page("player", t("loading"))
	case !p.done || len(p.routine.Exercises) == 0:
		body = page("player", t("player.title"),
			app.P().Class("lead").Text(t("player.none")),
			app.Div().Class("actions").Body(
				app.A().Class("button").Href(pathRoutine).Text(t("player.back")),
			),
		)
	case p.state == playFinished:
		body = p.finishedView()
	default:
		body = p.exerciseView()
	}
	return app.Div().Class("layout").Body(banner(), body, footer())
}

func (p *playerPage) finishedTitle() string {
	if p.complete {
		return t("player.finished.title")
	}
	return t("player.ended.title")
}

func (p *playerPage) finishedView() app.UI {
	body := t("player.finished.body")
	if !p.complete {
		body = t("player.ended.body")
	}
	return app.Main().ID("main").Class("page page-player page-player--done").Body(
		app.H1().ID("page-heading").TabIndex(-1).Text(p.finishedTitle()),
		app.P().Class("lead").Text(body),
		app.Div().Class("actions").Body(
			app.A().ID("player-checkin").Class("button").Href(pathJournal).Text(t("player.finished.checkin")),
			app.A().Class("button button--secondary").Href(pathRoutine).Text(t("player.back")),
		),
		p.liveRegion(),
	)
}

func (p *playerPage) exerciseView() app.UI {
	ex := p.routine.Exercises
	s := ex[p.item]
	seg := p.segs[p.seg]
	shown := p.shown()
	last := p.item+1 >= len(ex)

	label := t("player.state.ready")
	switch {
	case p.state == playPaused:
		label = t("player.state.paused")
	case p.state == playItemDone:
		label = t("player.state.done")
	case p.state == playRunning:
		label = t("player.state." + string(seg.kind))
	}

	var primary app.UI
	switch p.state {
	case playIdle:
		primary = app.Button().Type("button").ID("player-start").Class("button button--start").
			Text(t("player.start")).OnClick(on(func(ctx app.Context, e app.Event) { p.start(ctx) }), app.EventScope("start"))
	case playRunning:
		primary = app.Button().Type("button").ID("player-pause").Class("button button--start").
			Text(t("player.pause")).OnClick(on(func(ctx app.Context, e app.Event) { p.pause() }), app.EventScope("pause"))
	case playPaused:
		primary = app.Button().Type("button").ID("player-resume").Class("button button--start").
			Text(t("player.resume")).OnClick(on(func(ctx app.Context, e app.Event) { p.resume() }), app.EventScope("resume"))
	case playItemDone:
		if last {
			primary = app.Button().Type("button").ID("player-finish").Class("button button--start").
				Text(t("player.finish")).OnClick(on(func(ctx app.Context, e app.Event) { p.finish(ctx, true) }), app.EventScope("finish"))
		} else {
			primary = app.Button().Type("button").ID("player-next-item").Class("button button--start").
				Text(t("player.next-item")).OnClick(on(func(ctx app.Context, e app.Event) { p.skip(p.item + 1) }), app.EventScope("next-item"))
		}
	}

	total := seg.seconds
	if p.state == playItemDone {
		total, shown = 1, 1 // a full ring and a tick
	}
	steps := make([]app.UI, len(s.Steps))
	for i, k := range s.Steps {
		steps[i] = app.Li().Text(t(k))
	}
	return app.Main().ID("main").Class("page page-player").Body(
		app.A().Class("back-link").Href(pathRoutine).Text(t("player.back")),
		app.P().ID("player-progress").Class("progress").Body(
			app.Text(t("player.progress", "n", p.item+1, "total", len(ex))),
			scEl("progress").Attr("max", len(ex)).Attr("value", p.item+1).Aria("hidden", "true"),
		),
		app.H1().ID("page-heading").TabIndex(-1).Class("player-heading").Text(t(s.Name)),
		app.Div().Class("player-top").Body(
			exerciseImage(s, "player-image"),
			app.Div().Class("player-timer timer-"+string(p.stateClass(seg))).Body(
				timerRing(shown, total),
				app.If(p.state == playItemDone, func() app.UI {
					return app.P().Class("timer-count").Body(
						app.Span().ID("player-count").Class("timer-number timer-check").Aria("hidden", "true").Text("✓"),
					)
				}).Else(func() app.UI {
					return app.P().Class("timer-count").Role("timer").Body(
						app.Span().ID("player-count").Class("timer-number").Text(strconv.Itoa(shown)),
						app.Span().Class("visually-hidden").Text(" "+t("player.seconds-left")),
					)
				}),
				app.P().ID("player-state").Class("timer-state").Text(label),
			),
		),
		app.P().ID("player-rep").Class("player-rep").Text(p.counter(seg)),
		app.Div().Class("player-controls").Body(
			primary,
			app.If(p.state == playItemDone, func() app.UI {
				return app.Button().Type("button").ID("player-again").Class("button button--secondary").
					Text(t("player.again")).OnClick(on(func(ctx app.Context, e app.Event) { p.start(ctx) }), app.EventScope("again"))
			}),
			app.Div().Class("player-skip").Body(
				scNavButton("player-prev", t("player.prev"), p.item == 0, func(ctx app.Context) { p.skip(p.item - 1) }),
				app.If(last, func() app.UI {
					return scNavButton("player-end", t("player.end"), false, func(ctx app.Context) { p.finish(ctx, false) })
				}).Else(func() app.UI {
					return scNavButton("player-next", t("player.next"), false, func(ctx app.Context) { p.skip(p.item + 1) })
				}),
			),
		),
		p.liveRegion(),
		app.Ul().Class("dose").Body(scItems(doseWords(s))...),
		gentleNotes(s),
		app.Section().Class("player-how").Body(
			app.H2().Text(t("selfcare.how")),
			scEl("ol").Class("card-steps").Body(steps...),
			app.P().Class("card-safety").Body(
				scEl("strong").Text(t("selfcare.safety")+" "),
				app.Text(t(s.Safety)),
			),
		),
		p.settingsView(),
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
	b := app.Button().Type("button").ID(id).Class("button button--secondary").Text(text).
		OnClick(on(func(ctx app.Context, e app.Event) {
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
	return app.Div().ID("player-live").Class("visually-hidden").Role("status").
		Aria("live", "polite").Aria("atomic", "true").Text(p.live)
}

func (p *playerPage) settingsView() app.UI {
	return app.FieldSet().Class("field player-settings").Body(
		app.Legend().Class("legend").Text(t("player.settings")),
		app.Div().Class("choices").Body(
			scSettingBox("player-sound", t("player.sound"), p.settings.Sound, func() {
				p.settings.Sound = !p.settings.Sound
				if p.settings.Sound {
					p.sound.unlock()
					p.sound.play(1)
				}
				p.settings.save()
			}),
			app.If(p.vibes, func() app.UI {
				return scSettingBox("player-vibrate", t("player.vibrate"), p.settings.Vibrate, func() {
					p.settings.Vibrate = !p.settings.Vibrate
					if p.settings.Vibrate {
						scVibrate(200)
					}
					p.settings.save()
				})
			}),
		),
	)
}

func scSettingBox(id, label string, checked bool, toggle func()) app.UI {
	return app.Div().Class("choice").Body(
		app.Input().Type("checkbox").ID(id).Name(id).Checked(checked).
			OnChange(on(func(ctx app.Context, e app.Event) { toggle() }), app.EventScope(id)),
		app.Label().For(id).Body(app.Span().Class("choice-label").Text(label)),
	)
}

func scItems(texts []string) []app.UI {
	out := make([]app.UI, len(texts))
	for i, s := range texts {
		out[i] = app.Li().Text(s)
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
	return svgEl("svg").Class("timer-ring").Attr("viewBox", "0 0 120 120").Attr("focusable", "false").
		Aria("hidden", "true").Body(
		svgEl("circle").Class("timer-track").Attr("cx", 60).Attr("cy", 60).Attr("r", ringRadius),
		svgEl("circle").Class("timer-arc").Attr("cx", 60).Attr("cy", 60).Attr("r", ringRadius).
			Attr("stroke-dasharray", length).Attr("stroke-dashoffset", offset).
			Attr("transform", "rotate(-90 60 60)"),
	)
}
