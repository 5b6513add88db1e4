#!/usr/bin/env bats
# wire-strip: boilerplate fixtures, the seed reports, charsets, hostile
# HTML, the record interface and the man page's examples.

setup() {
	WIRE_BIN=${WIRE_BIN:-bin}
	export WIRE_DATADIR=${WIRE_DATADIR:-data}
	S="$WIRE_BIN/wire-strip"
	F=tests/fixtures/strip
	cd "$BATS_TEST_DIRNAME/.." || exit 1
	TMP=$(mktemp -d "${BATS_TMPDIR:-/tmp}/strip.XXXXXX")
}

teardown() {
	rm -rf "$TMP"
}

text() {
	"$S" --raw "$@" | jq -r .text
}

@test "navigation, menus, share bars, sidebars, hidden text, footer go" {
	run text <"$F/nav.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *"The city council voted on Tuesday"* ]]
	[[ "$output" == *"pays its share."* ]]
	[[ "$output" == *"It will cost 80 million euros."* ]]
	[[ "$output" != *"Sport"* ]]
	[[ "$output" != *"Share on Facebook"* ]]
	[[ "$output" != *"Storm hits"* ]]
	[[ "$output" != *"Hidden promotional"* ]]
	[[ "$output" != *"Copyright"* ]]
	[[ "$output" != *"not text"* ]]
}

@test "flat text: copyright lines go, one opening with the sign or the word, one with the mark anywhere, a long credit under a photo" {
	{
		printf 'Harbour plan passes after long debate in the council\n\n'
		printf 'The city council voted on Tuesday to widen the harbour, after a debate that took most of the year (%s).\n\n' 1 2 3
		printf '\302\251 Photo Agency HARBOUR CITY, Nov. 5, 2024 -- Boats lie at anchor in the old harbour, which the council plans to widen after years of complaints from the fishing fleet about the narrow mouth, the silted berths and the lack of room for the ferries that come in twice a day in summer.\n\n'
		printf 'The work is to start in the spring and take two years, the mayor said, and the port will stay open (%s).\n\n' 4 5 6
		printf 'Text and pictures: Coast Herald 2024, all rights reserved\n\n'
		printf '\302\251 2024 Coast Herald\n'
	} >"$BATS_TEST_TMPDIR/c.txt"
	"$S" --raw "$BATS_TEST_TMPDIR/c.txt" >"$TMP/rec"
	jq -r .text "$TMP/rec" >"$TMP/out"
	[ "$(grep -c '^The city council voted' "$TMP/out")" -eq 3 ]
	[ "$(grep -c '^The work is to start' "$TMP/out")" -eq 3 ]
	! grep -q 'rights reserved' "$TMP/out"
	! grep -q 'Photo Agency' "$TMP/out"
	! grep -q 'Coast Herald' "$TMP/out"
	# the headline the classifier passed over, before the first paragraph
	[ "$(jq -r .title "$TMP/rec")" = "Harbour plan passes after long debate in the council" ]
	[ "$(head -n 1 "$TMP/out")" = "Harbour plan passes after long debate in the council" ]
	# a menu line there is no headline
	sed '1s/.*/Home | News | World | Sport | Weather/' "$BATS_TEST_TMPDIR/c.txt" >"$BATS_TEST_TMPDIR/m.txt"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/m.txt" | jq -r .title)" = null ]
}

@test "paragraphs are separated by one blank line, headline first" {
	"$S" --raw <"$F/nav.html" | jq -r .text >"$TMP/out"
	head -n 1 "$TMP/out" | grep -qx 'Council backs harbour plan'
	sed -n 2p "$TMP/out" | grep -qx ''
	[ "$(grep -c . "$TMP/out")" -eq 6 ]
}

@test "metadata from meta tags" {
	run "$S" --raw <"$F/nav.html"
	[ "$(echo "$output" | jq -r .title)" = "Council backs harbour plan" ]
	[ "$(echo "$output" | jq -r '.authors[0]')" = "Anna Berg" ]
	[ "$(echo "$output" | jq -r .published)" = "2024-03-05T09:30:00+01:00" ]
	[ "$(echo "$output" | jq -r .published_source)" = "meta" ]
	[ "$(echo "$output" | jq -r .site)" = "Coast Herald" ]
	[ "$(echo "$output" | jq -r .lang)" = "en" ]
}

@test "related, you may also like, newsletter, cookies, comments, ads go" {
	run text <"$F/related.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *"The mayor said the work would begin"* ]]
	for bad in "Related articles" "Fishermen fear" "Ten things" "newsletter" \
	    "cookies" "opinion on this topic" "first comment" "Advertisement" \
	    "anna.berg@"; do
		[[ "$output" != *"$bad"* ]] || { echo "kept: $bad"; return 1; }
	done
}

@test "ruby: readings of <rt> and <rp> leave the Japanese text whole" {
	run text <"$F/ruby.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *"大雨が降って、川の水が増えています。"* ]]
	[[ "$output" == *"雨はあしたの朝まで続きそうです。"* ]]
	[[ "$output" != *"おおあめ"* ]]
	[[ "$output" != *"("* ]]
	[[ "$output" != *"無断で転載"* ]]
}

@test "soft hyphens go, decomposed letters compose (NFC), 'Lesen Sie auch' and 'posted in' lines go" {
	run text <"$F/forms.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *"Nach zwei Jahren Bauzeit ist die neue Brücke"* ]]
	[[ "$output" == *"zur Eröffnung, bei der"* ]]
	[[ "$output" == *"Die alte Brücke war im Hochwasser"* ]]
	[[ "$output" == *"schwer beschädigt worden"* ]]
	[[ "$output" == *"an das bestehende Netz angeschlossen ist."* ]]
	[[ "$output" != *$'\xc2\xad'* ]]
	[[ "$output" != *$'u\xcc\x88'* ]]
	[[ "$output" != *"Lesen Sie auch"* ]]
	[[ "$output" != *"Stadtrat beschließt"* ]]
	[[ "$output" != *"verschlagwortet"* ]]
	[[ "$output" != *"Impressum"* ]]
}

