# Two commands do all the set-up on a fresh Debian machine with Swift:
#   make demo   installs what is missing, builds, and prints the day's work sheet for the sample hotel
#   make test   installs what is missing and runs every test
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
SWIFT ?= swift

.PHONY: demo test deps build benchmarks clean

deps:
	@if [ ! -f /usr/include/glpk.h ] || ! command -v glpsol >/dev/null 2>&1; then \
		echo "Installing GLPK (libglpk-dev, glpk-utils)..." >&2; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libglpk-dev glpk-utils >&2; \
	fi

# Build output goes to standard error, so `make demo > sheet.txt` holds the work sheet alone.
build: deps
	@echo "Building housekeeping (release)..." >&2
	@$(SWIFT) build -c release --product housekeeping >&2

demo: build
	@.build/release/housekeeping worksheet

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

benchmarks: deps
	$(SWIFT) build -c release
	@echo "Run a benchmark, e.g.: .build/release/AssignmentBenchmark (see Benchmarks/README.md)"

clean:
	rm -rf .build
