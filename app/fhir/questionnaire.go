package fhir

import (
	"time"

	"kneadform/app/i18n"
	"kneadform/app/intake"
)

// NewQuestionnaire returns the Questionnaire of the whole intake: one group
// per intake step (linkId "step-<step>"), one item per question inside,
// texts in catalog c's language.
func NewQuestionnaire(c *i18n.Catalog) Questionnaire {
	q := Questionnaire{
		ResourceType: "Questionnaire",
		URL:          QuestionnaireURL,
		Version:      QuestionnaireVersion,
		Name:         "KneadformBackMassageIntake",
		Title:        "Kneadform back-massage intake",
		Status:       "active",
		Language:     c.Lang,
		Description:  "What a client answers before a back massage: safety questions (red flags), where it hurts and how much, how it started and feels, function, goals, health, medicines, skin, preferences and consent. Codes: docs/fhir.md.",
	}
	for _, s := range append(sections(c), extraSections(c, Extra{})...) {
		g := Item{LinkID: s.id(), Text: s.text(c), Type: TypeGroup}
		var sub *Item // the body-site group being filled
		for _, e := range s.entries {
			switch {
			case e.site == nil:
				g.Item, sub = append(g.Item, e.item), nil
			case sub != nil && sub.LinkID == e.site.linkID:
				sub.Item = append(sub.Item, e.item)
			default:
				g.Item = append(g.Item, Item{LinkID: e.site.linkID, Text: e.site.text, Type: TypeGroup, Code: e.site.code, Item: []Item{e.item}})
				sub = &g.Item[len(g.Item)-1]
			}
		}
		q.Item = append(q.Item, g)
	}
	return q
}

// NewResponse returns a's answers as a QuestionnaireResponse to
// NewQuestionnaire: only answered questions appear, in questionnaire order,
// inside their step's group. Status is "completed" once the client has
// agreed (a.Consent), else "in-progress"; authored is a.ConsentAt when it
// is an RFC 3339 time.
func NewResponse(a *intake.Answers, c *i18n.Catalog) QuestionnaireResponse {
	return NewResponseWith(a, Extra{}, c)
}

// NewResponseWith is NewResponse with what the client added after the
// intake: the functional scale and an after-visit check-in (x), in the
// groups "step-outcome" and "checkin" after the intake's.
func NewResponseWith(a *intake.Answers, x Extra, c *i18n.Catalog) QuestionnaireResponse {
	if a == nil {
		a = &intake.Answers{}
	}
	r := QuestionnaireResponse{
		ResourceType:  "QuestionnaireResponse",
		Questionnaire: QuestionnaireURL + "|" + QuestionnaireVersion,
		Status:        "in-progress",
	}
	if a.Consent {
		r.Status = "completed"
	}
	if _, err := time.Parse(time.RFC3339, a.ConsentAt); err == nil {
		r.Authored = a.ConsentAt
	}
	for _, s := range append(sections(c), extraSections(c, x)...) {
		g := ResponseItem{LinkID: s.id(), Text: s.text(c)}
		for _, e := range s.entries {
			ans := e.answer(a)
			if len(ans) == 0 {
				continue
			}
			ri := ResponseItem{LinkID: e.item.LinkID, Text: e.item.Text, Answer: ans}
			if e.site == nil {
				g.Item = append(g.Item, ri)
			} else if n := len(g.Item); n > 0 && g.Item[n-1].LinkID == e.site.linkID {
				g.Item[n-1].Item = append(g.Item[n-1].Item, ri)
			} else {
				g.Item = append(g.Item, ResponseItem{LinkID: e.site.linkID, Text: e.site.text, Item: []ResponseItem{ri}})
			}
		}
		if len(g.Item) > 0 {
			r.Item = append(r.Item, g)
		}
	}
	return r
}