@test "a page of short lines keeps them rather than come out nearly empty" {
	run text <"$F/short.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *"Kein Beipackzettel vom Hersteller bereitgestellt"* ]]
	[[ "$output" == *"zehn Minuten ziehen lassen."* ]]
	for bad in "Start" "Produkte" "Kontakt" "Impressum" "Datenschutz"; do
		[[ "$output" != *"$bad"* ]] || { echo "kept: $bad"; return 1; }
	done
}

@test "a byline with an e-mail address gives its name to authors" {
	run "$S" --raw <"$F/related.html"
	[ "$(echo "$output" | jq -r '.authors | join(",")')" = "Anna Berg" ]
}

@test "JSON-LD: headline, authors, date, paywall; quotes and tables stay" {
	run "$S" --raw <"$F/caption.html"
	[ "$(echo "$output" | jq -r '.authors | join(",")')" = "Anna Berg,Tom Lund" ]
	[ "$(echo "$output" | jq -r .published_source)" = "jsonld" ]
	[ "$(echo "$output" | jq -r .paywalled)" = "true" ]
	t=$(echo "$output" | jq -r .text)
	[[ "$t" == *"biggest project the town has seen"* ]]
	[[ "$t" == *"30 million"* ]]
	[[ "$t" != *"The harbour at dawn"* ]]
}

@test "--captions keeps the caption, marked" {
	run "$S" --raw --captions <"$F/caption.html"
	[ "$(echo "$output" | jq -r '.captions | length')" -eq 1 ]
	n=$(echo "$output" | jq -r '.captions[0]')
	[ "$(echo "$output" | jq -r --argjson n "$n" '.text | split("\n\n")[$n]')" = \
	    "The harbour at dawn. Photo: Coast Herald" ]
}

@test "seed 000: dateline, reporter, broadcast markers" {
	run "$S" --raw <"$F/000_845fd10d6437dfff.txt"
	[ "$(echo "$output" | jq -r .published)" = "2024-12-06" ]
	[ "$(echo "$output" | jq -r .published_source)" = "text" ]
	[ "$(echo "$output" | jq -r '.authors[0]')" = "Go Eun-hee" ]
	t=$(echo "$output" | jq -r .text)
	[[ "$t" == A\ new\ treaty* ]]
	[[ "$t" == *"such as atmospheric re-entry technology." ]]
	[[ "$t" != *"Go Eun-hee reports."* ]]
	[[ "$t" != *"This is KBS News"* ]]
	[[ "$t" != *"[Anchor]"* ]]
	[[ "$t" != *"date 2024"* ]]
}

@test "seed 001: repeated photo caption and sign-up box go" {
	run "$S" --raw <"$F/001_22d6ad4e856825db.txt"
	t=$(echo "$output" | jq -r .text)
	[ "$(echo "$output" | jq -r .title)" = \
	    "N. Korea-Russia defense treaty goes into effect Dec. 4: state media" ]
	[[ "$t" == *"in return for its military support. (Yonhap)" ]]
	[[ "$t" != *"AP-Yonhap"* ]]
	[[ "$t" != *"Top 10 Stories"* ]]
	[[ "$t" != *"eNewsletter"* ]]
}

@test "seed 002: stray <img> markup and e-mail bylines go, names kept" {
	run "$S" --raw <"$F/002_0ecb4f073ba63d3c.txt"
	t=$(echo "$output" | jq -r .text)
	[ "$(echo "$output" | jq -r '.authors | join(",")')" = \
	    "Jo Eun-ah,Hong Jeong-su,Moon Byeong-ki" ]
	[[ "$t" != *"<img"* ]]
	[[ "$t" != *"@donga.com"* ]]
	[[ "$t" == *"deployed to the combat zone on the 27th and 28th.”" ]]
}

@test "seed 003: dateline to published, 'Hot this week' and what follows go" {
	run "$S" --raw <"$F/003_6b6becbb96f03304.txt"
	[ "$(echo "$output" | jq -r .published)" = "2024-11-07" ]
	[ "$(echo "$output" | jq -c .authors)" = '["Yonhap News Agency"]' ]
	t=$(echo "$output" | jq -r .text)
	[[ "$t" == "North Korea and Russia: Allies in Arms? The New Treaty Explained!"$'\n\n'"Russia emphasized"* ]]
	[[ "$t" == *"could be labeled as provocations." ]]
	[[ "$t" != *"Hot this week"* ]]
	[[ "$t" != *"Elon Musk"* ]]
	[[ "$t" != *"Related Articles"* ]]
}

@test "flat: an agency's credit before the first paragraph goes to the authors" {
	p='Talks resume between the two sides after a long pause\n\n%s\n\n'
	p=$p'Negotiators met in Geneva on Monday to resume talks that stalled last year over the terms of a ceasefire, officials of both sides said.\n\n'
	p=$p'The talks are to go on for a week, the officials said, and a statement on their outcome is expected when they end.\n\n'
	p=$p'%s\n\nBoth delegations brought larger teams than at the last round, a sign that they mean to reach an agreement this time.\n\n'
	p=$p'Observers said the chances of a deal were better than at any time since the fighting began, though much remained open.\n'
	run "$S" --raw < <(printf "$p" "Agence France-Presse" "Reuters")
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | jq -c .authors)" = '["Agence France-Presse"]' ]
	t=$(echo "$output" | jq -r .text)
	[[ "$t" == "Talks resume between the two sides after a long pause"$'\n\n'"Negotiators met"* ]]
	[[ "$t" == *"much remained open." ]]
	# capitalised words that name no agency are no author, nor a
	# menu's link to one
	run "$S" --raw < <(printf "$p" "Key Points" "Background")
	[ "$(echo "$output" | jq -c .authors)" = '[]' ]
	run "$S" --raw < <(printf "$p" "Follow AP" "Background")
	[ "$(echo "$output" | jq -c .authors)" = '[]' ]
	[[ "$(echo "$output" | jq -r .text)" == *$'\n\nBackground\n\n'* ]]
}

@test "flat: a broadcaster's sign-off goes, its reporter to the authors; a place is no reporter" {
	p='Talks resume between the two sides after a long pause\n\n'
	p=$p'Negotiators met in Geneva on Monday to resume talks that stalled last year over the terms of a ceasefire, officials of both sides said.\n\n'
	p=$p'The talks are to go on for a week, the officials said, and a statement on their outcome is expected when they end.\n\n%s\n'
	run "$S" --raw < <(printf "$p" "This is ABC News, Jane Doe.")
	[ "$(echo "$output" | jq -c .authors)" = '["Jane Doe"]' ]
	[[ "$(echo "$output" | jq -r .text)" == *"expected when they end." ]]
	run "$S" --raw < <(printf "$p" "This is London, United Kingdom.")
	[ "$(echo "$output" | jq -c .authors)" = '[]' ]
}

