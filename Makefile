# wire: small Unix filters that turn news reports into tagged JSON lines.
# GNU make. CC, CFLAGS, LDFLAGS, PREFIX and DESTDIR may be overridden.
# O is the output root: objects in $(O)/build, the library in $(O)/lib,
# programs in $(O)/bin (make asan uses O=build/asan).

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
LIBDIR ?= $(PREFIX)/lib
INCDIR ?= $(PREFIX)/include
DATADIR ?= $(PREFIX)/share/wire
MANDIR ?= $(PREFIX)/share/man
PKGCONFIG ?= pkg-config

CC ?= cc
CFLAGS ?= -O2 -g
O ?= .

# Libraries: PKGS are linked into every program; EXTRAPKGS give their
# headers to every object but are linked only where a program NAME lists
# them in PKGS_NAME (libwire.a is an archive: a program pulls only the
# modules it uses).
# The bench and fuzz helpers add jansson.
PKGS = libutf8proc
EXTRAPKGS = libxml-2.0 libcurl sqlite3 libpq zlib
TESTPKGS = jansson
PKGS_wire-strip = libxml-2.0
PKGS_wire-fetch = libcurl libxml-2.0 sqlite3 zlib
PKGS_wire-dedup = sqlite3
PKGS_wire-load = sqlite3 libpq

WFLAGS = -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-unused-parameter
CPPFLAGS_ALL = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude \
	-DWIRE_VERSION='"$(VERSION)"' -DWIRE_DATADIR='"$(DATADIR)"' \
	$(shell $(PKGCONFIG) --cflags $(PKGS) $(EXTRAPKGS) 2>/dev/null) $(CPPFLAGS)
LIBS_ALL = $(shell $(PKGCONFIG) --libs $(PKGS) 2>/dev/null) -lm $(LDLIBS)
TESTLIBS = $(shell $(PKGCONFIG) --libs $(TESTPKGS) $(EXTRAPKGS) 2>/dev/null)
TESTCFLAGS = $(shell $(PKGCONFIG) --cflags $(TESTPKGS) 2>/dev/null)

