package intake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

// MaxDraftReadBytes bounds what ReadDraft parses at all. A draft between
// MaxDraftBytes (larger than any real draft) and this is still read, with
// a problem saying it is too large: the client's answers are kept.
const MaxDraftReadBytes = 256 << 10

// MaxDraftProblems bounds DraftRead.Problems; the last one then says how
// many more there were.
const MaxDraftProblems = 50

// DraftRead is what ReadDraft found in a stored draft. The rule it serves:
// the app never deletes what it cannot read.
//
//   - Newer: saved by a newer version of the app. Draft is empty; the
//     stored text must be left as it is and the client asked to reload
//     for the update.
//   - Damaged: nothing could be read (not JSON, cut short, not an
//     object, over MaxDraftReadBytes). Draft is empty.
//   - Otherwise Draft holds every field that decoded, cleaned (see
//     Answers.Clean) with a valid Step, and Problems lists each value left
//     out or changed.
//
// Whenever Lost reports true, the caller should keep the stored text
// aside (under its own key) before saving over it, tell the client, and
// offer the text in the export.
type DraftRead struct {
	Draft    Draft
	Problems []ValueError // each value not read or dropped, by field name
	Newer    bool         // from a newer version: leave it untouched
	Damaged  bool         // nothing readable
}

// Lost reports whether the stored text holds anything Draft does not: the
// stored text should then be kept aside rather than overwritten.
func (r DraftRead) Lost() bool { return r.Newer || r.Damaged || len(r.Problems) > 0 }

// ReadDraft parses a stored draft, keeping every field that decodes: a
// value of the wrong type, an unknown field or a value the intake does not
// allow loses that value only, never the rest. It never panics.
func ReadDraft(b []byte) DraftRead {
	var r DraftRead
	if len(b) > MaxDraftReadBytes {
		r.Damaged = true
		r.problem("", fmt.Sprintf("%d bytes", len(b)), fmt.Sprintf("is larger than any saved draft (at most %d bytes are read)", MaxDraftReadBytes))
		return r
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil || top == nil {
		r.Damaged = true
		r.problem("", rawValue(b), "is not a saved draft: "+errOrNull(err))
		return r
	}
	if len(b) > MaxDraftBytes {
		r.problem("", fmt.Sprintf("%d bytes", len(b)), fmt.Sprintf("is larger than any real draft (%d bytes)", MaxDraftBytes))
	}
	var v int
	switch raw, ok := top["v"]; {
	case !ok:
		r.problem("v", "", "is missing")
	case json.Unmarshal(raw, &v) != nil:
		r.problem("v", rawValue(raw), "is not a version number")
	case v > DraftVersion:
		return DraftRead{Newer: true, Problems: []ValueError{{Field: "v", Value: rawValue(raw),
			Problem: fmt.Sprintf("is from a newer version of the app (this one reads %d)", DraftVersion)}}}
	case v < DraftVersion:
		r.problem("v", rawValue(raw), fmt.Sprintf("is not a version this app made (it reads %d)", DraftVersion))
	}
	d := &r.Draft
	d.Version = DraftVersion
	for _, k := range sortedKeys(top) {
		raw := top[k]
		switch k {
		case "v":
		case "step":
			r.field(k, raw, &d.Step)
		case "saved":
			r.field(k, raw, &d.Saved)
		case "done":
			r.field(k, raw, &d.Done)
		case "answers":
			r.answers(raw)
		default:
			r.problem(k, rawValue(raw), "is not a field of a saved draft")
		}
	}
	if err := checkAnswers(&d.Answers, "answers."); err != nil {
		var ve *ValueError
		for _, e := range unjoin(err) {
			if errors.As(e, &ve) {
				p := *ve
				p.Value = rawValue([]byte(p.Value))
				r.Problems = append(r.Problems, p)
			}
		}
	}
	d.Answers.Clean()
	if !d.Step.Valid() {
		if d.Step != "" {
			r.problem("step", string(d.Step), "is not a page of the intake")
		}
		if d.Step = FirstIncomplete(&d.Answers); d.Step == "" {
			d.Step = StepCheck
		}
	}
	r.capProblems()
	return r
}

// answers decodes the answers object one field at a time, and lists and
// maps one element at a time, so a value of the wrong type loses only
// itself. (encoding/json alone would store a zero in its place: a pain of
// "ten" would become 0, an answer the client never gave.)
func (r *DraftRead) answers(raw json.RawMessage) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		r.problem("answers", rawValue(raw), "is not an object")
		return
	}
	byName := answerIndex()
	a := reflect.ValueOf(&r.Draft.Answers).Elem()
	for _, k := range sortedKeys(fields) {
		i, ok := byName[k]
		if !ok {
			r.problem("answers."+k, rawValue(fields[k]), "is not a question of this intake")
			continue
		}
		r.decode(a.Field(i), fields[k], "answers."+k)
	}
}