@test "seed 004: 'Read next' teasers and comment prompts go" {
	run text <"$F/004_426b1499ee92320a.txt"
	[[ "$output" == *"from North Korea to Russia." ]]
	[[ "$output" != *"Read next"* ]]
	[[ "$output" != *"ballistic missile on January 6"* ]]
	[[ "$output" != *"first comment"* ]]
}

@test "charset: CP949 page labelled euc-kr" {
	printf '<html><head><meta charset="euc-kr"></head><body><p>%s</p></body></html>' \
	    "북한과 러시아의 조약이 발효되었다고 조선중앙통신이 보도했다. 양국은 비준서를 교환했다." |
	    iconv -f UTF-8 -t CP949 >"$TMP/kr.html"
	run text <"$TMP/kr.html"
	[[ "$output" == *"조선중앙통신이"* ]]
}

@test "charset: Shift_JIS" {
	printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>%s</p></body></html>' \
	    "北朝鮮とロシアの条約が発効したと朝鮮中央通信が伝えた。両国は批准書を交換した。" |
	    iconv -f UTF-8 -t SHIFT_JIS >"$TMP/jp.html"
	run text <"$TMP/jp.html"
	[[ "$output" == *"朝鮮中央通信"* ]]
}

@test "charset: windows-1252 and a page without a label" {
	printf '<html><head><meta charset="windows-1252"></head><body><p>%s</p></body></html>' \
	    "Der Stadtrat hat am Dienstag beschlossen, den Hafen zu erweitern – für 80 Mio. €." |
	    iconv -f UTF-8 -t WINDOWS-1252 >"$TMP/de.html"
	run text <"$TMP/de.html"
	[[ "$output" == *"erweitern – für 80 Mio. €."* ]]
	sed 's/<meta[^>]*>//' "$TMP/de.html" >"$TMP/de2.html"
	run text <"$TMP/de2.html"
	[[ "$output" == *"für 80 Mio. €."* ]]
}

@test "charset: a wrong meta label gives way to the bytes" {
	printf '<html><head><meta charset="iso-8859-1"></head><body><p>%s</p></body></html>' \
	    "Der Stadtrat hat beschlossen, den Hafen für viele Millionen zu erweitern." >"$TMP/w.html"
	run text <"$TMP/w.html"
	[[ "$output" == *"für viele"* ]]
	printf '<html><head><meta charset="utf-8"></head><body><p>%s</p></body></html>' \
	    "Der Stadtrat hat beschlossen, den Hafen für viele Millionen zu erweitern." |
	    iconv -f UTF-8 -t WINDOWS-1252 >"$TMP/w2.html"
	run text <"$TMP/w2.html"
	[[ "$output" == *"für viele"* ]]
}

@test "hostile: 10,000 unclosed tags, NUL bytes, a binary body" {
	{ printf '<html><body>'; for i in $(seq 10000); do printf '<div><b>'; done
	  printf '<p>Deep text is still here and it is a long enough sentence to keep.</p>'; } \
	    >"$TMP/deep.html"
	run timeout 20 "$S" --raw <"$TMP/deep.html"
	[ "$status" -eq 0 ]
	[[ "$(echo "$output" | jq -r .text)" == *"Deep text is still here"* ]]
	printf '<html><body><p>Before\0the NUL byte the council voted, and after it too.</p></body></html>' \
	    >"$TMP/nul.html"
	run text <"$TMP/nul.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *"the NUL byte"* ]]
	head -c 200000 /dev/urandom >"$TMP/bin"
	run timeout 20 "$S" --raw <"$TMP/bin"
	[ "$status" -eq 0 ]
	echo "$output" | jq -e .text >/dev/null
}

@test "--max-page: an oversized page is rejected and the stream goes on" {
	head -c 300000 /dev/zero | tr '\0' 'a' >"$TMP/big"
	big=$(jq -cn --rawfile h "$TMP/big" '{url: "u1", html: $h}')
	small=$(jq -cn '{url: "u2", html: "<p>A short page with one paragraph of text in it, for the test.</p>"}')
	printf '%s\n%s\n' "$big" "$small" >"$TMP/in.jsonl"
	run "$S" --max-page 100K "$TMP/in.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"over --max-page"* ]]
	[[ "$output" == *'"url":"u2"'* ]]
}

@test "records: fields not owned are copied in order, html removed" {
	printf '%s\n' '{"id":7,"url":"https://x.example/2021/06/30/a","html":"<p>The council voted to expand the harbour after three years of debate in the town.</p>","z":[1]}' |
	    "$S" >"$TMP/out"
	[ "$(jq -c 'keys_unsorted[0:3]' "$TMP/out")" = '["id","url","z"]' ]
	[ "$(jq -r 'has("html")' "$TMP/out")" = false ]
	[ "$(jq -r .published "$TMP/out")" = 2021-06-30 ]
	[ "$(jq -r .published_source "$TMP/out")" = url ]
	printf '%s\n' '{"html":"<p>x</p>"}' | "$S" --keep-html | jq -e .html >/dev/null
}

@test "records: a text-only record is cleaned; others pass through" {
	jq -cn --rawfile t "$F/004_426b1499ee92320a.txt" '{text: $t}' |
	    "$S" | jq -r .text >"$TMP/out"
	! grep -q 'Read next' "$TMP/out"
	printf '%s\n' '{"a":1}' | "$S" >"$TMP/out"
	[ "$(cat "$TMP/out")" = '{"a":1}' ]
}

