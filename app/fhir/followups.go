package fhir

import (
	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// followUps are the issue-13 follow-up questions (app/intake/followups.go),
// by the step they belong to, each placed after the question it follows
// up. Each is enabled exactly when the intake asks it (intake.Answers'
// Asks… methods), with enableBehavior "any" where several answers lead
// to it; the comfort question is always asked.
func followUps(c *i18n.Catalog) map[intake.Step][]entry {
	tri := func(field, textKey string, get func(*intake.Answers) intake.Tri) entry {
		return choice(c, field, textKey, "tri", "tri", tris, get)
	}
	yes := coding(c, "tri", "tri", intake.Yes)

	bothLegs := choice(c, intake.FieldBothLegs, "step.safety.both-legs-when", "legs-history", "both-legs-when", intake.LegsHistories,
		func(a *intake.Answers) intake.LegsHistory { return a.BothLegs })
	enableAny(&bothLegs.item,
		EnableWhen{Question: intake.FlagField(intake.FlagBothLegs), Operator: "=", AnswerCoding: yes},
		EnableWhen{Question: intake.FieldSpread, Operator: "=", AnswerCoding: coding(c, "spread", "spread", intake.SpreadBoth)})
	night := tri(intake.FieldNightEases, "step.safety.night-eases", func(a *intake.Answers) intake.Tri { return a.NightEases })
	enableAny(&night.item, EnableWhen{Question: intake.FlagField(intake.FlagNight), Operator: "=", AnswerCoding: yes})

	neck := multi(c, intake.FieldNeck, "step.feel.neck", "neck-sign", "neck", intake.NeckSigns, func(a *intake.Answers) []intake.NeckSign { return a.Neck })
	var upper []EnableWhen
	for _, field := range []string{intake.FieldRegions, "focus"} {
		for _, r := range intake.Regions {
			if r.Zone() == intake.ZoneUpper {
				upper = append(upper, EnableWhen{Question: field, Operator: "=", AnswerCoding: coding(c, "region", "region", r)})
			}
		}
	}
	enableAny(&neck.item, upper...)

	reviewed := tri(intake.FieldReviewed, "step.health.reviewed", func(a *intake.Answers) intake.Tri { return a.Reviewed })
	var conds []EnableWhen
	for _, cond := range []intake.Condition{intake.CondDisc, intake.CondStenosis, intake.CondSurgery} {
		conds = append(conds, EnableWhen{Question: "conditions", Operator: "=", AnswerCoding: coding(c, "condition", "condition", cond)})
	}
	enableAny(&reviewed.item, conds...)
	areas := multi(c, intake.FieldSurgeryAreas, "step.health.surgery-areas", "region", "region", intake.Regions, func(a *intake.Answers) []intake.Region { return a.SurgeryAreas })
	enableAny(&areas.item, conds[2])

	rash := tri(intake.FieldRashKnown, "step.skin.rash-known", func(a *intake.Answers) intake.Tri { return a.RashKnown })
	var rashes []EnableWhen
	for _, r := range intake.Regions {
		rashes = append(rashes, EnableWhen{Question: intake.SkinField(r), Operator: "=", AnswerCoding: coding(c, "skin-issue", "skin", intake.SkinRash)})
	}
	enableAny(&rash.item, rashes...)

	comfort := multi(c, intake.FieldComfort, "step.preferences.comfort", "comfort", "comfort", intake.Comforts, func(a *intake.Answers) []intake.Comfort { return a.Comfort })
	return map[intake.Step][]entry{
		intake.StepSafety: {bothLegs, night},
		intake.StepFeel:   {neck},
		intake.StepHealth: {reviewed, areas},
		intake.StepSkin:   {rash},
		intake.StepPrefs:  {comfort},
	}
}

// enableAny enables item when any of the conditions holds.
func enableAny(item *Item, when ...EnableWhen) {
	item.EnableWhen = when
	if len(when) > 1 {
		item.EnableBehavior = "any"
	}
}
