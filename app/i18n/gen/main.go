// Command gen writes tables_gen.go from locales/*/*.json; run it with
// go generate ./app/i18n after changing a catalog (a test fails until then).
package main

import (
	"fmt"
	"os"

	"kneadform/app/i18n/internal/catgen"
)

func main() {
	src, err := catgen.Source(os.DirFS("locales"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(catgen.Output, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
