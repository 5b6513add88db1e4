#!/usr/bin/env bats
# wire-fetch against a loopback test server (tests/fixtures/fetch/server.py)
# started for this file on an ephemeral port of 127.0.0.1.

setup_file() {
	export BIN="${WIRE_BIN:-$BATS_TEST_DIRNAME/../bin}"
	export FIX="$BATS_TEST_DIRNAME/fixtures/fetch"
	python3 "$FIX/server.py" "$BATS_FILE_TMPDIR/port" \
	    >"$BATS_FILE_TMPDIR/server.log" 2>&1 &
	echo $! >"$BATS_FILE_TMPDIR/server.pid"
	for _ in $(seq 100); do
		[ -s "$BATS_FILE_TMPDIR/port" ] && break
		sleep 0.1
	done
	[ -s "$BATS_FILE_TMPDIR/port" ]
}

teardown_file() {
	kill "$(cat "$BATS_FILE_TMPDIR/server.pid")" 2>/dev/null || true
}

setup() {
	B="http://127.0.0.1:$(cat "$BATS_FILE_TMPDIR/port")"
	T="$BATS_TEST_TMPDIR"
	export XDG_STATE_HOME="$T/xdg"
}

# stderr goes to $T/stderr so that $output holds records only.
wf() {
	"$BIN/wire-fetch" "$@" 2>"$T/stderr"
}

@test "a page becomes a document record" {
	run wf <<<"$B/page"
	[ "$status" -eq 0 ]
	[ "$(jq -r .status <<<"$output")" = 200 ]
	[ "$(jq -r .charset <<<"$output")" = utf-8 ]
	[ "$(jq -r .content_type <<<"$output")" = text/html ]
	[ "$(jq -r .etag <<<"$output")" = '"v1"' ]
	[ "$(jq -r .last_modified <<<"$output")" = "Mon, 01 Jan 2024 00:00:00 GMT" ]
	[ "$(jq -r .id <<<"$output" | grep -cE '^[0-9a-f]{16}$')" = 1 ]
	[[ "$(jq -r .html <<<"$output")" == *"Grüße"* ]]
	[[ "$(jq -r .fetched_at <<<"$output")" =~ ^[0-9]{4}-..-..T..:..:..Z$ ]]
}

@test "comments and blank lines are skipped, file arguments read" {
	printf '# a comment\n\n%s/page\n  \n' "$B" >"$T/urls"
	run wf "$T/urls"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
}

@test "JSON input carries its other fields" {
	run wf <<<"{\"url\":\"$B/page\",\"source\":\"x\",\"n\":[1,2]}"
	[ "$status" -eq 0 ]
	[ "$(jq -c '[.source,.n,.status]' <<<"$output")" = '["x",[1,2],200]' ]
}

@test "a record without url is rejected" {
	run wf <<<'{"link":"x"}'
	[ "$status" -eq 1 ]
}

@test "redirects are followed to final_url" {
	run wf <<<"$B/redirect"
	[ "$status" -eq 0 ]
	[ "$(jq -r .final_url <<<"$output")" = "$B/page" ]
	[ "$(jq -r .url <<<"$output")" = "$B/redirect" ]
}

@test "a redirect loop fails after 10 redirects" {
	run wf <<<"$B/loop"
	[ "$status" -eq 1 ]
	[[ "$(jq -r .error <<<"${lines[0]}")" == *redirect* ]]
}

@test "redirects to other protocols are refused" {
	run wf <<<"$B/to-file"
	[ "$status" -eq 1 ]
	[ "$(jq -r .html <<<"${lines[0]}")" = null ]
	[[ "$(jq -r .error <<<"${lines[0]}")" == *file* ]]
}

@test "non-http URLs fail" {
	run wf <<<"file:///etc/passwd"
	[ "$status" -eq 1 ]
	[ "$(jq -r .error <<<"${lines[0]}")" != null ]
}

@test "404 gives an error record with status and exit 1" {
	run wf --errors "$T/failed" <<<"$B/404"
	[ "$status" -eq 1 ]
	[ "$(jq -r .status <<<"${lines[0]}")" = 404 ]
	[[ "$(jq -r .error <<<"${lines[0]}")" == *404* ]]
	[[ "$(cat "$T/stderr")" == "wire-fetch: $B/404: "* ]]
	[ "$(cat "$T/failed")" = "$B/404" ]
}

@test "--errors keeps JSON inputs as they came" {
	in="{\"url\":\"$B/404\",\"k\":1}"
	run wf --errors "$T/failed" <<<"$in"
	[ "$status" -eq 1 ]
	[ "$(cat "$T/failed")" = "$in" ]
}