@test "records: a feed item's title and date stay when the page has none" {
	printf '%s\n' '{"url":"https://x.example/a","title":"Feed title","published":"Wed, 04 Dec 2024 10:00:00 GMT","html":"<html><body><p>The treaty took effect on Wednesday after both sides exchanged the documents in Moscow, officials said.</p></body></html>"}' |
	    "$S" >"$TMP/out"
	[ "$(jq -r '[.title, .published, .published_source] | join(" ")' "$TMP/out")" = \
	    "Feed title 2024-12-04 record" ]
	printf '%s\n' '{"title":"Feed title","published":"2001-01-01","html":"<html><head><title>Page title</title><meta property=\"article:published_time\" content=\"2024-03-05\"></head><body><p>The treaty took effect on Wednesday after both sides exchanged the documents in Moscow, officials said.</p></body></html>"}' |
	    "$S" >"$TMP/out"
	[ "$(jq -r '[.title, .published, .published_source] | join(" ")' "$TMP/out")" = \
	    "Page title 2024-03-05 meta" ]
}

@test "a page that opens with more than 8 KB of style is read as HTML" {
	{
		printf '<style>'
		for i in $(seq 400); do printf '.c%d { color: red; }\n' "$i"; done
		printf '</style><title>Treaty in force</title><body><p>%s</p></body>' \
		    'The treaty took effect on Wednesday after both sides exchanged the documents in Moscow, officials said.'
	} >"$TMP/page.html"
	[ "$(wc -c <"$TMP/page.html")" -gt 8192 ]
	"$S" --raw "$TMP/page.html" >"$TMP/out"
	[ "$(jq -r .title "$TMP/out")" = "Treaty in force" ]
	[ "$(jq -r .text "$TMP/out")" = "The treaty took effect on Wednesday after both sides exchanged the documents in Moscow, officials said." ]
}

@test "usage and version" {
	run "$S" --help
	[ "$status" -eq 0 ]
	[[ "$output" == usage:\ wire-strip* ]]
	run "$S" --bogus
	[ "$status" -eq 2 ]
	run "$S" --version
	[ "$status" -eq 0 ]
}

@test "man page examples" {
	run sh -c "'$S' --raw --url https://example.org/a <'$F/nav.html' | jq -r .title"
	[ "$output" = "Council backs harbour plan" ]
	jq -cn --rawfile h "$F/related.html" '{url: "https://example.org/b", html: $h}' \
	    >"$TMP/docs.jsonl"
	run sh -c "'$S' '$TMP/docs.jsonl' | jq -r '.authors[]'"
	[ "$output" = "Anna Berg" ]
}

# Limits: pages made on the fly.  Each must end with its own error, in
# bounded time and memory, and the stream must go on with the next one.

NEXT_TEXT="The council voted to expand the harbour after three years of debate in the town."

next_record() {
	printf '{"url":"next","html":"<p>%s</p>"}\n' "$NEXT_TEXT"
}

# Memory is capped at 1 GB for the limit tests, except for a program built
# with AddressSanitizer, whose shadow memory alone is larger: there the
# tests still bound the time.
cap_memory()
{
	grep -q __asan_init "$S" 2>/dev/null || ulimit -v 1000000
}

@test "limits: a 200 MB record is rejected, the next record is processed" {
	{ printf '{"url":"big","html":"<p>'
	  head -c 200000000 /dev/zero | tr '\0' a
	  printf '</p>"}\n'
	  next_record; } |
	    (cap_memory; timeout 60 "$S" >"$TMP/out" 2>"$TMP/err") || status=$?
	[ "${status:-0}" -eq 1 ]
	[ "$(cat "$TMP/err")" = \
	    "wire-strip: stdin:1: record exceeds 67108864 bytes (--max-record)" ]
	[ "$(jq -r '.url + " " + .text' "$TMP/out")" = "next $NEXT_TEXT" ]
}

@test "limits: a 200 MB page with --raw is over --max-page, the next page is processed" {
	mkfifo "$TMP/big.html"
	# The writer opens the FIFO under timeout too: were the reader never to
	# open it, the test would stop rather than hang.
	timeout 60 sh -c '{ printf "<html><body><p>"
	    head -c 200000000 /dev/zero | tr "\0" a; } >"$1"' sh "$TMP/big.html" &
	printf '<p>%s</p>\n' "$NEXT_TEXT" >"$TMP/next.html"
	(cap_memory; timeout 60 "$S" --raw "$TMP/big.html" "$TMP/next.html" \
	    >"$TMP/out" 2>"$TMP/err") || status=$?
	wait
	[ "${status:-0}" -eq 1 ]
	[ "$(cat "$TMP/err")" = \
	    "wire-strip: $TMP/big.html:1: page of 200000015 bytes is over --max-page (33554432)" ]
	[ "$(jq -r .text "$TMP/out")" = "$NEXT_TEXT" ]
}

@test "limits: a page of 10 million nested elements is rejected, the next record is processed" {
	{ printf '{"url":"nodes","html":"<html><body>'
	  yes '<b>' | head -n 10000000 | tr -d '\n'
	  printf '"}\n'
	  next_record; } >"$TMP/in.jsonl"
	(cap_memory; timeout 60 "$S" "$TMP/in.jsonl" >"$TMP/out" 2>"$TMP/err") ||
	    status=$?
	[ "${status:-0}" -eq 1 ]
	[ "$(cat "$TMP/err")" = \
	    "wire-strip: $TMP/in.jsonl:1: too many elements (over 2000000)" ]
	[ "$(jq -r '.url + " " + .text' "$TMP/out")" = "next $NEXT_TEXT" ]
}

@test "limits: open elements met by as many stray end tags stop the page at once" {
	{ printf '{"url":"deep","html":"<html><body>'
	  yes '<div>' | head -n 100000 | tr -d '\n'
	  yes '</span>' | head -n 100000 | tr -d '\n'
	  printf '"}\n'
	  next_record; } >"$TMP/in.jsonl"
	(cap_memory; timeout 10 "$S" "$TMP/in.jsonl" >"$TMP/out" 2>"$TMP/err") ||
	    status=$?
	[ "${status:-0}" -eq 1 ]
	[ "$(cat "$TMP/err")" = \
	    "wire-strip: $TMP/in.jsonl:1: elements nested too deep" ]
	[ "$(jq -r '.url + " " + .text' "$TMP/out")" = "next $NEXT_TEXT" ]
}

meta() {
	"$S" --raw <"$F/$1" | jq -r "$2"
}

@test "metadata: the article heading over the site's, a dated byline line beside it" {
	[ "$(meta meta-site.html .title)" = "Neue Fähre für die Hallig" ]
	[ "$(meta meta-site.html .published)" = "2021-11-19" ]
	[ "$(meta meta-site.html '.authors | join(";")')" = "Marte Jansen" ]
}

