package store

import (
	"strconv"

	"kneadform/app/intake"
	"kneadform/app/ui/kit"
)

// The rule for a stored draft: the app never deletes what it cannot read
// (issue 16). intake.ReadDraft keeps every field that decodes; whatever it
// could not read is set aside, as text, under draftAsideKey (or the next
// free draftAsideKey.N), so the next save cannot overwrite the only copy,
// and offered to the client as a download. A draft from a newer version of
// the app is left exactly as it is.

// draftAsideKey is where a draft that was not fully read is kept. It starts
// with "kneadform." so "Delete my answers" removes it with the draft.
const draftAsideKey = "kneadform.draft-unread"

// maxAsideKeys bounds the aside copies kept (each a different text).
const maxAsideKeys = 20

// read takes the stored draft text raw into the session.
func (s *Session) read(raw string) {
	r := intake.ReadDraft([]byte(raw))
	switch {
	case r.Newer:
		s.Newer, s.Held, s.Notice = true, true, "notice.draft-newer"
	case r.Damaged:
		s.Notice = "notice.draft-damaged"
	default:
		s.Draft = r.Draft
		if len(r.Problems) > 0 {
			s.Notice = "notice.draft-cleaned"
		}
	}
	if !r.Lost() {
		return
	}
	s.Aside = raw
	if !r.Newer && !setAside(raw) {
		s.Held = true // no copy could be kept: the stored text stays as it is
	}
}

// setAside keeps raw under the first aside key that is free or already
// holds it; false when the browser refuses or every key is taken.
func setAside(raw string) bool {
	for i := 1; i <= maxAsideKeys; i++ {
		key := draftAsideKey
		if i > 1 {
			key += "." + strconv.Itoa(i)
		}
		v, ok, err := kit.StorageGet(key)
		switch {
		case err != nil:
			return false
		case ok && v == raw:
			return true
		case !ok:
			return kit.StorageSet(key, raw) == nil
		}
	}
	return false
}

// AsideURL is a download link (blob: URL) of the stored text that could not
// be fully read, "" when there is none.
func (s *Session) AsideURL() string {
	s.Load()
	if s.Aside != "" && s.asideURL == "" {
		s.asideURL = kit.ObjectURL([]byte(s.Aside), "text/plain;charset=utf-8")
	}
	return s.asideURL
}
