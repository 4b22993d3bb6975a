package handoff

import (
	"encoding/binary"
	"fmt"
	"time"
	"unicode/utf8"

	"kneadform/app/intake"
	"kneadform/app/pressure"
)

// putAnswers writes a (already cleaned) in the order of
// docs/handoff-format.md: each choice, list and map to bits, each free
// text to the text section.
func putAnswers(w *bitWriter, text *[]byte, a *intake.Answers) error {
	e := encoder{w: w}
	one(&e, v1AgeBands, a.AgeBand)
	one(&e, v1Tris, a.Pregnant)
	w.write(uint(a.PregnancyWeeks), width(v1MaxWeeks))
	list(&e, v1Activities, a.Daily)
	for _, f := range v1Flags {
		one(&e, v1Tris, a.RedFlags[intake.Flag(f)])
	}
	list(&e, v1Regions, a.Regions)
	for _, r := range v1Regions {
		p, ok := a.Pain[intake.Region(r)]
		w.bit(ok)
		if ok {
			w.write(uint(p), width(v1MaxLevel))
		}
	}
	one(&e, v1Durations, a.Duration)
	one(&e, v1Onsets, a.Onset)
	list(&e, v1Feelings, a.Feelings)
	one(&e, v1Spreads, a.Spread)
	list(&e, v1Triggers, a.Worse)
	list(&e, v1Reliefs, a.Better)
	for _, m := range v1Moves {
		one(&e, v1MoveResults, a.Moves[intake.Move(m)])
	}
	for _, t := range v1Tasks {
		one(&e, v1Abilities, a.Function[intake.Task(t)])
	}
	one(&e, v1Qualities, a.Sleep)
	one(&e, v1Stiffnesses, a.Stiff)
	list(&e, v1Goals, a.Goals)
	list(&e, v1Conditions, a.Conditions)
	one(&e, v1SurgeryWhens, a.SurgeryWhen)
	list(&e, v1Allergies, a.Allergies)
	for _, r := range v1Regions {
		xs, ok := a.Skin[intake.Region(r)]
		w.bit(ok)
		if ok {
			list(&e, v1SkinIssues, xs)
		}
	}
	one(&e, v1Trainings, a.Training)
	one(&e, v1Talks, a.Talk)
	one(&e, v1Warmths, a.Warmth)
	one(&e, v1Oils, a.Oil)
	list(&e, v1Regions, a.Avoid)
	list(&e, v1Regions, a.Focus)
	w.bit(a.Consent)
	putString(text, a.FirstName)
	putString(text, a.Medications)
	putString(text, a.ConsentName)
	if err := putConsentAt(w, text, a.ConsentAt); err != nil {
		return err
	}
	return e.err
}

// putPrefs writes p (already cleaned) after the answers.
func putPrefs(w *bitWriter, text *[]byte, p *pressure.Prefs) error {
	e := encoder{w: w}
	for _, r := range v1Regions {
		s, ok := p.Regions[intake.Region(r)]
		w.bit(ok)
		if ok {
			w.write(uint(s.Preferred), width(v1MaxLevel))
			w.write(uint(s.Max), width(v1MaxLevel))
		}
	}
	w.write(uint(len(p.Tender)), width(len(v1Regions)))
	for _, t := range p.Tender {
		w.write(uint(indexOf(v1Regions, t.Region)), width(len(v1Regions)-1))
		putString(text, t.Note)
	}
	one(&e, v1Signals, p.Stop.Signal)
	putString(text, p.Stop.Word)
	one(&e, v1CheckIns, p.CheckIn)
	w.bit(p.HapticsOff)
	return e.err
}

// encoder writes choices and lists, remembering the first value that is
// not in a version 1 table (possible only once app/intake has grown a value
// and FormatVersion was not bumped: TestTablesMatchIntake catches that).
type encoder struct {
	w   *bitWriter
	err error
}

func (e *encoder) index(table []string, v string) uint {
	i := indexOf(table, v)
	if i < 0 && e.err == nil {
		e.err = fmt.Errorf("handoff: %q is not in answers format version %d", v, FormatVersion)
	}
	return uint(i)
}

// one writes a single choice: 0 for unanswered, else its index + 1.
func one[T ~string](e *encoder, table []string, v T) {
	n := uint(0)
	if v != "" {
		n = e.index(table, string(v)) + 1
	}
	e.w.write(n, width(len(table)))
}

// list writes a list of choices. A list in table order (the usual case:
// the app keeps lists as the client ticked them) is a 1 bit and a bitset;
// any other order is a 0 bit, the count and each index, so the order
// survives exactly.
func list[T ~string](e *encoder, table []string, xs []T) {
	ordered := true
	for i := 1; i < len(xs); i++ {
		ordered = ordered && indexOf(table, xs[i-1]) < indexOf(table, xs[i])
	}
	e.w.bit(ordered)
	if ordered {
		set := make([]bool, len(table))
		for _, x := range xs {
			set[e.index(table, string(x))] = true
		}
		for _, b := range set {
			e.w.bit(b)
		}
		return
	}
	e.w.write(uint(len(xs)), width(len(table)))
	for _, x := range xs {
		e.w.write(e.index(table, string(x)), width(len(table)-1))
	}
}

