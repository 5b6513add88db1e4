#!/bin/sh
# deps.sh: checks that the tools and libraries wire needs are present.
#
# Prints nothing and exits 0 when everything is there.  Otherwise, run as
# root, it installs the missing Debian packages (apt-get update once, then
# apt-get install); run as anyone else it prints the apt-get line to use on
# stderr and exits 1.
set -eu

# Libraries (pkg-config names) checked now.  Later stages add theirs here.
LIBS="libutf8proc jansson libxml-2.0 libcurl sqlite3 libpq zlib"

# Debian package of a pkg-config name.
libpkg()
{
	case $1 in
	libutf8proc)	echo libutf8proc-dev ;;
	jansson)	echo libjansson-dev ;;
	# For later stages (wire-strip, wire-fetch, wire-load):
	libxml-2.0)	echo libxml2-dev ;;
	libcurl)	echo libcurl4-openssl-dev ;;
	sqlite3)	echo libsqlite3-dev ;;
	libpq)		echo libpq-dev ;;
	zlib)		echo zlib1g-dev ;;
	*)		echo "deps.sh: no package known for $1" >&2; exit 2 ;;
	esac
}

missing=

need()
{
	case " $missing " in
	*" $1 "*) ;;
	*) missing="${missing:+$missing }$1" ;;
	esac
}

have()
{
	command -v "$1" >/dev/null 2>&1
}

# Commands.
have cc || have gcc || need gcc
have make || need make
have pkg-config || need pkg-config
have bats || need bats
have jq || need jq
have python3 || need python3
have clang || need clang
have sqlite3 || need sqlite3
have parallel || need parallel
have flock || need util-linux
have groff || need groff-base
have curl || need curl
# A PostgreSQL server for the wire-load tests (they start their own).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need postgresql

# The libFuzzer runtime of clang (lib/linux/ up to LLVM 14, a target
# directory such as lib/x86_64-pc-linux-gnu/ after).
fuzzer=
for f in /usr/lib/llvm-14/lib/clang/14*/lib/linux/libclang_rt.fuzzer-x86_64.a \
    /usr/lib/llvm-*/lib/clang/*/lib/*/libclang_rt.fuzzer-*.a \
    /usr/lib/llvm-*/lib/clang/*/lib/*/libclang_rt.fuzzer.a; do
	if [ -e "$f" ]; then
		fuzzer=$f
		break
	fi
done
[ -n "$fuzzer" ] || need libclang-rt-14-dev

# Libraries; without pkg-config none can be checked, so all are needed.
for l in $LIBS; do
	if ! have pkg-config || ! pkg-config --exists "$l"; then
		p=$(libpkg "$l")
		need "$p"
	fi
done

[ -z "$missing" ] && exit 0

# shellcheck disable=SC2086 # $missing is a list of package names
if [ "$(id -u)" -eq 0 ]; then
	if ! have apt-get; then
		echo "deps.sh: missing packages ($missing) and no apt-get" >&2
		exit 1
	fi
	echo "deps.sh: installing $missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >&2
	apt-get install -y -q --no-install-recommends $missing >&2
	exit 0
fi

echo "deps.sh: missing packages; install them as root with:" >&2
echo "apt-get install -y --no-install-recommends $missing" >&2
exit 1
