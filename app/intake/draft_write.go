package intake

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// appendDraft writes d as JSON, byte for byte what json.Marshal(d) writes
// (the saved-draft format, docs/intake-format.md), without reflection.
//
// The app saves the draft after every answer. encoding/json builds a
// type's encoder by reflection on its first use, and the wasm compiles
// that code on its first call: the client's first step paid for both
// (31 ms of it at 4× CPU), and warming it up in advance was a long task
// right after the app appeared (130–170 ms at 4× CPU; issue 12). Reading
// a draft still uses encoding/json (draft_read.go): a returning client's
// draft is read once.
//
// Every field of Draft and Answers is written here in declaration order,
// with its JSON name and omitempty as tagged. TestAppendDraftIsMarshal
// and FuzzAppendDraft compare it with json.Marshal on random and
// completely filled drafts, so a field added to Answers and not here
// fails them.
func appendDraft(b []byte, d Draft) []byte {
	w := jsonWriter{b: b}
	w.open('{')
	w.key("v")
	w.b = strconv.AppendInt(w.b, int64(d.Version), 10)
	w.key("step")
	w.b = appendJSONString(w.b, string(d.Step))
	w.key("answers")
	w.answers(&d.Answers)
	w.text("saved", d.Saved)
	w.flag("done", d.Done)
	w.close('}')
	return w.b
}

func (w *jsonWriter) answers(a *Answers) {
	w.open('{')
	w.text("firstName", a.FirstName)
	w.text("ageBand", string(a.AgeBand))
	w.text("pregnant", string(a.Pregnant))
	w.number("pregnancyWeeks", a.PregnancyWeeks)
	list(w, "daily", a.Daily)
	textMap(w, "redFlags", a.RedFlags)
	w.text("bothLegs", string(a.BothLegs))
	w.text("nightEases", string(a.NightEases))
	list(w, "regions", a.Regions)
	numberMap(w, "pain", a.Pain)
	w.text("duration", string(a.Duration))
	w.text("onset", string(a.Onset))
	list(w, "feelings", a.Feelings)
	w.text("spread", string(a.Spread))
	list(w, "neck", a.Neck)
	list(w, "worse", a.Worse)
	list(w, "better", a.Better)
	textMap(w, "moves", a.Moves)
	textMap(w, "function", a.Function)
	w.text("sleep", string(a.Sleep))
	w.text("stiffness", string(a.Stiff))
	list(w, "goals", a.Goals)
	list(w, "conditions", a.Conditions)
	w.text("surgeryWhen", string(a.SurgeryWhen))
	list(w, "surgeryAreas", a.SurgeryAreas)
	w.text("reviewed", string(a.Reviewed))
	w.text("medications", a.Medications)
	list(w, "allergies", a.Allergies)
	listMap(w, "skin", a.Skin)
	w.text("rashKnown", string(a.RashKnown))
	w.text("training", string(a.Training))
	w.text("talk", string(a.Talk))
	w.text("warmth", string(a.Warmth))
	w.text("oil", string(a.Oil))
	list(w, "avoid", a.Avoid)
	list(w, "focus", a.Focus)
	list(w, "comfort", a.Comfort)
	w.flag("consent", a.Consent)
	w.text("consentName", a.ConsentName)
	w.text("consentAt", a.ConsentAt)
	w.close('}')
}

// jsonWriter appends one JSON object or array; more tells whether the
// next member needs a comma.
type jsonWriter struct {
	b    []byte
	more bool
}

func (w *jsonWriter) open(c byte) { w.b, w.more = append(w.b, c), false }

func (w *jsonWriter) close(c byte) { w.b, w.more = append(w.b, c), true }

// key starts a member: the comma if one is due, the name and its colon.
func (w *jsonWriter) key(k string) {
	w.item()
	w.b = append(appendJSONString(w.b, k), ':')
}

