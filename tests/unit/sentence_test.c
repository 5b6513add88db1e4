/*
 * sentence_test.c: unit tests for the sentence splitter (lib/sentence.c)
 * and its abbreviation data (data/abbrev.txt, found through WIRE_DATADIR).
 *
 * Most checks split a text and compare the sentences joined with " | ";
 * paragraph indexes are shown as "#N " in front of a sentence when asked.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "wire/sentence.h"

static struct wire_splitter	*sp;
static struct wire_sent		*sents;
static size_t			 ncap;
static char			 joined[65536];

/* Splits text and returns the sentences joined by " | " (static buffer). */
static const char *
splitn(const char *text, size_t len, int paras)
{
	size_t n, i, o = 0;
	int w;

	n = wire_split(sp, text, len, &sents, &ncap);
	joined[0] = '\0';
	if (n == (size_t)-1)
		return "(out of memory)";
	for (i = 0; i < n && o < sizeof(joined) - 1; i++) {
		if (paras)
			w = snprintf(joined + o, sizeof(joined) - o, "%s#%zu %.*s",
			    i ? " | " : "", sents[i].para,
			    (int)(sents[i].end - sents[i].start),
			    text + sents[i].start);
		else
			w = snprintf(joined + o, sizeof(joined) - o, "%s%.*s",
			    i ? " | " : "", (int)(sents[i].end - sents[i].start),
			    text + sents[i].start);
		if (w < 0)
			break;
		o += (size_t)w;
	}
	return joined;
}

static const char *
split_with(struct wire_splitter *own, const char *text)
{
	struct wire_splitter *keep = sp;
	const char *r;

	sp = own;
	r = splitn(text, strlen(text), 0);
	sp = keep;
	return r;
}

static const char *
split(const char *text)
{
	return splitn(text, strlen(text), 0);
}

static const char *
splitp(const char *text)
{
	return splitn(text, strlen(text), 1);
}

/* The invariants every result must keep, whatever the input. */
static int
sane(const char *text, size_t len, size_t n)
{
	size_t i, prev = 0;

	if (n == (size_t)-1)
		return 0;
	for (i = 0; i < n; i++) {
		if (sents[i].start >= sents[i].end || sents[i].end > len ||
		    sents[i].start < prev)
			return 0;
		if (text[sents[i].start] == ' ' || text[sents[i].start] == '\n' ||
		    text[sents[i].end - 1] == ' ' || text[sents[i].end - 1] == '\n')
			return 0;
		if (i > 0 && sents[i].para < sents[i - 1].para)
			return 0;
		prev = sents[i].end;
	}
	return 1;
}

static void
test_basics(void)
{
	is_str(split("Hello world. This is a test."),
	    "Hello world. | This is a test.", "two plain sentences");
	is_str(split(""), "", "empty text");
	is_str(split(" \n\t \n "), "", "white space only");
	is_int(wire_split(sp, "  \n\n ", 5, &sents, &ncap), 0,
	    "white space only has no sentences");
	is_str(split("No final stop"), "No final stop", "no final stop");
	is_str(split("Is it? Yes! Really?! OK."), "Is it? | Yes! | Really?! | OK.",
	    "? ! and ?! runs");
	is_str(split("  Trim me.   And me.  "), "Trim me. | And me.", "trimmed");
	wire_split(sp, "  Ab. Cd.", 9, &sents, &ncap);
	is_int(sents[0].start, 2, "offset of first sentence");
	is_int(sents[0].end, 5, "end of first sentence");
	is_int(sents[1].start, 6, "offset of second sentence");
	is_int(sents[1].end, 9, "end of second sentence");
}

