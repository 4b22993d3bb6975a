// Package i18n holds Kneadform's message catalogs and looks messages up.
//
// Every user-facing string lives in a JSON catalog under locales/<lang>/,
// split into files by area (app.json, triage.json, ...) that are merged; a key
// may appear in only one file. Adding a language (th, es) is adding a folder
// of JSON files, no code. Messages may contain named placeholders written
// {name}, filled by T's key/value arguments.
//
// The browser decodes no JSON: go generate turns the catalogs into static
// Go tables (tables_gen.go, written by ./gen; a test fails when it is out of
// date), so starting the app costs no catalog decoding.
package i18n

//go:generate go run ./gen

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Fallback is the language whose catalog is complete by definition; any key
// missing from another language falls back to it.
const Fallback = "en"

// table is one language's catalog as generated: keys sorted, msgs[i] the
// message of keys[i], files[file[i]] the catalog file that defines it.
type table struct {
	lang  string
	files []string
	keys  []string
	msgs  []string
	file  []uint8
}

// Catalog maps message keys to the text of one language. It looks them up
// in the generated table (binary search on the sorted keys): no map is
// built, which saved ~20 ms of start-up at 4× CPU (docs/performance.md).
type Catalog struct {
	Lang     string
	table    *table
	fallback *Catalog
}

// own returns the message of key in this catalog (not its fallback).
func (c *Catalog) own(key string) (string, bool) {
	t := c.table
	if i := sort.SearchStrings(t.keys, key); i < len(t.keys) && t.keys[i] == key {
		return t.msgs[i], true
	}
	return "", false
}

var (
	catalogsOnce sync.Once
	catalogsMap  map[string]*Catalog
)

// catalogs returns every catalog, made from the generated tables on first
// use (nothing is copied or decoded).
func catalogs() map[string]*Catalog {
	catalogsOnce.Do(func() {
		cs, err := load()
		if err != nil {
			// The tables are generated and checked by tests, so this can
			// only fire on a broken build.
			panic(err)
		}
		catalogsMap = cs
	})
	return catalogsMap
}

func load() (map[string]*Catalog, error) {
	cs := make(map[string]*Catalog, len(tables))
	for i := range tables {
		cs[tables[i].lang] = &Catalog{Lang: tables[i].lang, table: &tables[i]}
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

// Languages lists the languages that have a catalog, sorted.
func Languages() []string {
	out := make([]string, 0, len(tables))
	for _, t := range tables {
		out = append(out, t.lang)
	}
	sort.Strings(out)
	return out
}

// Get returns the catalog for lang ("en", "th", "es-MX" → "es"), or the
// fallback catalog when there is none.
func Get(lang string) *Catalog {
	lang = strings.ToLower(strings.TrimSpace(lang))
	cs := catalogs()
	if c, ok := cs[lang]; ok {
		return c
	}
	if i := strings.IndexAny(lang, "-_"); i > 0 {
		if c, ok := cs[lang[:i]]; ok {
			return c
		}
	}
	return cs[Fallback]
}

// Has reports whether key is in this catalog or its fallback.
func (c *Catalog) Has(key string) bool {
	if _, ok := c.own(key); ok {
		return true
	}
	return c.fallback != nil && c.fallback.Has(key)
}

// Keys returns every key of this catalog (not of its fallback), sorted.
func (c *Catalog) Keys() []string {
	return append([]string(nil), c.table.keys...) // generated sorted
}

// T returns the message for key with its {placeholders} filled from args,
// given as alternating names and values: T("step.progress", "n", 3, "total", 12).
// A missing key renders as "[key]" so a gap is visible, never blank.
func (c *Catalog) T(key string, args ...any) string {
	msg, ok := c.own(key)
	if !ok {
		if c.fallback != nil {
			return c.fallback.T(key, args...)
		}
		return "[" + key + "]"
	}
	if len(args) < 2 || !strings.Contains(msg, "{") {
		return msg
	}
	return fill(msg, args)
}

// fill replaces each {name} in msg whose name is among args (alternating
// names and values) by its value, in one pass: a value is never searched
// for placeholders again, and an unknown {name} stays as it is. (It does
// what strings.NewReplacer did here, without building a replacer on every
// call: T runs in every render.)
func fill(msg string, args []any) string {
	var b strings.Builder
	b.Grow(len(msg) + 16)
	for {
		open := strings.IndexByte(msg, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(msg[open+1:], '}')
		if end < 0 {
			break
		}
		name := msg[open+1 : open+1+end]
		v, ok := arg(args, name)
		if !ok {
			// Not a placeholder of ours: keep the brace and go on after it
			// (a "{" inside it may start one).
			b.WriteString(msg[:open+1])
			msg = msg[open+1:]
			continue
		}
		b.WriteString(msg[:open])
		b.WriteString(v)
		msg = msg[open+end+2:]
	}
	b.WriteString(msg)
	return b.String()
}

// arg returns the value given for name in args (the first, as a string).
func arg(args []any, name string) (string, bool) {
	for i := 0; i+1 < len(args); i += 2 {
		if str(args[i]) == name {
			return str(args[i+1]), true
		}
	}
	return "", false
}

func str(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	}
	return fmt.Sprint(v)
}

// File returns the messages of one catalog file, e.g. File("en",
// "triage.json"), for tests that check a package's file against the keys
// it uses.
func File(lang, name string) (map[string]string, error) {
	for _, t := range tables {
		if t.lang != lang {
			continue
		}
		for fi, f := range t.files {
			if f != name {
				continue
			}
			m := map[string]string{}
			for i, k := range t.keys {
				if int(t.file[i]) == fi {
					m[k] = t.msgs[i]
				}
			}
			return m, nil
		}
	}
	return nil, fmt.Errorf("i18n: no catalog file %s/%s", lang, name)
}

// Choose picks the language to speak: the first of preferred (the
// browser's languages, best first, e.g. "es-MX") whose base language is
// offered and has a catalog, else the first offered language with a
// catalog, else Fallback. An empty offered list means every catalog.
func Choose(offered []string, preferred ...string) string {
	ok := func(lang string) bool {
		if !hasTable(lang) {
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

// hasTable reports whether lang has a catalog, without building any.
func hasTable(lang string) bool {
	for _, t := range tables {
		if t.lang == lang {
			return true
		}
	}
	return false
}
