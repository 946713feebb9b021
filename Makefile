# swunc: the two entry points the README promises, plus helpers.
#   make demo   build swunc (static release) and run the hello bundle
#   make test   build and run the whole test suite (as root)
SHELL := /bin/bash
SWIFT ?= swift
STATIC := -Xswiftc -static-executable -Xswiftc -Xclang-linker -Xswiftc -s

.PHONY: deps build release demo test unit integration vm-test clean

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release $(STATIC)

demo: release
	bash bundles/hello/make.sh
	.build/release/swunc --root /run/swunc-demo run --bundle bundles/out/hello demo-$$$$

test: deps
	$(SWIFT) build
	$(SWIFT) build --build-tests
	bash scripts/test.sh

clean:
	rm -rf .build bundles/out