// decode reads raw into v: a list or a string-keyed map element by
// element, keeping the elements that decode; anything else whole. It
// reports whether v holds something read from raw.
func (r *DraftRead) decode(v reflect.Value, raw json.RawMessage, path string) bool {
	switch v.Kind() {
	case reflect.Slice:
		var items []json.RawMessage
		if err := json.Unmarshal(raw, &items); err != nil {
			r.typeProblem(path, raw, "a list")
			return false
		}
		out := reflect.MakeSlice(v.Type(), 0, len(items))
		for _, item := range items {
			e := reflect.New(v.Type().Elem()).Elem()
			if r.decode(e, item, path) {
				out = reflect.Append(out, e)
			}
		}
		v.Set(out)
		return out.Len() > 0 || len(items) == 0
	case reflect.Map:
		var entries map[string]json.RawMessage
		if err := json.Unmarshal(raw, &entries); err != nil {
			r.typeProblem(path, raw, "an object")
			return false
		}
		m := reflect.MakeMapWithSize(v.Type(), len(entries))
		for _, k := range sortedKeys(entries) {
			e := reflect.New(v.Type().Elem()).Elem()
			if r.decode(e, entries[k], path+"."+k) {
				m.SetMapIndex(reflect.ValueOf(k).Convert(v.Type().Key()), e)
			}
		}
		v.Set(m)
		return m.Len() > 0 || len(entries) == 0
	}
	if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
		r.typeProblem(path, raw, kind(v.Kind().String()))
		return false
	}
	return true
}

func (r *DraftRead) typeProblem(path string, raw json.RawMessage, want string) {
	r.problem(path, rawValue(raw), fmt.Sprintf("is %s, not %s", jsonKind(raw), want))
}

// jsonKind names the kind of a JSON value.
func jsonKind(raw json.RawMessage) string {
	switch b := bytes.TrimSpace(raw); {
	case len(b) == 0:
		return "empty"
	case b[0] == '"':
		return "a string"
	case b[0] == '{':
		return "an object"
	case b[0] == '[':
		return "a list"
	case b[0] == 't' || b[0] == 'f':
		return "true or false"
	case b[0] == 'n':
		return "null"
	}
	return "a number"
}

// answerIndex maps each JSON name of Answers to its field index.
func answerIndex() map[string]int {
	t := reflect.TypeOf(Answers{})
	m := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		m[name] = i
	}
	return m
}

// field decodes one top-level draft field into dst, or notes why not.
func (r *DraftRead) field(name string, raw json.RawMessage, dst any) {
	if err := json.Unmarshal(raw, dst); err != nil {
		r.problem(name, rawValue(raw), "could not be read")
	}
}

func (r *DraftRead) problem(field, value, problem string) {
	r.Problems = append(r.Problems, ValueError{Field: field, Value: value, Problem: problem})
}

// capProblems keeps the first MaxDraftProblems problems and counts the rest.
func (r *DraftRead) capProblems() {
	if n := len(r.Problems); n > MaxDraftProblems {
		r.Problems = append(r.Problems[:MaxDraftProblems-1:MaxDraftProblems-1], ValueError{
			Value: fmt.Sprintf("%d more", n-MaxDraftProblems+1), Problem: "other values could not be read either"})
	}
}

// rawValue shows a stored value in a problem: at most 40 bytes, with no
// control or bidi characters, so a message can show it safely.
func rawValue(b []byte) string {
	s := CleanText(string(b), false)
	if len(s) > 40 {
		s = truncate(s, 40) + "…"
	}
	return s
}

func errOrNull(err error) string {
	if err != nil {
		return strings.TrimPrefix(err.Error(), "json: ")
	}
	return "null"
}

// unjoin lists the errors an errors.Join holds.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}