static void
test_abbreviations(void)
{
	is_str(split("Mr. Smith met Dr. Jones. They talked."),
	    "Mr. Smith met Dr. Jones. | They talked.", "Mr. and Dr.");
	is_str(split("Gen. Lee, Sen. Kim, Lt. Park, Gov. Cho and Rep. Lim came."),
	    "Gen. Lee, Sen. Kim, Lt. Park, Gov. Cho and Rep. Lim came.",
	    "military and political titles");
	is_str(split("He spoke with Prof. Kim. Then he left."),
	    "He spoke with Prof. Kim. | Then he left.", "title then a stop");
	is_str(split("drawing notice from critics of U.S. President Donald Trump's "
	    "policies regarding Muslims traveling to the U.S. The President later "
	    "took action."),
	    "drawing notice from critics of U.S. President Donald Trump's policies "
	    "regarding Muslims traveling to the U.S. | The President later took "
	    "action.", "U.S. before a name and at a sentence end");
	is_str(split("U.S. Secretary of Defense Lloyd Austin, who is on a tour of "
	    "Europe, said so."),
	    "U.S. Secretary of Defense Lloyd Austin, who is on a tour of Europe, "
	    "said so.", "U.S. Secretary");
	is_str(split("Talks with the U.K. and the U.N. went on. It was late."),
	    "Talks with the U.K. and the U.N. went on. | It was late.", "U.K. U.N.");
	is_str(split("He flew to Washington D.C. He met them."),
	    "He flew to Washington D.C. | He met them.", "D.C. then a pronoun");
	is_str(split("The comprehensive strategic partnership treaty went into effect "
	    "Dec. 4, when the two sides signed protocol on exchanging the "
	    "ratification instruments."),
	    "The comprehensive strategic partnership treaty went into effect Dec. 4, "
	    "when the two sides signed protocol on exchanging the ratification "
	    "instruments.", "Dec. 4 (seed 000)");
	is_str(split("It began Jan. 12 and ended Sept. 30. Nobody came."),
	    "It began Jan. 12 and ended Sept. 30. | Nobody came.", "months");
	is_str(split("N. Korea and S. Korea met. J. R. R. Tolkien wrote it."),
	    "N. Korea and S. Korea met. | J. R. R. Tolkien wrote it.",
	    "initials and N. Korea");
	is_str(split("He is ranked No. 2 in the world. The answer is no. We left."),
	    "He is ranked No. 2 in the world. | The answer is no. | We left.",
	    "No. before a number only");
	is_str(split("Apple Inc. said it would. Acme Co. The firm agreed."),
	    "Apple Inc. said it would. | Acme Co. | The firm agreed.", "Inc. Co.");
	is_str(split("Warner Bros. Pictures made it. Lehman Bros. It failed."),
	    "Warner Bros. Pictures made it. | Lehman Bros. | It failed.", "Bros.");
	is_str(split("It starts at 3 p.m. Tuesday. The doors open at 9 a.m. The "
	    "show follows."),
	    "It starts at 3 p.m. Tuesday. | The doors open at 9 a.m. | The show "
	    "follows.", "a.m. and p.m.");
	is_str(split("Bring fruit, e.g. apples, pears, etc. and water, i.e. "
	    "enough. Team A vs. Team B."),
	    "Bring fruit, e.g. apples, pears, etc. and water, i.e. enough. | Team "
	    "A vs. Team B.", "e.g. i.e. etc. vs.");
	is_str(split("SEOUL, Nov. 20 (Yonhap) -- North Korea fired a missile."),
	    "SEOUL, Nov. 20 (Yonhap) -- North Korea fired a missile.",
	    "dateline with Nov.");
}

