// Package i18ntest holds the catalog checks every package with its own
// catalog file runs in its tests: each key the package uses has English
// text, and the file holds no key nobody uses.
package i18ntest

import (
	"sort"
	"strings"
	"testing"

	"kneadform/app/i18n"
)

// CheckFile fails t when a key in used has no English text, when the
// English catalog file name (e.g. "triage.json") holds a key, starting with
// prefix ("" for any), that is not in used, or when a message is empty.
// It returns the file's messages for further checks.
func CheckFile(t testing.TB, name, prefix string, used []string) map[string]string {
	t.Helper()
	en := i18n.Get(i18n.Fallback)
	seen := make(map[string]bool, len(used))
	for _, k := range used {
		seen[k] = true
		if !en.Has(k) {
			t.Errorf("catalog key %q is missing (expected in locales/en/%s)", k, name)
		}
	}
	file, err := i18n.File(i18n.Fallback, name)
	if err != nil {
		t.Fatal(err)
	}
	var orphans []string
	for k, v := range file {
		if strings.HasPrefix(k, prefix) && !seen[k] {
			orphans = append(orphans, k)
		}
		if strings.TrimSpace(v) == "" {
			t.Errorf("catalog key %q is empty", k)
		}
	}
	sort.Strings(orphans)
	if len(orphans) > 0 {
		t.Errorf("%s holds keys nothing uses: %v", name, orphans)
	}
	return file
}
