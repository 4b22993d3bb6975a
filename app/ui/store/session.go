package store

import (
	"strings"
	"time"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DraftKey is the localStorage key of the saved intake. Only this device
// ever sees it.
const DraftKey = "kneadform.draft"

// Session is the client's intake in memory, mirrored to the device after
// every change. There is one client per tab, so one session per app run.
type Session struct {
	loaded bool
	// Draft is the saved intake: the answers, the step reached, done.
	// Screens change the answers through Answers and then call Save.
	Draft intake.Draft
	// Notice is the catalog key of a one-time message about the saved
	// answers (damaged draft replaced, storage unavailable, ...).
	Notice string
	// MemoryOnly is true when the device refuses storage (private mode,
	// a blocked third-party iframe): answers live only in this tab.
	MemoryOnly bool
	// FromCheck is true after a "Change" link on check-your-answers: the
	// next Continue returns there.
	FromCheck bool
	// UrgentSeen is true once the emergency screen was shown for the
	// current answers, so it is not shown again on every tap.
	UrgentSeen bool
	// Held is true when the stored draft must not be overwritten: it is
	// from a newer version of the app, or it could not be read and no copy
	// could be kept aside. Answers then live only in this tab.
	Held bool
	// Newer is true when the stored draft is from a newer version of the
	// app: the client is asked to reload for the update.
	Newer bool
	// Aside is the stored text that was not fully read (kept on the device
	// under an aside key too), offered to the client as a download.
	Aside    string
	asideURL string
	// OtherTab is true when another tab saved newer answers while this one
	// was open: this tab no longer saves (Held) and asks for a reload.
	OtherTab bool
	lastRaw  string // the stored draft as this tab last read or wrote it
}

// Answers returns the client's answers, loading them on first use.
func (s *Session) Answers() *intake.Answers {
	s.Load()
	return &s.Draft.Answers
}

// Load reads the saved draft once. A damaged, old or newer draft never
// breaks the app and is never deleted (see read in draftread.go): the client
// keeps every answer that can be read and gets a notice.
func (s *Session) Load() {
	if s.loaded {
		return
	}
	s.loaded = true
	if app.IsServer {
		return // prerendering: no device, no answers
	}
	raw, ok, err := kit.StorageGet(DraftKey)
	switch {
	case err != nil:
		s.MemoryOnly, s.Notice = true, "notice.storage-unavailable"
		return
	case !ok || raw == "":
		return
	}
	s.lastRaw = raw
	s.read(raw)
}

// Save writes the draft to the device. It never fails loudly: when storage
// stops working the session carries on in memory and says so once.
func (s *Session) Save() {
	if app.IsServer {
		return
	}
	s.Load()
	if b, err := intake.EncodeDraft(s.Draft); err == nil && s.lastRaw != "" && string(b) == s.lastRaw {
		return // nothing changed since the last read or write: no write, no storage event for other tabs
	}
	s.Draft.Saved = time.Now().UTC().Format(time.RFC3339)
	b, err := intake.EncodeDraft(s.Draft)
	if err != nil {
		return
	}
	if s.MemoryOnly || s.Held || s.otherTabSaved() {
		return
	}
	if err := kit.StorageSet(DraftKey, string(b)); err != nil {
		s.MemoryOnly, s.Notice = true, "notice.storage-unavailable"
		return
	}
	s.lastRaw = string(b)
}

// otherTabSaved reports whether the stored draft changed since this tab
// last read or wrote it: another tab saved newer answers. This tab then
// stops saving (Held) and says so, rather than overwrite them.
func (s *Session) otherTabSaved() bool {
	cur, ok, err := kit.StorageGet(DraftKey)
	if err != nil || !ok || cur == s.lastRaw {
		return false
	}
	s.Held, s.OtherTab, s.Notice = true, true, "notice.draft-other-tab"
	return true
}

// OtherTabSaved takes the draft another tab has just stored (raw; "" when
// it deleted the answers) in place of this tab's, and reports whether this
// tab's answers changed: the page should show them again. The notice says
// why. A tab whose answers live only in memory keeps them.
func (s *Session) OtherTabSaved(raw string) bool {
	if !s.loaded || s.MemoryOnly || raw == s.lastRaw {
		return false
	}
	kit.RevokeURL(s.asideURL)
	*s = Session{loaded: true, lastRaw: raw, FromCheck: s.FromCheck}
	if raw == "" {
		s.Notice = "notice.deleted"
		return true
	}
	s.read(raw)
	if s.Notice == "" {
		s.Notice = "notice.draft-reloaded"
	}
	return true
}

// HasDraft reports whether the client has started answering.
func (s *Session) HasDraft() bool {
	s.Load()
	return s.Draft.Step != ""
}

// Erase deletes every answer from memory and from the device: the draft
// and everything else Kneadform keeps there (keys starting "kneadform."),
// except a clinic's own key in clinic mode, which is not the client's and
// has its own "Forget this key".
func (s *Session) Erase() {
	kit.StorageDel(DraftKey)
	for _, k := range kit.StorageKeys() {
		if strings.HasPrefix(k, "kneadform.") && k != ClinicKeyName {
			kit.StorageDel(k)
		}
	}
	kit.RevokeURL(s.asideURL)
	*s = Session{loaded: true, MemoryOnly: s.MemoryOnly}
}

// TakeNotice returns the pending notice key and clears it.
func (s *Session) TakeNotice() string {
	n := s.Notice
	s.Notice = ""
	return n
}