@test "metadata: kicker cut by the JSON-LD headline, @graph author, URL date over a UTC stamp" {
	[ "$(meta meta-graph.html .title)" = "Ferry service resumes after storm repairs" ]
	[ "$(meta meta-graph.html '.authors | join(";")')" = "Jane Roe" ]
	[ "$(meta meta-graph.html .published)" = "2023-11-08" ]
	[ "$(meta meta-graph.html .published_source)" = "url" ]
}

@test "metadata: a lone h1 over the page title, a label run into the name, a two-digit year" {
	[ "$(meta meta-byline.html .title)" = "Willkommen!" ]
	[ "$(meta meta-byline.html '.authors | join(";")')" = "Chris Jung" ]
	[ "$(meta meta-byline.html .published)" = "2022-01-28" ]
}

@test "metadata: character references left in the description and the JSON-LD headline are decoded" {
	[ "$(meta meta-refs.html .description)" = \
	    "Frankfurt (dpa) - Für einen Roman über die Bundesrepublik — es ist „ein großer Tag“." ]
	[ "$(meta meta-refs.html .title)" = "Buchpreis für einen Roman" ]
}

# titles

@test "titles: each page of titles.tsv gives the title written beside it" {
	fails=0
	while IFS='	' read -r file want why; do
		case $file in '' | '#'*) continue ;; esac
		got=$(meta "$file" .title)
		if [ "$got" != "$want" ]; then
			echo "$file ($why): got '$got', want '$want'"
			fails=$((fails + 1))
		fi
	done <"$F/titles.tsv"
	[ "$fails" -eq 0 ]
}

@test "titles: a heading naming the host is the site, in the middle of the page title" {
	run sh -c "'$S' --raw --url https://harbournotes.example/?p=12 <'$F/title-site.html' | jq -r .title"
	[ "$status" -eq 0 ]
	[ "$output" = "The quietest lighthouse on the coast" ]
}

# text

@test "text: a long JSON-LD articleBody adds the paragraphs the page only teases, once" {
	run text <"$F/jsonld-body.html"
	[ "$status" -eq 0 ]
	[ "$(echo "$output" | grep -c 'The ferry company will run a new timetable')" -eq 1 ]
	[[ "$output" == *"since the bridge closed for repairs"* ]]
	[[ "$output" == *$'timetable.\n\nTickets bought before May'* ]]
	[[ "$output" == *"keep their price & their conditions"* ]]
	[[ "$output" == *"the company’s spokeswoman said."* ]]
	[[ "$output" != *"<p>"* ]]
	[[ "$output" != *"Subscribe to read"* ]]
}

@test "text: a picture credit goes, a paragraph of figures inside the article stays" {
	run text <"$F/container.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *"2025: 12.5 / 2026: 9.8"* ]]
	[[ "$output" == *"public meeting on the 14th of April."* ]]
	[[ "$output" != *"Photo: Jan Meier"* ]]
	[[ "$output" != *"paid for by its readers"* ]]
	[[ "$output" != *"Home"* ]]
}

# dates

@test "dates: flat text without a dateline is dated by the path of its picture, which becomes its image" {
	printf '%s\n' 'Putin on the treaty' '' \
	    '<img src="https://img.example.com/news/2024/10/26/1.jpg" alt="Putin at a press conference"/>' '' \
	    'On the 25th (local time), President Putin spoke about the treaty with reporters in Kazan for an hour.' >"$BATS_TEST_TMPDIR/flat.txt"
	run "$S" --raw "$BATS_TEST_TMPDIR/flat.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s' "$output" | jq -r '[.published, .published_source, .image] | join(" ")')" = \
	    "2024-10-26 image https://img.example.com/news/2024/10/26/1.jpg" ]
	printf '%s\n' 'Putin on the treaty' 'date 2024-10-27' \
	    '<img src="https://img.example.com/news/2024/10/26/1.jpg" alt="Putin"/>' \
	    'On the 25th (local time), President Putin spoke about the treaty with reporters in Kazan for an hour.' >"$BATS_TEST_TMPDIR/flat.txt"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/flat.txt" | jq -r '.published + " " + .published_source')" = "2024-10-27 text" ]
}

@test "dates: a flat page's dateline run into its first paragraph is read; a date later in a paragraph is not" {
	printf '%s\n' 'New Zealand begins process to consider changing national flag design' '' \
	    'Thursday, May 7, 2015 On Tuesday, the New Zealand government announced the start of a public process to suggest designs.' \
	    >"$BATS_TEST_TMPDIR/flat.txt"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/flat.txt" | jq -r '.published + " " + .published_source')" = "2015-05-07 text" ]
	# the text keeps the dateline, which wire-split makes a sentence
	"$S" --raw "$BATS_TEST_TMPDIR/flat.txt" | jq -r .text | grep -q '^Thursday, May 7, 2015 On Tuesday'
	printf '%s\n' 'New Zealand begins process to consider changing national flag design' '' \
	    'The government said on Thursday, May 7, 2015 That it would start a public process to suggest designs.' \
	    >"$BATS_TEST_TMPDIR/flat.txt"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/flat.txt" | jq -r '.published')" = null ]
}

@test "dates: a dateline without a year dates the report in the year it was fetched; without fetched_at it does not" {
	printf '%s\n' '{"id":"a","fetched_at":"2024-12-05T10:00:00Z","text":"Treaty takes effect\n\nSEOUL, Dec. 5 (Yonhap) -- The treaty took effect Wednesday, state media said Thursday in a short report."}' \
	    '{"id":"b","fetched_at":"2025-01-02T10:00:00Z","text":"Treaty takes effect\n\nMOSCOW, Dec 31 (Reuters) - Russia said on Tuesday the treaty had taken effect, officials said."}' \
	    '{"id":"c","text":"Treaty takes effect\n\nSEOUL, Dec. 5 (Yonhap) -- The treaty took effect Wednesday, state media said Thursday in a short report."}' \
	    '{"id":"d","fetched_at":"2024-12-05","text":"Treaty takes effect\n\nThe talks in Seoul, Dec. 5 were long, officials said at the end of the week in the capital."}' \
	    >"$BATS_TEST_TMPDIR/in.jsonl"
	run "$S" "$BATS_TEST_TMPDIR/in.jsonl"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -r '[.id, .published, .published_source] | map(tostring) | join(" ")')" = "$(printf '%s\n' \
	    'a 2024-12-05 text' 'b 2024-12-31 text' 'c null null' 'd null null')" ]
}

