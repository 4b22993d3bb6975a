package routine

import "kneadform/app/intake"

// weightNeck counts a neck and head sign the item answers (tension
// headaches, jaw clenching: seed:003, upper back) as much as daily life.
const weightNeck = weightDaily

// match scores what an item shares with the answers and says why, as
// catalog keys in a fixed order (it never depends on the answers' order).
func match(it *Item, a *intake.Answers) (score int, why []string) {
	if it.Always {
		score++
		why = append(why, whyKey("everyone"))
	}
	if it.Core {
		score += weightCore
		why = append(why, whyKey("core"))
	}
	var zones []intake.Zone
	for _, r := range it.Regions {
		if (a.HasRegion(r) || contains(a.Focus, r)) && !contains(zones, r.Zone()) {
			zones = append(zones, r.Zone())
		}
	}
	if len(zones) > 0 {
		score += weightRegion
		for _, z := range []intake.Zone{intake.ZoneUpper, intake.ZoneMid, intake.ZoneLower, intake.ZoneLegs} {
			if contains(zones, z) {
				why = append(why, whyKey("zone."+string(z)))
			}
		}
	}
	for _, d := range it.Daily {
		if a.Does(d) || (d == intake.ActTraining && (a.Training == intake.TrainedUnder24 || a.Training == intake.Trained24to48)) {
			score += weightDaily
			why = append(why, whyKey("daily."+string(d)))
		}
	}
	for _, g := range it.Goals {
		if contains(a.Goals, g) {
			score += weightGoal
			why = append(why, whyKey("goal."+string(g)))
		}
	}
	for _, w := range it.Worse {
		stiff := w == intake.WorseMornings && (a.Stiff == intake.StiffShort || a.Stiff == intake.StiffLong)
		if contains(a.Worse, w) || stiff {
			score += weightWorse
			why = append(why, whyKey("worse."+string(w)))
		}
	}
	for _, n := range it.Neck {
		if a.HasNeckSign(n) {
			score += weightNeck
			why = append(why, whyKey("neck."+string(n)))
		}
	}
	return score, why
}
