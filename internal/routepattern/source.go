package routepattern

import _ "embed"

// Source is routepattern.go, for kneadform wasm-goapp to copy into the
// wasm build's go-app (see the package comment).
//
//go:embed routepattern.go
var Source string
