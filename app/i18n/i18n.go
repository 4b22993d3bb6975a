// Package i18n holds Kneadform's message catalogs and looks messages up.
//
// Every user-facing string lives in a JSON catalog under locales/<lang>/,
// split into files by area (app.json, triage.json, ...) that are merged; a key
// may appear in only one file. Adding a language (th, es) is adding a folder
// of JSON files, no code. Messages may contain named placeholders written
// {name}, filled by T's key/value arguments.
package i18n

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// Fallback is the language whose catalog is complete by definition; any key
// missing from another language falls back to it.
const Fallback = "en"

//go:embed locales
var files embed.FS

// Catalog maps message keys to the text of one language.
type Catalog struct {
	Lang     string
	messages map[string]string
	fallback *Catalog
}

var catalogs = mustLoad()

func mustLoad() map[string]*Catalog {
	cs, err := load()
	if err != nil {
		// The catalogs are embedded at build time and checked by tests, so
		// this can only fire on a broken build.
		panic(err)
	}
	return cs
}

func load() (map[string]*Catalog, error) {
	langs, err := files.ReadDir("locales")
	if err != nil {
		return nil, err
	}
	cs := make(map[string]*Catalog, len(langs))
	for _, l := range langs {
		if !l.IsDir() {
			continue
		}
		m, err := loadLang(l.Name())
		if err != nil {
			return nil, err
		}
		cs[l.Name()] = &Catalog{Lang: l.Name(), messages: m}
	}
	fb, ok := cs[Fallback]
	if !ok {
		return nil, fmt.Errorf("i18n: no %s catalog", Fallback)
	}
	for lang, c := range cs {
		if lang != Fallback {
			c.fallback = fb
		}
	}
	return cs, nil
}

// loadLang merges every JSON file of one language; a key defined twice is an error.
func loadLang(lang string) (map[string]string, error) {
	dir := "locales/" + lang
	entries, err := files.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		b, err := files.ReadFile(dir + "/" + e.Name())
		if err != nil {
			return nil, err
		}
		part := map[string]string{}
		if err := json.Unmarshal(b, &part); err != nil {
			return nil, fmt.Errorf("i18n: %s/%s: %w", dir, e.Name(), err)
		}
		for k, v := range part {
			if _, dup := m[k]; dup {
				return nil, fmt.Errorf("i18n: %s/%s: key %q is defined twice", dir, e.Name(), k)
			}
			m[k] = v
		}
	}
	return m, nil
}

// Languages lists the languages that have a catalog, sorted.
func Languages() []string {
	out := make([]string, 0, len(catalogs))
	for l := range catalogs {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Get returns the catalog for lang ("en", "th", "es-MX" → "es"), or the
// fallback catalog when there is none.
func Get(lang string) *Catalog {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if c, ok := catalogs[lang]; ok {
		return c
	}
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		if c, ok := catalogs[lang[:i]]; ok {
			return c
		}
	}
	return catalogs[Fallback]
}

// Has reports whether key is in this catalog or its fallback.
func (c *Catalog) Has(key string) bool {
	if _, ok := c.messages[key]; ok {
		return true
	}
	return c.fallback != nil && c.fallback.Has(key)
}

// Keys returns every key of this catalog (not of its fallback), sorted.
func (c *Catalog) Keys() []string {
	out := make([]string, 0, len(c.messages))
	for k := range c.messages {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// T returns the message for key with its {placeholders} filled from args,
// given as alternating names and values: T("step.progress", "n", 3, "total", 12).
// A missing key renders as "[key]" so a gap is visible, never blank.
func (c *Catalog) T(key string, args ...any) string {
	msg, ok := c.messages[key]
	if !ok {
		if c.fallback != nil {
			return c.fallback.T(key, args...)
		}
		return "[" + key + "]"
	}
	if len(args) < 2 || !strings.Contains(msg, "{") {
		return msg
	}
	pairs := make([]string, 0, len(args))
	for i := 0; i+1 < len(args); i += 2 {
		pairs = append(pairs, "{"+fmt.Sprint(args[i])+"}", fmt.Sprint(args[i+1]))
	}
	return strings.NewReplacer(pairs...).Replace(msg)
}

// File returns the messages of one catalog file, e.g. File("en",
// "triage.json"), for tests that check a package's file against the keys
// it uses.
func File(lang, name string) (map[string]string, error) {
	b, err := files.ReadFile("locales/" + lang + "/" + name)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("i18n: %s/%s: %w", lang, name, err)
	}
	return m, nil
}

// Choose picks the language to speak: the first of preferred (the
// browser's languages, best first, e.g. "es-MX") whose base language is
// offered and has a catalog, else the first offered language with a
// catalog, else Fallback. An empty offered list means every catalog.
func Choose(offered []string, preferred ...string) string {
	ok := func(lang string) bool {
		if _, has := catalogs[lang]; !has {
			return false
		}
		if len(offered) == 0 {
			return true
		}
		for _, o := range offered {
			if strings.EqualFold(o, lang) {
				return true
			}
		}
		return false
	}
	for _, p := range preferred {
		base := strings.ToLower(strings.TrimSpace(p))
		if i := strings.IndexAny(base, "-_"); i > 0 {
			base = base[:i]
		}
		if ok(base) {
			return base
		}
	}
	for _, o := range offered {
		if ok(strings.ToLower(o)) {
			return strings.ToLower(o)
		}
	}
	return Fallback
}