@test "429 with Retry-After is retried after the wait" {
	start=$(date +%s)
	run wf --retry-wait 0.1 <<<"$B/429?t=a"
	[ "$status" -eq 0 ]
	[ "$(jq -r .status <<<"$output")" = 200 ]
	[ $(($(date +%s) - start)) -ge 1 ]
}

@test "500 then 200 is retried" {
	run wf --retry-wait 0.1 <<<"$B/flaky?t=b"
	[ "$status" -eq 0 ]
	[[ "$(jq -r .html <<<"$output")" == *"after 500"* ]]
}

@test "retries stop at the cap on retry time" {
	run wf --retry-wait 0.2 --retry-max 0.5 <<<"$B/always500"
	[ "$status" -eq 1 ]
	[ "$(jq -r .status <<<"${lines[0]}")" = 503 ]
}

@test "a slow body times out" {
	start=$(date +%s)
	run wf --timeout 1 --retries 0 <<<"$B/slow"
	[ "$status" -eq 1 ]
	[[ "$(jq -r .error <<<"${lines[0]}")" == *imed* ]]
	[ $(($(date +%s) - start)) -lt 4 ]
}

@test "a body over the cap fails, with Content-Length" {
	run wf --max-bytes 1M <<<"$B/big"
	[ "$status" -eq 1 ]
	[[ "$(jq -r .error <<<"${lines[0]}")" == *"exceeds 1048576"* ]]
}

@test "a body over the cap fails, without Content-Length" {
	run wf --max-bytes 1M <<<"$B/big-nolength"
	[ "$status" -eq 1 ]
	[[ "$(jq -r .error <<<"${lines[0]}")" == *"exceeds 1048576"* ]]
}

@test "gzip is decompressed" {
	run wf <<<"$B/gzip"
	[ "$status" -eq 0 ]
	[[ "$(jq -r .html <<<"$output")" == *"compressed page"* ]]
}

@test "a bad gzip body is an error" {
	run wf <<<"$B/badgzip"
	[ "$status" -eq 1 ]
	[ "$(jq -r .error <<<"${lines[0]}")" != null ]
}

@test "CP949 labelled euc-kr in the header comes out right" {
	run wf <<<"$B/cp949"
	[ "$status" -eq 0 ]
	[ "$(jq -r .charset <<<"$output")" = euc-kr ]
	[[ "$(jq -r .html <<<"$output")" == *"한국어 뉴스 기사입니다"*"똠방각하"* ]]
}

@test "CP949 labelled in <meta> comes out right" {
	run wf <<<"$B/cp949-meta"
	[ "$status" -eq 0 ]
	[[ "$(jq -r .html <<<"$output")" == *"서울에서 오늘"* ]]
}

@test "CP949 without any label is detected" {
	run wf <<<"$B/cp949-nolabel"
	[ "$status" -eq 0 ]
	[ "$(jq -r .charset <<<"$output")" = euc-kr ]
	[[ "$(jq -r .html <<<"$output")" == *"발표된 내용을 전합니다"* ]]
}

@test "UTF-8 without a label stays UTF-8" {
	run wf <<<"$B/utf8-nolabel"
	[ "$status" -eq 0 ]
	[ "$(jq -r .charset <<<"$output")" = utf-8 ]
	[[ "$(jq -r .html <<<"$output")" == *"한국어"* ]]
}

@test "iso-8859-1 is read as windows-1252" {
	run wf <<<"$B/latin1"
	[ "$status" -eq 0 ]
	[ "$(jq -r .charset <<<"$output")" = windows-1252 ]
	[[ "$(jq -r .html <<<"$output")" == *"café ’"* ]]
}

@test "an image is recorded with its type and no html" {
	run wf <<<"$B/image.png"
	[ "$status" -eq 0 ]
	[ "$(jq -r '.content_type + " " + (.html|tostring)' <<<"$output")" = "image/png null" ]
}

@test "a down network exits 75" {
	run wf --retries 0 <<<"http://127.0.0.1:1/"
	[ "$status" -eq 75 ]
}

@test "some failures and some successes exit 1, not 75" {
	printf '%s\n' "http://127.0.0.1:1/" "$B/page" >"$T/urls"
	run wf "$T/urls"
	[ "$status" -eq 1 ]
}

@test "RSS items are expanded and fetched with their metadata" {
	run wf --feeds <<<"$B/rss.xml"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	one=$(jq -c 'select(.guid == "g1")' <<<"$output")
	[ "$(jq -r .title <<<"$one")" = "Item 1 & more" ]
	[ "$(jq -r .published <<<"$one")" = 2024-01-02T09:00:00Z ]
	[ "$(jq -r .feed <<<"$one")" = "$B/rss.xml" ]
	[ "$(jq -c .authors <<<"$one")" = '["Author 1"]' ]
	[ "$(jq -r .status <<<"$one")" = 200 ]
	[[ "$(jq -r .html <<<"$one")" == *"item 1"* ]]
}