@test "dates: a Russian, Chinese or KCNA dateline without a year dates the report by its fetch; a Russian date is read" {
	printf '%s\n' '{"id":"a","fetched_at":"2024-12-05T10:00:00Z","text":"Договор вступил в силу\n\nМОСКВА, 5 декабря. /ТАСС/. Договор о стратегическом партнерстве между Россией и КНДР вступил в силу, сообщили в МИД."}' \
	    '{"id":"b","fetched_at":"2025-01-02T10:00:00Z","text":"Договор вступил в силу\n\nМОСКВА, 31 декабря - РИА Новости. Договор о стратегическом партнерстве между Россией и КНДР вступил в силу, сообщили в МИД."}' \
	    '{"id":"c","fetched_at":"2024-12-05","text":"Договор вступил в силу\n\nВ Москве, 5 декабря прошли переговоры о стратегическом партнерстве между Россией и КНДР, сообщили в МИД."}' \
	    '{"id":"d","text":"Подольски завершил карьеру\n\n15 августа 2016, 13:43\n\nВетеран сборной Германии принял решение прекратить выступления за сборную, сообщил он в своем заявлении болельщикам."}' \
	    '{"id":"e","fetched_at":"2024-12-06T10:00:00Z","text":"Договор вступил в силу\n\nМосква. 5 декабря. INTERFAX.RU - Договор о стратегическом партнерстве между Россией и КНДР вступил в силу, сообщили в МИД."}' \
	    '{"id":"f","fetched_at":"2024-12-06T10:00:00Z","text":"Договор вступил в силу\n\nМОСКВА, 5 дек - РИА Новости. Договор о стратегическом партнерстве между Россией и КНДР вступил в силу, сообщили в МИД."}' \
	    '{"id":"g","fetched_at":"2024-12-06T10:00:00Z","text":"Договор вступил в силу\n\nПрезидент России. 5 декабря он прибыл в Пхеньян и провел переговоры о стратегическом партнерстве."}' \
	    '{"id":"h","fetched_at":"2025-01-02T10:00:00Z","text":"朝俄条约生效\n\n新华社平壤12月31日电（记者 张三）朝鲜和俄罗斯签署的条约正式生效，朝中社报道说。"}' \
	    '{"id":"i","fetched_at":"2024-12-06T10:00:00Z","text":"朝俄条约生效\n\n朝鲜12月5日宣布条约正式生效，朝中社报道说，双方将加强合作。"}' \
	    '{"id":"j","fetched_at":"2024-12-06T10:00:00Z","text":"조약 발효\n\n(평양 12월 5일발 조선중앙통신) 김정은 동지께서 군수공업기업소를 현지지도하시였다."}' \
	    '{"id":"k","fetched_at":"2024-12-06T10:00:00Z","text":"条約が発効\n\n【平壌12月5日発朝鮮中央通信】金正恩総書記は軍需工業企業所を現地指導した。"}' \
	    >"$BATS_TEST_TMPDIR/in.jsonl"
	run "$S" "$BATS_TEST_TMPDIR/in.jsonl"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -r '[.id, .published, .published_source] | map(tostring) | join(" ")')" = "$(printf '%s\n' \
	    'a 2024-12-05 text' 'b 2024-12-31 text' 'c null null' 'd 2016-08-15 text' \
	    'e 2024-12-05 text' 'f 2024-12-05 text' 'g null null' \
	    'h 2024-12-31 text' 'i null null' 'j 2024-12-05 text' \
	    'k 2024-12-05 text')" ]
}

@test "dates: a wire story's number that opens with its day dates it; other numbers do not" {
	printf '%s\n' 'Headline of the story here' '' 'North Korea and Russia signed the treaty, officials said on Thursday in the capital.' \
	    >"$BATS_TEST_TMPDIR/flat.txt"
	[ "$("$S" --raw --url https://en.yna.co.kr/view/AEN20241205000351315 "$BATS_TEST_TMPDIR/flat.txt" |
	    jq -r '.published + " " + .published_source')" = "2024-12-05 url" ]
	[ "$("$S" --raw --url https://www.newsis.com/view/NISX20241205_0002987654 "$BATS_TEST_TMPDIR/flat.txt" |
	    jq -r '.published')" = 2024-12-05 ]
	[ "$("$S" --raw --url https://example.com/p/SKU12345678 "$BATS_TEST_TMPDIR/flat.txt" |
	    jq -r '.published')" = null ]
}

@test "dates: a date in the URL that loses to the page's own keeps the page's source" {
	run "$S" --raw --url https://example.org/2024/12/06/a "$F/meta-graph.html"
	[ "$status" -eq 0 ]
	[ "$(printf '%s' "$output" | jq -r '.published_source')" = jsonld ]
}

# flat text that is only the article

@test "flat: lines each of their own in a paragraph are blocks each (menu, byline, dateline, teasers); lines wrapped at a width are one" {
	"$S" --raw "$F/flat-lines.txt" >"$TMP/rec"
	jq -r .text "$TMP/rec" | diff - "$F/flat-lines.out"
	[ "$(jq -r '[.title, (.authors | join(";")), .published] | join("|")' "$TMP/rec")" = \
	    "Seoul says North Korean troops have reached the front in Kursk|Kim Min-ji|2024-11-05" ]
	# a dateline is no headline; the one before it is; comments and teasers go
	"$S" --raw "$F/flat-dateline.txt" >"$TMP/rec"
	[ "$(jq -r .title "$TMP/rec")" = "Russia ratifies pact with North Korea" ]
	[ "$(jq -r .text "$TMP/rec" | grep -c .)" -eq 5 ]
	! jq -r .text "$TMP/rec" | grep -q -e 'Kursk' -e 'PeterK' -e 'history shows' -e 'Reply'
	"$S" --raw "$F/flat-wrapped.txt" >"$TMP/rec"
	jq -r .text "$TMP/rec" | diff - "$F/flat-wrapped.out"
	[ "$(jq -r .text "$TMP/rec" | grep -c .)" -eq 3 ]
}

