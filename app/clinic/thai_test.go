package clinic

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestThaiNameAndAddress: the name and address limits count characters. A
// Thai clinic's name of MaxNameLen letters (three bytes each) and an
// address of MaxAddressLen were refused as too long when the limits
// counted bytes; one more character is still refused, and the message
// never cuts a character in half.
func TestThaiNameAndAddress(t *testing.T) {
	name := strings.Repeat("ก", MaxNameLen)
	addr := strings.Repeat("ถ", MaxAddressLen)
	if ps := (Config{Name: name, Address: addr}).Validate(); len(ps) > 0 {
		t.Errorf("a Thai name and address at the limits: %v", ps)
	}
	ps := (Config{Name: name + "ก", Address: addr + "ถ"}).Validate()
	if len(ps) != 2 {
		t.Fatalf("one character over both limits: %v", ps)
	}
	for _, p := range ps {
		if !utf8.ValidString(p.Value) {
			t.Errorf("%s: the message quotes invalid UTF-8 %q", p.Field, p.Value)
		}
	}
}