// decoder reads what putAnswers and putPrefs wrote: first every bit, then
// the text section, whose fields it queues while reading the bits.
type decoder struct {
	bits  bitReader
	texts []textField
	err   error // the first value out of range
}

// textField is one queued text: where it goes and its limit in characters; at is
// set for consentAt, whose form the bits chose.
type textField struct {
	dst  *string
	name string
	max  int
	at   uint
	// minutes: a visit's time, a varint of minutes since atEpoch (extras.go).
	minutes bool
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
	}
}

func (d *decoder) text(dst *string, name string, max int) {
	d.texts = append(d.texts, textField{dst: dst, name: name, max: max})
}

func (d *decoder) answers(a *intake.Answers) {
	a.AgeBand = getOne[intake.AgeBand](d, v1AgeBands, "ageBand")
	a.Pregnant = getOne[intake.Tri](d, v1Tris, "pregnant")
	if a.PregnancyWeeks = int(d.bits.read(width(v1MaxWeeks))); a.PregnancyWeeks > v1MaxWeeks {
		d.fail("pregnancyWeeks is %d", a.PregnancyWeeks)
	}
	a.Daily = getList[intake.Activity](d, v1Activities, "daily")
	for _, f := range v1Flags {
		if t := getOne[intake.Tri](d, v1Tris, "redFlags"); t != "" {
			a.RedFlags = put(a.RedFlags, intake.Flag(f), t)
		}
	}
	a.Regions = getList[intake.Region](d, v1Regions, "regions")
	for _, r := range v1Regions {
		if d.bits.bit() {
			p := int(d.bits.read(width(v1MaxLevel)))
			if p > v1MaxLevel {
				d.fail("pain.%s is %d", r, p)
			}
			a.Pain = put(a.Pain, intake.Region(r), p)
		}
	}
	a.Duration = getOne[intake.Duration](d, v1Durations, "duration")
	a.Onset = getOne[intake.Onset](d, v1Onsets, "onset")
	a.Feelings = getList[intake.Feeling](d, v1Feelings, "feelings")
	a.Spread = getOne[intake.Spread](d, v1Spreads, "spread")
	a.Worse = getList[intake.Trigger](d, v1Triggers, "worse")
	a.Better = getList[intake.Relief](d, v1Reliefs, "better")
	for _, m := range v1Moves {
		if x := getOne[intake.MoveResult](d, v1MoveResults, "moves"); x != "" {
			a.Moves = put(a.Moves, intake.Move(m), x)
		}
	}
	for _, t := range v1Tasks {
		if x := getOne[intake.Ability](d, v1Abilities, "function"); x != "" {
			a.Function = put(a.Function, intake.Task(t), x)
		}
	}
	a.Sleep = getOne[intake.Quality](d, v1Qualities, "sleep")
	a.Stiff = getOne[intake.Stiffness](d, v1Stiffnesses, "stiffness")
	a.Goals = getList[intake.Goal](d, v1Goals, "goals")
	a.Conditions = getList[intake.Condition](d, v1Conditions, "conditions")
	a.SurgeryWhen = getOne[intake.SurgeryWhen](d, v1SurgeryWhens, "surgeryWhen")
	a.Allergies = getList[intake.Allergy](d, v1Allergies, "allergies")
	for _, r := range v1Regions {
		if d.bits.bit() {
			xs := getList[intake.SkinIssue](d, v1SkinIssues, "skin")
			if len(xs) == 0 {
				d.fail("skin.%s has no issue", r)
			}
			a.Skin = put(a.Skin, intake.Region(r), xs)
		}
	}
	a.Training = getOne[intake.Training](d, v1Trainings, "training")
	a.Talk = getOne[intake.Talk](d, v1Talks, "talk")
	a.Warmth = getOne[intake.Warmth](d, v1Warmths, "warmth")
	a.Oil = getOne[intake.Oil](d, v1Oils, "oil")
	a.Avoid = getList[intake.Region](d, v1Regions, "avoid")
	a.Focus = getList[intake.Region](d, v1Regions, "focus")
	a.Consent = d.bits.bit()
	d.text(&a.FirstName, "firstName", intake.MaxNameLen)
	d.text(&a.Medications, "medications", intake.MaxTextLen)
	d.text(&a.ConsentName, "consentName", intake.MaxNameLen)
	switch at := d.bits.read(2); at {
	case atNone:
	case atTime, atText:
		d.texts = append(d.texts, textField{dst: &a.ConsentAt, name: "consentAt", max: MaxConsentAtLen, at: at})
	default:
		d.fail("consentAt kind %d", at)
	}
}

