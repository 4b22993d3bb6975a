package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/triage"
)

// TestCatalogHasEveryKey checks that every message the UI can ask for is in
// the English catalog: literal keys found in the source, and every key built
// from the intake model's value lists.
func TestCatalogHasEveryKey(t *testing.T) {
	en := i18n.Get("en")
	keys := literalKeys(t)
	add := func(prefix string, values ...string) {
		for _, v := range values {
			keys = append(keys, prefix+"."+v)
		}
	}
	add("region", strs(intake.Regions)...)
	add("age", strs(intake.AgeBands)...)
	add("daily", strs(intake.Activities)...)
	add("duration", strs(intake.Durations)...)
	add("onset", strs(intake.Onsets)...)
	add("feeling", strs(intake.Feelings)...)
	add("spread", strs(intake.Spreads)...)
	add("worse", strs(intake.Triggers)...)
	add("better", strs(intake.Reliefs)...)
	add("move", strs(intake.Moves)...)
	add("moveresult", strs(intake.MoveResults)...)
	add("task", strs(intake.Tasks)...)
	add("ability", strs(intake.Abilities)...)
	add("sleep", strs(intake.Qualities)...)
	add("stiffness", strs(intake.Stiffnesses)...)
	add("goal", strs(intake.Goals)...)
	add("condition", strs(intake.Conditions)...)
	add("surgery", strs(intake.SurgeryWhens)...)
	add("allergy", strs(intake.Allergies)...)
	add("skin", strs(intake.SkinIssues)...)
	add("training", strs(intake.Trainings)...)
	add("talk", strs(intake.Talks)...)
	add("warmth", strs(intake.Warmths)...)
	add("oil", strs(intake.Oils)...)
	add("tri", "yes", "no", "unsure")
	add("flag", strs(intake.Flags)...)
	for _, f := range intake.Flags {
		keys = append(keys, "flag."+string(f)+".short")
	}
	for _, m := range intake.Moves {
		keys = append(keys, "move."+string(m)+".how")
	}
	for _, s := range intake.Steps {
		keys = append(keys, "step."+string(s)+".title")
	}
	for tier := triage.Proceed; tier <= triage.Emergency; tier++ {
		keys = append(keys, tier.MsgKey()+".title", tier.MsgKey()+".body")
	}
	for _, r := range triage.Rules {
		keys = append(keys, r.ClientKey())
	}
	for _, k := range []string{"required", "invalid", "too-long", "invalid-text", "range"} {
		keys = append(keys, "error."+k)
	}
	for _, k := range keys {
		if !en.Has(k) {
			t.Errorf("catalog en has no key %q", k)
		}
	}
}

// literalKeys finds t("key") and kit.T("key") calls in the source of app/ui
// and every package below it.
func literalKeys(t *testing.T) []string {
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`\b[tT]\("([a-z0-9.-]+)"`)
	var keys []string
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			if !strings.HasSuffix(m[1], ".") {
				keys = append(keys, m[1])
			}
		}
	}
	if len(keys) < 50 {
		t.Fatalf("found only %d literal keys: the pattern no longer matches the code", len(keys))
	}
	return keys
}

func strs[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
