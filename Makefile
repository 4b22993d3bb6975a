# Kneadform: make run serves the app, make test runs every test.
# Needs only Go; the browser tests also need Chromium (.ci/run installs it).
#
# Every Go step runs each time: go build is a no-op when nothing changed,
# and "kneadform compress" only recompresses when app.wasm's content did.

GO       ?= go
WASM     := web/app.wasm
BIN      := bin/kneadform
## No inlining (-l) in these packages: our own (-107 KB brotli), then go-app,
## encoding/json, fmt, net/url and the crypto of the hand-off (-62 KB more);
## A/B of start-up and step changes in docs/performance.md. The runtime,
## reflect, strings, time and syscall/js keep their inlining. bench/build.go
## reads this line, so its size table measures the build that ships.
NOINLINE := kneadform/... github.com/maxence-charriere/go-app/v10/... encoding/json fmt internal/fmtsort net/url net/netip encoding/base64 html crypto/... golang.org/x/... filippo.io/... rsc.io/...
WASMFLAGS := -trimpath -ldflags='-s -w' $(foreach p,$(NOINLINE),-gcflags='$(p)=-l')

.PHONY: all build wasm server run test bench fmt vet clean

all: build

## build: web/app.wasm, bin/kneadform, and app.wasm.br/.gz (prints the sizes).
## wasm-merge-data joins the linker's ~100,000 tiny data segments (same
## memory, ~116 KB less brotli; docs/performance.md). -gap 4096 leaves 4
## segments (1.8 KB less brotli than the default 64, 7 KB more raw).
build: wasm server
	$(BIN) wasm-merge-data -gap 4096 $(WASM)
	$(BIN) compress $(WASM)

## The wasm is built against copies of go-app and age patched so that
## go-app's server code (net/http, crypto/tls), regexp and age's post-quantum
## recipient (hpke, NIST curves) stay out of it: cmd/kneadform/wasmgoapp.go.
wasm: server
	$(BIN) wasm-goapp -o bin/wasm-goapp >/dev/null
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -modfile=bin/wasm-goapp/wasm.mod -o $(WASM) ./cmd/kneadform

server:
	$(GO) build -trimpath -o $(BIN) ./cmd/kneadform

## run: build, then serve on http://127.0.0.1:8000/ (KNEADFORM_ADDR changes it).
## Without CONFIG it serves a demo clinic: "kneadform demo" writes a labelled
## demo configuration and key pair into .demo/ (git-ignored, kept between
## runs), so the encrypted link, QR code, clinic mode and FHIR work at once.
## make run CONFIG=clinic.json serves a real clinic's configuration.
CONFIG ?=
run: build
ifeq ($(CONFIG),)
	$(BIN) demo -dir .demo
	$(BIN) serve -config .demo/clinic.json
else
	$(BIN) serve -config $(CONFIG)
endif

## test: build, then unit and browser tests (-count=1: the browser tests
## depend on web/ and the server binary, which go test cannot see). Old
## screenshots are removed first, so artifacts/ shows only this run.
## TESTTIMEOUT is per test binary: Go's default of 10 minutes was hit by
## app/e2e on a fresh clone with both cores busy (826 s run, issue 16).
TESTTIMEOUT ?= 30m
test: build
	rm -rf artifacts/screenshots
	$(GO) test -count=1 -timeout $(TESTTIMEOUT) ./...

## bench: Kneadform against go-app's hello world in headless Chromium
## (docs/performance.md); writes bench/results.json. Not part of make test.
bench: build
	$(GO) run ./bench

fmt:
	gofmt -w app cmd bench internal

## vet: go vet for the server and for the wasm client, and gofmt
vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/kneadform ./app/ui/...
	@test -z "$$(gofmt -l app cmd bench internal)" || { gofmt -l app cmd bench internal; echo "run make fmt"; exit 1; }

clean:
	rm -rf bin artifacts $(WASM) $(WASM).br $(WASM).gz