@test "Atom entries: links, ids, authors, published over updated" {
	run wf --feeds --list <<<"$B/atom.xml"
	[ "$status" -eq 0 ]
	[ "$(jq -r .url <<<"${lines[0]}")" = "$B/item/a1" ]
	[ "$(jq -r .published <<<"${lines[0]}")" = 2024-01-31T10:00:00Z ]
	[ "$(jq -c .authors <<<"${lines[0]}")" = '["Ann","Bob"]' ]
	[ "$(jq -r .url <<<"${lines[1]}")" = "$B/item/a2" ]
	[ "$(jq -r .html <<<"${lines[0]}")" = null ]
}

@test "RDF items use dc:date" {
	run wf --feeds --list <<<"$B/rdf.xml"
	[ "$status" -eq 0 ]
	[ "$(jq -r .published <<<"$output")" = 2024-03-01T00:00:00Z ]
}

@test "a sitemap index is followed, gzip sitemaps too" {
	run wf --feeds --list <<<"$B/sitemap-index.xml"
	[ "$status" -eq 0 ]
	[ "$(jq -r .url <<<"$output" | sort | tr '\n' ' ')" = \
	    "$B/item/s1 $B/item/s2 $B/item/s3 " ]
}

@test "a Google News sitemap gives title and publication date" {
	run wf --feeds --list <<<"$B/news-sitemap.xml"
	[ "$status" -eq 0 ]
	[ "$(jq -r '.title + " " + .published' <<<"$output")" = \
	    "News one 2024-05-01T08:00:00Z" ]
}

@test "a broken feed yields the items before the break and an error" {
	run wf --feeds --list <<<"$B/broken.xml"
	[ "$status" -eq 1 ]
	[ "$(jq -r .url <<<"${lines[0]}")" = "$B/item/1" ]
	[[ "$(jq -r .error <<<"${lines[1]}")" == *"broken feed"* ]]
	[ "$(jq -r .url <<<"${lines[1]}")" = "$B/broken.xml" ]
}

@test "--since skips older items" {
	run wf --feeds --list --since 2024-01-03T12:00:00Z <<<"$B/rss.xml"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[ "$(jq -r .guid <<<"$output")" = g3 ]
}

@test "a second run sends conditional requests and emits nothing" {
	before=$(curl -s "$B/stats")
	run wf --state "$T/st" <<<"$B/page"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	run wf --state "$T/st" <<<"$B/page"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
	[ "$(curl -s "$B/stats")" -eq $((before + 1)) ]
}

@test "an unchanged body is not emitted again" {
	run wf --state "$T/st" <<<"$B/same"
	[ "${#lines[@]}" -eq 1 ]
	run wf --state "$T/st" <<<"$B/same"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "--new keeps its state under XDG_STATE_HOME" {
	run wf --new <<<"$B/same"
	[ "${#lines[@]}" -eq 1 ]
	[ -f "$XDG_STATE_HOME/wire/fetch.sqlite" ]
	run wf --new <<<"$B/same"
	[ -z "$output" ]
}

@test "a feed served twice: the second run emits nothing" {
	run wf --feeds --state "$T/st" <<<"$B/rss.xml"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	run wf --feeds --state "$T/st" <<<"$B/rss.xml"
	[ "$status" -eq 0 ]
	[ -z "$output" ]
}

@test "a feed that grows emits only its new items" {
	run wf --feeds --state "$T/st" <<<"$B/rss-more.xml?t=grow"
	[ "${#lines[@]}" -eq 3 ]
	run wf --feeds --state "$T/st" <<<"$B/rss-more.xml?t=grow"
	[ "$status" -eq 0 ]
	[ "$(jq -r .guid <<<"$output" | sort | tr '\n' ' ')" = "g4 g5 " ]
}

@test "a run killed mid-way and run again: nothing lost, nothing twice" {
	"$BIN/wire-fetch" --feeds --state "$T/st" --host-conns 1 >"$T/out1" \
	    2>/dev/null <<<"$B/slowfeed.xml" &
	pid=$!
	for _ in $(seq 100); do
		[ "$(wc -l <"$T/out1")" -ge 3 ] && break
		sleep 0.05
	done
	kill -9 "$pid"
	wait "$pid" || true
	n1=$(wc -l <"$T/out1")
	[ "$n1" -ge 3 ] && [ "$n1" -lt 10 ]
	run wf --feeds --state "$T/st" <<<"$B/slowfeed.xml"
	[ "$status" -eq 0 ]
	printf '%s\n' "$output" >"$T/out2"
	[ "$(cat "$T/out1" "$T/out2" | jq -r .guid | sort | uniq -d)" = "" ]
	[ "$(cat "$T/out1" "$T/out2" | jq -r .guid | sort -u | wc -l)" -eq 10 ]
}

@test "a second run while the state is in use exits 75" {
	"$BIN/wire-fetch" --feeds --state "$T/st" --host-conns 1 >/dev/null \
	    2>&1 <<<"$B/slowfeed.xml" &
	pid=$!
	sleep 0.5
	run wf --state "$T/st" <<<"$B/page"
	kill "$pid"
	wait "$pid" || true
	[ "$status" -eq 75 ]
	[[ "$(cat "$T/stderr")" == *"in use"* ]]
}

@test "--robots obeys robots.txt" {
	printf '%s\n' "$B/private/x" "$B/page" >"$T/urls"
	run wf --robots "$T/urls"
	[ "$status" -eq 1 ]
	[[ "$(jq -r 'select(.url|test("private")).error' <<<"${lines[*]}")" == \
	    *robots* ]]
	[ "$(jq -r 'select(.url|test("page$")).status' <<<"${lines[*]}")" = 200 ]
}

@test "usage errors exit 2" {
	run wf --parallel 0
	[ "$status" -eq 2 ]
	run wf --list
	[ "$status" -eq 2 ]
	run wf --bogus
	[ "$status" -eq 2 ]
}

@test "--help matches the man page synopsis" {
	run wf --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ wire-fetch* ]]
	[ -f "$BATS_TEST_DIRNAME/../man/wire-fetch.1" ]
}

