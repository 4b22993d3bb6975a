package questions

import (
	"kneadform/app/ui/el"
	"strconv"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// onsetFields: how long the pain has lasted and how it started.
func (p *intakePage) onsetFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Body(
		kit.Radios(intake.FieldDuration, kit.T("step.onset.duration"), "", kit.Options("duration", intake.Durations),
			string(a.Duration), e[intake.FieldDuration],
			func(ctx app.Context, v string) { a.Duration = intake.Duration(v); p.changed(ctx) }),
		kit.Radios(intake.FieldOnset, kit.T("step.onset.how"), "", kit.Options("onset", intake.Onsets),
			string(a.Onset), e[intake.FieldOnset],
			func(ctx app.Context, v string) { a.Onset = intake.Onset(v); p.changed(ctx) }),
	)
}

// feelFields: what the pain feels like and whether it spreads.
func (p *intakePage) feelFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Body(
		kit.Checks(intake.FieldFeelings, kit.T("step.feel.feelings"), kit.T("hint.all-that-apply"), kit.Options("feeling", intake.Feelings),
			func(v string) bool { return a.Feels(intake.Feeling(v)) }, e[intake.FieldFeelings],
			func(ctx app.Context, v string) {
				a.Feelings = intake.Toggle(a.Feelings, intake.Feeling(v))
				p.changed(ctx)
			}),
		kit.Radios(intake.FieldSpread, kit.T("step.feel.spread"), "", kit.Options("spread", intake.Spreads),
			string(a.Spread), e[intake.FieldSpread],
			func(ctx app.Context, v string) { a.Spread = intake.Spread(v); p.changed(ctx) }),
		// Pain into both legs with no "yes" on the safety page: the
		// both-legs follow-up is asked here (shown once: on the safety
		// page only when that question was answered yes).
		app.If(a.Flag(intake.FlagBothLegs) != intake.Yes, func() app.UI { return p.legsFollowUp(a, e) }),
		p.neckFollowUp(a, e),
	)
}

// worseFields: what makes it worse and what eases it.
// worseFields: what makes it worse and better, two short words a row
// (flow3: asked on the goals page, which stays within three screens).
func (p *intakePage) worseFields(a *intake.Answers, e kit.Errs) app.UI {
	return el.Div().Class("choices-two").Body(
		kit.Checks("worse", kit.T("step.worse.worse"), kit.T("hint.all-that-apply"), kit.Options("worse", intake.Triggers),
			func(v string) bool { return kit.Contains(a.Worse, intake.Trigger(v)) }, e["worse"],
			func(ctx app.Context, v string) { a.Worse = intake.Toggle(a.Worse, intake.Trigger(v)); p.changed(ctx) }),
		kit.Checks("better", kit.T("step.worse.better"), kit.T("hint.all-that-apply"), kit.Options("better", intake.Reliefs),
			func(v string) bool { return kit.Contains(a.Better, intake.Relief(v)) }, e["better"],
			func(ctx app.Context, v string) { a.Better = intake.Toggle(a.Better, intake.Relief(v)); p.changed(ctx) }),
	)
}

func (p *intakePage) whereFields(a *intake.Answers, e kit.Errs) app.UI {
	toggle := func(ctx app.Context, r intake.Region) {
		a.Regions = intake.Toggle(a.Regions, r)
		if !a.HasRegion(r) {
			delete(a.Pain, r)
		}
		p.changed(ctx)
	}
	return el.Div().Class("where").Body(
		kit.BodyMap("bodymap-where", kit.T("bodymap.caption"),
			func(r intake.Region) string {
				if a.HasRegion(r) {
					return "on"
				}
				return ""
			}, kit.NoLabel, toggle),
		kit.Checks(intake.FieldRegions, kit.T("step.where.legend"), kit.T("step.where.hint"), kit.RegionOptions(),
			func(v string) bool { return a.HasRegion(intake.Region(v)) }, e[intake.FieldRegions],
			func(ctx app.Context, v string) { toggle(ctx, intake.Region(v)) }),
	)
}