// item starts an array element or a member.
func (w *jsonWriter) item() {
	if w.more {
		w.b = append(w.b, ',')
	}
	w.more = true
}

// flag writes a bool field tagged omitempty.
func (w *jsonWriter) flag(k string, v bool) {
	if v {
		w.key(k)
		w.b = append(w.b, "true"...)
	}
}

// number writes an int field tagged omitempty.
func (w *jsonWriter) number(k string, v int) {
	if v != 0 {
		w.key(k)
		w.b = strconv.AppendInt(w.b, int64(v), 10)
	}
}

// text writes a string field tagged omitempty.
func (w *jsonWriter) text(k, v string) {
	if v != "" {
		w.key(k)
		w.b = appendJSONString(w.b, v)
	}
}

// list writes a []string-like field tagged omitempty.
func list[T ~string](w *jsonWriter, k string, v []T) {
	if len(v) > 0 {
		w.key(k)
		stringArray(w, v)
	}
}

// stringArray writes an array of strings (null for a nil slice, as in a map).
func stringArray[T ~string](w *jsonWriter, v []T) {
	if v == nil {
		w.b = append(w.b, "null"...)
		return
	}
	w.open('[')
	for _, s := range v {
		w.item()
		w.b = appendJSONString(w.b, string(s))
	}
	w.close(']')
}

// mapKeys are m's keys in the order json.Marshal writes them: sorted.
func mapKeys[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// textMap, numberMap and listMap write a map field tagged omitempty.
func textMap[K, V ~string](w *jsonWriter, k string, m map[K]V) {
	if len(m) == 0 {
		return
	}
	w.key(k)
	w.open('{')
	for _, key := range mapKeys(m) {
		w.key(string(key))
		w.b = appendJSONString(w.b, string(m[key]))
	}
	w.close('}')
}

func numberMap[K ~string](w *jsonWriter, k string, m map[K]int) {
	if len(m) == 0 {
		return
	}
	w.key(k)
	w.open('{')
	for _, key := range mapKeys(m) {
		w.key(string(key))
		w.b = strconv.AppendInt(w.b, int64(m[key]), 10)
	}
	w.close('}')
}

func listMap[K, V ~string](w *jsonWriter, k string, m map[K][]V) {
	if len(m) == 0 {
		return
	}
	w.key(k)
	w.open('{')
	for _, key := range mapKeys(m) {
		w.key(string(key))
		stringArray(w, m[key])
	}
	w.close('}')
}

// appendJSONString quotes s as encoding/json does (with its default HTML
// escaping): jsonEscapes for ASCII, \ufffd for each invalid UTF-8 byte,
// and \u2028 \u2029 for the line and paragraph separators.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		esc, size := "", 1
		if c := s[i]; c < utf8.RuneSelf {
			esc = jsonEscapes[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				esc = `\ufffd`
			case r == '\u2028':
				esc = `\u2028`
			case r == '\u2029':
				esc = `\u2029`
			}
		}
		if esc != "" {
			b = append(append(b, s[start:i]...), esc...)
			start = i + size
		}
		i += size
	}
	return append(append(b, s[start:]...), '"')
}

// jsonEscapes is how encoding/json writes each ASCII byte inside a string
// ("": as it is).
var jsonEscapes = [utf8.RuneSelf]string{
	`\u0000`, `\u0001`, `\u0002`, `\u0003`, `\u0004`, `\u0005`, `\u0006`, `\u0007`,
	`\b`, `\t`, `\n`, `\u000b`, `\f`, `\r`, `\u000e`, `\u000f`,
	`\u0010`, `\u0011`, `\u0012`, `\u0013`, `\u0014`, `\u0015`, `\u0016`, `\u0017`,
	`\u0018`, `\u0019`, `\u001a`, `\u001b`, `\u001c`, `\u001d`, `\u001e`, `\u001f`,
	'"': `\"`, '\\': `\\`, '<': `\u003c`, '>': `\u003e`, '&': `\u0026`,
}
