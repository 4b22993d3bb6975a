package pressure

import "kneadform/app/intake"

// Summary is the pressure part of the therapist summary: what the client
// chose, already fitted under the caps, with every cap and change explained.
// Texts are catalog keys or the client's own words; the summary screen and
// the plain-text copy turn them into sentences.
type Summary struct {
	// Regions has one row per region the client set, in body-map order.
	Regions []RegionRow `json:"regions"`
	// Tender lists the tender spots as the client marked them.
	Tender []TenderSpot `json:"tender,omitempty"`
	// Stop is the agreed stop signal.
	Stop StopRow `json:"stop"`
	// CheckIn is the check-in frequency ("" when not chosen yet);
	// CheckInKey its catalog key, or answer.missing.
	CheckIn    CheckIn `json:"checkIn,omitempty"`
	CheckInKey string  `json:"checkInKey"` // pressure.checkin.<frequency> or answer.missing
	// Global is the cap for the whole back (Ceiling.Global).
	Global Level `json:"global"`
	// Reasons say why Global is what it is (Ceiling.Reasons).
	Reasons []Reason `json:"reasons"`
	// Notes are the standing safety notes (spine, low back, warning signs).
	Notes []Note `json:"notes"`
	// Adjustments are the changes Apply made to the client's choices.
	Adjustments []Adjustment `json:"adjustments,omitempty"`
	// NoMassage: no massage today (see Ceiling.NoMassage).
	NoMassage bool `json:"noMassage,omitempty"`
}

// RegionRow is one region on the summary.
type RegionRow struct {
	Region intake.Region `json:"region"` // its name is at Region.MsgKey()
	// Preferred and Max are the client's choices after Apply, so never
	// above Cap.
	Preferred Level `json:"preferred"` // the usual level
	Max       Level `json:"max"`       // the strongest level
	// Cap is the region's cap (Ceiling.For).
	Cap Level `json:"cap"`
	// CapReasons say why the cap is what it is.
	CapReasons []Reason `json:"capReasons"`
	// Adjusted is true when Apply lowered a choice for this region.
	Adjusted bool `json:"adjusted,omitempty"`
	// Avoid holds triage.avoid.<reason> keys when the region is not to be
	// touched at all.
	Avoid []string `json:"avoid,omitempty"`
	// Tender is true when the client marked a tender spot here; TenderNote
	// is its note, in the client's words.
	Tender     bool   `json:"tender,omitempty"`
	TenderNote string `json:"tenderNote,omitempty"` // "" when there is no note
}

// StopRow is the agreed stop signal.
type StopRow struct {
	// Signal is the chosen signal, "" when not chosen yet.
	Signal Signal `json:"signal,omitempty"`
	// Key is the catalog key of the signal (pressure.signal.<signal>), or
	// answer.missing.
	Key string `json:"key"`
	// Word is the client's own stop word; WordKey is DefaultWordKey when
	// the word is the default. Both are empty for a raised hand.
	Word    string `json:"word,omitempty"`    // the client's own word, shown as typed
	WordKey string `json:"wordKey,omitempty"` // DefaultWordKey, or ""
}

// missingKey is the app catalog's "Not answered".
const missingKey = "answer.missing"

// Summarize fits p under c (Apply) and returns the therapist summary. It
// never shows a choice above its cap.
func Summarize(p Prefs, c Ceiling) Summary {
	fitted, adj := Apply(p, c)
	s := Summary{
		Tender:      cleanTender(fitted.Tender),
		Stop:        stopRow(fitted.Stop),
		CheckIn:     fitted.CheckIn,
		CheckInKey:  missingKey,
		Global:      c.Global,
		Reasons:     append([]Reason(nil), c.Reasons...),
		Notes:       cloneNotes(c.Notes),
		Adjustments: adj,
		NoMassage:   c.NoMassage,
		Regions:     []RegionRow{},
	}
	if contains(CheckIns, fitted.CheckIn) {
		s.CheckInKey = fitted.CheckIn.Key()
	}
	for _, r := range intake.Regions {
		set, ok := fitted.Regions[r]
		if !ok {
			continue
		}
		limit, why := c.For(r)
		row := RegionRow{Region: r, Preferred: set.Preferred, Max: set.Max, Cap: limit, CapReasons: why}
		for _, a := range adj {
			row.Adjusted = row.Adjusted || a.Region == r
		}
		for _, rc := range c.Regions {
			if rc.Region == r {
				row.Avoid = rc.Avoid
			}
		}
		if t, ok := (Prefs{Tender: s.Tender}).TenderAt(r); ok {
			row.Tender, row.TenderNote = true, t.Note
		}
		s.Regions = append(s.Regions, row)
	}
	return s
}

// cleanTender returns the valid tender spots of ts with clean notes, the
// first per region, without touching ts.
func cleanTender(ts []TenderSpot) []TenderSpot {
	q := Prefs{Tender: append([]TenderSpot(nil), ts...)}
	q.Clean()
	return q.Tender
}

func stopRow(st Stop) StopRow {
	switch st.Signal {
	case SignalWord:
		row := StopRow{Signal: SignalWord, Key: SignalWord.Key()}
		if st.Word != "" && ValidStopWord(st.Word) {
			row.Word = st.Word
		} else {
			row.WordKey = DefaultWordKey
		}
		return row
	case SignalHand:
		return StopRow{Signal: SignalHand, Key: SignalHand.Key()}
	}
	return StopRow{Key: missingKey}
}
