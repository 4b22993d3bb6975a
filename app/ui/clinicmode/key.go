package clinicmode

import (
	"strings"

	"kneadform/app/handoff"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"filippo.io/age"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loadKey reads the clinic key from the device. A damaged key is removed
// with a message, never shown.
func (p *clinicPage) loadKey() {
	raw := p.st.ClinicKey
	if raw == "" {
		v, ok, err := kit.StorageGet(store.ClinicKeyName)
		switch {
		case err != nil:
			p.memoryOnly = true
		case ok:
			raw = v
		}
	}
	p.ids, p.public = nil, ""
	if raw == "" {
		return
	}
	ids, err := handoff.ParseIdentities(strings.NewReader(raw))
	if err != nil {
		kit.StorageDel(store.ClinicKeyName)
		p.st.ClinicKey = ""
		p.keyErr = err
		return
	}
	p.setKey(ids)
}

func (p *clinicPage) setKey(ids []age.Identity) {
	p.ids, p.public = ids, ""
	for _, id := range ids {
		if x, ok := id.(*age.X25519Identity); ok {
			p.public = x.Recipient().String()
			break
		}
	}
}

// keyText is the key as stored: one AGE-SECRET-KEY-1… line per key, without
// the comments a key file carries.
func keyText(ids []age.Identity) string {
	var lines []string
	for _, id := range ids {
		if x, ok := id.(*age.X25519Identity); ok {
			lines = append(lines, x.String())
		}
	}
	return strings.Join(lines, "\n")
}

// importKey reads a key file's text, keeps the key on this device, and
// opens the waiting hand-off, if any.
func (p *clinicPage) importKey(ctx app.Context, text string) {
	ids, err := handoff.ParseIdentities(strings.NewReader(text))
	if err != nil {
		p.keyErr = err
		kit.FocusID(p.ctx, "open-key-error")
		return
	}
	stored := keyText(ids)
	if err := kit.StorageSet(store.ClinicKeyName, stored); err != nil {
		p.memoryOnly, p.st.ClinicKey = true, stored
	}
	p.setKey(ids)
	p.keyErr, p.keyPaste, p.status = nil, "", kit.T("handoff.open.key.imported")
	if h := locationHash(); p.pending && isHandoffFragment(h) {
		p.pending = false
		p.open(ctx, []byte(h), true)
		return
	}
	p.pending = false
	kit.FocusID(p.ctx, "open-link")
}

// forgetKey removes the key from this device, and the hand-off in view.
func (p *clinicPage) forgetKey(ctx app.Context) {
	kit.StorageDel(store.ClinicKeyName)
	p.st.ClinicKey = ""
	p.ids, p.public, p.data, p.openErr, p.large = nil, "", nil, nil, false
	p.pending = isHandoffFragment(locationHash()) // the link is still here: import a key to open it
	p.status = kit.T("handoff.open.key.forgotten")
	kit.FocusID(p.ctx, "page-heading")
}