@test "flat: a Korean page one element a line: menu, related and most-read lists, copyright go; the reporter's name without his job; lang from the script" {
	"$S" --raw "$F/flat-korean.txt" >"$TMP/rec"
	jq -r .text "$TMP/rec" | diff - "$F/flat-korean.out"
	[ "$(jq -r '[.title, (.authors | join(";")), .published, .lang] | join("|")' "$TMP/rec")" = \
	    '북러 조약 발효…"유사시 군사 지원"|홍길동|2024-12-05|ko' ]
}

@test "flat: a headline past byline, date, share buttons and a credited caption; no ad line, no bio; --captions keeps the caption, marked" {
	"$S" --raw "$F/flat-post.txt" >"$TMP/rec"
	jq -r .text "$TMP/rec" | diff - "$F/flat-post.out"
	[ "$(jq -r '[.title, (.authors | join(";")), .published] | join("|")' "$TMP/rec")" = \
	    "North Korea sends more troops to Russia, Seoul says|Jane Roe;John Doe|2024-11-13" ]
	"$S" --captions --raw "$F/flat-post.txt" >"$TMP/rec"
	[ "$(jq -c .captions "$TMP/rec")" = "[1]" ]
	[ "$(jq -r '.text | split("\n\n") | .[1]' "$TMP/rec")" = \
	    "North Korean soldiers wait at a training ground in this undated photo. (KCNA via Reuters)" ]
	[ "$(jq -r .title "$TMP/rec")" = "North Korea sends more troops to Russia, Seoul says" ]
}

@test "flat: a Korean wire report: the reporters named before '=' go to the authors, the source stays as a dateline, the notice in angle brackets goes" {
	"$S" --raw "$F/flat-yonhap.txt" >"$TMP/rec"
	[ "$(jq -r '[.title, (.authors | join(";")), .lang] | join("|")' "$TMP/rec")" = \
	    '북한, 러시아와 조약 비준서 교환|홍길동|ko' ]
	[ "$(jq -r '.text | split("\n\n") | length' "$TMP/rec")" -eq 3 ]
	jq -r .text "$TMP/rec" | grep -q '^(서울=연합뉴스) 북한과 러시아가 지난 4일'
	! jq -r .text "$TMP/rec" | grep -q -e '기자 =' -e '저작권자' -e 'gildong@'
	printf '%s\n' '[서울=뉴시스] 홍길동 김철수 기자 = 북한과 러시아가 지난 4일 모스크바에서 조약의 비준서를 교환했다고 조선중앙통신이 5일 보도했다.' '' \
	    '통신은 이 조약이 "두 나라 관계를 새로운 단계로 끌어올렸다"고 평가했다.' >"$BATS_TEST_TMPDIR/two.txt"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/two.txt" | jq -r '.authors | join(";")')" = '홍길동;김철수' ]
}

@test "flat: a Chinese page one element a line: two characters count as a word, so its headline and every paragraph are read; the menu, related news and the editor's line go" {
	"$S" --raw "$F/flat-chinese.txt" >"$TMP/rec"
	[ "$(jq -r '[.title, .lang] | join("|")' "$TMP/rec")" = '朝俄全面战略伙伴关系条约正式生效|zh' ]
	[ "$(jq -r '.text | split("\n\n") | length' "$TMP/rec")" -eq 4 ]
	jq -r .text "$TMP/rec" | tail -n 1 | grep -q '^俄罗斯总统普京今年6月访问平壤'
	! jq -r .text "$TMP/rec" | grep -q -e '首页' -e '相关新闻' -e '责任编辑'
}

@test "a Korean news page: share buttons, the copyright notice, related and most-read lists, the comment box go; the wire byline names the reporter" {
	"$S" --raw "$F/korean.html" >"$TMP/rec"
	jq -r .text "$TMP/rec" | diff - "$F/korean.out"
	[ "$(jq -r '[.title, (.authors | join(";")), .published, .site, .lang] | join("|")' "$TMP/rec")" = \
	    '북러 조약 발효…"유사시 군사 지원"|홍길동|2024-12-05T15:12:00+09:00|예시일보|ko' ]
}

@test "flat: a list a kept paragraph introduces with a colon is kept, items apart, and the paragraph after it" {
	"$S" --raw "$F/flat-list.txt" | jq -r .text | diff - "$F/flat-list.out"
	[ "$("$S" --raw "$F/flat-list.txt" | jq -r '.text | split("\n\n") | length')" -eq 7 ]
}

@test "flat: a short Korean headline before a dateline written in Korean; the date read" {
	"$S" --raw "$F/flat-korean-date.txt" >"$TMP/rec"
	[ "$(jq -r '[.title, .published, .published_source] | join("|")' "$TMP/rec")" = \
	    '북러 조약 발효|2024-12-05|text' ]
	[ "$(jq -r '.text | split("\n\n") | length' "$TMP/rec")" -eq 3 ]
	! jq -r .text "$TMP/rec" | grep -q '기사입력'
}

@test "an agency's line of credits goes; its reporters and writers are the authors, not its editors or helpers" {
	"$S" --raw "$F/flat-credits.txt" >"$TMP/rec"
	[ "$(jq -r '.authors | join(";")' "$TMP/rec")" = "Jane Doe;Tom Roe;Ann Poe" ]
	[ "$(jq -r '.text | split("\n\n") | length' "$TMP/rec")" -eq 3 ]
	! jq -r .text "$TMP/rec" | grep -q 'Editing by'
	printf '%s\n' '<html><body><article><p>The council voted on Tuesday to widen the harbour after a debate that took most of the year.</p><p>Work is to start in the spring and take two years, the mayor said after the vote.</p><p>Reporting by Jane Doe; Editing by John Roe</p></article></body></html>' >"$BATS_TEST_TMPDIR/c.html"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/c.html" | jq -r '.authors | join(";")')" = "Jane Doe" ]
}