@test "many URLs stream through a small queue" {
	for i in $(seq 300); do echo "$B/item/$i"; done >"$T/urls"
	run wf --parallel 8 "$T/urls"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 300 ]
	[ "$(jq -r .url <<<"$output" | sort -u | wc -l)" -eq 300 ]
}

@test "hosts by name and by address at once, connections refused among them" {
	port=${B##*:}
	for i in $(seq 60); do
		echo "$B/item/$i"
		echo "http://localhost:$port/item/n$i"
		[ $((i % 20)) -eq 0 ] && echo "http://127.0.0.1:1/down$i"
	done >"$T/urls"
	run wf --parallel 12 --host-conns 4 --retries 0 "$T/urls"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 123 ]
	[ "$(jq -r 'select(.status == 200) | .url' <<<"$output" | sort -u | wc -l)" -eq 120 ]
	[ "$(jq -r 'select(.status == 200) |
	    (.url | sub(".*/item/"; "")) == (.html | capture("item (?<n>[^<]*)").n)' \
	    <<<"$output" | sort -u)" = true ]
	[ "$(jq -r 'select(.error != null) | .url' <<<"$output" | sort | tr '\n' ' ')" = \
	    "http://127.0.0.1:1/down20 http://127.0.0.1:1/down40 http://127.0.0.1:1/down60 " ]
}

@test "--delay spaces the requests to a host" {
	printf '%s\n' "$B/item/d1" "$B/item/d2" "$B/item/d3" >"$T/urls"
	start=$(date +%s%N)
	run wf --delay 0.4 "$T/urls"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 3 ]
	[ $(( ($(date +%s%N) - start) / 1000000 )) -ge 800 ]
}

@test "the man page SYNOPSIS matches --help" {
	man="$BATS_TEST_DIRNAME/../man/wire-fetch.1"
	want=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH DESCRIPTION/p' "$man" |
	    grep -v '^\.SH' | grep -v '^\.br' | sed -e 's/^\.B //' -e 's/\\f[BIR]//g' \
	    -e 's/\\-/-/g' | tr -s ' \n' ' ')
	got=$("$BIN/wire-fetch" --help | sed -e 's/^usage: //' -e 's/^ *//' |
	    tr -s ' \n' ' ')
	[ "$want" = "$got" ]
}

@test "every EXAMPLE of the man page runs" {
	man="$BATS_TEST_DIRNAME/../man/wire-fetch.1"
	cd "$T"
	n=0
	while IFS= read -r cmd; do
		cmd=$(printf '%s' "${cmd#\$ }" | sed -e 's/\\-/-/g' \
		    -e "s|https://news.example.org|$B|g")
		PATH="$BIN:$PATH" run sh -c "$cmd"
		[ -n "$output" ] || [ -s news.jsonl ]
		n=$((n + 1))
	done < <(grep '^\$ ' "$man")
	[ "$n" -eq 4 ]
	[ "$(wc -l <news.jsonl)" -eq 3 ]
}
