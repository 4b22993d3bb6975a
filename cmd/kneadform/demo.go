//go:build !wasm

package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"filippo.io/age"

	"kneadform/app/clinic"
)

func init() {
	commands["demo"] = command{
		summary: "write a demo clinic configuration and key pair (for make run; never a real clinic's)",
		run:     runDemo,
	}
}

const demoUsage = `usage: kneadform demo [-dir .demo]

Prepares the demo clinic that "make run" serves, so the encrypted link,
the QR code, clinic mode and the FHIR download all work on a fresh clone:
DIR/clinic.key (a new hand-off key pair, mode 0600) and DIR/clinic.json
(a clinic configuration clearly named as a demo, whose recipient is that
key). An existing key is kept, so links made earlier still open; the
configuration is rewritten each time. DIR is ignored by git: never use the
demo key for real clients. Prints the configuration's path.

Exit status: 0 ready, 1 a file cannot be read or written, 2 usage error.
`

// demoClinic is the demo configuration (docs/clinic-config.md): a Thai
// bodywork practice like seed 000's, offering every language the app has.
func demoClinic(recipient string) clinic.Config {
	return clinic.Config{
		Name:      "Demo Back Clinic (Kneadform demo, not a real clinic)",
		Phone:     "+66 2 000 0000",
		Region:    "TH",
		Address:   "Demo address: 1 Example Road, Bangkok",
		Booking:   "https://clinic.example/book",
		Languages: []string{"en", "th", "es"},
		Recipient: recipient,
	}
}

// runDemo is `kneadform demo [-dir DIR]`.
func runDemo(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, demoUsage) }
	dir := fs.String("dir", ".demo", "folder for the demo key and configuration")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 || *dir == "" {
		fs.Usage()
		return 2
	}
	cfg, err := writeDemo(*dir)
	if err != nil {
		fmt.Fprintf(stderr, "kneadform demo: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "Demo clinic: %s (key %s; demo only, never for real clients)\n", cfg, filepath.Join(*dir, "clinic.key"))
	return 0
}

// writeDemo makes dir, keeps or creates dir/clinic.key and writes
// dir/clinic.json; it returns the configuration's path.
func writeDemo(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	keyPath := filepath.Join(dir, "clinic.key")
	id, err := demoIdentity(keyPath)
	if err != nil {
		return "", err
	}
	c := demoClinic(id.Recipient().String())
	if ps := c.Validate(); len(ps) > 0 {
		return "", fmt.Errorf("demo configuration: %v", ps)
	}
	b, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return "", err
	}
	cfgPath := filepath.Join(dir, "clinic.json")
	return cfgPath, os.WriteFile(cfgPath, append(b, '\n'), 0o600)
}

// demoIdentity reads the key at path, or creates one there.
func demoIdentity(path string) (*age.X25519Identity, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		id, err := age.GenerateX25519Identity()
		if err != nil {
			return nil, err
		}
		content := fmt.Sprintf("# Kneadform DEMO hand-off key (make run): never use it for real clients.\n# public key: %s\n%s\n",
			id.Recipient(), id)
		return id, writeSecret(path, []byte(content), false)
	}
	if err != nil {
		return nil, err
	}
	ids, err := age.ParseIdentities(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %v (delete the folder to make a new demo)", path, err)
	}
	id, ok := ids[0].(*age.X25519Identity)
	if !ok {
		return nil, fmt.Errorf("%s: not an X25519 key (delete the folder to make a new demo)", path)
	}
	return id, nil
}
