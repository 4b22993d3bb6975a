package clinicmode

import (
	"errors"
	"strings"

	"kneadform/app/handoff"
	"kneadform/app/ui/kit"
	"kneadform/app/ui/store"

	"filippo.io/age"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// loadKey reads the clinic key from the device, then calls done on the UI
// loop. A locked key (vault.go) is unlocked; a key an older version stored
// in plain text is read, then locked in its place. A damaged key is
// removed with a message, never shown.
func (p *clinicPage) loadKey(done func(ctx app.Context)) {
	p.ids, p.public, p.keyLost = nil, "", false
	if raw := p.st.ClinicKey; raw != "" { // kept in this tab only
		p.memoryOnly = true
		if ids, err := handoff.ParseIdentities(strings.NewReader(raw)); err == nil {
			p.setKey(ids)
		}
		p.dispatch(done)
		return
	}
	v, ok, err := kit.StorageGet(store.ClinicKeyName)
	switch {
	case err != nil:
		p.memoryOnly = true
	case !ok || v == "":
	case isSealed(v):
		gen := p.gen
		unseal(v, func(plain string, err error) {
			p.dispatch(func(ctx app.Context) {
				if gen == p.gen {
					p.unsealed(plain, err)
				}
				done(ctx)
			})
		})
		return
	default: // plain text, from before keys were locked
		ids, err := handoff.ParseIdentities(strings.NewReader(v))
		if err != nil {
			kit.StorageDel(store.ClinicKeyName)
			p.keyErr = err
			break
		}
		p.setKey(ids)
		p.keep(keyText(ids))
	}
	p.dispatch(done)
}

// unsealed takes the result of unlocking the stored key. A key that can
// never be unlocked again is removed; one this browser cannot unlock just
// now is left for a later visit. Either way staff are told to import it.
func (p *clinicPage) unsealed(plain string, err error) {
	if err == nil {
		var ids []age.Identity
		if ids, err = handoff.ParseIdentities(strings.NewReader(plain)); err == nil {
			p.setKey(ids)
			return
		}
		err = errVaultLost
	}
	if errors.Is(err, errVaultLost) {
		kit.StorageDel(store.ClinicKeyName)
	}
	p.keyLost = true
}

// keep locks the key text and stores it. Where the browser cannot lock it
// (or refuses storage), nothing is stored, not even the plain text an
// older version left: the key stays in this tab only, and the page says so.
func (p *clinicPage) keep(text string) {
	p.gen++
	gen := p.gen
	seal(text, func(stored string, err error) {
		p.dispatch(func(ctx app.Context) {
			if gen != p.gen {
				return // forgotten, or another key imported, meanwhile
			}
			if err == nil {
				err = kit.StorageSet(store.ClinicKeyName, stored)
			}
			if err != nil {
				kit.StorageDel(store.ClinicKeyName)
				p.memoryOnly, p.st.ClinicKey = true, text
				return
			}
			p.memoryOnly, p.st.ClinicKey = false, ""
		})
	})
}

// dispatch runs f on the UI loop, recovered, and re-renders the page.
func (p *clinicPage) dispatch(f func(ctx app.Context)) {
	p.ctx.Dispatch(func(ctx app.Context) { kit.Guard(ctx, func() { f(ctx) }) })
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

// importKey reads a key file's text, keeps the key on this device (locked),
// and opens the waiting hand-off, if any.
func (p *clinicPage) importKey(ctx app.Context, text string) {
	ids, err := handoff.ParseIdentities(strings.NewReader(text))
	if err != nil {
		p.keyErr = err
		kit.FocusID(p.ctx, "open-key-error")
		return
	}
	p.setKey(ids)
	p.keep(keyText(ids))
	p.keyErr, p.keyLost, p.keyPaste, p.status = nil, false, "", kit.T("handoff.open.key.imported")
	if p.pending && p.fragment != "" {
		p.pending = false
		p.open(ctx, []byte(p.fragment), true)
		return
	}
	p.pending = false
	kit.FocusID(p.ctx, "open-link")
}

// forgetKey removes the key from this device (and its lock key), and the
// hand-off in view.
func (p *clinicPage) forgetKey(ctx app.Context) {
	p.gen++
	kit.StorageDel(store.ClinicKeyName)
	forgetVault()
	p.st.ClinicKey = ""
	p.ids, p.public, p.data, p.openErr, p.large, p.memoryOnly = nil, "", nil, nil, false, false
	p.pending = p.fragment != "" // the link is still on the page: import a key to open it
	p.status = kit.T("handoff.open.key.forgotten")
	kit.FocusID(p.ctx, "page-heading")
}