static void
test_numbers_and_links(void)
{
	is_str(split("It cost $1.5 million. Pi is 3.14 or so."),
	    "It cost $1.5 million. | Pi is 3.14 or so.", "decimals and money");
	is_str(split("Visit www.example.com or example.com/x.html today. Mail "
	    "a.b@c.org now."),
	    "Visit www.example.com or example.com/x.html today. | Mail a.b@c.org "
	    "now.", "URLs and e-mail addresses");
	is_str(split("See http://example.com/a.b?x=1. Then go."),
	    "See http://example.com/a.b?x=1. | Then go.", "URL before a stop");
	is_str(split("From: \"Kim\" <kim@example.com> 02/13/2001 It is late."),
	    "From: \"Kim\" <kim@example.com> | 02/13/2001 It is late.",
	    "bracketed address ends a header");
	is_str(split("Reporter Hong hong@donga.com Washington = Correspondent Moon"),
	    "Reporter Hong hong@donga.com | Washington = Correspondent Moon",
	    "address before a capital");
	is_str(split("Write to hong@donga.com or call. See http://a.org/x Now."),
	    "Write to hong@donga.com or call. | See http://a.org/x | Now.",
	    "address before lowercase, URL before a capital");
	is_str(split("<b>Bold</b> text. Next."), "<b>Bold</b> text. | Next.",
	    "tag at the start");
	is_str(split("Version 2.0.1 is out. It rose 5.5%. Good."),
	    "Version 2.0.1 is out. | It rose 5.5%. | Good.", "version numbers");
}

static void
test_ellipses_and_quotes(void)
{
	is_str(split("Wait... what was that? He paused... Then he left."),
	    "Wait... what was that? | He paused... | Then he left.", "ellipsis");
	is_str(split("Wait\xe2\x80\xa6 what? Fine\xe2\x80\xa6 We go."),
	    "Wait\xe2\x80\xa6 what? | Fine\xe2\x80\xa6 | We go.", "U+2026 ellipsis");
	is_str(split("He cited the text ... and went on. Later ... Nothing."),
	    "He cited the text ... and went on. | Later ... Nothing.",
	    "free-standing ellipsis is an omission");
	is_str(split("He said \"Stop.\" Then he left."),
	    "He said \"Stop.\" | Then he left.", "boundary after .\"");
	is_str(split("He said \xe2\x80\x9cStop.\xe2\x80\x9d Then he left."),
	    "He said \xe2\x80\x9cStop.\xe2\x80\x9d | Then he left.",
	    "boundary after a curly quote");
	is_str(split("(It was late.) We left. She yelled 'Run!' Nobody ran."),
	    "(It was late.) | We left. | She yelled 'Run!' | Nobody ran.",
	    "boundary after .) and !'");
	is_str(split("\"Why?\" he asked. \"Because,\" she said."),
	    "\"Why?\" he asked. | \"Because,\" she said.",
	    "lowercase after a closing quote continues");
	is_str(split("\xe2\x80\x9cNo,\xe2\x80\x9d he said."),
	    "\xe2\x80\x9cNo,\xe2\x80\x9d he said.", ", then he said");
	/* Seed 002. */
	is_str(split("we will definitely decide,\xe2\x80\x9d and \xe2\x80\x9cNorth "
	    "Korean friends. \xe2\x80\x9cWe also have the same position here,"
	    "\xe2\x80\x9d he said."),
	    "we will definitely decide,\xe2\x80\x9d and \xe2\x80\x9cNorth Korean "
	    "friends. | \xe2\x80\x9cWe also have the same position here,"
	    "\xe2\x80\x9d he said.", "seed 002 quotes");
	is_str(split("and said, \xe2\x80\x9cIt is time to decide something."
	    "\xe2\x80\x9d \xe2\x80\x9cI will decide when I come,\xe2\x80\x9d he "
	    "said."),
	    "and said, \xe2\x80\x9cIt is time to decide something.\xe2\x80\x9d | "
	    "\xe2\x80\x9cI will decide when I come,\xe2\x80\x9d he said.",
	    "seed 002 quote after quote");
	is_str(split("It was the decision.\xe2\x80\x9c However, it ended."),
	    "It was the decision.\xe2\x80\x9c | However, it ended.",
	    "misturned closing quote");
}

