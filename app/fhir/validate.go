package fhir

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Validate checks r against q structurally, the way a FHIR server's
// questionnaire validation would for what this package writes: r points
// at q's canonical URL and version; every linkId exists in q at the same
// place (a question inside its group); no linkId is answered twice; groups
// hold items, not answers; each answer holds exactly one value of the
// item's type (choice → valueCoding among the answer options, integer →
// valueInteger within minValue/maxValue, string and text → valueString
// within maxLength, boolean → valueBoolean); a question that does not
// repeat has one answer. It returns every problem, joined.
func Validate(q Questionnaire, r QuestionnaireResponse) error {
	var errs []error
	if r.ResourceType != "QuestionnaireResponse" {
		errs = append(errs, fmt.Errorf("resourceType is %q", r.ResourceType))
	}
	if want := q.URL + "|" + q.Version; r.Questionnaire != want {
		errs = append(errs, fmt.Errorf("questionnaire is %q, want %q", r.Questionnaire, want))
	}
	if r.Status != "completed" && r.Status != "in-progress" {
		errs = append(errs, fmt.Errorf("status %q", r.Status))
	}
	seen := map[string]bool{}
	errs = append(errs, validateItems(q.Item, r.Item, seen)...)
	return errors.Join(errs...)
}

func validateItems(qs []Item, rs []ResponseItem, seen map[string]bool) []error {
	var errs []error
	for _, ri := range rs {
		qi, ok := find(qs, ri.LinkID)
		if !ok {
			errs = append(errs, fmt.Errorf("linkId %q is not in the questionnaire here", ri.LinkID))
			continue
		}
		if seen[ri.LinkID] {
			errs = append(errs, fmt.Errorf("linkId %q appears twice", ri.LinkID))
		}
		seen[ri.LinkID] = true
		if qi.Type == TypeGroup {
			if len(ri.Answer) > 0 {
				errs = append(errs, fmt.Errorf("group %q has answers", ri.LinkID))
			}
			errs = append(errs, validateItems(qi.Item, ri.Item, seen)...)
			continue
		}
		if len(ri.Item) > 0 {
			errs = append(errs, fmt.Errorf("question %q has nested items", ri.LinkID))
		}
		if len(ri.Answer) == 0 {
			errs = append(errs, fmt.Errorf("question %q has no answer", ri.LinkID))
		}
		if len(ri.Answer) > 1 && !qi.Repeats {
			errs = append(errs, fmt.Errorf("question %q does not repeat but has %d answers", ri.LinkID, len(ri.Answer)))
		}
		for _, a := range ri.Answer {
			if err := checkAnswer(qi, a); err != nil {
				errs = append(errs, fmt.Errorf("question %q: %w", ri.LinkID, err))
			}
		}
	}
	return errs
}

func find(items []Item, linkID string) (Item, bool) {
	for _, it := range items {
		if it.LinkID == linkID {
			return it, true
		}
	}
	return Item{}, false
}

// wantValue is the answer value type of each item type.
var wantValue = map[string]string{
	TypeChoice: "valueCoding", TypeInteger: "valueInteger", TypeString: "valueString", TypeText: "valueString", TypeBoolean: "valueBoolean",
}

func checkAnswer(qi Item, a Answer) error {
	got, want := a.valueType(), wantValue[qi.Type]
	if got != want {
		return fmt.Errorf("answer is %q, a %s item wants %s", got, qi.Type, want)
	}
	switch qi.Type {
	case TypeChoice:
		for _, o := range qi.AnswerOption {
			if o.ValueCoding.System == a.ValueCoding.System && o.ValueCoding.Code == a.ValueCoding.Code {
				return nil
			}
		}
		return fmt.Errorf("%s|%s is not an answer option", a.ValueCoding.System, a.ValueCoding.Code)
	case TypeInteger:
		for _, x := range qi.Extension {
			if x.ValueInteger != nil && ((x.URL == minValueURL && *a.ValueInteger < *x.ValueInteger) || (x.URL == maxValueURL && *a.ValueInteger > *x.ValueInteger)) {
				return fmt.Errorf("%d is out of range", *a.ValueInteger)
			}
		}
	case TypeString, TypeText:
		if n := utf8.RuneCountInString(*a.ValueString); qi.MaxLength > 0 && n > qi.MaxLength {
			return fmt.Errorf("%d characters, at most %d", n, qi.MaxLength)
		}
	}
	return nil
}
