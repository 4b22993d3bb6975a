package store

import (
	"kneadform/app/ui/kit"
	"kneadform/app/visit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// checkInKey is the localStorage key of the after-visit check-in being
// answered over its pages (visit.Draft as JSON). It starts with
// "kneadform." so "Delete my answers" wipes it with the rest.
const checkInKey = "kneadform.checkin-draft"

// CheckInDraft returns the check-in being answered, as its pages left it:
// Back and a reload keep what was entered. False when there is none, or
// when the stored one cannot be read (then the pages start afresh).
func (v *Visits) CheckInDraft() (visit.Draft, bool) {
	if app.IsServer {
		return visit.Draft{}, false
	}
	if v.MemoryOnly {
		if v.draft == nil {
			return visit.Draft{}, false
		}
		return *v.draft, true
	}
	raw, ok, err := kit.StorageGet(checkInKey)
	if err != nil || !ok || raw == "" {
		return visit.Draft{}, false
	}
	d, err := visit.DecodeDraft([]byte(raw))
	if err != nil {
		kit.StorageDel(checkInKey)
		return visit.Draft{}, false
	}
	return d, true
}

// SaveCheckInDraft keeps d on the device (in memory when storage is
// refused).
func (v *Visits) SaveCheckInDraft(d visit.Draft) {
	if app.IsServer {
		return
	}
	if !v.MemoryOnly {
		b, err := visit.EncodeDraft(d)
		if err != nil {
			return
		}
		if kit.StorageSet(checkInKey, string(b)) == nil {
			return
		}
		v.MemoryOnly, v.Notice = true, "notice.storage-unavailable"
	}
	v.draft = &d
}

// DropCheckInDraft removes the check-in being answered (it was saved).
func (v *Visits) DropCheckInDraft() {
	v.draft = nil
	if !app.IsServer && !v.MemoryOnly {
		kit.StorageDel(checkInKey)
	}
}