static void
test_quotations(void)
{
	/* Speech run into a sentence after a SAY word stays whole. */
	is_str(split("The mayor said \"Taxes will rise. Schools will close.\" "
	    "on Monday. Then she left."),
	    "The mayor said \"Taxes will rise. Schools will close.\" on "
	    "Monday. | Then she left.", "quotation after a verb of saying");
	is_str(split("The report noted that \xe2\x80\x9c" "Costs grew. Sales "
	    "fell.\xe2\x80\x9d Investors sold."),
	    "The report noted that \xe2\x80\x9c" "Costs grew. Sales fell."
	    "\xe2\x80\x9d | Investors sold.", "curly quotation after that");
	/* Other quotations split as usual. */
	is_str(split("He called it a \"bad deal. Nobody wins.\" Then he left."),
	    "He called it a \"bad deal. | Nobody wins.\" | Then he left.",
	    "quotation after another word");
	is_str(split("\"Taxes will rise. Schools will close,\" she said."),
	    "\"Taxes will rise. | Schools will close,\" she said.",
	    "quotation opening a sentence");
	is_str(split("She says, \"We won. We always do.\" Fans cheered."),
	    "She says, \"We won. | We always do.\" | Fans cheered.",
	    "quotation after a comma");
	is_str(split("She said \"We won. We always do.\n\nFans cheered."),
	    "She said \"We won. | We always do. | Fans cheered.",
	    "quotation not closed in the paragraph");
	/* An attribution after a dash belongs to the quotation. */
	is_str(split("\"We lost. But we learn.\" - Jane Roe\n\nThe end."),
	    "\"We lost. But we learn.\" - Jane Roe | The end.",
	    "attribution after a dash");
	is_str(split("\xe2\x80\x9cIt works.\xe2\x80\x9d \xe2\x80\x94 Sam Lee, "
	    "engineer"),
	    "\xe2\x80\x9cIt works.\xe2\x80\x9d \xe2\x80\x94 Sam Lee, engineer",
	    "attribution after an em dash");
	is_str(split("It works. - Sam Lee"), "It works. | - Sam Lee",
	    "a dash without a quotation");
}