func (d *decoder) prefs(p *pressure.Prefs) {
	for _, r := range v1Regions {
		if d.bits.bit() {
			s := pressure.Setting{
				Preferred: pressure.Level(d.bits.read(width(v1MaxLevel))),
				Max:       pressure.Level(d.bits.read(width(v1MaxLevel))),
			}
			p.Regions = put(p.Regions, intake.Region(r), s)
		}
	}
	n := int(d.bits.read(width(len(v1Regions))))
	if n > len(v1Regions) {
		d.fail("%d tender spots", n)
		return
	}
	if n > 0 {
		p.Tender = make([]pressure.TenderSpot, n)
	}
	for i := range p.Tender {
		r := int(d.bits.read(width(len(v1Regions) - 1)))
		if r >= len(v1Regions) {
			d.fail("tender region %d", r)
			return
		}
		p.Tender[i].Region = intake.Region(v1Regions[r])
		d.text(&p.Tender[i].Note, "tender note", pressure.MaxNoteLen)
	}
	p.Stop.Signal = getOne[pressure.Signal](d, v1Signals, "stop.signal")
	d.text(&p.Stop.Word, "stop word", pressure.MaxStopWordLen)
	p.CheckIn = getOne[pressure.CheckIn](d, v1CheckIns, "checkIn")
	p.HapticsOff = d.bits.bit()
}

// finish reads the text section, which starts at the byte after the last
// bit, and checks that nothing is left over.
func (d *decoder) finish() error {
	if d.bits.err != nil {
		return d.bits.err
	}
	if d.err != nil {
		return d.err
	}
	text := d.bits.buf[d.bits.bytesUsed():]
	for _, f := range d.texts {
		if f.minutes {
			at, n := minutesAt(text)
			if n == 0 {
				return fmt.Errorf("%w: %s is damaged", ErrMalformed, f.name)
			}
			*f.dst, text = at, text[n:]
			continue
		}
		if f.at == atTime {
			sec, n := binary.Varint(text)
			if n <= 0 {
				return fmt.Errorf("%w: %s is damaged", ErrMalformed, f.name)
			}
			off, m := binary.Varint(text[n:])
			if m <= 0 || off < -24*60 || off > 24*60 {
				return fmt.Errorf("%w: %s is damaged", ErrMalformed, f.name)
			}
			text = text[n+m:]
			*f.dst = time.Unix(sec, 0).In(time.FixedZone("", int(off)*60)).Format(time.RFC3339)
			continue
		}
		size, n := binary.Uvarint(text)
		// f.max counts characters (intake.TooLong), at most utf8.UTFMax
		// bytes each.
		if n <= 0 || size > uint64(utf8.UTFMax*f.max) || size > uint64(len(text)-n) ||
			intake.TooLong(string(text[n:n+int(size)]), f.max) {
			return fmt.Errorf("%w: %s is damaged or too long", ErrMalformed, f.name)
		}
		// Free text is made safe here, not refused: a hand-off is never
		// lost for a stray control or bidi character (a name pasted from
		// a chat app often carries isolates), and none of them reaches
		// the clinic's screen or terminal (issue 16).
		*f.dst = intake.CleanText(string(text[n:n+int(size)]), f.name == "medications" || f.name == "check-in note")
		text = text[n+int(size):]
	}
	if len(text) > 0 {
		return fmt.Errorf("%w: %d bytes after the answers", ErrMalformed, len(text))
	}
	return nil
}

// getOne reads a single choice written by one.
func getOne[T ~string](d *decoder, table []string, field string) T {
	n := int(d.bits.read(width(len(table))))
	switch {
	case n == 0:
		return ""
	case n > len(table):
		d.fail("%s is value %d of %d", field, n, len(table))
		return ""
	}
	return T(table[n-1])
}

// getList reads a list written by list, refusing a repeated value.
func getList[T ~string](d *decoder, table []string, field string) []T {
	var out []T
	if d.bits.bit() {
		for _, s := range table {
			if d.bits.bit() {
				out = append(out, T(s))
			}
		}
		return out
	}
	n := int(d.bits.read(width(len(table))))
	if n > len(table) {
		d.fail("%s has %d values", field, n)
		return nil
	}
	seen := make([]bool, len(table))
	for range n {
		i := int(d.bits.read(width(len(table) - 1)))
		if i >= len(table) || seen[i] {
			d.fail("%s: value %d is unknown or repeated", field, i)
			return nil
		}
		seen[i] = true
		out = append(out, T(table[i]))
	}
	return out
}

// put sets m[k] = v, making m first when it is nil.
func put[K comparable, V any](m map[K]V, k K, v V) map[K]V {
	if m == nil {
		m = map[K]V{}
	}
	m[k] = v
	return m
}