func (p *intakePage) painFields(a *intake.Answers, e kit.Errs) app.UI {
	scale := kit.ScaleOptions(10)
	qs := []app.UI{el.P().Class("hint").Text(kit.T("step.pain.scale"))}
	for _, r := range a.Regions {
		r := r
		sel := ""
		if v, ok := a.Pain[r]; ok {
			sel = strconv.Itoa(v)
		}
		field := intake.PainField(r)
		qs = append(qs, el.Div().Class("scale").Body(
			kit.Radios(field, kit.T("region."+string(r)), "", scale, sel, e[field], func(ctx app.Context, v string) {
				n, _ := strconv.Atoi(v)
				if a.Pain == nil {
					a.Pain = map[intake.Region]int{}
				}
				a.Pain[r] = n
				p.changed(ctx)
			}),
		))
	}
	return el.Div().Class("pain-list").Body(qs...)
}

// moveFields: the movement checks as a tick list (issue 17): a client
// whose moves do not hurt ticks "None of them hurt" once.
func (p *intakePage) moveFields(a *intake.Answers, e kit.Errs) app.UI {
	items := make([]kit.TickItem, len(intake.Moves))
	for i, m := range intake.Moves {
		items[i] = kit.TickItem{Key: string(m), Field: intake.MoveField(m), Label: kit.T("move." + string(m)),
			Hint: kit.T("move." + string(m) + ".how")}
	}
	return kit.TickList(intake.FieldMoves, kit.T("step.moves.legend"), "", items,
		kit.Options("moveresult", []intake.MoveResult{intake.MoveSomePain, intake.MoveTooPainful}),
		func(item, box string) bool { return string(a.Moves[intake.Move(item)]) == box },
		kit.T("step.moves.none"), a.MovesNone(), e[intake.FieldMoves],
		func(ctx app.Context, item, box string) {
			a.TickMove(intake.Move(item), intake.MoveResult(box))
			p.changed(ctx)
		},
		p.noneBox(func(ctx app.Context) { a.NoMovePain(); p.changed(ctx) }))
}

// functionFields: the everyday tasks as a tick list ("I can do all of these
// easily" once), then sleep and morning stiffness.
func (p *intakePage) functionFields(a *intake.Answers, e kit.Errs) app.UI {
	items := make([]kit.TickItem, len(intake.Tasks))
	for i, tk := range intake.Tasks {
		items[i] = kit.TickItem{Key: string(tk), Field: intake.TaskField(tk), Label: kit.T("task." + string(tk))}
	}
	return el.Div().Class("question-list").Body(
		kit.TickList(intake.FieldTasks, kit.T("step.function.legend"), "", items,
			kit.Options("ability", []intake.Ability{intake.AbleHard, intake.AbleCannot}),
			func(item, box string) bool { return string(a.Function[intake.Task(item)]) == box },
			kit.T("step.function.none"), a.TasksNone(), e[intake.FieldTasks],
			func(ctx app.Context, item, box string) {
				a.TickTask(intake.Task(item), intake.Ability(box))
				p.changed(ctx)
			},
			func(ctx app.Context) { a.AllTasksEasy(); p.changed(ctx) }),
		kit.Radios(intake.FieldSleep, kit.T("step.function.sleep"), "", kit.Options("sleep", intake.Qualities),
			string(a.Sleep), e[intake.FieldSleep],
			func(ctx app.Context, v string) { a.Sleep = intake.Quality(v); p.changed(ctx) }),
		kit.Radios(intake.FieldStiffness, kit.T("step.function.stiffness"), "", kit.Options("stiffness", intake.Stiffnesses),
			string(a.Stiff), e[intake.FieldStiffness],
			func(ctx app.Context, v string) { a.Stiff = intake.Stiffness(v); p.changed(ctx) }),
	)
}