static void
test_lines_and_paragraphs(void)
{
	is_str(splitp("Quake hits coast\n\nFriday, March 3, 2023 On Thursday, "
	    "a quake struck. Nobody was hurt."),
	    "#0 Quake hits coast | #1 Friday, March 3, 2023 | #1 On Thursday, "
	    "a quake struck. | #1 Nobody was hurt.", "dateline before the story");
	is_str(split("Monday, June 5, 2017 The vote passed."),
	    "Monday, June 5, 2017 | The vote passed.", "dateline at the start");
	is_str(split("We met. On Friday, March 3, 2023 Police came."),
	    "We met. | On Friday, March 3, 2023 Police came.",
	    "date inside a sentence");
	is_str(split("Friday, March 3, 2023 was cold."),
	    "Friday, March 3, 2023 was cold.", "date as a subject");
	is_str(splitp("One. Two.\n\nThree.\n \t\n\n\nFour."),
	    "#0 One. | #0 Two. | #1 Three. | #2 Four.", "paragraph indexes");
	is_str(splitp("\n\n\nOnly.\n\n"), "#0 Only.", "leading blank lines");
	is_str(splitp("A headline\n\nThe body. More."),
	    "#0 A headline | #1 The body. | #1 More.", "headline paragraph");
	is_str(split("Headline Without Stop\nThe body starts here."),
	    "Headline Without Stop | The body starts here.",
	    "unpunctuated line before a capital");
	is_str(split("this line is wrapped\nin the middle of a sentence."),
	    "this line is wrapped\nin the middle of a sentence.", "wrapped line");
	is_str(split("We went to\nthe shops, and\nthen home."),
	    "We went to\nthe shops, and\nthen home.", "several wrapped lines");
	is_str(split("Dear all,\nThanks for coming."),
	    "Dear all,\nThanks for coming.", "a comma joins lines");
	is_str(split("Read next\n09:39\nNorth Korea fired a ballistic missile."),
	    "Read next | 09:39 | North Korea fired a ballistic missile.",
	    "seed 004 lines");
	is_str(split("Items:\n- apples\n- pears\n1. First step.\n2. Second step."),
	    "Items: | - apples | - pears | 1. First step. | 2. Second step.",
	    "bulleted and numbered lists");
	is_str(split("1. Ask first. 2. Then act."),
	    "1. Ask first. | 2. Then act.", "inline numbered list");
	is_str(split("Am 12. November 2015 kam er. Er blieb bis 3. Oktober."),
	    "Am 12. November 2015 kam er. | Er blieb bis 3. Oktober.",
	    "a day of the month with a dot");
	is_str(split("Der am 20. März gesendete Beitrag lief. Er sagte 5. "
	    "Über alles."),
	    "Der am 20. März gesendete Beitrag lief. | Er sagte 5. | "
	    "Über alles.", "a month with an umlaut after a day");
	is_str(split("Im 19. Jahrhundert wuchs sie. Das war 2019. Jahrhunderte "
	    "später kam er."),
	    "Im 19. Jahrhundert wuchs sie. | Das war 2019. | Jahrhunderte "
	    "später kam er.", "a century after its ordinal");
	is_str(split("The score rose to 45. November was cold. It fell to 32. "
	    "December came."),
	    "The score rose to 45. | November was cold. | It fell to 32. | "
	    "December came.", "no day of the month above 31");
	is_str(split("By John Smith\n\"We won,\" he said."),
	    "By John Smith | \"We won,\" he said.", "byline before a quote");
	is_str(split("Mr.\nSmith arrived."), "Mr.\nSmith arrived.",
	    "title at a line end");
	is_str(splitp("Line one.\r\n\r\nLine two.\r\n"),
	    "#0 Line one. | #1 Line two.", "CRLF line ends");
	/* Seed 000 and 002. */
	is_str(split("N. Korea-Russia defense treaty goes into effect Dec. 4: state "
	    "media"),
	    "N. Korea-Russia defense treaty goes into effect Dec. 4: state media",
	    "seed 000 headline");
	is_str(split("Ukraine: \xe2\x80\x9cNorth Korea expected to enter combat on "
	    "the 27th and 28th\xe2\x80\x9d\n<img src=\"https://x.com/a.jpg\" alt=\""
	    "Putin is answering questions. As President Putin admitted today, "
	    "concerns grow. Kazan = Getty Images\xe2\x80\x9d/>\nOn the 25th, Putin "
	    "said so."),
	    "Ukraine: \xe2\x80\x9cNorth Korea expected to enter combat on the 27th "
	    "and 28th\xe2\x80\x9d | <img src=\"https://x.com/a.jpg\" alt=\"Putin is "
	    "answering questions. As President Putin admitted today, concerns "
	    "grow. Kazan = Getty Images\xe2\x80\x9d/> | On the 25th, Putin said so.",
	    "seed 002 headline and inline markup");
	is_str(split("Top 10 Stories\n\nLETTER\n\nThis is KBS News, Go Eun-hee."),
	    "Top 10 Stories | LETTER | This is KBS News, Go Eun-hee.",
	    "seed 000 short paragraphs");
}

