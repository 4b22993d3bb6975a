package ui

import (
	"strconv"

	"kneadform/app/intake"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// fields renders the questions of the current step. Every setter writes the
// answer into the model and calls changed, which saves and re-checks.
func (p *intakePage) fields(a *intake.Answers, e errs) app.UI {
	switch p.step {
	case intake.StepAbout:
		return p.aboutFields(a, e)
	case intake.StepPregnancy:
		return p.pregnancyFields(a, e)
	case intake.StepDaily:
		return checks("daily", t("step.daily.legend"), t("hint.all-that-apply"), options("daily", intake.Activities),
			func(v string) bool { return a.Does(intake.Activity(v)) }, e["daily"],
			func(ctx app.Context, v string) { a.Daily = intake.Toggle(a.Daily, intake.Activity(v)); p.changed(ctx) })
	case intake.StepSafety:
		return p.safetyFields(a, e)
	case intake.StepWhere:
		return p.whereFields(a, e)
	case intake.StepPain:
		return p.painFields(a, e)
	case intake.StepOnset:
		return app.Div().Body(
			radios(intake.FieldDuration, t("step.onset.duration"), "", options("duration", intake.Durations),
				string(a.Duration), e[intake.FieldDuration],
				func(ctx app.Context, v string) { a.Duration = intake.Duration(v); p.changed(ctx) }),
			radios(intake.FieldOnset, t("step.onset.how"), "", options("onset", intake.Onsets),
				string(a.Onset), e[intake.FieldOnset],
				func(ctx app.Context, v string) { a.Onset = intake.Onset(v); p.changed(ctx) }),
		)
	case intake.StepFeel:
		return app.Div().Body(
			checks(intake.FieldFeelings, t("step.feel.feelings"), t("hint.all-that-apply"), options("feeling", intake.Feelings),
				func(v string) bool { return a.Feels(intake.Feeling(v)) }, e[intake.FieldFeelings],
				func(ctx app.Context, v string) {
					a.Feelings = intake.Toggle(a.Feelings, intake.Feeling(v))
					p.changed(ctx)
				}),
			radios(intake.FieldSpread, t("step.feel.spread"), "", options("spread", intake.Spreads),
				string(a.Spread), e[intake.FieldSpread],
				func(ctx app.Context, v string) { a.Spread = intake.Spread(v); p.changed(ctx) }),
		)
	case intake.StepWorse:
		return app.Div().Body(
			checks("worse", t("step.worse.worse"), t("hint.all-that-apply"), options("worse", intake.Triggers),
				func(v string) bool { return contains(a.Worse, intake.Trigger(v)) }, e["worse"],
				func(ctx app.Context, v string) { a.Worse = intake.Toggle(a.Worse, intake.Trigger(v)); p.changed(ctx) }),
			checks("better", t("step.worse.better"), t("hint.all-that-apply"), options("better", intake.Reliefs),
				func(v string) bool { return contains(a.Better, intake.Relief(v)) }, e["better"],
				func(ctx app.Context, v string) { a.Better = intake.Toggle(a.Better, intake.Relief(v)); p.changed(ctx) }),
		)
	case intake.StepMoves:
		return p.moveFields(a, e)
	case intake.StepFunction:
		return p.functionFields(a, e)
	case intake.StepGoals:
		return checks(intake.FieldGoals, t("step.goals.legend"), t("hint.all-that-apply"), options("goal", intake.Goals),
			func(v string) bool { return contains(a.Goals, intake.Goal(v)) }, e[intake.FieldGoals],
			func(ctx app.Context, v string) { a.Goals = intake.Toggle(a.Goals, intake.Goal(v)); p.changed(ctx) })
	case intake.StepHealth:
		return p.healthFields(a, e)
	case intake.StepMedicines:
		return app.Div().Body(
			textArea(intake.FieldMedications, t("step.medicines.label"), t("step.medicines.hint"), a.Medications,
				e[intake.FieldMedications], intake.MaxTextLen,
				func(ctx app.Context, v string) { a.Medications = v; sess.save() }),
			checks("allergies", t("step.medicines.allergies"), t("hint.all-that-apply"), options("allergy", intake.Allergies),
				func(v string) bool { return a.AllergicTo(intake.Allergy(v)) }, e["allergies"],
				func(ctx app.Context, v string) {
					a.Allergies = intake.Toggle(a.Allergies, intake.Allergy(v))
					p.changed(ctx)
				}),
		)
	case intake.StepSkin:
		return p.skinFields(a, e)
	case intake.StepTraining:
		return radios(intake.FieldTraining, t("step.training.legend"), t("step.training.hint"), options("training", intake.Trainings),
			string(a.Training), e[intake.FieldTraining],
			func(ctx app.Context, v string) { a.Training = intake.Training(v); p.changed(ctx) })
	case intake.StepPrefs:
		return app.Div().Body(
			radios(intake.FieldTalk, t("step.preferences.talk"), "", options("talk", intake.Talks),
				string(a.Talk), e[intake.FieldTalk],
				func(ctx app.Context, v string) { a.Talk = intake.Talk(v); p.changed(ctx) }),
			radios(intake.FieldWarmth, t("step.preferences.warmth"), "", options("warmth", intake.Warmths),
				string(a.Warmth), e[intake.FieldWarmth],
				func(ctx app.Context, v string) { a.Warmth = intake.Warmth(v); p.changed(ctx) }),
			radios(intake.FieldOil, t("step.preferences.oil"), t("step.preferences.oil.hint"), options("oil", intake.Oils),
				string(a.Oil), e[intake.FieldOil],
				func(ctx app.Context, v string) { a.Oil = intake.Oil(v); p.changed(ctx) }),
		)
	case intake.StepAreas:
		return app.Div().Body(
			checks("avoid", t("step.areas.avoid"), t("step.areas.avoid.hint"), regionOptions(),
				func(v string) bool { return contains(a.Avoid, intake.Region(v)) }, e["avoid"],
				func(ctx app.Context, v string) { a.Avoid = intake.Toggle(a.Avoid, intake.Region(v)); p.changed(ctx) }),
			checks("focus", t("step.areas.focus"), t("step.areas.focus.hint"), regionOptions(),
				func(v string) bool { return contains(a.Focus, intake.Region(v)) }, e["focus"],
				func(ctx app.Context, v string) { a.Focus = intake.Toggle(a.Focus, intake.Region(v)); p.changed(ctx) }),
		)
	case intake.StepCheck:
		return checkAnswers(a)
	case intake.StepConsent:
		return p.consentFields(a, e)
	}
	return nil
}

func contains[T comparable](xs []T, x T) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (p *intakePage) aboutFields(a *intake.Answers, e errs) app.UI {
	return app.Div().Body(
		textInput(intake.FieldFirstName, t("step.about.name"), t("step.about.name.hint"), a.FirstName,
			e[intake.FieldFirstName], intake.MaxNameLen, "given-name",
			func(ctx app.Context, v string) { a.FirstName = v; sess.save() }),
		radios(intake.FieldAgeBand, t("step.about.age"), "", options("age", intake.AgeBands),
			string(a.AgeBand), e[intake.FieldAgeBand],
			func(ctx app.Context, v string) { a.AgeBand = intake.AgeBand(v); p.changed(ctx) }),
	)
}

func (p *intakePage) pregnancyFields(a *intake.Answers, e errs) app.UI {
	return app.Div().Body(
		radios(intake.FieldPregnant, t("step.pregnancy.legend"), t("step.pregnancy.hint"),
			options("tri", []intake.Tri{intake.No, intake.Yes, intake.Unsure}),
			string(a.Pregnant), e[intake.FieldPregnant],
			func(ctx app.Context, v string) { a.Pregnant = intake.Tri(v); p.changed(ctx) }),
		// GOV.UK conditional reveal: weeks only when the answer is yes.
		app.If(a.Pregnant == intake.Yes, func() app.UI {
			val := ""
			if a.PregnancyWeeks > 0 {
				val = strconv.Itoa(a.PregnancyWeeks)
			}
			key := e[intake.FieldWeeks]
			in := app.Input().Type("text").ID(intake.FieldWeeks).Name(intake.FieldWeeks).Value(val).
				Attr("inputmode", "numeric").Attr("pattern", "[0-9]*").MaxLength(2).Class("input input--short").
				Aria("describedby", describedBy(intake.FieldWeeks, "x", key)).
				OnInput(on(func(ctx app.Context, ev app.Event) {
					n, err := strconv.Atoi(ctx.JSSrc().Get("value").String())
					if err != nil {
						n = 0
					}
					a.PregnancyWeeks = n
					sess.save()
				}), app.EventScope(intake.FieldWeeks))
			return app.Div().Class("conditional "+fieldClass(key)).Body(
				app.Label().For(intake.FieldWeeks).Class("label").Text(t("step.pregnancy.weeks")),
				app.P().ID(intake.FieldWeeks+"-hint").Class("hint").Text(t("step.pregnancy.weeks.hint")),
				fieldError(intake.FieldWeeks, key),
				in,
			)
		}),
	)
}

func (p *intakePage) safetyFields(a *intake.Answers, e errs) app.UI {
	qs := make([]app.UI, 0, len(intake.Flags))
	for _, f := range intake.Flags {
		f := f
		field := intake.FlagField(f)
		qs = append(qs, radios(field, t("flag."+string(f)), hintOf("flag."+string(f)),
			options("tri", []intake.Tri{intake.No, intake.Yes, intake.Unsure}),
			string(a.Flag(f)), e[field],
			func(ctx app.Context, v string) {
				if a.RedFlags == nil {
					a.RedFlags = map[intake.Flag]intake.Tri{}
				}
				a.RedFlags[f] = intake.Tri(v)
				p.changed(ctx)
			}))
	}
	return app.Div().Class("question-list").Body(qs...)
}

// hintOf returns the catalog text of key+".hint", or "" when there is none.
func hintOf(key string) string {
	if catalog.Has(key + ".hint") {
		return t(key + ".hint")
	}
	return ""
}

func (p *intakePage) whereFields(a *intake.Answers, e errs) app.UI {
	toggle := func(ctx app.Context, r intake.Region) {
		a.Regions = intake.Toggle(a.Regions, r)
		if !a.HasRegion(r) {
			delete(a.Pain, r)
		}
		p.changed(ctx)
	}
	return app.Div().Class("where").Body(
		bodyMap("bodymap-where", t("bodymap.caption"),
			func(r intake.Region) string {
				if a.HasRegion(r) {
					return "on"
				}
				return ""
			}, noLabel, toggle),
		checks(intake.FieldRegions, t("step.where.legend"), t("step.where.hint"), regionOptions(),
			func(v string) bool { return a.HasRegion(intake.Region(v)) }, e[intake.FieldRegions],
			func(ctx app.Context, v string) { toggle(ctx, intake.Region(v)) }),
	)
}

func (p *intakePage) painFields(a *intake.Answers, e errs) app.UI {
	scale := make([]option, 11)
	for i := range scale {
		scale[i] = option{value: strconv.Itoa(i), label: strconv.Itoa(i)}
	}
	qs := []app.UI{app.P().Class("hint").Text(t("step.pain.scale"))}
	for _, r := range a.Regions {
		r := r
		sel := ""
		if v, ok := a.Pain[r]; ok {
			sel = strconv.Itoa(v)
		}
		field := intake.PainField(r)
		qs = append(qs, app.Div().Class("scale").Body(
			radios(field, t("region."+string(r)), "", scale, sel, e[field], func(ctx app.Context, v string) {
				n, _ := strconv.Atoi(v)
				if a.Pain == nil {
					a.Pain = map[intake.Region]int{}
				}
				a.Pain[r] = n
				p.changed(ctx)
			}),
		))
	}
	return app.Div().Class("pain-list").Body(qs...)
}

func (p *intakePage) moveFields(a *intake.Answers, e errs) app.UI {
	qs := make([]app.UI, 0, len(intake.Moves))
	for _, m := range intake.Moves {
		m := m
		field := intake.MoveField(m)
		var sel string
		if a.Moves != nil {
			sel = string(a.Moves[m])
		}
		qs = append(qs, radios(field, t("move."+string(m)), t("move."+string(m)+".how"),
			options("moveresult", intake.MoveResults), sel, e[field],
			func(ctx app.Context, v string) {
				if a.Moves == nil {
					a.Moves = map[intake.Move]intake.MoveResult{}
				}
				a.Moves[m] = intake.MoveResult(v)
				p.changed(ctx)
			}))
	}
	return app.Div().Class("question-list").Body(qs...)
}

func (p *intakePage) functionFields(a *intake.Answers, e errs) app.UI {
	qs := make([]app.UI, 0, len(intake.Tasks)+2)
	for _, tk := range intake.Tasks {
		tk := tk
		field := intake.TaskField(tk)
		var sel string
		if a.Function != nil {
			sel = string(a.Function[tk])
		}
		qs = append(qs, radios(field, t("task."+string(tk)), "", options("ability", intake.Abilities), sel, e[field],
			func(ctx app.Context, v string) {
				if a.Function == nil {
					a.Function = map[intake.Task]intake.Ability{}
				}
				a.Function[tk] = intake.Ability(v)
				p.changed(ctx)
			}))
	}
	qs = append(qs,
		radios(intake.FieldSleep, t("step.function.sleep"), "", options("sleep", intake.Qualities),
			string(a.Sleep), e[intake.FieldSleep],
			func(ctx app.Context, v string) { a.Sleep = intake.Quality(v); p.changed(ctx) }),
		radios(intake.FieldStiffness, t("step.function.stiffness"), "", options("stiffness", intake.Stiffnesses),
			string(a.Stiff), e[intake.FieldStiffness],
			func(ctx app.Context, v string) { a.Stiff = intake.Stiffness(v); p.changed(ctx) }),
	)
	return app.Div().Class("question-list").Body(qs...)
}

func (p *intakePage) healthFields(a *intake.Answers, e errs) app.UI {
	return app.Div().Body(
		checks("conditions", t("step.health.legend"), t("step.health.hint"), options("condition", intake.Conditions),
			func(v string) bool { return a.Has(intake.Condition(v)) }, e["conditions"],
			func(ctx app.Context, v string) {
				a.Conditions = intake.Toggle(a.Conditions, intake.Condition(v))
				if !a.Has(intake.CondSurgery) {
					a.SurgeryWhen = ""
				}
				p.changed(ctx)
			}),
		app.If(a.Has(intake.CondSurgery), func() app.UI {
			return app.Div().Class("conditional").Body(
				radios(intake.FieldSurgeryWhen, t("step.health.surgery-when"), "", options("surgery", intake.SurgeryWhens),
					string(a.SurgeryWhen), e[intake.FieldSurgeryWhen],
					func(ctx app.Context, v string) { a.SurgeryWhen = intake.SurgeryWhen(v); p.changed(ctx) }),
			)
		}),
	)
}

func (p *intakePage) skinFields(a *intake.Answers, e errs) app.UI {
	mark := func(ctx app.Context, r intake.Region) {
		if a.Skin == nil {
			a.Skin = map[intake.Region][]intake.SkinIssue{}
		}
		if _, ok := a.Skin[r]; ok {
			delete(a.Skin, r)
		} else {
			a.Skin[r] = []intake.SkinIssue{}
		}
		p.changed(ctx)
	}
	marked := func(r intake.Region) bool { _, ok := a.Skin[r]; return ok }
	details := []app.UI{}
	for _, r := range intake.Regions {
		r := r
		if !marked(r) {
			continue
		}
		field := intake.SkinField(r)
		details = append(details, app.Div().Class("conditional").Body(
			checks(field, t("step.skin.what", "region", t("region."+string(r))), t("hint.all-that-apply"),
				options("skin", intake.SkinIssues),
				func(v string) bool { return contains(a.Skin[r], intake.SkinIssue(v)) }, e[field],
				func(ctx app.Context, v string) {
					a.Skin[r] = intake.Toggle(a.Skin[r], intake.SkinIssue(v))
					p.changed(ctx)
				}),
		))
	}
	return app.Div().Class("where").Body(
		bodyMap("bodymap-skin", t("bodymap.caption-skin"),
			func(r intake.Region) string {
				if marked(r) {
					return "skin"
				}
				return ""
			}, noLabel, mark),
		checks("skin", t("step.skin.legend"), t("step.skin.hint"), regionOptions(),
			func(v string) bool { return marked(intake.Region(v)) }, e["skin"],
			func(ctx app.Context, v string) { mark(ctx, intake.Region(v)) }),
		app.Div().Body(details...),
	)
}

func (p *intakePage) consentFields(a *intake.Answers, e errs) app.UI {
	return app.Div().Body(
		app.P().Text(t("step.consent.body")),
		checks(intake.FieldConsent, t("step.consent.legend"), "",
			[]option{{value: "yes", label: t("step.consent.agree")}},
			func(string) bool { return a.Consent }, e[intake.FieldConsent],
			func(ctx app.Context, v string) { a.Consent = !a.Consent; p.changed(ctx) }),
		textInput(intake.FieldConsentName, t("step.consent.name"), t("step.consent.name.hint"), a.ConsentName,
			e[intake.FieldConsentName], intake.MaxNameLen, "name",
			func(ctx app.Context, v string) {
				a.ConsentName = v
				sess.save()
				if len(p.errors) > 0 {
					p.errors = intake.Validate(a, p.step)
				}
			}),
	)
}

// fieldLabels names each field in the error summary, so "Select an
// answer" reads as "How old are you?: Select an answer".
func fieldLabels(s intake.Step, a *intake.Answers) map[string]string {
	m := map[string]string{
		intake.FieldFirstName:   t("step.about.name"),
		intake.FieldAgeBand:     t("step.about.age"),
		intake.FieldPregnant:    t("step.pregnancy.legend"),
		intake.FieldWeeks:       t("step.pregnancy.weeks"),
		intake.FieldRegions:     t("step.where.legend"),
		intake.FieldDuration:    t("step.onset.duration"),
		intake.FieldOnset:       t("step.onset.how"),
		intake.FieldFeelings:    t("step.feel.feelings"),
		intake.FieldSpread:      t("step.feel.spread"),
		intake.FieldSleep:       t("step.function.sleep"),
		intake.FieldStiffness:   t("step.function.stiffness"),
		intake.FieldGoals:       t("step.goals.legend"),
		intake.FieldSurgeryWhen: t("step.health.surgery-when"),
		intake.FieldMedications: t("step.medicines.label"),
		intake.FieldTraining:    t("step.training.legend"),
		intake.FieldTalk:        t("step.preferences.talk"),
		intake.FieldWarmth:      t("step.preferences.warmth"),
		intake.FieldOil:         t("step.preferences.oil"),
		intake.FieldConsent:     t("step.consent.legend"),
		intake.FieldConsentName: t("step.consent.name"),
	}
	for _, f := range intake.Flags {
		m[intake.FlagField(f)] = t("flag." + string(f))
	}
	for _, r := range a.Regions {
		m[intake.PainField(r)] = t("region." + string(r))
	}
	for _, mv := range intake.Moves {
		m[intake.MoveField(mv)] = t("move." + string(mv))
	}
	for _, tk := range intake.Tasks {
		m[intake.TaskField(tk)] = t("task." + string(tk))
	}
	for _, r := range intake.Regions {
		m[intake.SkinField(r)] = t("region." + string(r))
	}
	return m
}
