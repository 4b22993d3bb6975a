package selfcare

import (
	"math"
	"strconv"
	"time"

	"kneadform/app/routine"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

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
	st      *store.Store // the client's state (app/ui/store)
	ctx     app.Context  // the page's own context: wake-ups outlive any button
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

func (p *playerPage) OnNav(ctx app.Context) {
	kit.Guard(ctx, func() {
		p.ctx = ctx
		if app.IsServer {
			return
		}
		r, _, done := clientRoutine(p.st)
		p.routine, p.done, p.ready = r, done, true
		p.settings = loadPlayerSettings()
		p.vibes = kit.CanVibrate()
		p.goTo(min(p.st.Player.Item, len(r.Exercises)-1))
		ctx.Page().SetTitle(kit.T("player.title") + " – " + kit.T("app.name"))
		kit.FocusID(ctx, "page-heading")
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
	p.item, p.st.Player.Item = i, i
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
	p.announce(kit.T("player.live.paused"))
}

func (p *playerPage) resume() {
	p.sound.unlock()
	p.run(p.left)
	p.lock.acquire(p.ctx)
	p.announce(kit.T("player.live.resumed"))
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
		kit.Guard(ctx, func() {
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
		p.announce(kit.T("player.live.relax"))
	case segSwitch:
		p.announce(kit.T("player.live.switch"))
	case segRest:
		p.announce(kit.T("player.live.rest", "n", next.seconds))
	}
	p.wake()
}

// itemDone ends an exercise: two tones, and what comes next.
func (p *playerPage) itemDone() {
	p.gen++
	p.state = playItemDone
	p.left = 0
	p.cue(2)
	name := kit.T(p.routine.Exercises[p.item].Name)
	if p.item+1 < len(p.routine.Exercises) {
		p.announce(kit.T("player.live.item-done", "name", name, "next", kit.T(p.routine.Exercises[p.item+1].Name)))
	} else {
		p.announce(kit.T("player.live.last-done", "name", name))
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
		p.st.Player.DoneOn = time.Now().Format(routine.DateLayout)
	}
	p.st.Player.Item = 0
	ctx.Page().SetTitle(p.finishedTitle() + " – " + kit.T("app.name"))
	p.announce(p.finishedTitle())
	kit.FocusID(p.ctx, "page-heading") // the page's context: the tapped button is gone after this render
}

// skip moves to another exercise, announcing it.
func (p *playerPage) skip(to int) {
	if to < 0 || to >= len(p.routine.Exercises) {
		return
	}
	p.goTo(to)
	s := p.routine.Exercises[to]
	p.announce(kit.T("player.live.item", "n", to+1, "total", len(p.routine.Exercises), "name", kit.T(s.Name)))
}

// cue is the end-of-hold signal, as the client chose.
func (p *playerPage) cue(tones int) {
	if p.settings.Sound {
		p.sound.play(tones)
	}
	if p.settings.Vibrate {
		if tones > 1 {
			kit.Vibrate(120, 80, 120)
		} else {
			kit.Vibrate(200)
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
	return kit.T(scPlural("player.live.hold", s.seconds), "n", s.seconds) + " " + p.counter(s)
}

// counter says where the client is: "Rep 2 of 5. Side 1 of 2. Round 1 of 2."
func (p *playerPage) counter(s playSeg) string {
	key := "player.rep"
	if p.routine.Exercises[p.item].Kind == routine.KindRelease {
		key = "player.spot"
	}
	out := kit.T(key, "n", s.rep, "total", s.reps)
	if s.sides > 1 {
		out += " " + kit.T("player.side."+strconv.Itoa(s.side))
	}
	if s.sets > 1 {
		out += " " + kit.T("player.round", "n", s.set, "total", s.sets)
	}
	return out
}