static void
test_korean_and_cjk(void)
{
	is_str(split("\xea\xb7\xb8\xeb\x8a\x94 \xea\xb0\x94\xeb\x8b\xa4. "
	    "\xea\xb7\xb8\xeb\xa6\xac\xea\xb3\xa0 \xec\x99\x94\xec\x96\xb4"
	    "\xec\x9a\x94."),
	    "\xea\xb7\xb8\xeb\x8a\x94 \xea\xb0\x94\xeb\x8b\xa4. | \xea\xb7\xb8"
	    "\xeb\xa6\xac\xea\xb3\xa0 \xec\x99\x94\xec\x96\xb4\xec\x9a\x94.",
	    "Korean \xeb\x8b\xa4. and \xec\x9a\x94.");
	/* 그는 "갔다."고 말했다. 끝. */
	is_str(split("\xea\xb7\xb8\xeb\x8a\x94 \"\xea\xb0\x94\xeb\x8b\xa4.\""
	    "\xea\xb3\xa0 \xeb\xa7\x90\xed\x96\x88\xeb\x8b\xa4. \xeb\x81\x9d."),
	    "\xea\xb7\xb8\xeb\x8a\x94 \"\xea\xb0\x94\xeb\x8b\xa4.\"\xea\xb3\xa0 "
	    "\xeb\xa7\x90\xed\x96\x88\xeb\x8b\xa4. | \xeb\x81\x9d.",
	    "quoted Korean speech with a particle");
	/* 갔다 그리고 왔다: no dot, no split. */
	is_str(split("\xea\xb0\x94\xeb\x8b\xa4 \xea\xb7\xb8\xeb\xa6\xac\xea\xb3\xa0 "
	    "\xec\x99\x94\xeb\x8b\xa4"),
	    "\xea\xb0\x94\xeb\x8b\xa4 \xea\xb7\xb8\xeb\xa6\xac\xea\xb3\xa0 "
	    "\xec\x99\x94\xeb\x8b\xa4", "Korean without a dot");
	/* 今天很好。我们走吧！真的？好 */
	is_str(split("\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xbe\x88\xe5\xa5\xbd\xe3\x80\x82"
	    "\xe6\x88\x91\xe4\xbb\xac\xe8\xb5\xb0\xe5\x90\xa7\xef\xbc\x81\xe7\x9c"
	    "\x9f\xe7\x9a\x84\xef\xbc\x9f\xe5\xa5\xbd"),
	    "\xe4\xbb\x8a\xe5\xa4\xa9\xe5\xbe\x88\xe5\xa5\xbd\xe3\x80\x82 | \xe6"
	    "\x88\x91\xe4\xbb\xac\xe8\xb5\xb0\xe5\x90\xa7\xef\xbc\x81 | \xe7\x9c"
	    "\x9f\xe7\x9a\x84\xef\xbc\x9f | \xe5\xa5\xbd", "CJK stops");
	is_str(split("\xea\xb0\x80\xea\xb2\xa9\xec\x9d\x80 1.5\xeb\xb0\xb0\xeb\x8b"
	    "\xa4. \xeb\x81\x9d"),
	    "\xea\xb0\x80\xea\xb2\xa9\xec\x9d\x80 1.5\xeb\xb0\xb0\xeb\x8b\xa4. | "
	    "\xeb\x81\x9d", "Korean decimal");
}

static void
test_informal(void)
{
	is_str(split("It was great. we loved it. Bye."),
	    "It was great. | we loved it. | Bye.", "lowercase start after a word");
	is_str(split("where did you grow up? india? ok"),
	    "where did you grow up? | india? | ok", "lowercase after ?");
	is_str(split("Great quality.You'll love it. Really?Yes."),
	    "Great quality. | You'll love it. | Really? | Yes.", "missing space");
	is_str(split("I love her. :) We met in 2001."),
	    "I love her. :) | We met in 2001.", "emoticon after a stop");
	is_str(split("That was fun :-) Now go."), "That was fun :-) | Now go.",
	    "emoticon as a stop");
	is_str(split("P.S. I am moving."), "P.S. I am moving.", "P.S.");
	is_str(split("Visitors at the expo Image: Nick Moreau."),
	    "Visitors at the expo | Image: Nick Moreau.", "photo credit");
}

