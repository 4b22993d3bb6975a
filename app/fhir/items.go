package fhir

import (
	"strconv"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// bodySites maps the regions that have a SNOMED CT body-site code among the
// codes in clinical-sources §6 to it. The low back regions are the soft
// tissue either side of the lumbar spine: "lower back structure". The mid
// back (intake.ZoneMid, "thoracic spine") and the area between the
// shoulder blades lie over the thoracic spine: "thoracic spine structure".
// 122496007 "lumbar spine structure" names the vertebrae, not the muscles a
// massage works on, so no region uses it. The other regions (neck,
// shoulders, sacrum, glutes, legs) have no code in those facts and are
// identified by Kneadform's region code system only; docs/fhir.md says so.
var bodySites = map[intake.Region]Coding{
	intake.RegionLowLeft:       {System: SNOMED, Code: "37822005", Display: "Lower back structure"},
	intake.RegionLowRight:      {System: SNOMED, Code: "37822005", Display: "Lower back structure"},
	intake.RegionMidLeft:       {System: SNOMED, Code: "122495006", Display: "Thoracic spine structure"},
	intake.RegionMidRight:      {System: SNOMED, Code: "122495006", Display: "Thoracic spine structure"},
	intake.RegionBetweenBlades: {System: SNOMED, Code: "122495006", Display: "Thoracic spine structure"},
}

// painAnswers is the LOINC answer list of 72514-3, 0 to 10 (LL2335-9).
var painAnswers = [11]string{"LA6111-4", "LA6112-2", "LA6113-0", "LA6114-8", "LA6115-5", "LA10137-0",
	"LA10138-8", "LA10139-6", "LA10140-4", "LA10141-2", "LA13942-0"}

// entry is one question: its Questionnaire item and how to read its
// answers from the intake (nil or empty: not answered). site, when set, is
// the body-site group the question sits in (consecutive entries with the
// same site share one group).
type entry struct {
	item   Item
	answer func(a *intake.Answers) []Answer
	site   *siteGroup
}

// siteGroup is a group inside a section: one coded with a SNOMED CT body
// site, holding the pain or skin questions of the regions over that site,
// or one activity of the functional scale.
type siteGroup struct {
	linkID string
	text   string
	code   []Coding
}

// siteGroups are the body-site groups, by question kind ("pain", "skin")
// and SNOMED code. Their linkIds are stable: <kind>-site-<name>.
var siteGroups = func() map[string]*siteGroup {
	m := map[string]*siteGroup{}
	for _, kind := range []string{"pain", "skin"} {
		for name, code := range map[string]string{"lower-back": "37822005", "thoracic": "122495006"} {
			var site Coding
			for _, c := range bodySites {
				if c.Code == code {
					site = c
				}
			}
			m[kind+"|"+code] = &siteGroup{linkID: kind + "-site-" + name, text: site.Display, code: []Coding{site}}
		}
	}
	return m
}()

// siteOf returns the body-site group of region r for a question kind.
func siteOf(kind string, r intake.Region) *siteGroup {
	if c, ok := bodySites[r]; ok {
		return siteGroups[kind+"|"+c.Code]
	}
	return nil
}

// section is one intake step, or one part after the intake (linkID and
// title set): a group item holding its questions.
type section struct {
	step    intake.Step
	linkID  string
	title   string
	entries []entry
}

// id is the section's group linkId: "step-<step>" for an intake step.
func (s section) id() string {
	if s.linkID != "" {
		return s.linkID
	}
	return "step-" + string(s.step)
}

// text is the section's group text in catalog c.
func (s section) text(c *i18n.Catalog) string {
	if s.title != "" {
		return c.T(s.title)
	}
	return c.T("step." + string(s.step) + ".title")
}

// sections lists every question of the intake, grouped by step in intake
// order, with texts from catalog c. It is the single table behind both
// the Questionnaire and the QuestionnaireResponse, so they cannot disagree.
func sections(c *i18n.Catalog) []section {
	var out []section
	more := followUps(c)
	add := func(s intake.Step, es ...entry) { out = append(out, section{step: s, entries: append(es, more[s]...)}) }
	add(intake.StepAbout,
		text(c, intake.FieldFirstName, TypeString, "step.about.name", intake.MaxNameLen, func(a *intake.Answers) string { return a.FirstName }),
		choice(c, intake.FieldAgeBand, "step.about.age", "age-band", "age", intake.AgeBands, func(a *intake.Answers) intake.AgeBand { return a.AgeBand }))
	weeks := entry{
		item: Item{LinkID: intake.FieldWeeks, Text: c.T("step.pregnancy.weeks"), Type: TypeInteger,
			Extension:  []Extension{{URL: minValueURL, ValueInteger: ptr(1)}, {URL: maxValueURL, ValueInteger: ptr(intake.MaxPregnancyWeeks)}},
			EnableWhen: []EnableWhen{{Question: intake.FieldPregnant, Operator: "=", AnswerCoding: coding(c, "tri", "tri", intake.Yes)}}},
		answer: func(a *intake.Answers) []Answer {
			if a.PregnancyWeeks <= 0 {
				return nil
			}
			return []Answer{{ValueInteger: ptr(a.PregnancyWeeks)}}
		},
	}
	add(intake.StepPregnancy, choice(c, intake.FieldPregnant, "step.pregnancy.legend", "tri", "tri", tris, func(a *intake.Answers) intake.Tri { return a.Pregnant }), weeks)
	add(intake.StepDaily, multi(c, "daily", "step.daily.legend", "activity", "daily", intake.Activities, func(a *intake.Answers) []intake.Activity { return a.Daily }))
	var flags []entry
	for _, f := range intake.Flags {
		e := choice(c, intake.FlagField(f), "flag."+string(f), "tri", "tri", tris, func(a *intake.Answers) intake.Tri { return a.Flag(f) })
		e.item.Required = true
		flags = append(flags, e)
	}
	add(intake.StepSafety, flags...)
	add(intake.StepWhere, multi(c, intake.FieldRegions, "step.where.legend", "region", "region", intake.Regions, func(a *intake.Answers) []intake.Region { return a.Regions }))
	var pains []entry
	for _, r := range intake.Regions {
		pains = append(pains, pain(c, r))
	}
	add(intake.StepPain, pains...)
	add(intake.StepOnset,
		choice(c, intake.FieldDuration, "step.onset.duration", "duration", "duration", intake.Durations, func(a *intake.Answers) intake.Duration { return a.Duration }),
		choice(c, intake.FieldOnset, "step.onset.how", "onset", "onset", intake.Onsets, func(a *intake.Answers) intake.Onset { return a.Onset }))
	add(intake.StepFeel,
		multi(c, intake.FieldFeelings, "step.feel.feelings", "feeling", "feeling", intake.Feelings, func(a *intake.Answers) []intake.Feeling { return a.Feelings }),
		choice(c, intake.FieldSpread, "step.feel.spread", "spread", "spread", intake.Spreads, func(a *intake.Answers) intake.Spread { return a.Spread }))
	add(intake.StepWorse,
		multi(c, "worse", "step.worse.worse", "trigger", "worse", intake.Triggers, func(a *intake.Answers) []intake.Trigger { return a.Worse }),
		multi(c, "better", "step.worse.better", "relief", "better", intake.Reliefs, func(a *intake.Answers) []intake.Relief { return a.Better }))
	var moves []entry
	for _, m := range intake.Moves {
		moves = append(moves, choice(c, intake.MoveField(m), "move."+string(m), "move-result", "moveresult", intake.MoveResults, func(a *intake.Answers) intake.MoveResult { return a.Moves[m] }))
	}
	add(intake.StepMoves, moves...)
	var function []entry
	for _, t := range intake.Tasks {
		function = append(function, choice(c, intake.TaskField(t), "task."+string(t), "ability", "ability", intake.Abilities, func(a *intake.Answers) intake.Ability { return a.Function[t] }))
	}
	function = append(function,
		choice(c, intake.FieldSleep, "step.function.sleep", "sleep-quality", "sleep", intake.Qualities, func(a *intake.Answers) intake.Quality { return a.Sleep }),
		choice(c, intake.FieldStiffness, "step.function.stiffness", "stiffness", "stiffness", intake.Stiffnesses, func(a *intake.Answers) intake.Stiffness { return a.Stiff }))
	add(intake.StepFunction, function...)
	add(intake.StepGoals, multi(c, intake.FieldGoals, "step.goals.legend", "goal", "goal", intake.Goals, func(a *intake.Answers) []intake.Goal { return a.Goals }))
	surgery := choice(c, intake.FieldSurgeryWhen, "step.health.surgery-when", "surgery-when", "surgery", intake.SurgeryWhens, func(a *intake.Answers) intake.SurgeryWhen { return a.SurgeryWhen })
	surgery.item.EnableWhen = []EnableWhen{{Question: "conditions", Operator: "=", AnswerCoding: coding(c, "condition", "condition", intake.CondSurgery)}}
	add(intake.StepHealth, multi(c, "conditions", "step.health.legend", "condition", "condition", intake.Conditions, func(a *intake.Answers) []intake.Condition { return a.Conditions }), surgery)
	add(intake.StepMedicines,
		text(c, intake.FieldMedications, TypeText, "step.medicines.label", intake.MaxTextLen, func(a *intake.Answers) string { return a.Medications }),
		multi(c, "allergies", "step.medicines.allergies", "allergy", "allergy", intake.Allergies, func(a *intake.Answers) []intake.Allergy { return a.Allergies }))
	var skin []entry
	for _, r := range intake.Regions {
		e := multi(c, intake.SkinField(r), "", "skin-issue", "skin", intake.SkinIssues, func(a *intake.Answers) []intake.SkinIssue { return a.Skin[r] })
		e.item.Text = c.T("step.skin.legend") + " – " + c.T(r.MsgKey())
		e.site = siteOf("skin", r)
		skin = append(skin, e)
	}
	add(intake.StepSkin, skin...)
	add(intake.StepTraining, choice(c, intake.FieldTraining, "step.training.legend", "training", "training", intake.Trainings, func(a *intake.Answers) intake.Training { return a.Training }))
	add(intake.StepPrefs,
		choice(c, intake.FieldTalk, "step.preferences.talk", "talk", "talk", intake.Talks, func(a *intake.Answers) intake.Talk { return a.Talk }),
		choice(c, intake.FieldWarmth, "step.preferences.warmth", "warmth", "warmth", intake.Warmths, func(a *intake.Answers) intake.Warmth { return a.Warmth }),
		choice(c, intake.FieldOil, "step.preferences.oil", "oil", "oil", intake.Oils, func(a *intake.Answers) intake.Oil { return a.Oil }))
	add(intake.StepAreas,
		multi(c, "avoid", "step.areas.avoid", "region", "region", intake.Regions, func(a *intake.Answers) []intake.Region { return a.Avoid }),
		multi(c, "focus", "step.areas.focus", "region", "region", intake.Regions, func(a *intake.Answers) []intake.Region { return a.Focus }))
	consent := entry{
		item: Item{LinkID: intake.FieldConsent, Text: c.T("step.consent.agree"), Type: TypeBoolean},
		answer: func(a *intake.Answers) []Answer {
			if !a.Consent {
				return nil
			}
			return []Answer{{ValueBoolean: ptr(true)}}
		},
	}
	add(intake.StepConsent, consent, text(c, intake.FieldConsentName, TypeString, "step.consent.name", intake.MaxNameLen, func(a *intake.Answers) string { return a.ConsentName }))
	return out
}

var tris = []intake.Tri{intake.Yes, intake.No, intake.Unsure}

// coding is the coding of value v in Kneadform's code system group, shown
// as the catalog's "<prefix>.<v>".
func coding[T ~string](c *i18n.Catalog, group, prefix string, v T) *Coding {
	return &Coding{System: CodeSystemBase + group, Code: string(v), Display: c.T(prefix + "." + string(v))}
}

// choice is a single-answer question over values.
func choice[T ~string](c *i18n.Catalog, linkID, textKey, group, prefix string, values []T, get func(*intake.Answers) T) entry {
	e := multi(c, linkID, textKey, group, prefix, values, func(a *intake.Answers) []T {
		if v := get(a); v != "" {
			return []T{v}
		}
		return nil
	})
	e.item.Repeats = false
	return e
}

// multi is a question whose answers are a list of values.
func multi[T ~string](c *i18n.Catalog, linkID, textKey, group, prefix string, values []T, get func(*intake.Answers) []T) entry {
	opts := make([]AnswerOption, len(values))
	for i, v := range values {
		opts[i] = AnswerOption{ValueCoding: coding(c, group, prefix, v)}
	}
	item := Item{LinkID: linkID, Type: TypeChoice, Repeats: true, AnswerOption: opts}
	if textKey != "" {
		item.Text = c.T(textKey)
	}
	return entry{item: item, answer: func(a *intake.Answers) []Answer {
		var out []Answer
		for _, v := range get(a) {
			out = append(out, Answer{ValueCoding: coding(c, group, prefix, v)})
		}
		return out
	}}
}

// text is a free-text question.
func text(c *i18n.Catalog, linkID, typ, textKey string, maxLen int, get func(*intake.Answers) string) entry {
	return entry{
		item: Item{LinkID: linkID, Text: c.T(textKey), Type: typ, MaxLength: maxLen},
		answer: func(a *intake.Answers) []Answer {
			if s := get(a); s != "" {
				return []Answer{{ValueString: ptr(s)}}
			}
			return nil
		},
	}
}

// pain is "pain now" in region r: LOINC 72514-3 with its 0–10 answer list,
// in the region's SNOMED CT body-site group where it has one.
func pain(c *i18n.Catalog, r intake.Region) entry {
	return entry{
		site: siteOf("pain", r),
		item: Item{LinkID: intake.PainField(r), Text: c.T("step.pain.title") + " – " + c.T(r.MsgKey()), Type: TypeChoice, Code: painCode(), AnswerOption: painOptions()},
		answer: func(a *intake.Answers) []Answer {
			n, ok := a.Pain[r]
			if !ok || n < 0 || n > 10 {
				return nil
			}
			return []Answer{{ValueCoding: painCoding(n)}}
		},
	}
}

// painCode is the item code of a 0–10 pain question: LOINC 72514-3.
func painCode() []Coding {
	return []Coding{{System: LOINC, Code: PainSeverityCode, Display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported"}}
}

// painOptions is the LOINC 0–10 answer list, each option with its score as
// the ordinalValue extension on the answer option (where the R4 extension
// and LHC-Forms expect it) and, as before, on the coding.
func painOptions() []AnswerOption {
	opts := make([]AnswerOption, len(painAnswers))
	for n := range painAnswers {
		v := float64(n)
		cd := painCoding(n)
		cd.Extension = []Extension{{URL: ordinalValueURL, ValueDecimal: &v}}
		opts[n] = AnswerOption{Extension: []Extension{{URL: ordinalValueURL, ValueDecimal: ptr(v)}}, ValueCoding: cd}
	}
	return opts
}

func painCoding(n int) *Coding {
	return &Coding{System: LOINC, Code: painAnswers[n], Display: strconv.Itoa(n)}
}

func ptr[T any](v T) *T { return &v }
