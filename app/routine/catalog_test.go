package routine

import (
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/i18n/i18ntest"
	"kneadform/app/intake"
	"kneadform/app/triage"
)

// catalogKeys lists every client-facing key this package can emit.
func catalogKeys() []string {
	var keys []string
	for i := range Library {
		it := &Library[i]
		keys = append(keys, it.NameKey(), it.SafetyKey())
		keys = append(keys, it.StepKeys()...)
		if it.Always {
			keys = append(keys, whyKey("everyone"))
		}
		if it.Core {
			keys = append(keys, whyKey("core"))
		}
		for _, r := range it.Regions {
			keys = append(keys, whyKey("zone."+string(r.Zone())))
		}
		for _, d := range it.Daily {
			keys = append(keys, whyKey("daily."+string(d)))
		}
		for _, g := range it.Goals {
			keys = append(keys, whyKey("goal."+string(g)))
		}
		for _, w := range it.Worse {
			keys = append(keys, whyKey("worse."+string(w)))
		}
		for _, n := range it.Neck {
			keys = append(keys, whyKey("neck."+string(n)))
		}
	}
	keys = append(keys, whyKey("extra"), "routine.left."+LeftTime, "routine.left."+LeftTools)
	for _, c := range Contras {
		keys = append(keys, c.Key())
	}
	for _, t := range []triage.Tier{triage.Emergency, triage.SeeDoctor, triage.Postpone} {
		keys = append(keys, adviceKey(t))
	}
	keys = append(keys, "routine.note.stop", "routine.note.build-up", "routine.note.pregnancy")
	for _, p := range Phases {
		keys = append(keys, p.MsgKey())
	}
	for _, k := range Kinds {
		keys = append(keys, k.MsgKey())
	}
	return keys
}

// TestCatalog: every key the package emits has English text, and
// locales/en/routine.json holds no key it does not emit.
func TestCatalog(t *testing.T) {
	i18ntest.CheckFile(t, "routine.json", "", catalogKeys())
}

// TestCatalogReadsPlainly keeps the client text at a reading age of about 9:
// short sentences, short words, no clinical labels.
func TestCatalogReadsPlainly(t *testing.T) {
	en := i18n.Get("en")
	banned := []string{"lumbar", "thoracic", "flexion", "extension", "contraindicat", "osteopor", "stenosis",
		"hernia", "supine", "prone", "anticoag", "fracture", "sciatic", "gluteal", "hamstring", "vertebra"}
	for _, k := range catalogKeys() {
		msg := en.T(k)
		low := strings.ToLower(msg)
		for _, w := range banned {
			if strings.Contains(low, w) {
				t.Errorf("%s: %q uses the clinical word %q", k, msg, w)
			}
		}
		for _, s := range strings.FieldsFunc(msg, func(r rune) bool { return r == '.' || r == '?' || r == '!' }) {
			if n := len(strings.Fields(s)); n > 20 {
				t.Errorf("%s: a sentence of %d words (max 20): %q", k, n, s)
			}
		}
		for _, w := range strings.Fields(low) {
			if w = strings.Trim(w, ".,:;!?\"'()"); len([]rune(w)) > 12 {
				t.Errorf("%s: the long word %q", k, w)
			}
		}
	}
}

// TestWhyKeysExist: every reason Generate can give has text, for any
// answers (match builds keys from the answers' values).
func TestWhyKeysExist(t *testing.T) {
	en := i18n.Get("en")
	a := &intake.Answers{Daily: intake.Activities, Regions: intake.Regions, Goals: intake.Goals, Worse: intake.Triggers,
		Stiff: intake.StiffLong, Training: intake.TrainedUnder24, Neck: intake.NeckSigns}
	for i := range Library {
		_, why := match(&Library[i], a)
		for _, k := range why {
			if !en.Has(k) {
				t.Errorf("%s: reason key %q has no text", Library[i].ID, k)
			}
		}
	}
}