static void
test_data(void)
{
	struct wire_splitter *own;
	char err[128];
	const char *d = "# test data\n\nTITLE Foo. Bar\nSTART Zap\nEND Qux.\n";

	own = wire_splitter_new(d, strlen(d), err, sizeof(err));
	ok(own != NULL, "custom data loads");
	if (own == NULL)
		return;
	wire_split(own, "Ask Foo. Smith now. He went.", 28, &sents, &ncap);
	is_int(sents[0].end, 19, "custom TITLE is honoured");
	is_str(split_with(own, "Meet Qux. Zap went. Qux. Bob went."),
	    "Meet Qux. | Zap went. | Qux. Bob went.", "custom END and START");
	wire_splitter_free(own);
	own = wire_splitter_new("BOGUS x\n", 8, err, sizeof(err));
	ok(own == NULL && strstr(err, "line 1") != NULL, "unknown class: %s", err);
	own = wire_splitter_new("\nTITLE\n", 7, err, sizeof(err));
	ok(own == NULL && strstr(err, "line 2") != NULL, "empty class: %s", err);
	own = wire_splitter_new("", 0, err, sizeof(err));
	ok(own != NULL, "empty data is allowed");
	if (own != NULL) {
		is_int(wire_split(own, "Mr. Smith. Hi.", 14, &sents, &ncap), 3,
		    "no abbreviations without data");
		wire_splitter_free(own);
	}
	own = wire_splitter_load("/nonexistent/abbrev.txt", err, sizeof(err));
	ok(own == NULL && strstr(err, "/nonexistent") != NULL,
	    "missing file: %s", err);
	wire_splitter_free(NULL);
}

static void
test_hostile(void)
{
	static const char nul[] = "A\0b. C\0. \0\0 D.";
	static const char bad[] = "Bad \xff\xfe. Next \xc3. \xe2\x80. Ok.";
	size_t big = 4u << 20, i, n;
	uint32_t r = 12345;
	char *p;

	n = wire_split(sp, nul, sizeof(nul) - 1, &sents, &ncap);
	ok(sane(nul, sizeof(nul) - 1, n) && n >= 2, "NUL bytes (%zu)", n);
	n = wire_split(sp, bad, sizeof(bad) - 1, &sents, &ncap);
	ok(sane(bad, sizeof(bad) - 1, n) && n == 4, "invalid UTF-8 (%zu)", n);
	if ((p = malloc(big)) == NULL) {
		ok(0, "malloc");
		return;
	}
	memset(p, '.', big);
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(sane(p, big, n) && n == 1, "4 MB of dots");
	memset(p, 'a', big);
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(sane(p, big, n) && n == 1, "4 MB single word");
	for (i = 0; i + 3 <= big; i += 3)
		memcpy(p + i, "A. ", 3);
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(sane(p, big, n), "initials everywhere");
	for (i = 0; i + 3 <= big; i += 3)
		memcpy(p + i, "x. ", 3);
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(sane(p, big, n), "one-letter sentences (%zu)", n);
	memset(p, '<', big);
	p[1] = 'a';
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(sane(p, big, n) && n == 1, "unclosed tags");
	memset(p, '\n', big);
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(n == 0, "newlines only");
	for (i = 0; i < big; i++) {
		r = r * 1103515245u + 12345u;
		p[i] = " .?!\n\"'<>:)A\xe2\x80\x9c\xa6\xe3\x82\xea" "a1-"[(r >> 16) % 22];
	}
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(sane(p, big, n), "random bytes (%zu sentences)", n);
	for (i = 0; i < big; i++) {
		r = r * 1103515245u + 12345u;
		p[i] = (char)(r >> 16);
	}
	n = wire_split(sp, p, big, &sents, &ncap);
	ok(sane(p, big, n), "random binary (%zu sentences)", n);
	free(p);
}

int
main(void)
{
	const char *dir = getenv("WIRE_DATADIR");
	char path[4096], err[256];

	if (dir != NULL && *dir != '\0')
		snprintf(path, sizeof(path), "%s/abbrev.txt", dir);
	else
		snprintf(path, sizeof(path), "data/abbrev.txt");
	sp = wire_splitter_load(path, err, sizeof(err));
	if (!ok(sp != NULL, "load %s", path)) {
		diag("%s", err);
		return tap_done();
	}
	test_basics();
	test_abbreviations();
	test_numbers_and_links();
	test_ellipses_and_quotes();
	test_quotations();
	test_lines_and_paragraphs();
	test_korean_and_cjk();
	test_informal();
	test_data();
	test_hostile();
	wire_splitter_free(sp);
	free(sents);
	return tap_done();
}
