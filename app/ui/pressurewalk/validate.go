package pressurewalk

import (
	"strings"

	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/ui/kit"
)

// screenFields says which screen a validation field belongs to.
func screenOfField(field string) string {
	switch {
	case field == pressure.FieldStopSignal || field == pressure.FieldStopWord || field == pressure.FieldCheckIn:
		return "speak"
	case field == pressure.FieldTender || strings.HasPrefix(field, "tender-"):
		return "tender"
	}
	return "regions"
}

// validate returns the problems of one screen.
func (p *pressurePage) validate(screen string) []intake.FieldError {
	prefs := p.st.Pressure.Prefs
	var out []intake.FieldError
	for _, e := range pressure.Validate(&prefs, p.chosen()) {
		if screenOfField(e.Field) == screen {
			if e.Field == pressure.FieldTender {
				e.Field = tenderSpotsField
			}
			out = append(out, e)
		}
	}
	return out
}

// firstInvalid returns the first screen with a problem, or "".
func (p *pressurePage) firstInvalid() string {
	prefs := p.st.Pressure.Prefs
	prefs.Fit(p.chosen())
	if errs := pressure.Validate(&prefs, p.chosen()); len(errs) > 0 {
		return screenOfField(errs[0].Field)
	}
	if !p.st.Pressure.Agreed(p.chosen()) {
		return "regions" // chosen regions the client has not seen yet
	}
	return ""
}

// fieldLabels names each field in the error summary.
func (p *pressurePage) fieldLabels() map[string]string {
	m := map[string]string{
		pressure.FieldStopSignal: kit.T("pressure.walk.speak.signal"),
		pressure.FieldStopWord:   kit.T("pressure.walk.speak.word"),
		pressure.FieldCheckIn:    kit.T("pressure.walk.speak.checkin"),
		tenderSpotsField:         kit.T("pressure.walk.tender.legend"),
	}
	for _, r := range intake.Regions {
		name := kit.T(r.MsgKey())
		m[pressure.PreferredField(r)] = name + ", " + kit.T("pressure.walk.usual")
		m[pressure.MaxField(r)] = name + ", " + kit.T("pressure.walk.strongest")
		m[pressure.TenderField(r)] = name
	}
	return m
}
