package intake

import (
	"testing"

	"kneadform/app/i18n/i18ntest"
)

// followUpKeys lists the catalog keys of the follow-up questions (issue 13):
// locales/en/clinical.json, kept apart so the translations can be added in
// one place. The UI shows them; this package defines what they ask.
func followUpKeys() []string {
	keys := []string{
		"step.safety.both-legs-when", "step.safety.both-legs-when.hint", "step.safety.both-legs-when.short",
		"step.safety.night-eases", "step.safety.night-eases.short",
		"step.feel.neck", "step.feel.neck.hint", "step.feel.neck.short",
		"step.health.reviewed", "step.health.reviewed.short",
		"step.health.surgery-areas", "step.health.surgery-areas.hint", "step.health.surgery-areas.short",
		"step.skin.rash-known", "step.skin.rash-known.hint", "step.skin.rash-known.short",
		"step.preferences.comfort", "step.preferences.comfort.hint", "step.preferences.comfort.short",
	}
	for _, h := range LegsHistories {
		keys = append(keys, "both-legs-when."+string(h))
	}
	for _, s := range NeckSigns {
		keys = append(keys, "neck."+string(s))
	}
	for _, c := range Comforts {
		keys = append(keys, "comfort."+string(c))
	}
	return keys
}

// TestFollowUpCatalog: every follow-up question and option has English text,
// and clinical.json holds nothing else.
func TestFollowUpCatalog(t *testing.T) {
	i18ntest.CheckFile(t, "clinical.json", "", followUpKeys())
}
