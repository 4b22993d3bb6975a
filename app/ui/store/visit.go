package store

import (
	"encoding/json"

	"kneadform/app/outcome"
	"kneadform/app/ui/kit"
	"kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Keys of the before- and after-visit state on the device. They start with
// "kneadform." so "Delete my answers" wipes them with the draft.
const (
	outcomeKey = "kneadform.outcome"  // outcome.Log (outcome.EncodeLog)
	ticksKey   = "kneadform.visit-ui" // {"ticks": {"meal": true}, "applied": ["2026-01-02T10:00/24h"]}
)

// Visits is the client's outcome log (ratings, functional scale, visits and
// their check-ins) and the ticks of the pre-visit checklist. Like Pressure,
// every page reads it again from the device (Load), so "Delete my answers"
// always starts afresh; when the browser refuses storage it lives in memory.
type Visits struct {
	Log   outcome.Log
	Ticks map[string]bool
	// Applied lists the check-ins ("<visit at>/<stage>") already used to
	// move the pressure choices, so saving one again does not move them twice.
	Applied []string
	// MemoryOnly: the browser refuses storage; these fields are the only copy.
	MemoryOnly bool
	// Notice is the catalog key of a one-time message about the saved log
	// (damaged, cleaned, storage refused).
	Notice string
	// draft is the check-in being answered when storage is refused
	// (checkin.go; on the device otherwise).
	draft *visit.Draft
}

// Load reads the log and ticks. A damaged log never breaks a page: what
// decodes is kept (outcome.DecodeLog) and the client gets a notice.
func (v *Visits) Load() {
	if app.IsServer || v.MemoryOnly {
		return
	}
	v.Log, v.Ticks, v.Applied = outcome.Log{}, map[string]bool{}, nil
	raw, ok, err := kit.StorageGet(outcomeKey)
	if err != nil {
		v.MemoryOnly, v.Notice = true, "notice.storage-unavailable"
		return
	}
	if ok && raw != "" {
		l, dropped, err := outcome.DecodeLog([]byte(raw))
		switch {
		case err != nil:
			v.Notice = "visitui.notice.damaged"
		case dropped > 0:
			v.Notice = "visitui.notice.cleaned"
		}
		v.Log = l
	}
	if raw, ok, _ := kit.StorageGet(ticksKey); ok && raw != "" {
		var u uiState
		if json.Unmarshal([]byte(raw), &u) == nil && len(u.Ticks) <= 64 && len(u.Applied) <= 64 {
			v.Ticks, v.Applied = u.Ticks, u.Applied
		}
	}
	if v.Ticks == nil {
		v.Ticks = map[string]bool{}
	}
}

// Save writes the log and ticks to the device; when storage stops working
// they carry on in memory and say so once.
func (v *Visits) Save() {
	if app.IsServer || v.MemoryOnly {
		return
	}
	b, err := outcome.EncodeLog(v.Log)
	if err != nil {
		return
	}
	t, _ := json.Marshal(uiState{Ticks: v.Ticks, Applied: v.Applied})
	if kit.StorageSet(outcomeKey, string(b)) != nil || kit.StorageSet(ticksKey, string(t)) != nil {
		v.MemoryOnly, v.Notice = true, "notice.storage-unavailable"
	}
}

// TakeNotice returns the pending notice key and clears it.
func (v *Visits) TakeNotice() string {
	n := v.Notice
	v.Notice = ""
	return n
}

// uiState is the stored form of the ticks and applied check-ins.
type uiState struct {
	Ticks   map[string]bool `json:"ticks"`
	Applied []string        `json:"applied,omitempty"`
}
