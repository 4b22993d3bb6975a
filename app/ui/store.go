package ui

import (
	"errors"
	"strings"
	"time"

	"kneadform/app/intake"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// draftKey is the localStorage key of the saved intake. Only this device
// ever sees it.
const draftKey = "kneadform.draft"

// session is the client's intake in memory, mirrored to the device after
// every change. There is one client per tab, so one session per app run.
type session struct {
	loaded bool
	draft  intake.Draft
	// notice is the catalog key of a one-time message about the saved
	// answers (damaged draft replaced, storage unavailable, ...).
	notice string
	// memoryOnly is true when the device refuses storage (private mode,
	// a blocked third-party iframe): answers live only in this tab.
	memoryOnly bool
	// fromCheck is true after a "Change" link on check-your-answers: the
	// next Continue returns there.
	fromCheck bool
	// urgentSeen is true once the emergency screen was shown for the
	// current answers, so it is not shown again on every tap.
	urgentSeen bool
}

var sess = &session{}

// answers returns the client's answers, loading them on first use.
func (s *session) answers() *intake.Answers {
	s.load()
	return &s.draft.Answers
}

// load reads the saved draft once. A damaged or old draft never breaks the
// app: the client gets a notice and a fresh start.
func (s *session) load() {
	if s.loaded {
		return
	}
	s.loaded = true
	if app.IsServer {
		return // prerendering: no device, no answers
	}
	raw, ok, err := storageGet(draftKey)
	switch {
	case err != nil:
		s.memoryOnly, s.notice = true, "notice.storage-unavailable"
		return
	case !ok || raw == "":
		return
	}
	d, dropped, err := intake.DecodeDraft([]byte(raw))
	switch {
	case errors.Is(err, intake.ErrDraftVersion):
		s.notice = "notice.draft-old"
		storageDel(draftKey)
	case err != nil:
		s.notice = "notice.draft-damaged"
		storageDel(draftKey)
	default:
		s.draft = d
		if dropped > 0 {
			s.notice = "notice.draft-cleaned"
		}
	}
}

// save writes the draft to the device. It never fails loudly: when storage
// stops working the session carries on in memory and says so once.
func (s *session) save() {
	if app.IsServer {
		return
	}
	s.load()
	s.draft.Saved = time.Now().UTC().Format(time.RFC3339)
	b, err := intake.EncodeDraft(s.draft)
	if err != nil {
		return
	}
	if s.memoryOnly {
		return
	}
	if err := storageSet(draftKey, string(b)); err != nil {
		s.memoryOnly, s.notice = true, "notice.storage-unavailable"
	}
}

// hasDraft reports whether the client has started answering.
func (s *session) hasDraft() bool {
	s.load()
	return s.draft.Step != ""
}

// erase deletes every answer from memory and from the device: the draft
// and everything else Kneadform keeps there (keys starting "kneadform."),
// except a clinic's own key in clinic mode, which is not the client's and
// has its own "Forget this key".
func (s *session) erase() {
	storageDel(draftKey)
	for _, k := range storageKeys() {
		if strings.HasPrefix(k, "kneadform.") && k != clinicIdentityKey {
			storageDel(k)
		}
	}
	*s = session{loaded: true, memoryOnly: s.memoryOnly}
}

// takeNotice returns the pending notice key and clears it.
func (s *session) takeNotice() string {
	n := s.notice
	s.notice = ""
	return n
}

// Storage calls go through JavaScript, which throws when storage is blocked;
// syscall/js turns a throw into a Go panic, so each call recovers.

func storageGet(key string) (v string, ok bool, err error) {
	defer catchJS(&err)
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return "", false, errors.New("no localStorage")
	}
	r := ls.Call("getItem", key)
	if r.IsNull() || r.IsUndefined() {
		return "", false, nil
	}
	return r.String(), true, nil
}

func storageSet(key, v string) (err error) {
	defer catchJS(&err)
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return errors.New("no localStorage")
	}
	ls.Call("setItem", key, v)
	return nil
}

// storageKeys lists the keys in localStorage (none when it is blocked).
func storageKeys() (keys []string) {
	var err error
	defer catchJS(&err)
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return nil
	}
	for i := 0; i < ls.Get("length").Int(); i++ {
		keys = append(keys, ls.Call("key", i).String())
	}
	return keys
}

func storageDel(key string) {
	var err error
	defer catchJS(&err)
	if ls := app.Window().Get("localStorage"); ls.Truthy() {
		ls.Call("removeItem", key)
	}
}

func catchJS(err *error) {
	if r := recover(); r != nil {
		*err = errors.New("storage: browser refused")
	}
}
