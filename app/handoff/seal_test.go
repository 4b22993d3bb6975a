package handoff

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"filippo.io/age"
	"filippo.io/age/armor"
)

func newIdentity(t testing.TB) *age.X25519Identity {
	t.Helper()
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// TestSealOpenRoundTrip: generated intakes survive encode → encrypt → link
// (or .age file, binary or armored) → parse → decrypt → decode.
func TestSealOpenRoundTrip(t *testing.T) {
	id := newIdentity(t)
	r := rand.New(rand.NewPCG(3, 4))
	links := 0
	for i := range 300 {
		p := randomPayload(r)
		ct, err := Seal(p, id.Recipient().String())
		if err != nil {
			t.Fatalf("#%d: Seal: %v", i, err)
		}
		inputs := map[string][]byte{"file": ct, "armored": armored(t, ct)}
		if link, err := Link(testSite, ct); err == nil {
			inputs["link"] = []byte(link)
			inputs["fragment"] = []byte(link[strings.IndexByte(link, '#')+1:])
			links++
		} else if !errors.Is(err, ErrTooLarge) {
			t.Fatalf("#%d: Link: %v", i, err)
		}
		for form, in := range inputs {
			got, err := openInput(in, id)
			if err != nil {
				t.Fatalf("#%d %s: %v", i, form, err)
			}
			if want := cleaned(p); !reflect.DeepEqual(got, want) {
				t.Fatalf("#%d %s: round trip differs", i, form)
			}
		}
	}
	if links < 100 {
		t.Errorf("only %d of 300 generated intakes fit a link; the generator or the limit is off", links)
	}
}

func openInput(in []byte, ids ...age.Identity) (Payload, error) {
	ct, err := Parse(in)
	if err != nil {
		return Payload{}, err
	}
	return Open(ct, ids...)
}

func armored(t *testing.T, ct []byte) []byte {
	var b bytes.Buffer
	w := armor.NewWriter(&b)
	w.Write(ct)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestOpenErrors(t *testing.T) {
	id, other := newIdentity(t), newIdentity(t)
	ct, err := Seal(typical(), id.Recipient().String())
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte { b := bytes.Clone(ct); b[i] ^= 0x01; return b }
	future := sealRaw(t, id, append([]byte{FormatVersion + 1, 0}, "whatever comes next"...))
	tests := []struct {
		name string
		ct   []byte
		want error
	}{
		{"wrong identity", ct, ErrWrongKey},
		{"payload bit flipped", flip(len(ct) - 20), ErrTampered},
		{"last tag byte flipped", flip(len(ct) - 1), ErrTampered},
		{"header MAC flipped", flip(bytes.Index(ct, []byte("\n---")) + 6), ErrTampered},
		{"cut in the header", ct[:60], ErrTruncated},
		{"cut after the header", ct[:bytes.Index(ct, []byte("\n---"))+48], ErrTruncated},
		{"cut in the payload", ct[:len(ct)-10], ErrTampered}, // a file has no length: age sees a bad last chunk
		{"future format version", future, ErrUnknownVersion},
		{"oversize", make([]byte, MaxInputBytes+1), ErrTooLarge},
		{"not age at all", []byte("hello"), ErrTampered},
	}
	for _, tt := range tests {
		ids := []age.Identity{id}
		if tt.name == "wrong identity" {
			ids = []age.Identity{other}
		}
		_, err := Open(tt.ct, ids...)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: err = %v, want %v", tt.name, err, tt.want)
		}
	}
	var ve *VersionError
	if _, err := Open(future, id); !errors.As(err, &ve) || ve.Version != FormatVersion+1 {
		t.Errorf("future version: %v", err)
	}
}

// sealRaw encrypts plain as it is, to make hand-offs Encode never would.
func sealRaw(t *testing.T, id *age.X25519Identity, plain []byte) []byte {
	var b bytes.Buffer
	w, err := age.Encrypt(&b, id.Recipient())
	if err != nil {
		t.Fatal(err)
	}
	w.Write(plain)
	w.Close()
	return b.Bytes()
}

// TestEveryBitFlipFails flips each bit of a sealed hand-off in turn: each
// must fail with one of the typed errors, never decode, never panic.
func TestEveryBitFlipFails(t *testing.T) {
	id := newIdentity(t)
	ct, _ := Seal(Payload{Answers: typical().Answers}, id.Recipient().String())
	counts := map[string]int{}
	for i := range len(ct) * 8 {
		b := bytes.Clone(ct)
		b[i/8] ^= 1 << (i % 8)
		_, err := Open(b, id)
		if err == nil {
			t.Fatalf("bit %d flipped: decrypted anyway", i)
		}
		key := ErrorKey(err)
		if key == "handoff.error.other" {
			t.Fatalf("bit %d flipped: untyped error %v", i, err)
		}
		counts[key]++
	}
	t.Logf("%d bit flips: %v", len(ct)*8, counts)
}

// TestEveryCutFails cuts a link at every length: each is ErrTruncated (the
// link carries the length), and a cut file fails with a typed error.
func TestEveryCutFails(t *testing.T) {
	id := newIdentity(t)
	ct, _ := Seal(typical(), id.Recipient().String())
	link, err := Link(testSite, ct)
	if err != nil {
		t.Fatal(err)
	}
	start := strings.Index(link, LinkPrefix) + len(LinkPrefix)
	for n := start; n < len(link); n++ {
		if _, err := Parse([]byte(link[:n])); !errors.Is(err, ErrTruncated) {
			t.Fatalf("link cut to %d of %d characters: %v, want ErrTruncated", n, len(link), err)
		}
	}
	for n := 0; n < len(ct); n++ {
		_, err := openInput(ct[:n], id)
		if err == nil || ErrorKey(err) == "handoff.error.other" {
			t.Fatalf("file cut to %d of %d bytes: %v", n, len(ct), err)
		}
	}
}

func TestSealErrors(t *testing.T) {
	for _, tt := range []struct {
		recipient string
		want      error
	}{
		{"", ErrNoRecipient},
		{"   ", ErrNoRecipient},
		{"age1notakey", ErrBadRecipient},
		{"AGE-SECRET-KEY-1QQQ", ErrBadRecipient},
	} {
		if _, err := Seal(typical(), tt.recipient); !errors.Is(err, tt.want) {
			t.Errorf("Seal(%q): %v, want %v", tt.recipient, err, tt.want)
		}
	}
	if _, err := Open([]byte("x")); !errors.Is(err, ErrBadIdentity) {
		t.Errorf("Open with no identity: %v", err)
	}
	if _, err := ParseIdentities(strings.NewReader("# nothing here\n")); !errors.Is(err, ErrBadIdentity) {
		t.Errorf("ParseIdentities of no key: %v", err)
	}
	id := newIdentity(t)
	ids, err := ParseIdentities(strings.NewReader("# created: now\n# public key: " + id.Recipient().String() + "\n" + id.String() + "\n"))
	if err != nil || len(ids) != 1 {
		t.Errorf("ParseIdentities of a keygen file: %v", err)
	}
}

func TestErrorKeys(t *testing.T) {
	for _, err := range []error{ErrNoRecipient, ErrBadRecipient, ErrBadIdentity, ErrWrongKey, ErrTampered, ErrTruncated, ErrUnknownVersion, ErrTooLarge, ErrMalformed, errors.New("other")} {
		key := ErrorKey(err)
		if !en().Has(key) {
			t.Errorf("%v: catalog has no %s", err, key)
		}
	}
}
