package handoff

import (
	"strconv"
	"strings"

	"kneadform/app/i18n"
	"kneadform/app/intake"
	"kneadform/app/pressure"
	"kneadform/app/triage"
)

// PressureText returns the client's pressure choices as plain text, fitted
// under the caps first (pressure.Summarize of pressure.Cap), so it never
// shows a level above what the rules allow: one line per region, the
// tender spots, the stop signal and the check-in frequency. Text and the
// CLI append it when a hand-off carries pressure choices.
func PressureText(p pressure.Prefs, a *intake.Answers, o triage.Outcome, c *i18n.Catalog) string {
	s := pressure.Summarize(p, pressure.Cap(a, o))
	var b strings.Builder
	line := func(x string) { b.WriteString(x + "\n") }
	line("== " + c.T("handoff.text.pressure") + " ==")
	for _, r := range s.Regions {
		row := c.T("handoff.text.pressure-region", "region", c.T(r.Region.MsgKey()), "preferred", strconv.Itoa(int(r.Preferred)), "max", strconv.Itoa(int(r.Max)), "cap", strconv.Itoa(int(r.Cap)))
		if r.Tender {
			row += "; " + c.T("handoff.text.tender")
			if r.TenderNote != "" {
				row += ": " + r.TenderNote
			}
		}
		line(row)
	}
	for _, t := range s.Tender {
		if _, set := p.Regions[t.Region]; !set {
			row := c.T(t.Region.MsgKey()) + ": " + c.T("handoff.text.tender")
			if t.Note != "" {
				row += ": " + t.Note
			}
			line(row)
		}
	}
	stop := c.T(s.Stop.Key)
	switch {
	case s.Stop.Word != "":
		stop += " – “" + s.Stop.Word + "”"
	case s.Stop.WordKey != "":
		stop += " – “" + c.T(s.Stop.WordKey) + "”"
	}
	line(c.T("handoff.text.stop", "signal", stop))
	line(c.T("handoff.text.checkin", "text", c.T(s.CheckInKey)))
	return b.String()
}