LIB_SRC := $(sort $(wildcard lib/*.c))
CMD_SRC := $(sort $(wildcard cmd/*.c))
UNIT_SRC := $(sort $(wildcard tests/unit/*_test.c))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/*_fuzz.c))
BENCH_SRC := $(sort $(wildcard bench/*.c))

OBJ = $(O)/build/obj
LIBA = $(O)/lib/libwire.a
LIB_OBJ := $(LIB_SRC:lib/%.c=$(OBJ)/lib/%.o)
BINS := $(CMD_SRC:cmd/%.c=$(O)/bin/%)
UNITS := $(UNIT_SRC:tests/unit/%.c=$(O)/build/tests/%)
BENCHES := $(BENCH_SRC:bench/%.c=$(O)/build/bench/%)
FUZZERS := $(FUZZ_SRC:tests/fuzz/%.c=build/fuzz/%)

FUZZ_TIME ?= 10

.PHONY: all deps check test asan fuzz fuzz-build bench benches units demo install uninstall clean \
	style eval model FORCE
.SECONDARY:
FORCE:
.DEFAULT_GOAL := all

all: $(LIBA) $(BINS) wire.pc

$(OBJ)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(WFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(OBJ)/cmd/%.o: cmd/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(WFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(LIBA): $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(O)/bin/%: $(OBJ)/cmd/%.o $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) \
		$(if $(PKGS_$*),$(shell $(PKGCONFIG) --libs $(PKGS_$*))) $(LIBS_ALL)

$(O)/build/tests/%: tests/unit/%.c tests/unit/tap.h tests/unit/scratch.h $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(WFLAGS) $(CFLAGS) -Itests/unit -o $@ $< \
		$(LDFLAGS) $(LIBA) $(LIBS_ALL) $(TESTLIBS)

$(O)/build/bench/%: bench/%.c bench/bench.h $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS_ALL) $(TESTCFLAGS) $(WFLAGS) $(CFLAGS) -o $@ $< \
		$(LDFLAGS) $(LIBA) $(LIBS_ALL) $(TESTLIBS)

# Rebuilt every time: PREFIX may differ between make and make install.
wire.pc: FORCE
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCDIR)' '' \
		'Name: wire' 'Description: records, text, sentences and news tagging for wire filters' \
		'Version: $(VERSION)' 'Requires.private: $(PKGS) $(EXTRAPKGS)' \
		'Libs: -L$${libdir} -lwire' 'Libs.private: -lm' 'Cflags: -I$${includedir}' > $@

-include $(LIB_OBJ:.o=.d) $(CMD_SRC:cmd/%.c=$(OBJ)/cmd/%.d)

# Missing Debian packages are installed when run as root; otherwise the
# exact apt-get line is printed and make stops.
deps:
	@sh scripts/deps.sh

units: $(UNITS)
benches: $(BENCHES)

# The whole suite: style, C unit tests, bats suites, bounded fuzzing.
check: deps
	@$(MAKE) --no-print-directory all units
	@$(MAKE) --no-print-directory -s fuzz-build >/dev/null 2>&1 || true
	@WIRE_BIN=$(O)/bin WIRE_UNITS=$(O)/build/tests WIRE_DATADIR=$(CURDIR)/data \
		FUZZ_TIME=$(FUZZ_TIME) sh tests/run.sh

test: check

asan: deps
	@$(MAKE) --no-print-directory O=build/asan CC=$${ASAN_CC:-cc} \
		CFLAGS='-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined' \
		LDFLAGS='-fsanitize=address,undefined' all units
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		WIRE_BIN=build/asan/bin WIRE_UNITS=build/asan/build/tests WIRE_DATADIR=$(CURDIR)/data \
		FUZZ_TIME=0 sh tests/run.sh

# libFuzzer targets, linked against one instrumented copy of the library
# (an archive, so each pulls only the modules it exercises).
FUZZ_CC ?= clang
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined
FUZZ_OBJFLAGS = -g -O1 -fsanitize=fuzzer-no-link,address,undefined
FUZZ_OBJ := $(LIB_SRC:lib/%.c=build/fuzz/obj/%.o)
fuzz-build: $(FUZZERS)
build/fuzz/obj/%.o: lib/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS_ALL) $(FUZZ_OBJFLAGS) -MMD -MP -c -o $@ $<
build/fuzz/libwire.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_OBJ)
build/fuzz/%: tests/fuzz/%.c build/fuzz/libwire.a
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS_ALL) $(TESTCFLAGS) $(FUZZ_FLAGS) -o $@ $< build/fuzz/libwire.a \
		$(LIBS_ALL) $(TESTLIBS)
-include $(FUZZ_OBJ:.o=.d)

fuzz: deps fuzz-build
	@for f in $(FUZZERS); do \
		n=$${f##*/}; mkdir -p build/fuzz/corpus/$$n; \
		echo "fuzz: $$n for $(FUZZ_TIME)s"; \
		$$f -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 \
			-dict=tests/fuzz/json.dict build/fuzz/corpus/$$n tests/fuzz/corpus/$$n \
			2>build/fuzz/$$n.log || { tail -40 build/fuzz/$$n.log; exit 1; }; \
		tail -1 build/fuzz/$$n.log; \
	done

bench: deps all benches
	@for b in $(filter-out bench/eval-%,$(sort $(wildcard bench/*.sh))); do \
		sh $$b || exit 1; done

# Development-set scores (needs ../shared).
eval: all
	@for e in bench/eval-*.sh; do sh $$e || exit 1; done

# Retrains the entity tagger from ../shared/data/ner (see data/ner/README).
model: $(O)/bin/wire-train
	sh scripts/train-ner.sh

demo: deps all
	@WIRE_BIN=$(O)/bin sh scripts/demo.sh

style:
	@sh scripts/check-style.sh

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCDIR)/wire \
		$(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(BINS) scripts/wire-collect scripts/wire-parallel $(DESTDIR)$(BINDIR)
	install -m 644 $(LIBA) $(DESTDIR)$(LIBDIR)
	install -m 644 wire.pc $(DESTDIR)$(LIBDIR)/pkgconfig
	install -m 644 include/wire/*.h $(DESTDIR)$(INCDIR)/wire
	cp -R data/. $(DESTDIR)$(DATADIR)/
	install -m 644 man/*.1 $(DESTDIR)$(MANDIR)/man1
	install -m 644 man/*.7 $(DESTDIR)$(MANDIR)/man7

uninstall:
	rm -f $(BINS:$(O)/bin/%=$(DESTDIR)$(BINDIR)/%) $(DESTDIR)$(BINDIR)/wire-collect \
		$(DESTDIR)$(BINDIR)/wire-parallel $(DESTDIR)$(LIBDIR)/libwire.a \
		$(DESTDIR)$(LIBDIR)/pkgconfig/wire.pc
	rm -rf $(DESTDIR)$(INCDIR)/wire $(DESTDIR)$(DATADIR)

clean:
	rm -rf bin build lib/libwire.a wire.pc