@test "flat: a short text of prose keeps every paragraph, beside a kept one or when none was sure, and its headline" {
	printf '%s\n' 'Putin on the treaty' '' \
	    'On the 25th (local time), President Putin spoke about the treaty with reporters in Kazan for an hour.' '' \
	    'He said the treaty was a matter for the two countries and that it would be applied as written, without exception.' \
	    >"$BATS_TEST_TMPDIR/flat.txt"
	run "$S" --raw "$BATS_TEST_TMPDIR/flat.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s' "$output" | jq -r .text)" = "$(printf '%s\n\n%s\n\n%s' \
	    'Putin on the treaty' \
	    'On the 25th (local time), President Putin spoke about the treaty with reporters in Kazan for an hour.' \
	    'He said the treaty was a matter for the two countries and that it would be applied as written, without exception.')" ]
	[ "$(printf '%s' "$output" | jq -r .title)" = 'Putin on the treaty' ]
	printf '%s\n' 'Putin on the treaty' '' \
	    'On the 25th (local time), President Putin spoke about the treaty with reporters in Kazan for an hour.' \
	    >"$BATS_TEST_TMPDIR/flat.txt"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/flat.txt" | jq -r .text)" = "$(printf '%s\n\n%s' \
	    'Putin on the treaty' \
	    'On the 25th (local time), President Putin spoke about the treaty with reporters in Kazan for an hour.')" ]
}

# what the record says

@test "record: a feed item's authors stay when the page names no one, RSS's address form read" {
	printf '%s\n' \
	    '{"url":"https://ex.org/a","authors":["Jane Doe","jd@example.org (John Roe)",3],"html":"<html><body><article><p>The council voted on Tuesday to widen the harbour, a plan argued over for three years in the town.</p></article></body></html>"}' \
	    '{"url":"https://ex.org/b","authors":["Jane Doe"],"html":"<html><head><meta name=\"author\" content=\"Mia Roth\"></head><body><article><p>The council voted on Tuesday to widen the harbour, a plan argued over for three years in the town.</p></article></body></html>"}' \
	    >"$BATS_TEST_TMPDIR/in"
	run "$S" "$BATS_TEST_TMPDIR/in"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -c .authors | tr '\n' ' ')" = '["Jane Doe","John Roe"] ["Mia Roth"] ' ]
}

@test "record: one without html or text passes through unchanged and is counted so" {
	printf '%s\n' '{"url":"https://ex.org/a","x":1}' >"$BATS_TEST_TMPDIR/in"
	"$S" --stats "$BATS_TEST_TMPDIR/in" >"$BATS_TEST_TMPDIR/out" 2>"$BATS_TEST_TMPDIR/err"
	cmp "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/out"
	grep -q '^wire-strip: stats: 1 in, 1 out, 0 rejected, 1 passed through$' "$BATS_TEST_TMPDIR/err"
}

# text, 2

@test "text: a bold subheading inside the article stays, a disclosure, a note on the writer and a button go" {
	run text <"$F/inside.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'summer.\n\nFishermen fear for their berths\n\nThe fishermen fear'* ]]
	[[ "$output" == *"fill a report of two hundred pages."* ]]
	[[ "$output" != *"affiliate links"* ]]
	[[ "$output" != *"is a reporter covering"* ]]
	[[ "$output" != *"Print Recipe"* ]]
	[[ "$output" != *"Imprint"* ]]
}

# text, 3

@test "text: a one-line related link inside the article goes alone, the subheading and paragraphs after it stay, a list of links goes" {
	run text <"$F/readmore.html"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'passengers, most of them islanders returning from the mainland.\n\nIslanders waited for months\n\nFor the people'* ]]
	[[ "$output" == *"calmer for the divers."* ]]
	[[ "$output" != *"Read more"* ]]
	[[ "$output" != *"Storm damage on the coast"* ]]
	[[ "$output" != *"Ferry prices rise"* ]]
	[[ "$output" != *"Photo: Coast Herald"* ]]
	[[ "$output" != *"Imprint"* ]]
}

# titles, 3

# metadata, 3

@test "metadata: a date read either way takes the order of the page's other dates" {
	[ "$(meta meta-dayorder.html .published)" = "2023-11-01" ]
}

@test "metadata: a date read either way is month first on a page in American English, whichever element says so first" {
	[ "$(meta meta-usorder.html .published)" = "2024-12-04" ]
	[ "$(meta meta-usorder.html .lang)" = "en" ]
	sed 's/en_US/en_GB/' "$F/meta-usorder.html" >"$BATS_TEST_TMPDIR/gb.html"
	[ "$("$S" --raw "$BATS_TEST_TMPDIR/gb.html" | jq -r .published)" = "2024-04-12" ]
}

@test "metadata: a UTC stamp takes the day shown beside the headline; a job before a name goes; reviewers are no authors" {
	[ "$(meta meta-utcday.html .published)" = "2019-10-19" ]
	[ "$(meta meta-utcday.html .published_source)" = "text" ]
	[ "$(meta meta-utcday.html '.authors | join(";")')" = "Lena Berg" ]
}

@test "metadata: no address or link word as an author, a card's byline label, no commenter, no broken stamp" {
	[ "$(meta meta-authors.html '.authors | join(";")')" = "Karla Herbst" ]
	[ "$(meta meta-authors.html .published)" = "2020-02-08" ]
}

@test "metadata: a byline label marked as author is passed for the account name after it" {
	[ "$(meta meta-vcard.html '.authors | join(";")')" = "uriebe" ]
}

@test "metadata: a date labelled as the day of publication over one nearer the headline" {
	[ "$(meta meta-label.html .published)" = "2023-11-01" ]
}

# titles, 4

@test "titles: a bare domain in the page title is the site, first or later" {
	[ "$(meta title-domain.html .title)" = "Fährpreise" ]
	printf '<title>Tide tables - harbournotes.test - Web design</title><p>%s</p>' \
	    "The tide tables for the coming month are out, and the spring tides fall on a weekend." |
	    "$S" --raw >"$TMP/out"
	[ "$(jq -r .title "$TMP/out")" = "Tide tables" ]
}

@test "titles: a short title's tail holding a word of the host is the site" {
	run sh -c "'$S' --raw --url https://www.harbournotes.example/tides/ <'$F/title-host.html' | jq -r .title"
	[ "$status" -eq 0 ]
	[ "$output" = "Tide tables" ]
	run sh -c "'$S' --raw --url https://other.example/tides/ <'$F/title-host.html' | jq -r .title"
	[ "$output" = "Tide tables | harbournotes ♥ Magazine" ]
}
