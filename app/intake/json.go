package intake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// MaxAnswersBytes bounds what DecodeAnswers reads: the same limit as a saved
// draft, far above any real intake.
const MaxAnswersBytes = MaxDraftBytes

// ErrAnswersTooLarge: the input is larger than MaxAnswersBytes.
var ErrAnswersTooLarge = errors.New("answers JSON is too large")

// ValueError is one value DecodeAnswers refuses: well-formed JSON holding a
// value the intake does not know, a duplicate, a number out of range or an
// over-long text.
type ValueError struct {
	Field   string   // JSON path: "ageBand", "regions", "pain.neck", "skin.neck"
	Value   string   // the refused value as written (a text is shown by its length)
	Problem string   // what is wrong: "is not allowed", "is listed twice", ...
	Allowed []string // the allowed values, when the field has a fixed list
}

func (e *ValueError) Error() string {
	s := fmt.Sprintf("%s: %q %s", e.Field, e.Value, e.Problem)
	if len(e.Allowed) > 0 {
		s += " (allowed: " + strings.Join(e.Allowed, ", ") + ")"
	}
	return s
}

// DecodeAnswers reads one answers JSON document (docs/intake-format.md) for
// the CLI and clinic tools. It accepts either a bare Answers object or a saved
// Draft ({"v": 1, "step": ..., "answers": {...}}), told apart by the "v" or
// "answers" key. It is strict where DecodeDraft is forgiving:
//
//   - bad JSON is an error with its line and column;
//   - an unknown field is an error naming the field;
//   - a value Clean would drop (unknown choice, duplicate, number out of
//     range, over-long text) is an error naming the field, the value and what
//     is allowed; all such errors are joined (errors.Join), one per line;
//   - input over MaxAnswersBytes is ErrAnswersTooLarge; a draft of another
//     version wraps ErrDraftVersion.
//
// It checks values, not completeness: a partly filled intake decodes (use
// Validate or FirstIncomplete for that). It never panics.
func DecodeAnswers(r io.Reader) (Answers, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxAnswersBytes+1))
	if err != nil {
		return Answers{}, fmt.Errorf("reading answers JSON: %w", err)
	}
	if len(b) > MaxAnswersBytes {
		return Answers{}, fmt.Errorf("%w: more than %d bytes", ErrAnswersTooLarge, MaxAnswersBytes)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		return Answers{}, jsonError(b, err)
	}
	if top == nil {
		return Answers{}, errors.New("answers JSON: want an object, got null")
	}
	_, hasV := top["v"]
	_, hasAnswers := top["answers"]
	if !hasV && !hasAnswers {
		var a Answers
		if err := strictDecode(b, &a); err != nil {
			return Answers{}, err
		}
		return a, checkAnswers(&a, "")
	}
	if !hasV {
		return Answers{}, errors.New(`answers JSON: a draft (with "answers") needs its "v" version field`)
	}
	var d Draft
	if err := strictDecode(b, &d); err != nil {
		return Answers{}, err
	}
	if d.Version != DraftVersion {
		return Answers{}, fmt.Errorf("answers JSON: %w: version %d, this tool reads %d", ErrDraftVersion, d.Version, DraftVersion)
	}
	var errs []error
	if d.Step != "" && !d.Step.Valid() {
		errs = append(errs, &ValueError{Field: "step", Value: string(d.Step), Problem: "is not allowed", Allowed: names(Steps)})
	}
	if err := checkAnswers(&d.Answers, "answers."); err != nil {
		errs = append(errs, err)
	}
	return d.Answers, errors.Join(errs...)
}

// strictDecode decodes b (already known to be one well-formed JSON object)
// into v, refusing unknown fields.
func strictDecode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(b, err)
	}
	return nil
}

// jsonError rewrites an encoding/json error to say where and what.
func jsonError(b []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := position(b, syn.Offset-1) // Offset is just past the bad byte
		return fmt.Errorf("answers JSON: invalid JSON at line %d, column %d: %s", line, col, strings.TrimPrefix(syn.Error(), "json: "))
	case errors.As(err, &typ) && typ.Field == "":
		return fmt.Errorf("answers JSON: want an object, got %s", typ.Value)
	case errors.As(err, &typ):
		line, col := position(b, typ.Offset)
		return fmt.Errorf("answers JSON: field %s at line %d, column %d: got %s, want %s", typ.Field, line, col, typ.Value, kind(typ.Type.Kind().String()))
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		return errors.New("answers JSON: the input ends before the object does")
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return fmt.Errorf("answers JSON: unknown field %s (docs/intake-format.md lists the fields)", strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return fmt.Errorf("answers JSON: %w", err)
}

// kind names a Go kind the way the JSON reader thinks of it.
func kind(k string) string {
	switch k {
	case "string":
		return "a string"
	case "int", "int64":
		return "a whole number"
	case "bool":
		return "true or false"
	case "slice":
		return "a list"
	case "map", "struct":
		return "an object"
	}
	return k
}

// position turns a byte offset into a 1-based line and column.
func position(b []byte, off int64) (line, col int) {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	if off < 0 {
		off = 0
	}
	before := b[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = int(off) - bytes.LastIndexByte(before, '\n')
	return line, col
}

func names[T ~string](xs []T) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
