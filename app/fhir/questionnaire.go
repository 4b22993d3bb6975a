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
	for _, s := range sections(c) {
		g := Item{LinkID: groupID(s.step), Text: c.T("step." + string(s.step) + ".title"), Type: TypeGroup}
		for _, e := range s.entries {
			g.Item = append(g.Item, e.item)
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
	for _, s := range sections(c) {
		g := ResponseItem{LinkID: groupID(s.step), Text: c.T("step." + string(s.step) + ".title")}
		for _, e := range s.entries {
			if ans := e.answer(a); len(ans) > 0 {
				g.Item = append(g.Item, ResponseItem{LinkID: e.item.LinkID, Text: e.item.Text, Answer: ans})
			}
		}
		if len(g.Item) > 0 {
			r.Item = append(r.Item, g)
		}
	}
	return r
}

func groupID(s intake.Step) string { return "step-" + string(s) }
