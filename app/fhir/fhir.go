// Package fhir exports the intake as FHIR R4: a Questionnaire describing
// every question (Questionnaire) and a QuestionnaireResponse holding one
// client's answers (Response), with small hand-written structs instead of
// a FHIR model library (those are 2–60 MB; this is a few KB in the wasm).
//
// Each question's linkId is the stable field id of app/intake ("ageBand",
// "flag-saddle", "pain-neck", ...). Answers are codings in Kneadform's own
// code systems (CodeSystemBase + group, code = the intake's value id),
// except pain, which uses the LOINC 0–10 answer list of 72514-3. Where a
// SNOMED CT body-site code fits a region, the region's pain and skin
// questions sit in a group coded with it (a question's own code says what
// the question means, not where); docs/fhir.md lists the mapping and how
// to import.
package fhir

// Canonical URLs and versions.
const (
	// QuestionnaireURL is the canonical URL of the intake Questionnaire.
	QuestionnaireURL = "https://kneadform.example/fhir/Questionnaire/back-massage-intake"
	// QuestionnaireVersion changes whenever an item, a linkId or an answer
	// option changes (the golden test in this package fails first).
	QuestionnaireVersion = "3"
	// CodeSystemBase prefixes Kneadform's own code systems: CodeSystemBase
	// + "region", "tri", "onset", ...
	CodeSystemBase = "https://kneadform.example/fhir/CodeSystem/"

	LOINC  = "http://loinc.org"
	SNOMED = "http://snomed.info/sct"

	// PainSeverityCode is LOINC 72514-3, "Pain severity - 0-10 verbal
	// numeric rating [Score] - Reported".
	PainSeverityCode = "72514-3"

	ordinalValueURL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
	minValueURL     = "http://hl7.org/fhir/StructureDefinition/minValue"
	maxValueURL     = "http://hl7.org/fhir/StructureDefinition/maxValue"
)

// Item types used (FHIR R4 questionnaire-item-type).
const (
	TypeGroup   = "group"
	TypeChoice  = "choice"
	TypeInteger = "integer"
	TypeString  = "string"
	TypeText    = "text"
	TypeBoolean = "boolean"
)

// Coding is a FHIR Coding.
type Coding struct {
	System    string      `json:"system"`
	Code      string      `json:"code"`
	Display   string      `json:"display,omitempty"`
	Extension []Extension `json:"extension,omitempty"`
}

// Extension is the few FHIR extensions used: ordinalValue on pain answers,
// minValue and maxValue on integer items.
type Extension struct {
	URL          string   `json:"url"`
	ValueDecimal *float64 `json:"valueDecimal,omitempty"`
	ValueInteger *int     `json:"valueInteger,omitempty"`
}

// Questionnaire is a FHIR R4 Questionnaire (the fields used here).
type Questionnaire struct {
	ResourceType string `json:"resourceType"` // "Questionnaire"
	URL          string `json:"url"`
	Version      string `json:"version"`
	Name         string `json:"name"`
	Title        string `json:"title"`
	Status       string `json:"status"`
	Language     string `json:"language,omitempty"`
	Description  string `json:"description,omitempty"`
	Item         []Item `json:"item"`
}

// Item is a Questionnaire item: a group of questions or one question.
type Item struct {
	LinkID     string       `json:"linkId"`
	Text       string       `json:"text,omitempty"`
	Type       string       `json:"type"`
	Code       []Coding     `json:"code,omitempty"`
	Extension  []Extension  `json:"extension,omitempty"`
	EnableWhen []EnableWhen `json:"enableWhen,omitempty"`
	// EnableBehavior is "any" when one of several enableWhen conditions
	// is enough (R4 requires it with more than one condition).
	EnableBehavior string         `json:"enableBehavior,omitempty"`
	Required       bool           `json:"required,omitempty"`
	Repeats        bool           `json:"repeats,omitempty"`
	MaxLength      int            `json:"maxLength,omitempty"`
	AnswerOption   []AnswerOption `json:"answerOption,omitempty"`
	Item           []Item         `json:"item,omitempty"`
}

// EnableWhen asks a question only when another has a given coded answer.
type EnableWhen struct {
	Question     string  `json:"question"`
	Operator     string  `json:"operator"` // "="
	AnswerCoding *Coding `json:"answerCoding"`
}

// AnswerOption is one permitted answer of a choice item. Extension holds
// the option's ordinalValue (its score): the R4 extension's context is the
// answer option, where renderers such as LHC-Forms read it.
type AnswerOption struct {
	Extension   []Extension `json:"extension,omitempty"`
	ValueCoding *Coding     `json:"valueCoding"`
}

// QuestionnaireResponse is a FHIR R4 QuestionnaireResponse (the fields
// used here).
type QuestionnaireResponse struct {
	ResourceType  string         `json:"resourceType"` // "QuestionnaireResponse"
	Questionnaire string         `json:"questionnaire"`
	Status        string         `json:"status"`             // "completed" or "in-progress"
	Authored      string         `json:"authored,omitempty"` // consentAt
	Item          []ResponseItem `json:"item,omitempty"`
}

// ResponseItem is an answered group or question.
type ResponseItem struct {
	LinkID string         `json:"linkId"`
	Text   string         `json:"text,omitempty"`
	Answer []Answer       `json:"answer,omitempty"`
	Item   []ResponseItem `json:"item,omitempty"`
}

// Answer holds exactly one value.
type Answer struct {
	ValueInteger *int    `json:"valueInteger,omitempty"`
	ValueCoding  *Coding `json:"valueCoding,omitempty"`
	ValueString  *string `json:"valueString,omitempty"`
	ValueBoolean *bool   `json:"valueBoolean,omitempty"`
}

// valueType names the answer's value[x], "" when it holds none or several.
func (a Answer) valueType() string {
	n, t := 0, ""
	if a.ValueInteger != nil {
		n, t = n+1, "valueInteger"
	}
	if a.ValueCoding != nil {
		n, t = n+1, "valueCoding"
	}
	if a.ValueString != nil {
		n, t = n+1, "valueString"
	}
	if a.ValueBoolean != nil {
		n, t = n+1, "valueBoolean"
	}
	if n != 1 {
		return ""
	}
	return t
}
