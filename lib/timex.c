/*
 * timex.c: temporal expressions (TimeML TIMEX3) in English and Korean news.
 *
 * One pass over the text: a hand-written tokenizer turns bytes into words,
 * digit runs and punctuation, each word looked up once in the lexicon hash
 * (names from data/timex/en.txt, grammar words from the table below) when
 * a bit filter of the lexicon's words does not rule it out.  The
 * tokens live in a small ring, so the scanner allocates nothing per token;
 * at each token the matchers below try their patterns with a little
 * look-behind (prepositions, tense) and look-ahead, and the longest match
 * wins.  Values are resolved against the reference date in the document
 * state, and dates found update its "last mentioned" date for anaphora.
 * Before all that, a byte pass looks for a digit or a trigger word (a
 * month, a unit, "now"...): most sentences of news hold none, and are
 * done with at the cost of one multiplication a word, eight bytes of text
 * read at a time where that finds the ends of words.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wire/text.h"
#include "wire/timex.h"

#define WORD_MAX	32	/* longest word kept for lookup */
#define LEX_MAX		2048	/* lexicon entries */
#define LEX_SLOTS	4096	/* hash slots, a power of two */
#define HOL_MAX		256
#define HOL_WORDS	6
#define RING		128	/* tokens kept: look-behind + look-ahead */
#define PTCL_MAX	48	/* Korean particles */
#define PTCL_LEN	16	/* and their longest, in bytes */
#define BEHIND		24	/* farthest look-behind */
#define LINE_MAX_DATA	512
#define WD_LEAN		3	/* days a bare weekday leans to the past */
#define TRIG_SHIFT	14
#define TRIG_BITS	(1 << TRIG_SHIFT)	/* bits of a word filter */

/* Units of durations and relative expressions. */
enum unit {
	U_NONE, U_SEC, U_MIN, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH,
	U_QUARTER, U_YEAR, U_DECADE, U_CENTURY, U_WEEKEND
};

static const char *const unit_names[] = {
	"", "sec", "min", "hour", "day", "week", "fortnight", "month",
	"quarter", "year", "decade", "century", "weekend"
};

/* Grammar words: the closed classes the patterns are written with. */
enum gram {
	G_NONE, G_THE, G_A, G_LAST, G_NEXT, G_THIS, G_PAST, G_COMING,
	G_PREVIOUS, G_FOLLOWING, G_AGO, G_EARLIER, G_LATER, G_BEFORE, G_AFTER,
	G_EARLY, G_LATE, G_MID, G_END, G_BEGINNING, G_MIDDLE, G_START, G_OF,
	G_ON, G_IN, G_AT, G_SINCE, G_UNTIL, G_FROM, G_TO, G_BY, G_DURING,
	G_AND, G_OR, G_THROUGH, G_FOR, G_EVERY, G_EACH, G_HALF, G_FEW,
	G_SEVERAL, G_SOME, G_MANY, G_COUPLE, G_APPROX, G_MORE, G_LESS, G_THAN,
	G_LEAST, G_SAME, G_THAT, G_FISCAL, G_FUT, G_LABEL, G_AM, G_PM, G_LOCAL,
	G_TIME, G_NOON, G_MIDNIGHT, G_TZ, G_S, G_SUFFIX, G_CURRENT, G_NEAR,
	G_THESE, G_TONIGHT, G_Q, G_H, G_FY, G_WITHIN, G_OVER, G_YEARLY_NOUN,
	G_RECENT, G_AHEAD, G_O, G_CLOCK, G_NOW, G_WEEKS_AGO_NOUN, G_UP,
	G_PRESENT, G_MOMENT, G_ACCOUNT, G_OLD, G_CENT, G_KLAST, G_KTHIS,
	G_KNEXT, G_KAGO, G_SO, G_WHEN, G_COUNTNOUN, G_PASTV, G_BE, G_FIN,
	G_LATEST, G_PERIOD, G_FULL, G_THOUSAND, G_FUTTO, G_ENDED, G_ISARE,
	G_TERM, G_FUTV, G_KCOMING, G_KLATER, G_KDURING, G_KH1, G_KH2,
	G_KQUARTER, G_KEARLY, G_KMID, G_KLATE, G_KHALF, G_KSAMEDAY,
	G_KDAYBEFORE, G_KDAYAFTER, G_DEFER, G_KPREVY, G_KPREVM, G_KPREVQ,
	G_KJUST, G_KSAMEM, G_KSAMEP, G_CJDI, G_YEARMARK, G_NEARLY, G_UNDER,
	G_CJYEAR, G_CJMONTH, G_CJQIANRI, G_CJSAMEY, G_CJSAMEM,
	G_CJNEXTY, G_CJNEXTM, G_AGOPRE, G_LASTPOST, G_TWICE, G_MLEAD, G_GAME
};

static const struct {
	const char	*w;
	int		 g;
} grammar[] = {
	{ "the", G_THE }, { "a", G_A }, { "an", G_A }, { "last", G_LAST },
	{ "next", G_NEXT }, { "this", G_THIS }, { "past", G_PAST },
	{ "coming", G_COMING }, { "previous", G_PREVIOUS },
	{ "prior", G_PREVIOUS }, { "preceding", G_PREVIOUS },
	{ "following", G_FOLLOWING }, { "ago", G_AGO },
	{ "earlier", G_EARLIER }, { "later", G_LATER }, { "before", G_BEFORE },
	{ "after", G_AFTER }, { "early", G_EARLY }, { "late", G_LATE },
	{ "mid", G_MID }, { "end", G_END }, { "beginning", G_BEGINNING },
	{ "middle", G_MIDDLE }, { "start", G_START }, { "of", G_OF },
	{ "on", G_ON }, { "in", G_IN }, { "at", G_AT }, { "since", G_SINCE },
	{ "until", G_UNTIL }, { "till", G_UNTIL }, { "from", G_FROM },
	{ "to", G_TO }, { "by", G_BY }, { "during", G_DURING },
	{ "and", G_AND }, { "or", G_OR }, { "through", G_THROUGH },
	{ "throughout", G_DURING },
	{ "once", G_TWICE }, { "twice", G_TWICE }, { "thrice", G_TWICE },
	{ "thru", G_THROUGH }, { "for", G_FOR }, { "every", G_EVERY },
	{ "each", G_EACH }, { "half", G_HALF }, { "few", G_FEW },
	{ "several", G_SEVERAL }, { "some", G_SOME }, { "many", G_MANY },
	{ "couple", G_COUPLE }, { "about", G_APPROX }, { "around", G_APPROX },
	{ "nearly", G_NEARLY }, { "almost", G_NEARLY },
	{ "approximately", G_APPROX }, { "roughly", G_APPROX },
	{ "some", G_SOME }, { "more", G_MORE }, { "less", G_LESS },
	{ "fewer", G_LESS }, { "than", G_THAN }, { "least", G_LEAST },
	{ "same", G_SAME }, { "corresponding", G_SAME },
	{ "comparable", G_SAME }, { "that", G_THAT }, { "fiscal", G_FISCAL },
	{ "will", G_FUT }, { "shall", G_FUT }, { "ll", G_FUT },
	{ "would", G_FUT }, { "scheduled", G_FUT }, { "expected", G_FUT },
	{ "expects", G_FUT }, { "expect", G_FUT }, { "upcoming", G_FUT },
	{ "slated", G_FUT }, { "soon", G_FUT }, { "tomorrow", G_FUT },
	{ "effective", G_FUT }, { "payable", G_FUT }, { "should", G_FUT },
	/* the present of a scheduled event ("parliament votes Thursday");
	 * base forms follow "to", "let" and "did" too often to count */
	{ "meets", G_FUTV }, { "begins", G_FUTV }, { "starts", G_FUTV },
	{ "opens", G_FUTV }, { "resumes", G_FUTV }, { "visits", G_FUTV },
	{ "votes", G_FUTV }, { "convenes", G_FUTV }, { "arrives", G_FUTV },
	{ "travels", G_FUTV }, { "holds", G_FUTV }, { "faces", G_FUTV },
	{ "closes", G_FUTV }, { "expires", G_FUTV }, { "concludes", G_FUTV },
	{ "returns", G_FUTV }, { "leaves", G_FUTV }, { "departs", G_FUTV },
	{ "takes", G_FUTV }, { "goes", G_FUTV },
	{ "comes", G_FUTV }, { "hosts", G_FUTV }, { "launches", G_FUTV },
	{ "kicks", G_FUTV }, { "heads", G_FUTV }, { "flies", G_FUTV },
	{ "tours", G_FUTV }, { "attends", G_FUTV },
	{ "plans", G_FUTTO }, { "plan", G_FUTTO }, { "planning", G_FUTTO },
	{ "due", G_FUTTO }, { "going", G_FUTTO }, { "set", G_FUTTO },
	{ "intends", G_FUTTO }, { "aims", G_FUTTO }, { "hopes", G_FUTTO },
	{ "agreed", G_FUTTO }, { "decided", G_FUTTO }, { "planned", G_FUTTO },
	{ "supposed", G_FUTTO }, { "forecast", G_FUTTO },
	{ "predicted", G_FUTTO }, { "projected", G_FUTTO }, { "likely", G_FUTTO },
	{ "poised", G_FUTTO }, { "promised", G_FUTTO }, { "promises", G_FUTTO },
	{ "pledged", G_FUTTO }, { "pledges", G_FUTTO }, { "vowed", G_FUTTO },
	{ "vows", G_FUTTO },
	/* "postponed until Tuesday": a day still to come */
	{ "postponed", G_DEFER }, { "postpones", G_DEFER },
	{ "postpone", G_DEFER }, { "delayed", G_DEFER }, { "delays", G_DEFER },
	{ "deferred", G_DEFER }, { "defers", G_DEFER },
	{ "adjourned", G_DEFER }, { "adjourns", G_DEFER },
	{ "extended", G_DEFER }, { "extends", G_DEFER },
	{ "suspended", G_DEFER }, { "suspends", G_DEFER },
	{ "no", G_LABEL }, { "nos", G_LABEL }, { "number", G_LABEL },
	{ "article", G_LABEL }, { "art", G_LABEL }, { "page", G_LABEL },
	{ "chapter", G_LABEL }, { "section", G_LABEL }, { "route", G_LABEL },
	{ "flight", G_LABEL }, { "room", G_LABEL }, { "vol", G_LABEL },
	{ "version", G_LABEL }, { "paragraph", G_LABEL }, { "clause", G_LABEL },
	{ "item", G_LABEL }, { "resolution", G_LABEL }, { "rule", G_LABEL },
	{ "highway", G_LABEL }, { "channel", G_LABEL }, { "gate", G_LABEL },
	{ "platform", G_LABEL }, { "line", G_LABEL }, { "ward", G_LABEL },
	{ "unit", G_LABEL }, { "model", G_LABEL }, { "v", G_LABEL },
	{ "pp", G_LABEL }, { "p", G_LABEL }, { "box", G_LABEL },
	{ "suite", G_LABEL }, { "floor", G_LABEL }, { "tel", G_LABEL },
	{ "phone", G_LABEL }, { "fax", G_LABEL }, { "code", G_LABEL },
	{ "am", G_AM }, { "pm", G_PM }, { "local", G_LOCAL }, { "time", G_TIME },
	{ "noon", G_NOON }, { "midday", G_NOON }, { "midnight", G_MIDNIGHT },
	{ "gmt", G_TZ }, { "utc", G_TZ }, { "est", G_TZ }, { "edt", G_TZ },
	{ "cst", G_TZ }, { "cdt", G_TZ }, { "mst", G_TZ }, { "mdt", G_TZ },
	{ "pst", G_TZ }, { "pdt", G_TZ }, { "kst", G_TZ }, { "jst", G_TZ },
	{ "bst", G_TZ }, { "cet", G_TZ }, { "cest", G_TZ }, { "et", G_TZ },
	{ "pt", G_TZ }, { "ct", G_TZ }, { "mt", G_TZ }, { "msk", G_TZ },
	{ "eet", G_TZ }, { "eest", G_TZ }, { "ist", G_TZ }, { "hkt", G_TZ },
	{ "sgt", G_TZ }, { "aest", G_TZ }, { "aedt", G_TZ }, { "wib", G_TZ },
	{ "s", G_S }, { "st", G_SUFFIX }, { "nd", G_SUFFIX },
	{ "rd", G_SUFFIX }, { "th", G_SUFFIX }, { "current", G_CURRENT },
	{ "near", G_NEAR }, { "distant", G_NEAR }, { "these", G_THESE },
	{ "tonight", G_TONIGHT }, { "q", G_Q }, { "h", G_H }, { "fy", G_FY },
	{ "within", G_WITHIN }, { "over", G_OVER }, { "under", G_UNDER },
	{ "recent", G_RECENT },
	{ "ahead", G_AHEAD }, { "o", G_O }, { "clock", G_CLOCK },
	{ "now", G_NOW }, { "up", G_UP }, { "present", G_PRESENT },
	{ "moment", G_MOMENT }, { "term", G_TERM }, { "account", G_ACCOUNT },
	{ "accounts", G_ACCOUNT }, { "old", G_OLD }, { "percent", G_CENT },
	{ "per", G_CENT }, { "so", G_SO }, { "when", G_WHEN },
	{ "people", G_COUNTNOUN }, { "troops", G_COUNTNOUN },
	{ "soldiers", G_COUNTNOUN }, { "dollars", G_COUNTNOUN },
	{ "won", G_COUNTNOUN }, { "yen", G_COUNTNOUN }, { "km", G_COUNTNOUN },
	{ "miles", G_COUNTNOUN }, { "tons", G_COUNTNOUN },
	{ "workers", G_COUNTNOUN }, { "units", G_COUNTNOUN },
	{ "points", G_COUNTNOUN }, { "shares", G_COUNTNOUN },
	{ "feet", G_COUNTNOUN }, { "meters", G_COUNTNOUN },
	{ "metres", G_COUNTNOUN }, { "kilometers", G_COUNTNOUN },
	{ "residents", G_COUNTNOUN }, { "members", G_COUNTNOUN },
	{ "votes", G_COUNTNOUN }, { "cases", G_COUNTNOUN },
	{ "said", G_PASTV }, { "was", G_PASTV }, { "were", G_PASTV },
	{ "had", G_PASTV }, { "did", G_PASTV }, { "made", G_PASTV },
	{ "met", G_PASTV }, { "told", G_PASTV }, { "took", G_PASTV },
	{ "came", G_PASTV }, { "went", G_PASTV }, { "began", G_PASTV },
	{ "held", G_PASTV }, { "gave", G_PASTV }, { "saw", G_PASTV },
	{ "left", G_PASTV }, { "lost", G_PASTV }, { "fell", G_PASTV },
	{ "rose", G_PASTV }, { "sold", G_PASTV }, { "bought", G_PASTV },
	{ "paid", G_PASTV }, { "became", G_PASTV }, { "brought", G_PASTV },
	{ "found", G_PASTV }, { "got", G_PASTV }, { "kept", G_PASTV },
	{ "led", G_PASTV }, { "ran", G_PASTV }, { "spoke", G_PASTV },
	{ "stood", G_PASTV }, { "thought", G_PASTV }, { "wrote", G_PASTV },
	{ "been", G_PASTV }, { "hit", G_PASTV }, { "shot", G_PASTV },
	{ "died", G_PASTV }, { "fled", G_PASTV }, { "rode", G_PASTV },
	{ "struck", G_PASTV }, { "sent", G_PASTV }, { "spent", G_PASTV },
	{ "built", G_PASTV }, { "caught", G_PASTV }, { "drew", G_PASTV },
	{ "grew", G_PASTV }, { "knew", G_PASTV }, { "heard", G_PASTV },
	{ "felt", G_PASTV }, { "fought", G_PASTV }, { "flew", G_PASTV },
	{ "broke", G_PASTV }, { "sank", G_PASTV }, { "threw", G_PASTV },
	{ "sought", G_PASTV }, { "chose", G_PASTV }, { "drove", G_PASTV },
	{ "withdrew", G_PASTV }, { "taught", G_PASTV }, { "stole", G_PASTV },
	{ "swore", G_PASTV }, { "shook", G_PASTV }, { "overtook", G_PASTV },
	{ "be", G_BE }, { "being", G_BE },
	{ "net", G_FIN }, { "earnings", G_FIN }, { "profit", G_FIN },
	{ "profits", G_FIN }, { "revenue", G_FIN }, { "revenues", G_FIN },
	{ "sales", G_FIN }, { "income", G_FIN }, { "loss", G_FIN },
	{ "cents", G_FIN }, { "share", G_FIN }, { "latest", G_LATEST },
	/* a game's words, whose quarters are no dates */
	{ "scored", G_GAME }, { "scoring", G_GAME }, { "touchdown", G_GAME },
	{ "touchdowns", G_GAME }, { "rebounds", G_GAME },
	{ "assists", G_GAME }, { "yards", G_GAME }, { "halftime", G_GAME },
	{ "basket", G_GAME }, { "baskets", G_GAME },
	{ "quarterback", G_GAME }, { "buzzer", G_GAME }, { "layup", G_GAME },
	{ "dunk", G_GAME }, { "locker", G_GAME }, { "referee", G_GAME },
	{ "foul", G_GAME }, { "fouled", G_GAME }, { "goal", G_GAME },
	{ "goals", G_GAME }, { "game", G_GAME }, { "match", G_GAME },
	{ "timeout", G_GAME }, { "interception", G_GAME },
	{ "period", G_PERIOD }, { "full", G_FULL }, { "thousand", G_THOUSAND },
	{ "ended", G_ENDED }, { "ending", G_ENDED }, { "ends", G_ENDED },
	{ "is", G_ISARE }, { "are", G_ISARE },
	{ "\xec\xa7\x80\xeb\x82\x9c", G_KLAST },	/* jinan: last */
	{ "\xec\x9d\xb4\xeb\xb2\x88", G_KTHIS },	/* ibeon: this */
	{ "\xeb\x8b\xa4\xec\x9d\x8c", G_KNEXT },	/* daeum: next */
	{ "\xec\xa0\x84", G_KAGO },			/* jeon: before */
	{ "\xec\x98\xa4\xeb\x8a\x94", G_KCOMING },	/* oneun: coming */
	{ "\xed\x9b\x84", G_KLATER },			/* hu: after */
	{ "\xeb\x92\xa4", G_KLATER },			/* dwi: after */
	{ "\xeb\x8f\x99\xec\x95\x88", G_KDURING },	/* dongan: during */
	{ "\xec\x83\x81\xeb\xb0\x98\xea\xb8\xb0", G_KH1 },	/* sangbangi */
	{ "\xed\x95\x98\xeb\xb0\x98\xea\xb8\xb0", G_KH2 },	/* habangi */
	{ "\xe4\xb8\x8a\xe5\x8d\x8a\xe5\xb9\xb4", G_KH1 },	/* shangbannian */
	{ "\xe4\xb8\x8b\xe5\x8d\x8a\xe5\xb9\xb4", G_KH2 },	/* xiabannian */
	{ "\xe5\xad\xa3\xe5\xba\xa6", G_KQUARTER },	/* jidu: quarter */
	{ "\xe7\xac\xac", G_CJDI },			/* di: the nth */
	{ "\xe5\xb9\xb4", G_CJYEAR },			/* nian, nen: year */
	{ "\xe6\x9c\x88", G_CJMONTH },			/* yue, gatsu: month */
	{ "\xeb\xb6\x84\xea\xb8\xb0", G_KQUARTER },	/* bungi: quarter */
	{ "\xec\xa0\x84\xeb\x85\x84", G_KPREVY },	/* jeonnyeon */
	{ "\xec\xa0\x84\xec\x9b\x94", G_KPREVM },	/* jeonwol */
	{ "\xec\xa0\x84\xeb\xb6\x84\xea\xb8\xb0", G_KPREVQ },	/* jeonbungi */
	{ "\xec\xa7\x81\xec\xa0\x84", G_KJUST },	/* jikjeon: just before */
	{ "\xeb\x8f\x99\xec\x9b\x94", G_KSAMEM },	/* dongwol: same month */
	{ "\xeb\x8f\x99\xea\xb8\xb0", G_KSAMEP },	/* donggi: same period */
	{ "\xeb\x8f\x99\xea\xb8\xb0\xea\xb0\x84", G_KSAMEP },	/* donggigan */
	{ "\xec\xb4\x88", G_KEARLY },			/* cho: early */
	{ "\xec\xb4\x88\xec\x88\x9c", G_KEARLY },	/* chosun */
	{ "\xec\x83\x81\xec\x88\x9c", G_KEARLY },	/* sangsun */
	{ "\xec\xa4\x91\xec\x88\x9c", G_KMID },		/* jungsun: mid */
	{ "\xeb\xa7\x90", G_KLATE },			/* mal: end */
	{ "\xed\x95\x98\xec\x88\x9c", G_KLATE },	/* hasun */
	{ "\xeb\xb0\x98", G_KHALF },			/* ban: half */
	{ "\xec\xa0\x95\xec\x98\xa4", G_NOON },		/* jeongo: noon */
	{ "\xec\x9e\x90\xec\xa0\x95", G_MIDNIGHT },	/* jajeong */
	{ "\xe5\x8d\x8a", G_KHALF },			/* ban: half */
	{ "\xe6\x95\xb0", G_SEVERAL },		/* shu: some */
	{ "\xe5\x87\xa0", G_SEVERAL },		/* ji: some */
	{ "\xe5\xb9\xbe", G_SEVERAL },		/* iku: some */
	{ "\xe6\xad\xa3\xe5\x8d\x88", G_NOON },		/* zhengwu: noon */
	{ "\xe5\x8d\x88\xe5\xa4\x9c", G_MIDNIGHT },	/* wuye: midnight */
	{ "\xec\x9d\xb4\xeb\x82\xa0", G_KSAMEDAY },	/* inal: that day */
	{ "\xeb\x8b\xb9\xec\x9d\xbc", G_KSAMEDAY },	/* dangil: that day */
	{ "\xea\xb7\xb8\xeb\x82\xa0", G_KSAMEDAY },	/* geunal: that day */
	{ "\xec\xa0\x84\xeb\x82\xa0", G_KDAYBEFORE },	/* jeonnal */
	{ "\xeb\x8b\xa4\xec\x9d\x8c\xeb\x82\xa0", G_KDAYAFTER },	/* daeumnal */
	{ "\xec\x9d\xb4\xed\x8a\xbf\xeb\x82\xa0", G_KDAYAFTER },	/* iteunnal */
	{ "\xe5\xbd\x93\xe5\xa4\xa9", G_KSAMEDAY },		/* dangtian */
	{ "\xe5\xbd\x93\xe6\x97\xa5", G_KSAMEDAY },		/* dangri, tojitsu */
	{ "\xe5\x90\x8c\xe6\x97\xa5", G_KSAMEDAY },		/* tongri, doujitsu */
	{ "\xe5\x90\x8c\xe5\xb9\xb4", G_CJSAMEY },		/* tongnian, dounen */
	{ "\xe5\x90\x8c\xe6\x9c\x88", G_CJSAMEM },		/* tongyue, dougetsu */
	{ "\xea\xb7\xb8\xed\x95\xb4", G_CJSAMEY },		/* geuhae: that year */
	{ "\xe7\xbf\x8c\xe5\xb9\xb4", G_CJNEXTY },		/* yokunen, yinian */
	{ "\xe6\xac\xa1\xe5\xb9\xb4", G_CJNEXTY },		/* cinian */
	{ "\xec\x9d\xb4\xeb\x93\xac\xed\x95\xb4", G_CJNEXTY },	/* ideumhae */
	{ "\xe7\xbf\x8c\xe6\x9c\x88", G_CJNEXTM },		/* yokugetsu */
	{ "\xe6\xac\xa1\xe6\x9c\x88", G_CJNEXTM },		/* ciyue */
	{ "\xe5\x89\x8d\xe4\xb8\x80\xe5\xa4\xa9", G_KDAYBEFORE },	/* qian yi tian */
	{ "\xe6\xac\xa1\xe6\x97\xa5", G_KDAYAFTER },		/* ciri */
	{ "\xe7\xac\xac\xe4\xba\x8c\xe5\xa4\xa9", G_KDAYAFTER },	/* di er tian */
	{ "\xe7\xbf\x8c\xe6\x97\xa5", G_KDAYAFTER },		/* yokujitsu */
	{ "\xe5\x89\x8d\xe6\x97\xa5", G_CJQIANRI },		/* zenjitsu, qianri */
};

/* Korean counters after a number: year, month, day. */
#define KO_YEAR		"\xeb\x85\x84"
#define KO_MONTH	"\xec\x9b\x94"
#define KO_DAY		"\xec\x9d\xbc"
#define KO_DECADE	"\xeb\x85\x84\xeb\x8c\x80"	/* nyeondae */

struct lex {
	char		w[WORD_MAX];
	uint64_t	w8;	/* the first eight bytes of w as word_fold() */
	unsigned char	wl;
	signed char	month, wday, ord, unit, season, part, ref, set;
	unsigned char	gram;	/* enum gram: wider than the signed fields */
	signed char	reln, relu, abbr;
	signed char	mod;	/* enum wire_timex_mod of a word's own date */
	signed char	pl;	/* a unit in the plural with no "s" */
	signed char	dec;	/* 1 + tens digit of a decade ("nineties") */
	short		num;
	short		era;	/* the year before a Japanese era's first */
	short		hol;	/* 1 + first holiday starting with the word */
	unsigned int	start;	/* matchers that may start at the word */
	unsigned char	trig;	/* no expression lacks a digit or such a word */
	unsigned char	noun;	/* its language writes it with a capital
				 * ("Woche"), which tells of no name */
	unsigned char	low;	/* a month or weekday of another language,
				 * in lower case ("abril", "mardi"): a
				 * month only beside a day or a year */
	unsigned char	lc;	/* a month its language writes in lower
				 * case, and no other word ("marcu"): a
				 * month alone too */
	unsigned char	feira;	/* a Portuguese weekday only before
				 * "-feira" ("segunda-feira") */
	unsigned char	hom;	/* another word as often ("may", "march",
				 * "Chiang Mai", German's "fall"): a date
				 * only where a word leads it */
	unsigned char	ana;	/* relative to the year or month last
				 * named, as "the previous year" is
				 * ("Vorjahr") */
};

struct hol {
	short		w[HOL_WORDS];	/* lexicon indexes */
	unsigned char	n;
	char		kind;		/* 'F' fixed, 'N' nth weekday, 'E' easter,
					 * 'A' a weekday on or after a day,
					 * 'L' a day of a lunar month,
					 * 'H' of a Hebrew one, 'I' of an
					 * Islamic one, 'V' a new moon of
					 * India's calendar,
					 * 'X' a name of no date of its own */
	signed char	a, b, c;	/* month day | month nth wday | offset |
					 * month day wday | month day UT offset */
	short		next;		/* 1 + next holiday with the same first word */
};

struct wire_timex_ctx {
	struct lex	lex[LEX_MAX];
	int		nlex;
	short		slot[LEX_SLOTS];	/* 1 + lexicon index, 0 empty */
	uint64_t	trigbits[TRIG_BITS / 64];	/* word_key()s of triggers */
	uint64_t	lexbits[TRIG_BITS / 64];	/* of all ASCII words */
	unsigned char	bytecls[256];		/* enum bytecls */
	struct hol	hol[HOL_MAX];
	int		nhol;
	char		ptcl[PTCL_MAX][PTCL_LEN];	/* Korean particles */
	unsigned char	ptcllen[PTCL_MAX];
	int		nptcl;
};

enum kind { K_NONE, K_EOF, K_WORD, K_NUM, K_PUNCT };

/*
 * Bytes for the trigger passes: ASCII letters make words; a digit, or the
 * lead byte of a character from U+3000 to U+FFFF (kana, Chinese
 * characters, Hangul syllables, full-width digits), is a trigger by
 * itself.
 */
enum bytecls { B_OTHER, B_ALPHA, B_TRIGGER };

struct tok {
	size_t		s, e;		/* bytes of the text */
	unsigned char	kind;
	unsigned char	sp;		/* space before: 0 none, 1 blank, 2 newline */
	unsigned char	upper;		/* starts with a capital */
	unsigned char	allcap;
	unsigned char	ndig;		/* digits of a number */
	unsigned char	hangul;
	unsigned char	cjk;		/* Chinese or Japanese */
	unsigned char	cyr;		/* Cyrillic */
	char		c;		/* punctuation byte; 'U' for other */
	short		lex;		/* lexicon index or -1 */
	long		num;		/* value of a number, capped */
	unsigned char	tail;		/* bytes of a Korean particle at the end */
};

/* Granularities remembered for anaphora. */
enum gran { GR_NONE, GR_DAY, GR_WEEK, GR_MONTH, GR_QUARTER, GR_YEAR };

struct hit {
	size_t	ts, te;			/* tokens [ts, te) */
	int	type;
	int	mod;			/* enum wire_timex_mod */
	char	val[WIRE_TIMEX_VALUE];
	int	gran;			/* for the last mentioned date */
	int	keep;			/* a comparison: not a new anchor */
	int	y, m, d, q;
};

struct scan {
	const struct wire_timex_ctx	*cx;
	struct wire_timex_doc		*doc;
	const char			*text;
	size_t				 len, pos;
	int				 head;	/* headline(): 0 unknown, 1 no,
						 * 2 yes */
	int				 kana;	/* text_kana(), the same */
	struct tok			 ring[RING];
	size_t				 nt;	/* tokens made */
	int				 eof;
	size_t				 chain;	/* token after a day or year hit */
	size_t				 cts;	/* that hit's first token */
	int				 cy, cm, cd, cgran;
	int				 sy;	/* story_year()'s year, 0 none */
};

static const struct tok none_tok = { 0, 0, K_NONE, 0, 0, 0, 0, 0, 0, 0, 0,
    -1, 0, 0 };

/* ---------------------------------------------------------------- dates */

static long
days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 1 = Monday ... 7 = Sunday */
static int
weekday(long z)
{
	return (int)(((z % 7) + 7 + 3) % 7) + 1;
}

static void
iso_week(long z, int *wy, int *wn)
{
	long th;
	int y, m, d;

	th = z - (weekday(z) - 1) + 3;
	civil_from_days(th, &y, &m, &d);
	*wy = y;
	*wn = (int)((th - days_from_civil(y, 1, 1)) / 7) + 1;
}

static int
mdays(int y, int m)
{
	static const int n[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return n[(m - 1) % 12];
}

/* Whether year y has four digits of the era, as values write years. */
static int
in_era(long y)
{
	return y >= 1 && y <= 9999;
}

static int
valid_date(int y, int m, int d)
{
	return in_era(y) && m >= 1 && m <= 12 && d >= 1 && d <= mdays(y, m);
}

static long
easter(int y)
{
	int a, b, c, d, e, f, g, h, i, k, l, m;

	a = y % 19;
	b = y / 100;
	c = y % 100;
	d = b / 4;
	e = b % 4;
	f = (b + 8) / 25;
	g = (b - f + 1) / 3;
	h = (19 * a + b - d - g + 15) % 30;
	i = c / 4;
	k = c % 4;
	l = (32 + 2 * e + 2 * i - h - k) % 7;
	m = (a + 11 * h + 22 * l) / 451;
	return days_from_civil(y, (h + l - 7 * m + 114) / 31,
	    (h + l - 7 * m + 114) % 31 + 1);
}

/*
 * The lunisolar calendar of the Korean and Chinese holidays (설날, 추석,
 * 春节), from the moon's and the sun's places as astronomers' almanacs
 * give them in their shortened series: good to a few minutes between
 * 1900 and 2100, which dates a new moon on the right day but when it
 * falls within minutes of midnight.  Days are counted as elsewhere here,
 * from 1970-01-01; JD is the Julian day.
 */
#define JD_UNIX		2440587.5	/* JD of 1970-01-01 00:00 UT */
#define JD_J2000	2451545.0
#define SYN_MONTH	29.530588861	/* days from new moon to new moon */
#define JD_MOON0	2451550.09766	/* mean new moon 0, 6 January 2000 */
#define TROP_YEAR	365.2422

static double
dsin(double deg)
{
	return sin(deg * (3.14159265358979323846 / 180));
}

/* The sun's apparent longitude, in degrees, at Julian day jd. */
static double
sun_longitude(double jd)
{
	double t = (jd - JD_J2000) / 36525, l0, m, c, om, l;

	l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
	m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
	c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * dsin(m) +
	    (0.019993 - 0.000101 * t) * dsin(2 * m) + 0.000289 * dsin(3 * m);
	om = 125.04 - 1934.136 * t;
	/* in [0, 360): before 1999 the sum is below 0 */
	l = fmod(l0 + c - 0.00569 - 0.00478 * dsin(om), 360);
	return l < 0 ? l + 360 : l;
}

/* The Julian day of new moon number k (0: 6 January 2000). */
static double
new_moon(long k)
{
	double t = k / 1236.85, e, m, mp, f, om, jd;

	jd = JD_MOON0 + SYN_MONTH * k + 0.00015437 * t * t -
	    0.000000150 * t * t * t + 0.00000000073 * t * t * t * t;
	e = 1 - 0.002516 * t - 0.0000074 * t * t;
	m = 2.5534 + 29.10535670 * k - 0.0000014 * t * t;
	mp = 201.5643 + 385.81693528 * k + 0.0107582 * t * t +
	    0.00001238 * t * t * t;
	f = 160.7108 + 390.67050284 * k - 0.0016118 * t * t -
	    0.00000227 * t * t * t;
	om = 124.7746 - 1.56375588 * k + 0.0020672 * t * t;
	return jd - 0.40720 * dsin(mp) + 0.17241 * e * dsin(m) +
	    0.01608 * dsin(2 * mp) + 0.01039 * dsin(2 * f) +
	    0.00739 * e * dsin(mp - m) - 0.00514 * e * dsin(mp + m) +
	    0.00208 * e * e * dsin(2 * m) - 0.00111 * dsin(mp - 2 * f) -
	    0.00057 * dsin(mp + 2 * f) + 0.00056 * e * dsin(2 * mp + m) -
	    0.00042 * dsin(3 * mp) + 0.00042 * e * dsin(m + 2 * f) +
	    0.00038 * e * dsin(m - 2 * f) - 0.00024 * e * dsin(2 * mp - m) -
	    0.00017 * dsin(om) - 0.00007 * dsin(mp + 2 * m) +
	    0.00004 * dsin(2 * mp - 2 * f) + 0.00004 * dsin(3 * m) +
	    0.00003 * dsin(mp + m - 2 * f) + 0.00003 * dsin(2 * mp + 2 * f) -
	    0.00003 * dsin(mp + m + 2 * f) + 0.00003 * dsin(mp - m + 2 * f) -
	    0.00002 * dsin(mp - m - 2 * f) - 0.00002 * dsin(3 * mp + m) +
	    0.00002 * dsin(4 * mp);
}

/* The day (from 1970-01-01) at Julian day jd, tz hours east of UT. */
static long
local_day(double jd, int tz)
{
	return (long)floor(jd - JD_UNIX + tz / 24.0);
}

/* The Julian day the sun reaches longitude deg (degrees) in year y. */
static double
solar_term(int y, double deg)
{
	double jd, d;
	int i;

	/* first near its mean date, then by the sun's place */
	jd = JD_UNIX + days_from_civil(y, 1, 1) +
	    fmod(79.3 + deg * TROP_YEAR / 360, TROP_YEAR);
	for (i = 0; i < 6; i++) {
		d = fmod(deg - sun_longitude(jd) + 540, 360) - 180;
		jd += d * TROP_YEAR / 360;
	}
	return jd;
}

/* The last new moon (its number) on day d or before, tz hours east. */
static long
moon_on_or_before(long d, int tz)
{
	long k = (long)floor((JD_UNIX + d - JD_MOON0) / SYN_MONTH);

	while (local_day(new_moon(k), tz) > d)
		k--;
	while (local_day(new_moon(k + 1), tz) <= d)
		k++;
	return k;
}

/* Which twelfth of the sun's circle it is in as day d starts. */
static int
major_term(long d, int tz)
{
	return (int)floor(sun_longitude(JD_UNIX + d - tz / 24.0) / 30);
}

/*
 * The first day of lunar month m (1 to 12) of the lunar year that starts
 * in year y, tz hours east of UT.  The months are counted from the one
 * holding the winter solstice before, the 11th, each starting on the day
 * of a new moon; when 13 months come between two such solstices, the
 * first one in which the sun enters no new twelfth of its circle is a leap
 * month, which repeats the number before it.
 */
static long
lunar_month(int y, int m, int tz)
{
	long k, k11, ms;
	int n = 11, leap, seen = 0, i;

	k11 = moon_on_or_before(local_day(solar_term(y - 1, 270), tz), tz);
	k = k11;
	leap = moon_on_or_before(local_day(solar_term(y, 270), tz), tz) -
	    k11 == 13;
	for (i = 0; i < 14; i++) {
		ms = local_day(new_moon(++k), tz);
		if (leap && !seen && major_term(ms, tz) ==
		    major_term(local_day(new_moon(k + 1), tz), tz)) {
			seen = 1;
			continue;
		}
		if ((n = n % 12 + 1) == m)
			return ms;
	}
	return ms;
}

/*
 * The Hebrew calendar, by its arithmetic rules (as Reingold and
 * Dershowitz set them out): a year of 12 or 13 months whose new year is
 * put off a day or two so that some holidays miss some weekdays.  Months
 * count from Nisan (1) to Adar (12) and, in a leap year, Adar II (13);
 * the year begins in Tishri (7).  Days are counted from 1970-01-01.
 */
#define HEBREW_EPOCH	(-1373427L - 719163L)	/* 1 Tishri AM 1 */

static int
hebrew_leap(long y)
{
	return (7 * y + 1) % 19 < 7;
}

/* Days from the epoch to the molad of Tishri of year y, put off. */
static long
hebrew_elapsed(long y)
{
	long months = (235 * y - 234) / 19, parts, day;

	parts = 12084 + 13753 * months;
	day = 29 * months + parts / 25920;
	return (3 * (day + 1)) % 7 < 3 ? day + 1 : day;
}

/* The first day of Hebrew year y. */
static long
hebrew_new_year(long y)
{
	long n0 = hebrew_elapsed(y - 1), n1 = hebrew_elapsed(y),
	    n2 = hebrew_elapsed(y + 1);

	return HEBREW_EPOCH + n1 + (n2 - n1 == 356 ? 2 : n1 - n0 == 382 ? 1 :
	    0);
}

/* The days of month m of Hebrew year y. */
static int
hebrew_month_days(long y, int m)
{
	long len = hebrew_new_year(y + 1) - hebrew_new_year(y);

	if (m == 2 || m == 4 || m == 6 || m == 10 || m == 13 ||
	    (m == 12 && !hebrew_leap(y)) ||
	    (m == 8 && len % 10 != 5) || (m == 9 && len % 10 == 3))
		return 29;
	return 30;
}

/*
 * The day of day d of month m of Hebrew year y; m 12 is Adar, but Adar
 * II in a leap year, where Purim falls.
 */
static long
hebrew_day(long y, int m, int d)
{
	long z = hebrew_new_year(y) + d - 1;
	int last = hebrew_leap(y) ? 13 : 12, k;

	if (m == 12 && last == 13)
		m = 13;
	if (m < 7) {
		for (k = 7; k <= last; k++)
			z += hebrew_month_days(y, k);
		for (k = 1; k < m; k++)
			z += hebrew_month_days(y, k);
	} else {
		for (k = 7; k < m; k++)
			z += hebrew_month_days(y, k);
	}
	return z;
}

/*
 * The Islamic calendar as Saudi Arabia's Umm al-Qura keeps it, near
 * enough: a month begins the day after the new moon when the moon is new
 * before sunset at Mecca, else the day after that; months follow moons,
 * 12 to a year, Muharram 1446 beginning the day after new moon 303.
 */
static long
islamic_day(long y, int m, int d)
{
	long k = 303 + (y - 1446) * 12 + (m - 1);
	double t = new_moon(k) - JD_UNIX + 3 / 24.0;	/* Mecca's clock */
	long day = (long)floor(t);

	return day + (t - day < 18 / 24.0 ? 1 : 2) + d - 1;
}

/*
 * The day of the new moon that ends the lunar month in which the sun
 * enters sidereal sign sign (0 Aries ... 6 Libra) in year y, as India
 * keeps it (Diwali, at the end of the month of Libra's entry): of the
 * days that the last lunar day before that new moon meets, the one whose
 * evening (pradosh, 17:45 to 20:15 at UT+5:30) it holds longest.  That
 * lunar day is the moon's last 12 degrees on the sun, run at the moon's
 * speed at the new moon, from its mean anomaly.  The sidereal sign is the
 * tropical one less Lahiri's ayanamsa, 23.85 degrees in 2000 and 50.3
 * seconds more a year.
 */
static long
amavasya_day(int y, int sign)
{
	double ay = 23.85 + (y - 2000) * 0.01397, a, b, o, best = -1;
	double jd = solar_term(y, fmod(sign * 30 + ay, 360));
	long k = (long)floor((jd - JD_MOON0) / SYN_MONTH), d, bd = 0;

	while (new_moon(k) < jd)
		k++;
	while (new_moon(k - 1) >= jd)
		k--;
	/* the lunar day, in days at UT+5:30 */
	b = new_moon(k) - JD_UNIX + 5.5 / 24;
	a = b - 12 / (13.176 + 1.434 * cos((201.5643 + 385.81693528 * k) *
	    (3.14159265358979323846 / 180)) - 0.9856);
	for (d = (long)floor(a); d <= (long)floor(b); d++) {
		o = fmin(b, d + 20.25 / 24) - fmax(a, d + 17.75 / 24);
		if (o > best) {
			best = o;
			bd = d;
		}
	}
	return bd;
}

/* ---------------------------------------------------------------- lexicon */

static unsigned int	start_mask(const struct lex *);
static long	day_named_at(struct scan *, size_t, size_t *);
static int	uword_is(struct scan *, size_t, const char *);

/*
 * The first eight bytes (at most n) of the word of n bytes at w, with
 * avail >= n bytes readable there, as a number, the first byte lowest,
 * with the 0x20 bit set, which lowers ASCII letters, and zeros past n.
 * For a word of letters it is the lower-case word's start, so that a
 * word of up to eight letters is compared with the lexicon's at once.
 */
static inline uint64_t
word_fold(const unsigned char *w, size_t n, size_t avail)
{
	uint64_t k = 0, keep = ~(uint64_t)0;
	size_t i, m = n < 8 ? n : 8;

	if (m < 8)
		keep = ((uint64_t)1 << (8 * m)) - 1;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (avail >= 8)
		memcpy(&k, w, 8);
	else
#endif
		for (i = 0; i < m; i++)
			k |= (uint64_t)w[i] << (8 * i);
	return (k | UINT64_C(0x2020202020202020)) & keep;
}

/*
 * The hash of a word of n bytes from its word_fold() fold: the fold and
 * the length mixed by one multiplication.  Its top bits index the word
 * filters (KEY_BIT), lower ones the lexicon's slots (KEY_SLOT), so that
 * the scans pass over most words without hashing them letter by letter
 * and look the others up without hashing again.
 */
static inline uint64_t
fold_key(uint64_t fold, size_t n)
{
	return (fold ^ n) * UINT64_C(0x9e3779b97f4a7c15);
}

/* The hash of the word of n bytes at w (see word_fold() for avail). */
static inline uint64_t
word_key(const unsigned char *w, size_t n, size_t avail)
{
	return fold_key(word_fold(w, n, avail), n);
}

#define KEY_BIT(k)	((unsigned int)((k) >> (64 - TRIG_SHIFT)))
#define KEY_SLOT(k)	((unsigned int)((k) >> 20) & (LEX_SLOTS - 1))

/* Whether bit b of the filter f is set. */
static inline int
filter_has(const uint64_t *f, unsigned int b)
{
	return f[b / 64] >> (b % 64) & 1;
}

/* The lexicon slot where the search for the n bytes at s starts. */
static uint32_t
hash(const char *s, size_t n)
{
	return KEY_SLOT(word_key((const unsigned char *)s, n, n));
}

/* The lexicon index of w (n bytes, hash h), or -1. */
static int
lex_find_h(const struct wire_timex_ctx *cx, const char *w, size_t n,
    uint32_t h)
{
	int i, k;

	if (n == 0 || n >= WORD_MAX)
		return -1;
	h &= LEX_SLOTS - 1;
	for (i = 0; i < LEX_SLOTS; i++) {
		k = cx->slot[(h + i) & (LEX_SLOTS - 1)];
		if (k == 0)
			return -1;
		if (cx->lex[k - 1].wl == n && memcmp(cx->lex[k - 1].w, w, n) == 0)
			return k - 1;
	}
	return -1;
}

static int
lex_find(const struct wire_timex_ctx *cx, const char *w, size_t n)
{
	/* a longer word was cut at WORD_MAX bytes: only its length is real */
	if (n == 0 || n >= WORD_MAX)
		return -1;
	return lex_find_h(cx, w, n, hash(w, n));
}

static int
lex_add(struct wire_timex_ctx *cx, const char *w, size_t n)
{
	struct lex *l;
	uint32_t h;
	size_t i;
	int k;

	if ((k = lex_find(cx, w, n)) >= 0)
		return k;
	if (n == 0 || n >= WORD_MAX || cx->nlex >= LEX_MAX)
		return -1;
	l = &cx->lex[cx->nlex];
	memset(l, 0, sizeof(*l));
	memcpy(l->w, w, n);
	for (i = 0; i < 8; i++)
		l->w8 |= (uint64_t)(unsigned char)l->w[i] << (8 * i);
	l->wl = (unsigned char)n;
	h = hash(w, n) & (LEX_SLOTS - 1);
	while (cx->slot[h] != 0)
		h = (h + 1) & (LEX_SLOTS - 1);
	cx->slot[h] = (short)(cx->nlex + 1);
	return cx->nlex++;
}

static int
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_hangul(uint32_t cp)
{
	return cp >= 0xAC00 && cp <= 0xD7A3;
}

/* Letters of the Cyrillic alphabet, as Russian writes it. */
static int
is_cyr(uint32_t cp)
{
	return cp >= 0x0400 && cp <= 0x045F;
}

/*
 * Appends the Cyrillic letter cp, lowered, to the n bytes of buf (room
 * for WORD_MAX) while it fits; returns the word's length all the same, so
 * that a word too long for the lexicon is known as such (lex_find()).
 */
static size_t
cyr_lower(char *buf, size_t n, uint32_t cp)
{
	if (cp >= 0x0410 && cp <= 0x042F)
		cp += 0x20;
	else if (cp >= 0x0400 && cp <= 0x040F)
		cp += 0x50;
	if (n + 2 < WORD_MAX) {
		buf[n] = (char)(0xC0 | (cp >> 6));
		buf[n + 1] = (char)(0x80 | (cp & 0x3F));
	}
	return n + 2;
}

/* Chinese characters and Japanese kana (and the mark of repetition),
 * which write words without spaces between them. */
static int
is_cjk(uint32_t cp)
{
	return cp == 0x3005 || (cp >= 0x3041 && cp <= 0x30FF) ||
	    (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF);
}

/*
 * Whether the len-byte text u holds at p a letter of Latin-1 or Latin
 * Extended-A or -B ("ą", "é", "ß"), two bytes in UTF-8.
 */
static int
latin_at(const unsigned char *u, size_t p, size_t len)
{
	uint32_t cp;

	if (p + 1 >= len || u[p] < 0xC3 || u[p] > 0xC9 ||
	    (u[p + 1] & 0xC0) != 0x80)
		return 0;
	cp = ((uint32_t)(u[p] & 0x1F) << 6) | (u[p + 1] & 0x3F);
	return cp >= 0xC0 && cp != 0xD7 && cp != 0xF7;
}

/*
 * Reads the word of ASCII and Latin letters at u + p (len bytes in u),
 * lowered for the lexicon into buf (room for WORD_MAX) while it fits
 * ("März", "nächsten"); returns its end and sets *n to the lowered length,
 * which tells a word too long for the lexicon (lex_find()).
 */
static size_t
latin_word(const unsigned char *u, size_t p, size_t len, char *buf,
    size_t *n)
{
	size_t k = 0;

	for (;;) {
		if (p < len && is_alpha(u[p])) {
			if (k + 1 < WORD_MAX)
				buf[k] = (char)(u[p] | 0x20);
			k++;
			p++;
		} else if (p + 1 < len && u[p] >= 0xC3 && latin_at(u, p, len)) {
			if (k + 2 < WORD_MAX) {
				buf[k] = (char)u[p];
				buf[k + 1] = (char)(u[p + 1] +
				    (wire_latin1_capital(u + p) ? 0x20 : 0));
			}
			k += 2;
			p += 2;
		} else
			break;
	}
	*n = k;
	return p;
}

/* Splits a phrase of the data file into lexicon words (lowercased). */
static int
phrase_words(struct wire_timex_ctx *cx, const char *p, short *w, int max)
{
	char buf[WORD_MAX];
	size_t n, i;
	uint32_t cp;
	int nw = 0, k;

	while (*p != '\0') {
		n = 0;
		if (is_alpha((unsigned char)*p) || latin_at((const unsigned
		    char *)p, 0, strlen(p))) {
			p += latin_word((const unsigned char *)p, 0, strlen(p),
			    buf, &n);
		} else if ((unsigned char)*p >= 0x80 &&
		    (i = wire_utf8_decode(p, strlen(p), &cp)) > 0 &&
		    is_cyr(cp)) {
			while ((i = wire_utf8_decode(p, strlen(p), &cp)) > 0 &&
			    is_cyr(cp)) {
				n = cyr_lower(buf, n, cp);
				p += i;
			}
		} else if ((unsigned char)*p >= 0x80 &&
		    (i = wire_utf8_decode(p, strlen(p), &cp)) > 0 &&
		    (is_hangul(cp) || is_cjk(cp))) {
			while ((i = wire_utf8_decode(p, strlen(p), &cp)) > 0 &&
			    (is_hangul(cp) || is_cjk(cp))) {
				if (n + i < WORD_MAX) {
					memcpy(buf + n, p, i);
					n += i;
				}
				p += i;
			}
		} else {
			p++;
			continue;
		}
		if (nw >= max || (k = lex_add(cx, buf, n)) < 0)
			return -1;
		w[nw++] = (short)k;
	}
	return nw;
}

static int
parse_holiday(struct hol *h, const char *v)
{
	int a, b, c;
	char sign;

	if (strcmp(v, "-") == 0) {
		h->kind = 'X';
		return 0;
	}
	if (sscanf(v, "lunar%d-%d@%d", &a, &b, &c) == 3 && a >= 1 && a <= 12 &&
	    b >= 1 && b <= 30 && c >= -12 && c <= 14) {
		h->kind = 'L';
		h->a = (signed char)a;
		h->b = (signed char)b;
		h->c = (signed char)c;
		return 0;
	}
	if (sscanf(v, "amavasya%d", &a) == 1 && a >= 0 && a <= 11) {
		h->kind = 'V';	/* "diwali" */
		h->a = (signed char)a;
		return 0;
	}
	if ((sscanf(v, "hebrew%d-%d", &a, &b) == 2 && a >= 1 && a <= 12) ||
	    (sscanf(v, "islamic%d-%d", &a, &b) == 2 && a >= 1 && a <= 12)) {
		if (b < 1 || b > 30)
			return -1;
		h->kind = v[0] == 'h' ? 'H' : 'I';
		h->a = (signed char)a;
		h->b = (signed char)b;
		return 0;
	}
	if (sscanf(v, "easter%c%d", &sign, &a) == 2 &&
	    (sign == '+' || sign == '-') && a >= 0 && a < 100) {
		h->kind = 'E';
		h->a = (signed char)(sign == '-' ? -a : a);
		return 0;
	}
	if (sscanf(v, "%d/%d/%d", &a, &b, &c) == 3 && a >= 1 && a <= 12 &&
	    b >= -1 && b <= 5 && b != 0 && c >= 1 && c <= 7) {
		h->kind = 'N';
		h->a = (signed char)a;
		h->b = (signed char)b;
		h->c = (signed char)c;
		return 0;
	}
	if (sscanf(v, "%d-%d+%d", &a, &b, &c) == 3 && valid_date(2000, a, b) &&
	    c >= 1 && c <= 7) {
		h->kind = 'A';
		h->a = (signed char)a;
		h->b = (signed char)b;
		h->c = (signed char)c;
		return 0;
	}
	if (sscanf(v, "%d-%d", &a, &b) == 2 && valid_date(2000, a, b) &&
	    strchr(v, '+') == NULL) {
		h->kind = 'F';
		h->a = (signed char)a;
		h->b = (signed char)b;
		return 0;
	}
	return -1;
}

static int
parse_unit(const char *v)
{
	int i;

	for (i = 1; i < (int)(sizeof(unit_names) / sizeof(unit_names[0])); i++)
		if (strcmp(v, unit_names[i]) == 0)
			return i;
	return -1;
}

/* One "CLASS VALUE PHRASE" line; returns 0 or -1 with a reason. */
static int
load_line(struct wire_timex_ctx *cx, char *line, const char **why)
{
	char *cls, *val, *phrase, *e;
	short w[HOL_WORDS];
	struct lex *l;
	struct hol *h;
	long n;
	int nw, u, k;

	cls = line + strspn(line, " \t");
	if (*cls == '#' || *cls == '\0')
		return 0;
	val = cls + strcspn(cls, " \t");
	if (*val == '\0')
		goto bad;
	*val++ = '\0';
	val += strspn(val, " \t");
	phrase = val + strcspn(val, " \t");
	if (*phrase == '\0')
		goto bad;
	*phrase++ = '\0';
	phrase += strspn(phrase, " \t");
	if (strcmp(cls, "particle") == 0) {
		size_t pl = strcspn(phrase, " \t");

		/* a whole syllable or more, and a word is left before it */
		if (strcmp(val, "-") != 0 || pl < 3 || pl >= PTCL_LEN ||
		    pl + 3 > WORD_MAX || cx->nptcl >= PTCL_MAX ||
		    (unsigned char)phrase[0] < 0x80)
			goto bad;
		memcpy(cx->ptcl[cx->nptcl], phrase, pl);
		cx->ptcllen[cx->nptcl++] = (unsigned char)pl;
		return 0;
	}
	if ((nw = phrase_words(cx, phrase, w, HOL_WORDS)) <= 0) {
		*why = "bad or too long phrase, or lexicon full";
		return -1;
	}
	if (strcmp(cls, "holiday") == 0) {
		if (cx->nhol >= HOL_MAX) {
			*why = "too many holidays";
			return -1;
		}
		h = &cx->hol[cx->nhol];
		memset(h, 0, sizeof(*h));
		if (parse_holiday(h, val) < 0)
			goto bad;
		memcpy(h->w, w, sizeof(w[0]) * (size_t)nw);
		h->n = (unsigned char)nw;
		l = &cx->lex[w[0]];
		h->next = l->hol;
		l->hol = (short)(cx->nhol + 1);
		cx->nhol++;
		return 0;
	}
	if (nw != 1) {
		*why = "only holidays may have several words";
		return -1;
	}
	l = &cx->lex[w[0]];
	/* "unit week Woche": written with its capital in the data file */
	if ((*phrase >= 'A' && *phrase <= 'Z') ||
	    wire_latin1_capital((const unsigned char *)phrase))
		l->noun = 1;
	if (strcmp(cls, "gram") == 0) {
		/* "gram last прошлой": a word of another language that
		 * works as the English one; "year-mark" for "года" */
		if (strcmp(val, "year-mark") == 0) {
			l->gram = G_YEARMARK;
			return 0;
		}
		if (strcmp(val, "ago-before") == 0) {
			l->gram = G_AGOPRE;	/* "vor zwei Jahren" */
			return 0;
		}
		if (strcmp(val, "last-after") == 0) {
			l->gram = G_LASTPOST;	/* "la semana pasada" */
			return 0;
		}
		if (strcmp(val, "month-led") == 0) {
			l->gram = G_MLEAD;	/* "en junio" */
			return 0;
		}
		for (k = 0; k < (int)(sizeof(grammar) / sizeof(grammar[0])); k++)
			if (strcmp(val, grammar[k].w) == 0) {
				l->gram = (unsigned char)grammar[k].g;
				return 0;
			}
		goto bad;
	}
	if (strcmp(cls, "nunit") == 0) {
		l->low = 1;	/* "unit" of another language ("semana") */
		cls++;
	}
	if (strcmp(cls, "wset") == 0) {
		/* "wset 1 mondays": every Monday, kept apart from the
		 * weekday's own word as a negative set */
		if ((k = atoi(val)) < 1 || k > 7)
			goto bad;
		l->set = (signed char)-k;
		return 0;
	}
	if (strcmp(cls, "unit") == 0 || strcmp(cls, "set") == 0) {
		if ((u = parse_unit(val)) < 0 && cls[0] == 'u' &&
		    (k = (int)strlen(val)) > 1 && val[k - 1] == 's') {
			/* "unit years годы": a plural where no "s" says so;
			 * "centuries" for "century" */
			val[k - 1] = '\0';
			if (k > 3 && strcmp(val + k - 3, "ie") == 0)
				strcpy(val + k - 3, "y");
			if ((u = parse_unit(val)) > 0)
				l->pl = 1;
		}
		if (u < 0)
			goto bad;
		if (cls[0] == 'u')
			l->unit = (signed char)u;
		else
			l->set = (signed char)u;
		return 0;
	}
	if (strcmp(cls, "season") == 0 || strcmp(cls, "partday") == 0) {
		static const char *const codes[] = { "SP", "SU", "FA", "WI",
		    "MO", "AF", "EV", "NI" };
		for (k = 0; k < 8; k++)
			if (strcmp(val, codes[k]) == 0)
				break;
		if (k == 8 || (cls[0] == 's') != (k < 4))
			goto bad;
		if (cls[0] == 's')
			l->season = (signed char)(k + 1);
		else
			l->part = (signed char)(k - 3);
		return 0;
	}
	if (strcmp(cls, "homonym") == 0) {
		if (strcmp(val, "-") != 0)
			goto bad;
		l->hom = 1;
		return 0;
	}
	if (strcmp(cls, "mod") == 0) {
		/* "mod END 연말": the part of the word's date it names */
		for (k = 1; wire_timex_mod_name(k) != NULL; k++)
			if (strcmp(val, wire_timex_mod_name(k)) == 0) {
				l->mod = (signed char)k;
				return 0;
			}
		goto bad;
	}
	if (strcmp(cls, "ref") == 0) {
		if (strcmp(val, "PRESENT_REF") == 0)
			l->ref = 1;
		else if (strcmp(val, "PAST_REF") == 0)
			l->ref = 2;
		else if (strcmp(val, "FUTURE_REF") == 0)
			l->ref = 3;
		else
			goto bad;
		return 0;
	}
	errno = 0;
	n = strtol(val, &e, 10);
	if (e == val || errno != 0)
		goto bad;
	if (strcmp(cls, "rel") == 0 || strcmp(cls, "nrel") == 0 ||
	    strcmp(cls, "arel") == 0) {
		if (n < -9 || n > 9 || e[1] != '\0' || strchr("DWMY", *e) == NULL)
			goto bad;
		l->low = cls[0] == 'n';	/* "hier", German's "here" */
		l->ana = cls[0] == 'a' && (*e == 'Y' || *e == 'M');
		l->reln = (signed char)n;
		l->relu = *e == 'D' ? U_DAY : *e == 'W' ? U_WEEK :
		    *e == 'M' ? U_MONTH : U_YEAR;
		return 0;
	}
	if (*e != '\0')
		goto bad;
	if ((strcmp(cls, "month") == 0 || strcmp(cls, "nmonth") == 0 ||
	    strcmp(cls, "lmonth") == 0) && n >= 1 && n <= 12) {
		l->month = (signed char)n;
		l->low = cls[0] == 'n';
		l->lc = cls[0] == 'l';
	} else if ((strcmp(cls, "weekday") == 0 ||
	    strcmp(cls, "nweekday") == 0 || strcmp(cls, "fweekday") == 0) &&
	    n >= 1 && n <= 7) {
		l->wday = (signed char)n;
		l->low = cls[0] == 'n' || cls[0] == 'f';
		l->feira = cls[0] == 'f';
	} else if (strcmp(cls, "ordinal") == 0 && n >= 1 && n <= 31)
		l->ord = (signed char)n;
	else if ((strcmp(cls, "number") == 0 || strcmp(cls, "nnumber") == 0) &&
	    n >= 1 && n <= 1000) {
		l->num = (short)n;
		if (cls[1] == 'n')
			l->low = 1;	/* "dos", "deux": another language's */
	}
	else if (strcmp(cls, "decade") == 0 && n >= 0 && n <= 9)
		l->dec = (signed char)(n + 1);
	else if (strcmp(cls, "era") == 0 && n >= 1800 && n <= 9999)
		l->era = (short)n;
	else
		goto bad;
	return 0;
bad:
	*why = "bad class or value";
	return -1;
}

/*
 * Marks the abbreviations among month and weekday names: a short name that
 * begins a longer one of the same month or day ("Sept", "Thurs"), so that
 * "Januar" or "Mai", names of another language, stay whole names, as do
 * "May" and "April" before "mayo" and "aprile".
 */
static void
mark_abbrevs(struct wire_timex_ctx *cx)
{
	const struct lex *a, *b;
	int i, j;

	for (i = 0; i < cx->nlex; i++) {
		a = &cx->lex[i];
		if ((a->month == 0 && a->wday == 0) || a->wl > 5 ||
		    (unsigned char)a->w[0] >= 0x80)
			continue;
		for (j = 0; j < cx->nlex; j++) {
			b = &cx->lex[j];
			if (b->wl > a->wl && b->month == a->month &&
			    b->wday == a->wday && !b->low &&
			    memcmp(b->w, a->w, a->wl) == 0) {
				cx->lex[i].abbr = 1;
				break;
			}
		}
	}
}

/*
 * Whether the word l ends in "s", which makes an English unit plural
 * ("years"); a noun of another language ("Jahres") says it otherwise.
 */
static inline int
ends_s(const struct lex *l)
{
	return l->w[l->wl - 1] == 's' && !l->noun;
}

static int
gram_in(int g, const int *set)
{
	for (; *set != 0; set++)
		if (*set == g)
			return 1;
	return 0;
}

/*
 * Whether the word l can carry an expression: every expression holds a
 * digit, a Hangul, Chinese or kana word or one of these (a name of a month, day, unit,
 * season or holiday, the first word of a year spelled out, or a word that
 * is a time on its own: "now", "noon", "the past", "at present", "the
 * latest period", "the first half").  Function words such as "the",
 * "last" or "about", and counts and ordinals ("two", "first"), only ever
 * join such a word: "two weeks", "the first quarter", "May fifth".
 */
static int
is_trigger(const struct lex *l)
{
	static const int alone[] = { G_NOW, G_TONIGHT, G_NOON, G_MIDNIGHT,
	    G_RECENT, G_CURRENT, G_PRESENT, G_MOMENT, G_PAST, G_PERIOD,
	    G_LATEST, G_FY, G_Q, G_H, G_THOUSAND, G_HALF, G_KLAST, G_KTHIS,
	    G_KNEXT, G_KAGO, G_TERM, G_KCOMING, G_KH1, G_KH2, G_KSAMEDAY,
	    G_KDAYBEFORE, G_KDAYAFTER, G_CLOCK, 0 };

	return l->month || l->wday || (l->num >= 11 && l->num <= 20) ||
	    l->unit || l->season || l->part || l->ref || l->set || l->relu ||
	    l->reln || l->dec || gram_in(l->gram, alone);
}

/*
 * Marks the first words of holidays as triggers, unless a later word of
 * each holiday they start is one ("day" of "Labor Day"), so that "new"
 * and "good" do not wake the scanner where "Friday" would anyway.
 */
static void
mark_hol_triggers(struct wire_timex_ctx *cx)
{
	const struct hol *ho;
	int i, k;

	for (i = 0; i < cx->nhol; i++) {
		ho = &cx->hol[i];
		for (k = 1; k < ho->n; k++)
			if (cx->lex[ho->w[k]].trig)
				break;
		if (k >= ho->n && ho->n > 0)
			cx->lex[ho->w[0]].trig = 1;
	}
}

/*
 * Builds a context from len bytes of lexicon data; returns it, or NULL with
 * a message in err.  The caller frees it with wire_timex_free().
 */
struct wire_timex_ctx *
wire_timex_new(const char *data, size_t len, char *err, size_t errlen)
{
	struct wire_timex_ctx *cx;
	char line[LINE_MAX_DATA];
	const char *p, *end, *nl, *why;
	size_t i, n, lineno = 0;
	unsigned int b;
	int k;

	if ((cx = calloc(1, sizeof(*cx))) == NULL) {
		snprintf(err, errlen, "%s", strerror(errno));
		return NULL;
	}
	for (i = 0; i < sizeof(grammar) / sizeof(grammar[0]); i++) {
		k = lex_add(cx, grammar[i].w, strlen(grammar[i].w));
		if (k >= 0 && cx->lex[k].gram == 0)
			cx->lex[k].gram = (unsigned char)grammar[i].g;
	}
	for (p = data, end = data + len; p < end; p = nl + 1) {
		lineno++;
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		n = (size_t)(nl - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n >= sizeof(line) || memchr(p, '\0', n) != NULL) {
			snprintf(err, errlen, "line %zu: too long or binary", lineno);
			goto fail;
		}
		memcpy(line, p, n);
		line[n] = '\0';
		why = "";
		if (load_line(cx, line, &why) < 0) {
			snprintf(err, errlen, "line %zu: %s", lineno, why);
			goto fail;
		}
	}
	mark_abbrevs(cx);
	for (k = 0; k < cx->nlex; k++) {
		cx->lex[k].start = start_mask(&cx->lex[k]);
		cx->lex[k].trig = is_trigger(&cx->lex[k]);
	}
	mark_hol_triggers(cx);
	for (k = 0; k < cx->nlex; k++) {
		/* Hangul and Chinese words are found by their lead byte */
		if (!is_alpha((unsigned char)cx->lex[k].w[0]))
			continue;
		b = KEY_BIT(word_key((const unsigned char *)cx->lex[k].w,
		    cx->lex[k].wl, WORD_MAX));
		cx->lexbits[b / 64] |= (uint64_t)1 << (b % 64);
		if (cx->lex[k].trig)
			cx->trigbits[b / 64] |= (uint64_t)1 << (b % 64);
	}
	for (k = 0; k < 256; k++)
		cx->bytecls[k] = is_alpha(k) ? B_ALPHA : is_digit(k) ||
		    (k >= 0xE3 && k <= 0xEF) || (k >= 0xC3 && k <= 0xD1) ?
		    B_TRIGGER : B_OTHER;
	return cx;
fail:
	free(cx);
	return NULL;
}

/*
 * Loads the lexicon file at path; returns a context, or NULL with a message
 * in err.  The caller frees it with wire_timex_free().
 */
struct wire_timex_ctx *
wire_timex_load(const char *path, char *err, size_t errlen)
{
	struct wire_timex_ctx *cx;
	struct wire_buf b = { NULL, 0, 0, (size_t)1 << 20, 0 };
	char chunk[8192], sub[200];
	size_t n;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		wire_buf_add(&b, chunk, n);
	if (ferror(fp) || b.full) {
		snprintf(err, errlen, "%s: %s", path,
		    b.full ? "too big" : strerror(errno));
		fclose(fp);
		wire_buf_free(&b);
		return NULL;
	}
	fclose(fp);
	cx = wire_timex_new(b.p != NULL ? b.p : "", b.len, sub, sizeof(sub));
	if (cx == NULL)
		snprintf(err, errlen, "%s: %s", path, sub);
	wire_buf_free(&b);
	return cx;
}

/* Frees a context made by wire_timex_new() or wire_timex_load(). */
void
wire_timex_free(struct wire_timex_ctx *cx)
{
	free(cx);
}

/* Sets up doc for a document with reference date y-m-d (y 0: unknown). */
void
wire_timex_doc_init(struct wire_timex_doc *doc, int y, int m, int d)
{
	memset(doc, 0, sizeof(*doc));
	if (valid_date(y, m, d)) {
		doc->ry = y;
		doc->rm = m;
		doc->rd = d;
	}
	doc->order = WIRE_TX_MDY;
}

/* Returns the name of a modifier (enum wire_timex_mod), a static string,
 * or NULL for none. */
const char *
wire_timex_mod_name(int mod)
{
	static const char *const names[] = { NULL, "START", "MID", "END",
	    "APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS",
	    "EQUAL_OR_MORE", "BEFORE", "AFTER", "ON_OR_BEFORE",
	    "ON_OR_AFTER" };

	if (mod < 0 || (size_t)mod >= sizeof(names) / sizeof(names[0]))
		return NULL;
	return names[mod];
}

/* Returns the name of a type (enum wire_timex_type); a static string. */
const char *
wire_timex_type_name(int type)
{
	switch (type) {
	case WIRE_TX_TIME:
		return "TIME";
	case WIRE_TX_DURATION:
		return "DURATION";
	case WIRE_TX_SET:
		return "SET";
	default:
		return "DATE";
	}
}

/* ---------------------------------------------------------------- tokens */

#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR	1	/* bytes eight at a time, the first found by ctz */
#endif

/* The top bits of the bytes of w that are ASCII letters, in any case. */
static inline uint64_t
alpha8(uint64_t w)
{
	return wire_bytes_in8(w | WIRE_ONES8 * 0x20, 'a', 'z');
}

/*
 * The end of the run of ASCII letters at s + p (len bytes in s).  Words
 * end at lengths no branch predicts, so they are measured eight bytes at a
 * time.
 */
static inline size_t
word_end(const struct wire_timex_ctx *cx, const unsigned char *s, size_t p,
    size_t len)
{
#ifdef SWAR
	uint64_t w, other;

	while (p + 8 <= len) {
		memcpy(&w, s + p, 8);
		if ((other = ~alpha8(w) & WIRE_HIGHS8) != 0)
			return p + (size_t)__builtin_ctzll(other) / 8;
		p += 8;
	}
#endif
	while (p < len && cx->bytecls[s[p]] == B_ALPHA)
		p++;
	return p;
}

/*
 * The start of the run of ASCII letters that ends at s + p, found
 * backwards eight bytes at a time as word_end() finds an end.
 */
static inline size_t
word_start(const struct wire_timex_ctx *cx, const unsigned char *s, size_t p)
{
#ifdef SWAR
	uint64_t w, other;

	while (p >= 8) {
		memcpy(&w, s + p - 8, 8);
		if ((other = ~alpha8(w) & WIRE_HIGHS8) != 0)
			return p - 8 + (size_t)(63 - __builtin_clzll(other)) / 8 +
			    1;
		p -= 8;
	}
#endif
	while (p > 0 && cx->bytecls[s[p - 1]] == B_ALPHA)
		p--;
	return p;
}

/*
 * The lexicon index of the n < WORD_MAX ASCII letters at w, in any case,
 * or -1, given their word_fold() fold and its fold_key() key: the words
 * the filters let through are compared with the lexicon's, which are
 * lower case, eight letters at once and the rest a letter at a time.
 */
static int
lex_word(const struct wire_timex_ctx *cx, const unsigned char *w, size_t n,
    uint64_t fold, uint64_t key)
{
	const struct lex *l;
	uint32_t h = KEY_SLOT(key);
	size_t i, j;
	int k;

	for (i = 0; i < LEX_SLOTS; i++) {
		if ((k = cx->slot[(h + i) & (LEX_SLOTS - 1)]) == 0)
			return -1;
		l = &cx->lex[k - 1];
		if (l->wl != n || l->w8 != fold)
			continue;
		for (j = 8; j < n && (w[j] | 0x20) == (unsigned char)l->w[j];
		    j++)
			;
		if (j >= n)
			return k - 1;
	}
	return -1;
}

/*
 * Whether one of the n ASCII letters at w (avail >= n bytes readable) is
 * lower case, which for a letter is its 0x20 bit.
 */
static inline int
has_lower(const unsigned char *w, size_t n, size_t avail)
{
	unsigned char acc = 0;
	size_t i;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t k;

	if (n < 8 && avail >= 8) {
		memcpy(&k, w, 8);
		return (k & (((uint64_t)1 << (8 * n)) - 1) & WIRE_ONES8 * 0x20) != 0;
	}
#endif
	for (i = 0; i < n; i++)
		acc |= w[i];
	return (acc & 0x20) != 0;
}

/*
 * The bytes of the longest Korean particle of the lexicon ending the
 * Hangul word w of n bytes with a syllable or more before it, or 0.
 */
static size_t
ko_particle(const struct wire_timex_ctx *cx, const char *w, size_t n)
{
	size_t best = 0, pl;
	int k;

	for (k = 0; k < cx->nptcl; k++) {
		pl = cx->ptcllen[k];
		if (pl > best && pl + 3 <= n &&
		    memcmp(w + n - pl, cx->ptcl[k], pl) == 0)
			best = pl;
	}
	return best;
}

/* Length of a Unicode space at s (0 when none); *nl set for line breaks. */
static size_t
uspace(const char *s, size_t n, int *nl)
{
	const unsigned char *u = (const unsigned char *)s;

	*nl = 0;
	if (u[0] == ' ' || u[0] == '\t' || u[0] == '\r' || u[0] == '\f' ||
	    u[0] == '\v')
		return 1;
	if (u[0] == '\n') {
		*nl = 1;
		return 1;
	}
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
	    (u[2] <= 0x8A || u[2] == 0xAF))
		return 3;
	if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xA8 ||
	    u[2] == 0xA9)) {
		*nl = 1;
		return 3;
	}
	if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80)
		return 3;
	return 0;
}

/* The value of the full-width digit (U+FF10 to U+FF19) at byte p of u
 * (len bytes) plus one, or 0 when there is none. */
static inline int
fw_digit(const unsigned char *u, size_t p, size_t len)
{
	int c = wire_fullwidth_ascii(u + p, len - p);

	return c >= '0' && c <= '9' ? c - '0' + 1 : 0;
}

static int	char3_in(const char *, const char *);

/*
 * Whether the character before byte e of s (len bytes) is "日" that stands
 * for Japan with the one after it: "日本" (Japan), "日銀" (its central
 * bank), "日米", "日韓", "日朝", "日露" (its ties), "日経"; no day ("同日本",
 * "上周日本", "前日銀総裁").
 */
static int
japan_at(const char *s, size_t e, size_t len)
{
	/* 本 銀 米 韓 韩 朝 露 経 */
	static const char after[] = "\xe6\x9c\xac\xe9\x8a\x80\xe7\xb1\xb3"
	    "\xe9\x9f\x93\xe9\x9f\xa9\xe6\x9c\x9d\xe9\x9c\xb2"
	    "\xe7\xb5\x8c";

	return e >= 3 && e + 3 <= len && memcmp(s + e - 3, "\xe6\x97\xa5",
	    3) == 0 && char3_in(s + e, after) > 0;
}

/* The most characters of a Chinese or Japanese word of the lexicon. */
#define CJK_LONGEST	4

/* Japanese particles that may follow a word written in hiragana. */
#define KANA_PARTICLES	"\xe3\x81\xaf\xe3\x81\xae\xe3\x81\xab\xe3\x82\x82" \
	    "\xe3\x81\xa7\xe3\x82\x92\xe3\x81\x8c\xe3\x81\xb8" \
	    "\xe3\x81\xa8"

/* Whether the 3 bytes at s (of avail or more) are one hiragana. */
static int
hiragana_at(const char *s, size_t avail)
{
	uint32_t cp;

	return avail >= 3 && wire_utf8_decode(s, avail, &cp) == 3 &&
	    cp >= 0x3041 && cp <= 0x309F;
}

/* Whether the len bytes at s hold a hiragana or katakana: Japanese. */
static int
has_kana(const char *s, size_t len)
{
	const char *p = s, *e = s + len;

	/* U+3041 to U+30FF are E3 81 81 to E3 83 BF */
	while ((p = memchr(p, 0xE3, (size_t)(e - p))) != NULL && e - p >= 3) {
		if ((unsigned char)p[1] >= 0x81 && (unsigned char)p[1] <= 0x83 &&
		    !((unsigned char)p[1] == 0x81 && (unsigned char)p[2] < 0x81))
			return 1;
		p++;
	}
	return 0;
}

/*
 * Where the character of 3 bytes at c stands in set (characters of 3
 * bytes each): 1 for the first, or 0 when it is none of them.
 */
static int
char3_in(const char *c, const char *set)
{
	size_t j;

	for (j = 0; set[j] != '\0'; j += 3)
		if (memcmp(&set[j], c, 3) == 0)
			return (int)(j / 3) + 1;
	return 0;
}

/* Whether the hiragana at s (3 bytes) is a particle of KANA_PARTICLES. */
static int
particle_at(const char *s)
{
	return char3_in(s, KANA_PARTICLES) > 0;
}

/*
 * Whether the word of hiragana from byte p to e of s (len bytes) stands
 * apart: no hiragana before it, and none after it but a particle ("きょうは",
 * "あすから"); "きょうだい" (siblings) and "あすか" hold no day.
 */
static int
kana_apart(const char *s, size_t p, size_t e, size_t len)
{
	/* before it, a particle after a word of other script ("政府は") */
	if (p >= 3 && hiragana_at(s + p - 3, len - p + 3) &&
	    (!particle_at(s + p - 3) || (p >= 6 &&
	    hiragana_at(s + p - 6, len - p + 6))))
		return 0;
	if (!hiragana_at(s + e, len - e) ||
	    (e + 6 <= len && (memcmp(s + e, "\xe3\x81\x8b\xe3\x82\x89", 6) == 0 ||
	    memcmp(s + e, "\xe3\x81\xbe\xe3\x81\xa7", 6) == 0)))
		return 1;
	return particle_at(s + e);
}

/*
 * The word of Chinese characters or kana at byte p of s (len bytes,
 * the first a character of is_cjk()): the longest of the lexicon's that
 * starts there, its index in *lex; else that one character, *lex -1 or
 * its index.  Returns the byte after the word.
 */
static size_t
cjk_word(const struct wire_timex_ctx *cx, const char *s, size_t p,
    size_t len, short *lex)
{
	size_t end[CJK_LONGEST], q = p, k;
	uint32_t cp;
	int n = 0, i;

	while (n < CJK_LONGEST && q < len &&
	    (k = wire_utf8_decode(s + q, len - q, &cp)) > 0 && is_cjk(cp)) {
		q += k;
		end[n++] = q;
	}
	for (i = n; i > 1; i--)
		if (!japan_at(s, end[i - 1], len) &&
		    (*lex = (short)lex_find(cx, s + p, end[i - 1] - p)) >= 0 &&
		    (!hiragana_at(s + p, len - p) ||
		    kana_apart(s, p, end[i - 1], len)))
			return end[i - 1];
	*lex = (short)lex_find(cx, s + p, end[0] - p);
	return end[0];
}

/* Chinese and Japanese words of dates. */
#define CJ_YEAR		"\xe5\xb9\xb4"	/* nian, nen */
#define CJ_QUARTER	"\xe5\xad\xa3\xe5\xba\xa6"	/* jidu: quarter */
#define CJ_MONTH	"\xe6\x9c\x88"	/* yue, gatsu */
#define CJ_DAY		"\xe6\x97\xa5"	/* ri, nichi */
#define CJ_HAO		"\xe5\x8f\xb7"	/* hao, the day in speech */
#define CJ_GAN		"\xe5\x85\x83"	/* gan: the first ("元年") */
#define CJ_SHI		"\xe6\x97\xb6"		/* shi: o'clock */
#define CJ_SHI_T	"\xe6\x99\x82"		/* shi, ji (Japanese) */
#define CJ_FEN		"\xe5\x88\x86"		/* fen, fun: minutes */
#define CJ_QIAN		"\xe5\x89\x8d"	/* qian, mae: ago */
#define CJ_HOU		"\xe5\x90\x8e"	/* hou: later */
#define CJ_HOU_T	"\xe5\xbe\x8c"	/* hou, go: later */
#define CJ_LIANG	"\xe4\xb8\xa4"	/* liang: two */
#define CJ_LIANG_T	"\xe5\x85\xa9"	/* liang, traditional */
#define CJ_ONE		"\xe4\xb8\x80"	/* yi: one */
#define CJ_DI		"\xe7\xac\xac"	/* di: the nth */
#define CJ_LAI		"\xe6\x9d\xa5"	/* lai: in the past (span) */
#define CJ_LAI_T	"\xe4\xbe\x86"	/* lai, traditional */
#define CJ_UPDOWN	"\xe4\xb8\x8a\xe4\xb8\x8b"	/* shang xia */
#define CJ_GE		"\xe9\x9a\x94"	/* ge: apart (a gap) */
#define CJ_BURI		"\xe3\x81\xb6\xe3\x82\x8a"	/* buri: after a gap */

/* Chinese and Japanese counters after a number: a character, and the
 * next when the counter has two; the unit; and whether a count alone is
 * a span of time ("3天") or needs a mark after it ("3年前", "3日間"). */
static const struct {
	const char	*w, *w2;
	int		 u, bare;
} cjk_units[] = {
	{ "\xe5\xa4\xa9", NULL, U_DAY, 1 },			/* tian */
	{ CJ_DAY, NULL, U_DAY, 0 },				/* ri, nichi */
	{ "\xe5\x91\xa8", NULL, U_WEEK, 1 },			/* zhou */
	{ "\xe9\x80\xb1", NULL, U_WEEK, 1 },			/* shu */
	{ "\xe4\xb8\xaa", CJ_MONTH, U_MONTH, 1 },		/* ge yue */
	{ "\xe5\x80\x8b", CJ_MONTH, U_MONTH, 1 },		/* ge yue */
	{ "\xe3\x81\x8b", CJ_MONTH, U_MONTH, 1 },		/* ka getsu */
	{ "\xe3\x83\xb6", CJ_MONTH, U_MONTH, 1 },		/* ke getsu */
	{ "\xe3\x82\xab", CJ_MONTH, U_MONTH, 1 },		/* ka getsu */
	{ CJ_YEAR, NULL, U_YEAR, 0 },				/* nian, nen */
	{ "\xe5\xb0\x8f", CJ_SHI, U_HOUR, 1 },		/* xiaoshi */
	{ "\xe5\xb0\x8f", CJ_SHI_T, U_HOUR, 1 },		/* xiaoshi */
	{ CJ_SHI_T, NULL, U_HOUR, 0 },				/* ji */
	{ CJ_FEN, "\xe9\x92\x9f", U_MIN, 1 },			/* fenzhong */
	{ CJ_FEN, "\xe9\x90\x98", U_MIN, 1 },			/* fenzhong */
	{ CJ_FEN, NULL, U_MIN, 0 },				/* fun */
	{ CJ_MONTH, NULL, U_MONTH, 0 }	/* yue, after "数" ("数月前"): a
					 * number before it is a month */
};

#define CJ_NUNITS	(sizeof(cjk_units) / sizeof(cjk_units[0]))

/*
 * The index in cjk_units[] of the counter at byte q of s (len bytes), or
 * -1.
 */
static int
cjk_unit_at(const char *s, size_t q, size_t len)
{
	size_t j;

	for (j = 0; j < CJ_NUNITS; j++)
		if (q + 3 <= len && memcmp(s + q, cjk_units[j].w, 3) == 0 &&
		    (cjk_units[j].w2 == NULL || (q + 6 <= len &&
		    memcmp(s + q + 3, cjk_units[j].w2, 3) == 0)))
			return (int)j;
	return -1;
}

/* The value of the Chinese numeral cp, 10 for "十", or -1. */
static inline int
cjk_digit(uint32_t cp)
{
	switch (cp) {
	case 0x3007:	/* 〇 */
	case 0x96F6:	/* 零 */
		return 0;
	case 0x4E00:
		return 1;
	case 0x4E8C:
		return 2;
	case 0x4E09:
		return 3;
	case 0x56DB:
		return 4;
	case 0x4E94:
		return 5;
	case 0x516D:
		return 6;
	case 0x4E03:
		return 7;
	case 0x516B:
		return 8;
	case 0x4E5D:
		return 9;
	case 0x5341:	/* 十 */
		return 10;
	default:
		return -1;
	}
}

/*
 * Whether the unit at byte q of s (len bytes), one of cjk_units[] j,
 * counts a number in Chinese numerals before it: a unit that makes a
 * span alone ("三天", "两个月"), or one that needs a mark ("三年前",
 * "五日後", "十年来", "三時間"; "十分", very, and "一時", for a while, are
 * no times).
 */
static int
cjk_counts(const char *s, size_t q, size_t len, int j)
{
	static const char marks[] = CJ_QIAN CJ_HOU CJ_HOU_T
	    "\xe9\x97\xb4\xe9\x96\x93\xe6\x9d\xa5\xe4\xbe\x86";
	static const char joins[] = "\xe4\xbb\xa5\xe4\xb9\x8b"; /* 以 之 */
	const char *e = s + len;

	if (cjk_units[j].bare)
		return 1;
	if (cjk_units[j].u == U_MONTH && cjk_units[j].w2 == NULL)
		return 0;	/* "两月": "两个月" is two months */
	s += q + 3 + (cjk_units[j].w2 != NULL ? 3 : 0);
	if (e - s >= 6 && char3_in(s, joins) > 0)
		s += 3;	/* "以后", "之後" */
	return e - s >= 3 && char3_in(s, marks) > 0;
}

/*
 * A number in Chinese numerals at byte p of s (len bytes) that a date
 * counter or a unit follows: a year of four digits before "年"
 * ("二〇二四年"), a month before "月" ("十二月"), a day before "日" or
 * "号" right after "月" ("十二月四日"; "一日" alone is as often "one day"),
 * a quarter ("三季度"), or a count of a unit (see cjk_counts(); "两" is two
 * there).  Stores its value in *v and its digits in *nd; returns the byte
 * after it, or p.
 */
static size_t
cjk_numeral(const char *s, size_t p, size_t len, long *v, int *nd)
{
	long val = 0, tens = -1;
	size_t q = p;
	uint32_t cp;
	int n = 0, dg, j;

	if (p + 3 <= len && (memcmp(s + p, CJ_LIANG, 3) == 0 ||
	    memcmp(s + p, CJ_LIANG_T, 3) == 0)) {
		/* "两天", "兩週": two, before a unit only */
		*v = 2;
		*nd = 1;
		return (j = cjk_unit_at(s, p + 3, len)) >= 0 &&
		    cjk_counts(s, p + 3, len, j) ? p + 3 : p;
	}
	while (n < 8 && wire_utf8_decode(s + q, len - q, &cp) == 3 &&
	    (dg = cjk_digit(cp)) >= 0) {
		if (dg == 10) {
			/* "十二" twelve, "二十" twenty, "二十四" */
			if (tens >= 0 || val > 9)
				return p;
			tens = n == 0 ? 1 : val;
			val = 0;
		} else
			val = val * 10 + dg;
		n++;
		q += 3;
	}
	if (n == 0 || q + 3 > len)
		return p;
	if (tens >= 0) {
		if (val > 9)
			return p;
		val += tens * 10;
	}
	*v = val;
	*nd = tens >= 0 ? 2 : n;
	if (memcmp(s + q, CJ_MONTH, 3) == 0)
		return val >= 1 && val <= 12 ? q : p;
	if ((memcmp(s + q, CJ_DAY, 3) == 0 || memcmp(s + q, CJ_HAO, 3) == 0) &&
	    val >= 1 && val <= 31 && p >= 3 &&
	    memcmp(s + p - 3, CJ_MONTH, 3) == 0)
		return q;
	if (memcmp(s + q, CJ_YEAR, 3) == 0 && tens < 0 && n == 4)
		return q;
	/* "三季度": a quarter */
	if (q + 6 <= len && memcmp(s + q, CJ_QUARTER, 6) == 0)
		return val >= 1 && val <= 4 && tens < 0 ? q : p;
	if ((n == 1 || tens >= 0) && (j = cjk_unit_at(s, q, len)) >= 0 &&
	    cjk_counts(s, q, len, j))
		return q;
	return p;
}

/* Reads the token at sc->pos into t and moves sc->pos past it. */
static void
next_token(struct scan *sc, struct tok *t)
{
	const char *s = sc->text;
	const unsigned char *u = (const unsigned char *)s;
	char buf[WORD_MAX];
	size_t p = sc->pos, k, n, q;
	uint64_t fold, key;
	uint32_t cp;
	int nl;

	*t = none_tok;
	/* printable ASCII, the usual next byte, is no space of uspace() */
	while (p < sc->len && (s[p] == ' ' ? (k = 1, nl = 0, 1) :
	    !(u[p] > ' ' && u[p] < 0x80) &&
	    (k = uspace(s + p, sc->len - p, &nl)) > 0)) {
		if (t->sp < 1)
			t->sp = 1;
		if (nl)
			t->sp = 2;
		p += k;
	}
	t->s = p;
	if (p >= sc->len) {
		t->kind = K_EOF;
		t->e = p;
		sc->pos = p;
		return;
	}
	if (is_alpha((unsigned char)s[p])) {
		t->kind = K_WORD;
		t->upper = s[p] >= 'A' && s[p] <= 'Z';
		q = p;
		p = word_end(sc->cx, u, p, sc->len);
		n = p - q;
		t->allcap = !has_lower(u + q, n, sc->len - q);
		if (p < sc->len && u[p] >= 0xC3 && latin_at(u, p, sc->len)) {
			/* a word with accents ("März", "Maître"), whole */
			p = latin_word(u, q, sc->len, buf, &n);
			t->lex = (short)lex_find(sc->cx, buf, n);
		} else {
			/* the filter passes over most words unprobed */
			fold = word_fold(u + q, n, sc->len - q);
			key = fold_key(fold, n);
			if (n < WORD_MAX && filter_has(sc->cx->lexbits,
			    KEY_BIT(key)))
				t->lex = (short)lex_word(sc->cx, u + q, n,
				    fold, key);
		}
		if (t->lex >= 0 && sc->cx->lex[t->lex].noun)
			t->upper = 0;
	} else if (is_digit((unsigned char)s[p]) ||
	    fw_digit(u, p, sc->len) > 0) {
		/* ASCII digits, or the full-width ones of Chinese and
		 * Japanese ("１２月４日"), three bytes each */
		t->kind = K_NUM;
		k = is_digit((unsigned char)s[p]) ? 1 : 3;
		for (n = 0; p < sc->len && (k == 1 ?
		    is_digit((unsigned char)s[p]) : fw_digit(u, p, sc->len) > 0);
		    p += k) {
			if (t->num < 100000000L)
				t->num = t->num * 10 + (k == 1 ? s[p] - '0' :
				    u[p + 2] - 0x90);
			n++;
		}
		t->ndig = n > 255 ? 255 : (unsigned char)n;
	} else if (u[p] >= 0xC3 && u[p] <= 0xC9 && latin_at(u, p, sc->len)) {
		/* a word that opens with an accent ("Übermorgen", "Élysée") */
		t->kind = K_WORD;
		t->upper = (unsigned char)wire_latin1_capital(u + p);
		q = p;
		p = latin_word(u, q, sc->len, buf, &n);
		t->allcap = !has_lower(u + q, p - q, sc->len - q);
		t->lex = (short)lex_find(sc->cx, buf, n);
	} else if ((unsigned char)s[p] >= 0x80 &&
	    (k = wire_utf8_decode(s + p, sc->len - p, &cp)) > 0 &&
	    is_hangul(cp)) {
		t->kind = K_WORD;
		t->hangul = 1;
		n = 0;
		while (p < sc->len &&
		    (k = wire_utf8_decode(s + p, sc->len - p, &cp)) > 0 &&
		    is_hangul(cp)) {
			if (n + k < WORD_MAX)
				memcpy(buf + n, s + p, k);
			n += k;
			p += k;
		}
		t->lex = (short)lex_find(sc->cx, buf, n);
		if (t->lex < 0 && n < WORD_MAX) {
			/* "어제는", "4일부터": a word and its particle */
			t->tail = (unsigned char)ko_particle(sc->cx, buf, n);
			if (t->tail > 0)
				t->lex = (short)lex_find(sc->cx, buf, n - t->tail);
		}
	} else if ((unsigned char)s[p] >= 0xE3 &&
	    wire_utf8_decode(s + p, sc->len - p, &cp) > 0 && is_cjk(cp)) {
		if ((cjk_digit(cp) > 0 || cp == 0x4E24 || cp == 0x5169) &&
		    (q = cjk_numeral(s, p, sc->len, &t->num, &nl)) > p) {
			/* a date's number in Chinese numerals ("十二月"),
			 * which no zero opens, or a count ("两天") */
			t->kind = K_NUM;
			t->ndig = (unsigned char)nl;
			p = q;
		} else {
			/* no spaces: a word of the lexicon, or one
			 * character */
			t->kind = K_WORD;
			t->cjk = 1;
			p = cjk_word(sc->cx, s, p, sc->len, &t->lex);
		}
	} else if (((unsigned char)s[p] & 0xFE) == 0xD0 &&
	    wire_utf8_decode(s + p, sc->len - p, &cp) == 2 && is_cyr(cp)) {
		/* a Russian word, lowered for the lexicon ("Декабря") */
		t->kind = K_WORD;
		t->cyr = 1;
		t->upper = cp < 0x0430;
		n = 0;
		while (p < sc->len &&
		    (k = wire_utf8_decode(s + p, sc->len - p, &cp)) == 2 &&
		    is_cyr(cp)) {
			n = cyr_lower(buf, n, cp);
			p += k;
		}
		t->lex = (short)lex_find(sc->cx, buf, n);
	} else if ((unsigned char)s[p] >= 0x80) {
		t->kind = K_PUNCT;
		k = wire_utf8_decode(s + p, sc->len - p, &cp);
		if (k == 0) {
			k = 1;	/* a stray byte: cp is not set */
			cp = 0xFFFD;
		}
		/* curly apostrophes and dashes act as their ASCII kin */
		if (cp == 0x2019 || cp == 0x2018)
			t->c = '\'';
		else if (cp == 0x2013 || cp == 0x2014)
			t->c = '-';
		else
			t->c = 'U';
		p += k;
	} else {
		t->kind = K_PUNCT;
		t->c = s[p++];
	}
	t->e = p;
	sc->pos = p;
}

/* Makes tokens up to i; the none token when i is out of reach. */
static const struct tok *
T_fill(struct scan *sc, size_t i)
{
	while (i >= sc->nt) {
		if (sc->eof || i > sc->nt + RING / 2)
			return sc->eof ? &sc->ring[(sc->nt - 1) % RING] : &none_tok;
		next_token(sc, &sc->ring[sc->nt % RING]);
		if (sc->ring[sc->nt % RING].kind == K_EOF)
			sc->eof = 1;
		sc->nt++;
	}
	if (i + RING <= sc->nt)
		return &none_tok;
	return &sc->ring[i % RING];
}

/* Token i (absolute index); the none token when out of the window. */
static inline const struct tok *
T(struct scan *sc, size_t i)
{
	if (i < sc->nt && i + RING > sc->nt)
		return &sc->ring[i % RING];
	return T_fill(sc, i);
}

static inline const struct lex *
L(struct scan *sc, size_t i)
{
	const struct tok *t = T(sc, i);

	/* only words of the lexicon have a lex (none_tok's is -1) */
	return t->lex >= 0 ? &sc->cx->lex[t->lex] : NULL;
}

static inline int
G(struct scan *sc, size_t i)
{
	const struct lex *l = L(sc, i);

	return l != NULL ? l->gram : 0;
}

static inline int
P(struct scan *sc, size_t i, char c)
{
	const struct tok *t = T(sc, i);

	return t->kind == K_PUNCT && t->c == c;
}

/*
 * Whether the text is a headline in title case ("Treaty Takes Effect Next
 * Week"), where a capital is no sign of a name ("This Week", a show): a
 * short text of three or more words of four letters or more, all of them
 * capitalised but the prepositions that some styles keep low.  Read once
 * a text, and only when a capital would stop an expression.
 */
static int
headline(struct scan *sc)
{
	static const char *const low[] = { "with", "from", "into", "over",
	    "amid", "upon", "onto", "than", "that", "after", "about" };
	const char *s = sc->text;
	size_t p = 0, q, j, n = 0;

	if (sc->head != 0)
		return sc->head == 2;
	sc->head = 1;
	if (sc->len > 200)
		return 0;
	while (p < sc->len) {
		if (!is_alpha((unsigned char)s[p])) {
			p++;
			continue;
		}
		for (q = p; q < sc->len && is_alpha((unsigned char)s[q]); q++)
			;
		if (q - p >= 4 && !(s[p] >= 'A' && s[p] <= 'Z')) {
			for (j = 0; j < sizeof(low) / sizeof(low[0]); j++)
				if (strlen(low[j]) == q - p &&
				    memcmp(low[j], s + p, q - p) == 0)
					break;
			if (j == sizeof(low) / sizeof(low[0]))
				return 0;
		} else if (q - p >= 4)
			n++;
		p = q;
	}
	if (n >= 3)
		sc->head = 2;
	return n >= 3;
}

/* has_kana() of the text, read once. */
static int
text_kana(struct scan *sc)
{
	if (sc->kana == 0)
		sc->kana = has_kana(sc->text, sc->len) ? 2 : 1;
	return sc->kana == 2;
}

/* Whether token k is capitalised as a name is, not as a word of a
 * headline. */
static int
titled(struct scan *sc, size_t k)
{
	return T(sc, k)->upper && !headline(sc);
}

static int	para_break(struct scan *, size_t);

/*
 * Whether the relative word at k ("Today", "Future", "Now") is part of a
 * name: capitalised in running text right after another word, as in
 * "Russia Today", "the Future Strategists Hub" or "USA Today", where a
 * date word starting a sentence or a quote follows punctuation or
 * nothing, or opens a paragraph after a heading ("Restrictions\n\nTonight
 * at midnight").
 */
static int
in_name(struct scan *sc, size_t k)
{
	return k > 0 && titled(sc, k) && !T(sc, k)->allcap &&
	    T(sc, k - 1)->kind == K_WORD && !para_break(sc, k);
}

/* Token i follows token i-1 with no space between. */
static int
glued(struct scan *sc, size_t i)
{
	return T(sc, i)->sp == 0 && i > 0;
}

static int
is_num(struct scan *sc, size_t i)
{
	return T(sc, i)->kind == K_NUM;
}

static int
is_word(struct scan *sc, size_t i)
{
	return T(sc, i)->kind == K_WORD;
}

/*
 * Token i is the word w (lower case ASCII), in any case.  Inline, so that
 * the length of each word w given is known where it is called.
 */
static inline int
word_is(struct scan *sc, size_t i, const char *w)
{
	const struct tok *t = T(sc, i);
	size_t n = strlen(w), k;
	unsigned char c;

	if (t->kind != K_WORD || t->e - t->s != n)
		return 0;
	/* ASCII in either case; the bytes of other letters as they are
	 * ("\xc3\xa0", "à") */
	for (k = 0; k < n; k++) {
		c = (unsigned char)sc->text[t->s + k];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c != (unsigned char)w[k])
			return 0;
	}
	return 1;
}

/* Whether the word at i is one of the words of list, which NULL ends. */
static int
word_in(struct scan *sc, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (word_is(sc, i, *list))
			return 1;
	return 0;
}

/* ---------------------------------------------------------------- values */

/*
 * A value being written: the common values are put together by hand, as
 * printf would, which costs a fraction of parsing a format at every hit.
 * Room for any of them whole; val_done() cuts it to a hit's value.
 */
struct valbuf {
	char	b[64];
	size_t	n;
};

/* Appends the string s to v. */
static void
val_str(struct valbuf *v, const char *s)
{
	size_t n = strlen(s);

	memcpy(v->b + v->n, s, n);
	v->n += n;
}

/* Appends x to v as printf's "%0*ld" with width w would. */
static void
val_num(struct valbuf *v, long x, int w)
{
	char tmp[24], *p;
	size_t nd;
	int len;

	p = wire_fmt_digits(tmp + sizeof(tmp), x < 0 ?
	    0 - (unsigned long)x : (unsigned long)x);
	nd = (size_t)(tmp + sizeof(tmp) - p);
	len = (int)nd + (x < 0);
	if (x < 0)
		v->b[v->n++] = '-';	/* the zeros go after the sign */
	for (; len < w; len++)
		v->b[v->n++] = '0';
	memcpy(v->b + v->n, p, nd);
	v->n += nd;
}

/* Stores v as the value of h, cut as snprintf() would cut it. */
static void
val_done(struct hit *h, const struct valbuf *v)
{
	size_t n = v->n < sizeof(h->val) ? v->n : sizeof(h->val) - 1;

	memcpy(h->val, v->b, n);
	h->val[n] = '\0';
}

static void
put_day(struct hit *h, int y, int m, int d)
{
	struct valbuf v;

	v.n = 0;
	if (in_era(y)) {
		val_num(&v, y, 4);
		h->gran = GR_DAY;
		h->y = y;
		h->m = m;
		h->d = d;
	} else
		val_str(&v, "XXXX");
	val_str(&v, "-");
	val_num(&v, m, 2);
	val_str(&v, "-");
	val_num(&v, d, 2);
	val_done(h, &v);
	h->type = WIRE_TX_DATE;
}

static void
put_dayz(struct hit *h, long z)
{
	int y, m, d;

	civil_from_days(z, &y, &m, &d);
	put_day(h, y, m, d);
}

/* Brings *v into 1..per, carrying whole years into *y ("month 13"). */
static void
carry_year(int *y, int *v, int per)
{
	while (*v < 1) {
		*v += per;
		(*y)--;
	}
	while (*v > per) {
		*v -= per;
		(*y)++;
	}
}

static void
put_month(struct hit *h, int y, int m)
{
	struct valbuf v;

	v.n = 0;
	carry_year(&y, &m, 12);
	if (in_era(y)) {
		val_num(&v, y, 4);
		h->gran = GR_MONTH;
		h->y = y;
		h->m = m;
	} else
		val_str(&v, "XXXX");
	val_str(&v, "-");
	val_num(&v, m, 2);
	val_done(h, &v);
	h->type = WIRE_TX_DATE;
}

static void
put_year(struct hit *h, int y)
{
	struct valbuf v;

	v.n = 0;
	if (in_era(y)) {
		val_num(&v, y, 4);
		h->gran = GR_YEAR;
		h->y = y;
	} else
		val_str(&v, "XXXX");
	val_done(h, &v);
	h->type = WIRE_TX_DATE;
}

/*
 * The decade of year y into h ("199" for 1990); a year of two digits
 * ("'90s", "90-е", "90년대") is the last such decade up to the reference
 * year, or of the 1900s without one.
 */
static void
put_decade(struct scan *sc, struct hit *h, int y)
{
	if (y < 100)
		y += sc->doc->ry > 0 && 2000 + y <= sc->doc->ry ? 2000 : 1900;
	snprintf(h->val, sizeof(h->val), "%03d", y / 10);
	h->type = WIRE_TX_DATE;
}

static void
put_week(struct hit *h, long z, int weekend)
{
	struct valbuf v;
	int wy, wn;

	v.n = 0;
	iso_week(z, &wy, &wn);
	if (in_era(wy))
		val_num(&v, wy, 4);
	else
		val_str(&v, "XXXX");
	val_str(&v, "-W");
	val_num(&v, wn, 2);
	val_str(&v, weekend ? "-WE" : "");
	val_done(h, &v);
	h->gran = GR_WEEK;
	h->type = WIRE_TX_DATE;
}

static void
put_quarter(struct hit *h, int y, int q)
{
	struct valbuf v;

	v.n = 0;
	carry_year(&y, &q, 4);
	if (in_era(y)) {
		val_num(&v, y, 4);
		h->gran = GR_QUARTER;
		h->y = y;
		h->q = q;
	} else
		val_str(&v, "XXXX");
	val_str(&v, "-Q");
	val_num(&v, q, 0);
	val_done(h, &v);
	h->type = WIRE_TX_DATE;
}

/* Half year half (1 or 2) of year y, "XXXX" when y is unknown (0). */
static void
put_half(struct hit *h, int y, int half)
{
	if (y > 0)
		snprintf(h->val, sizeof(h->val), "%04d-H%d", y, half);
	else
		snprintf(h->val, sizeof(h->val), "XXXX-H%d", half);
	h->type = WIRE_TX_DATE;
}

static void
put_str(struct hit *h, int type, const char *s)
{
	size_t n = strlen(s);

	if (n >= sizeof(h->val))
		n = sizeof(h->val) - 1;
	memcpy(h->val, s, n);
	h->val[n] = '\0';
	h->type = type;
}

/* A duration of n units (n < 0: unknown amount, "PXY"). */
static void
put_dur(struct hit *h, long n, int u)
{
	const char *t = "", *c = "D";
	struct valbuf v;

	switch (u) {
	case U_SEC:
		t = "T";
		c = "S";
		break;
	case U_MIN:
		t = "T";
		c = "M";
		break;
	case U_HOUR:
		t = "T";
		c = "H";
		break;
	case U_WEEK:
		c = "W";
		break;
	case U_FORTNIGHT:
		c = "W";
		n = n < 0 ? n : n * 2;
		break;
	case U_MONTH:
		c = "M";
		break;
	case U_QUARTER:
		c = "Q";
		break;
	case U_YEAR:
		c = "Y";
		break;
	case U_DECADE:
		c = n < 0 ? "DE" : "Y";
		n = n < 0 ? n : n * 10;
		break;
	case U_CENTURY:
		c = n < 0 ? "C" : "Y";
		n = n < 0 ? n : n * 100;
		break;
	case U_WEEKEND:
		c = "D";
		n = n < 0 ? n : n * 2;
		break;
	}
	v.n = 0;
	val_str(&v, "P");
	val_str(&v, t);
	if (n < 0)
		val_str(&v, "X");
	else
		val_num(&v, n, 0);
	val_str(&v, c);
	val_done(h, &v);
	h->type = WIRE_TX_DURATION;
}

/*
 * A duration of n and a half units ("2 1/2 years" P2Y6M, "an hour and a
 * half" PT1H30M); units without a smaller one to hold the half keep n.
 */
static void
put_dur_half(struct hit *h, long n, int u)
{
	const char *f;

	switch (u) {
	case U_DECADE:
		n = n * 10 + 5;
		f = "P%ldY";
		break;
	case U_YEAR:
		f = "P%ldY6M";
		break;
	case U_MONTH:
		f = "P%ldM15D";
		break;
	case U_WEEK:
		n = n * 7 + 3;
		f = "P%ldDT12H";
		break;
	case U_DAY:
		f = "P%ldDT12H";
		break;
	case U_HOUR:
		f = "PT%ldH30M";
		break;
	case U_MIN:
		f = "PT%ldM30S";
		break;
	default:
		put_dur(h, n, u);
		return;
	}
	snprintf(h->val, sizeof(h->val), f, n);
	h->type = WIRE_TX_DURATION;
}

/* Reference day number; 0 when unknown. */
static long
refz(struct scan *sc)
{
	struct wire_timex_doc *d = sc->doc;

	return d->ry > 0 ? days_from_civil(d->ry, d->rm, d->rd) : 0;
}

/* The anchor of anaphora ("the previous day"): the last day mentioned. */
static long
anchorz(struct scan *sc)
{
	struct wire_timex_doc *d = sc->doc;

	if (d->dy > 0)
		return days_from_civil(d->dy, d->dm, d->dd);
	return refz(sc);
}

/*
 * The day of a clock time at token i that names none.  In a story told,
 * after a word that leads a bare hour ("The election was held on Sunday.
 * ... Polls closed at 22:30", "about 3 p.m.", "gegen 23:40 Uhr", "à
 * 14h30"), the last day mentioned, the day the report is about, when it
 * lies within TIME_NEAR days of the reference date; else the reference
 * date, as a day named long before ("born on May 5, 1950") is no day of
 * the news, nor of a time alone on its line (the stamps of a list of
 * links) or in a timetable ("Mo bis Fr: 9:00").
 */
#define TIME_NEAR	10

static int	clock_led(int);
static int	hour_led(struct scan *, size_t);

static long
time_anchor(struct scan *sc, size_t i)
{
	long r = refz(sc), a = anchorz(sc);

	if (r == 0 || a - r > TIME_NEAR || r - a > TIME_NEAR || i == 0 ||
	    (i >= 2 && is_num(sc, i - 2)))	/* "9.30 bis 17.30 Uhr" */
		return r;
	return clock_led(G(sc, i - 1)) || word_is(sc, i - 1, "gegen") ||
	    word_is(sc, i - 1, "um") || hour_led(sc, i) ? a : r;
}

/* TimeML's codes of the seasons and the parts of a day, by the lexicon's
 * numbers. */
static const char *const season_code[] = { "", "SP", "SU", "FA", "WI" };
static const char *const part_code[] = { "", "MO", "AF", "EV", "NI" };

/* Makes the day of h a time: part (1 morning to 4 night) of that day
 * ("2024-12-06TMO"). */
static void
put_part(struct hit *h, int part)
{
	size_t o = strlen(h->val);

	snprintf(h->val + o, sizeof(h->val) - o, "T%s", part_code[part]);
	h->type = WIRE_TX_TIME;
}

/* A day n units from day z, at the unit's granularity. */
static void
put_shift(struct hit *h, long z, long n, int u)
{
	int y, m, d;

	if (z == 0) {
		put_str(h, WIRE_TX_DATE, n < 0 ? "PAST_REF" : "FUTURE_REF");
		return;
	}
	civil_from_days(z, &y, &m, &d);
	switch (u) {
	case U_SEC:
	case U_MIN:
	case U_HOUR:
		put_dayz(h, z);
		break;
	case U_DAY:
		put_dayz(h, z + n);
		break;
	case U_WEEK:
	case U_FORTNIGHT:
		put_week(h, z + 7 * n * (u == U_FORTNIGHT ? 2 : 1), 0);
		break;
	case U_WEEKEND:
		put_week(h, z + 7 * n, 1);
		break;
	case U_MONTH:
		put_month(h, y, m + (int)n);
		break;
	case U_QUARTER:
		put_quarter(h, y, (m - 1) / 3 + 1 + (int)n);
		break;
	case U_YEAR:
		put_year(h, y + (int)n);
		break;
	case U_DECADE:
		snprintf(h->val, sizeof(h->val), "%03d", (y + (int)n * 10) / 10);
		h->type = WIRE_TX_DATE;
		break;
	default:
		snprintf(h->val, sizeof(h->val), "%02d", (y + (int)n * 100) / 100);
		h->type = WIRE_TX_DATE;
		break;
	}
}

/*
 * A count of n and a half units u ("1年半", "1년 반"): with mark -1 the day
 * so long ago, 1 so long after the reference day, 0 the span.  Fills h
 * but h->te.
 */
static void
put_half_count(struct hit *h, long z, long n, int u, int mark)
{
	if (mark == 0 || z == 0) {
		put_dur_half(h, n, u);
		if (mark != 0)
			put_str(h, WIRE_TX_DATE, mark < 0 ? "PAST_REF" :
			    "FUTURE_REF");
		return;
	}
	/* in the unit below: "1年半前" is 18 months ago */
	if (u == U_YEAR)
		put_shift(h, z, mark * (n * 12 + 6), U_MONTH);
	else if (u == U_MONTH)
		put_shift(h, z, mark * (n * 30 + 15), U_DAY);
	else if (u == U_HOUR && n < 23)
		put_dayz(h, z);
	else
		put_shift(h, z, mark * n, u);
}

/* ---------------------------------------------------------------- context */

/* The word at k ends a hyphenated adjective ("lower-than-expected"). */
static int
compound(struct scan *sc, size_t k)
{
	return k > 1 && P(sc, k - 1, '-') && glued(sc, k) && glued(sc, k - 1);
}

static int	clause_end(struct scan *, size_t);

/*
 * Whether the word at k is "would", "should" or such before "have": a
 * past that did not happen ("should have left on Friday"), where "will
 * have" looks ahead.
 */
static int
modal_perfect(struct scan *sc, size_t k)
{
	size_t j;

	if (G(sc, k) != G_FUT)
		return 0;
	if (word_is(sc, k, "soll") || word_is(sc, k, "sollen")) {
		/* "Putin soll am Montag gesagt haben": so it is told */
		for (j = k + 1; j < k + 16 && !clause_end(sc, j) &&
		    T(sc, j)->kind != K_EOF; j++)
			if (word_is(sc, j, "haben") || word_is(sc, j, "worden") ||
			    word_is(sc, j, "gewesen"))
				return 1;
		return 0;
	}
	return word_is(sc, k + 1, "have") && !word_is(sc, k, "will") &&
	    !word_is(sc, k, "shall") && !word_is(sc, k, "ll");
}

/*
 * Whether the n-byte word w is a Polish verb in the past, by its ending:
 * "-ił", "-ył", "-ął", "-ował" ("przedstawił", "zdecydował") and their
 * feminine in "-a" ("zrobiła").  Nouns end in "-ał" ("udział", "kwartał")
 * and "-ła" ("siła", "szkoła") too, so those endings alone say nothing.
 */
static inline int
pl_past(const char *w, size_t n)
{
	const unsigned char *u = (const unsigned char *)w;

	if (n >= 7 && u[n - 1] == 'a')
		n--;		/* "zrobiła" as "zrobił" */
	if (n < 5 || u[n - 2] != 0xC5 || u[n - 1] != 0x82)
		return 0;
	return u[n - 3] == 'i' || u[n - 3] == 'y' || (u[n - 4] == 0xC4 &&
	    u[n - 3] == 0x85) || (n >= 7 && memcmp(u + n - 5, "ow", 2) == 0 &&
	    u[n - 3] == 'a');
}

/* Whether the n-byte word u ends in the m bytes of e. */
static inline int
ends_in(const unsigned char *u, size_t n, const char *e, size_t m)
{
	return n > m && memcmp(u + n - m, e, m) == 0;
}

/* The kinds of Romance endings of a tense (see romance_ending()). */
enum { RE_NONE, RE_PRETERITE, RE_FR_PART, RE_IT_PART, RE_FUTURE };

/*
 * The Romance ending of a tense that the lower-case n-byte word u may
 * have: RE_PRETERITE, a Spanish or Portuguese verb in the past alone
 * ("visitó", "firmaron", "chegou", "assinaram"); RE_FR_PART and
 * RE_IT_PART, a French or Italian participle that needs its auxiliary
 * ("signé", "arrivée"; "firmato"); RE_FUTURE, a Spanish, Portuguese or
 * Italian verb in the future ("hará", "realizarán", "será", "sarà");
 * else RE_NONE.  Cheap, for tense_word().
 */
static inline int
romance_ending(const unsigned char *u, size_t n)
{
	if (n < 5)
		return RE_NONE;
	switch (u[n - 1]) {
	case 0xB3:	/* "-ó" */
		return u[n - 2] == 0xC3 ? RE_PRETERITE : RE_NONE;
	case 0xA1:	/* "-rá" */
	case 0xA0:	/* "-rà" */
		return u[n - 2] == 0xC3 && u[n - 3] == 'r' ? RE_FUTURE :
		    RE_NONE;
	case 0xA9:	/* "-é" */
		return u[n - 2] == 0xC3 ? RE_FR_PART : RE_NONE;
	case 'e':	/* "-ée"; "-ate", "-ite", "-ute" */
		if (ends_in(u, n, "\xc3\xa9\x65", 3))
			return RE_FR_PART;
		break;
	case 's':	/* "-és", "-ées" */
		return ends_in(u, n, "\xc3\xa9s", 3) || ends_in(u, n,
		    "\xc3\xa9\x65s", 4) ? RE_FR_PART : RE_NONE;
	case 'n':	/* "-aron", "-ieron"; "-rán" */
		if (ends_in(u, n, "r\xc3\xa1n", 4))
			return RE_FUTURE;
		return ends_in(u, n, "aron", 4) || ends_in(u, n, "ieron", 5) ?
		    RE_PRETERITE : RE_NONE;
	case 'm':	/* "-aram", "-eram", "-iram" */
		return ends_in(u, n, "ram", 3) && (u[n - 4] == 'a' ||
		    u[n - 4] == 'e' || u[n - 4] == 'i') ? RE_PRETERITE : RE_NONE;
	case 'u':	/* "-ou" */
		return u[n - 2] == 'o' && !ends_in(u, n, "estou", 5) ?
		    RE_PRETERITE : RE_NONE;
	case 'o':	/* "-ato", "-ita", "-uti" */
	case 'a':
	case 'i':
		break;
	default:
		return RE_NONE;
	}
	return ends_in(u, n - 1, "at", 2) || ends_in(u, n - 1, "it", 2) ||
	    ends_in(u, n - 1, "ut", 2) ? RE_IT_PART : RE_NONE;
}

/*
 * Whether the word at k is a Romance verb in the past: Spanish and
 * Portuguese by their endings ("visitó", "firmaron", "chegou",
 * "assinaram"), French and Italian participles after their auxiliary
 * ("a signé", "est arrivée", "ha firmato", "è arrivato"), where an English
 * word may end alike ("a candidate").
 */
static int
romance_past(struct scan *sc, size_t k)
{
	static const char *const fr[] = { "a", "ont", "est", "sont", "avait",
	    "avaient", "\xc3\xa9tait", "\xc3\xa9taient", "\xc3\xa9t\xc3\xa9",
	    NULL };
	static const char *const it[] = { "ha", "hanno", "\xc3\xa8", "sono",
	    "era", "erano", "aveva", "avevano", "stato", "stata", "stati",
	    "state", NULL };
	const struct tok *t = T(sc, k);

	if (t->upper)
		return 0;
	switch (romance_ending((const unsigned char *)sc->text + t->s,
	    t->e - t->s)) {
	case RE_PRETERITE:
		return 1;
	case RE_FR_PART:
		return word_in(sc, k - 1, fr);
	case RE_IT_PART:
		return word_in(sc, k - 1, it);
	}
	return 0;
}

/* Word k is a possessive determiner ("his", "their"). */
static int
possessive(struct scan *sc, size_t k)
{
	static const char *const pos[] = { "his", "her", "its", "their", "our",
	    "my", "your", NULL };

	return word_in(sc, k, pos);
}

/* Whether the "to" at k leads a noun ("pledged to the trust", "agreed to
 * a deal", "agreed to Kim's terms"), not a verb ("pledged to visit"). */
static int
noun_to(struct scan *sc, size_t k)
{
	return G(sc, k + 1) == G_THE || G(sc, k + 1) == G_A ||
	    possessive(sc, k + 1) || T(sc, k + 1)->upper;
}

/*
 * Whether the word at k marks the past: 2 for a sure sign ("said", "was",
 * "ago"), 1 for a likely one (a word ending in "-ed", which may be an
 * adjective), 0 for none.
 */
static int
past_word(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	const char *w = sc->text + t->s;
	size_t n = t->e - t->s;
	int g = G(sc, k);

	if (t->kind != K_WORD || t->hangul || g == G_FUT || compound(sc, k))
		return 0;
	if (g == G_AGO)
		return 2;
	/* "won the March primary"; "5,000 won" and "2 billion won" are
	 * money */
	if (g == G_COUNTNOUN && word_is(sc, k, "won"))
		return k > 0 && T(sc, k - 1)->kind == K_WORD &&
		    L(sc, k - 1) == NULL && !word_is(sc, k - 1, "million") &&
		    !word_is(sc, k - 1, "billion") &&
		    !word_is(sc, k - 1, "trillion") ? 2 : 0;
	if (g == G_PASTV) {
		/* "would be paid", "will have met", "is heard": not the
		 * past; "should have met" is */
		g = G(sc, k - 1);
		return g != G_BE && g != G_FUT && g != G_ISARE &&
		    !(G(sc, k - 2) == G_FUT && T(sc, k - 1)->kind == K_WORD &&
		    !modal_perfect(sc, k - 2)) ? 2 : 0;
	}
	if (g == G_FUTTO)
		return (G(sc, k + 1) != G_TO || noun_to(sc, k + 1)) &&
		    w[n - 1] == 'd';
	if (pl_past(w, n) || romance_past(sc, k))
		return 2;
	if (n >= 5 && w[n - 2] == 'e' && w[n - 1] == 'd' && !titled(sc, k)) {
		/* "will be held", "a planned visit", "is closed": not the
		 * past */
		g = G(sc, k - 1);
		return g != G_BE && g != G_A && g != G_THE && g != G_THIS &&
		    g != G_THAT && g != G_THESE && g != G_FUT && g != G_ISARE;
	}
	return 0;
}

/*
 * Whether the word at k is a verb in "-ing" that makes with "is" an
 * arrangement to come ("is visiting", "are meeting"); "is being" and
 * "is going" are other things.
 */
static int
ing_verb(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	const char *w = sc->text + t->s;
	size_t n = t->e - t->s;

	return t->kind == K_WORD && !t->upper && n >= 6 &&
	    memcmp(w + n - 3, "ing", 3) == 0 && L(sc, k) == NULL &&
	    !word_is(sc, k, "being") && !word_is(sc, k, "nothing") &&
	    !word_is(sc, k, "something") && !word_is(sc, k, "anything") &&
	    !word_is(sc, k, "everything");
}

/* Whether the word at k marks the future: "will", "plans to". */
static int
future_word(struct scan *sc, size_t k, int back)
{
	int g = G(sc, k);
	char c;

	if (compound(sc, k) || modal_perfect(sc, k))
		return 0;
	if (g == G_ISARE && G(sc, k + 1) == G_TO && is_word(sc, k + 2) &&
	    (L(sc, k + 2) == NULL || G(sc, k + 2) == G_BE))
		return 1;	/* "is to resume trading Tuesday", "is to be" */
	/* "votes" is a verb unless a determiner makes it a noun; "ends"
	 * is one of them too ("voting ends Sunday"), kept in G_ENDED for
	 * "the year ends Dec. 31" */
	if (g == G_FUTV || word_is(sc, k, "ends"))
		return k > 0 && G(sc, k - 1) != G_THE && G(sc, k - 1) != G_A &&
		    G(sc, k - 1) != G_THIS && G(sc, k - 1) != G_THESE &&
		    !possessive(sc, k - 1) && !is_num(sc, k - 1);
	/* "next to the embassy", "coming to power": no time */
	if (g == G_FUT || (back && (g == G_NEXT || g == G_COMING) &&
	    G(sc, k + 1) != G_TO))
		return 1;
	if (T(sc, k)->kind == K_WORD && !T(sc, k)->upper &&
	    romance_ending((const unsigned char *)sc->text + T(sc, k)->s,
	    T(sc, k)->e - T(sc, k)->s) == RE_FUTURE)
		return 1;	/* "se hará en junio" */
	if (g != G_FUTTO)
		return 0;
	/* "plans to", "is planned", "planned for" (but "plans for" is a
	 * noun's): a plan still to come */
	c = sc->text[T(sc, k)->e - 1];
	if (G(sc, k + 1) == G_TO && noun_to(sc, k + 1))
		return 0;
	return G(sc, k + 1) == G_TO || (k > 0 && G(sc, k - 1) == G_ISARE) ||
	    (G(sc, k + 1) == G_FOR && (c == 'd' || c == 't'));
}

/* A '.' between the digits of a figure ("85.7"): no sentence end. */
static int
decimal_point(struct scan *sc, size_t k)
{
	return k > 0 && is_num(sc, k - 1) && is_num(sc, k + 1) &&
	    glued(sc, k) && glued(sc, k + 1);
}

/* A '.' after an abbreviated month or weekday ("Sept. 30"): no end. */
static int
abbrev_dot(struct scan *sc, size_t k)
{
	const struct lex *l;

	return k > 0 && glued(sc, k) && (l = L(sc, k - 1)) != NULL &&
	    l->abbr && (l->month || l->wday);
}

/* A '.' after a single letter ("a.m.", "U.S."): an initial's, no end. */
static int
initial_dot(struct scan *sc, size_t k)
{
	const struct tok *t;

	if (k == 0 || !glued(sc, k))
		return 0;
	t = T(sc, k - 1);
	return t->kind == K_WORD && t->e - t->s == 1 && !t->hangul && !t->cjk;
}

/* Whether cp ends a sentence or a clause of its own ("。", "；"). */
static int
sentence_stop(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == ';' ||
	    cp == '\n' || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
	    cp == 0xFF1B;
}

/* The code point of a wide mark at token k ("。", "；"), or 0. */
static uint32_t
wide_mark(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	uint32_t cp;

	if (t->kind != K_PUNCT || t->c != 'U' ||
	    wire_utf8_decode(sc->text + t->s, t->e - t->s, &cp) == 0)
		return 0;
	return cp;
}

/*
 * Whether token k ends a sentence: '.' (not a decimal point, nor the dot
 * of an abbreviation or an initial), '!', '?', or their ideographic
 * kin ("。").
 */
static int
sentence_end(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	uint32_t cp;

	if (t->kind != K_PUNCT)
		return 0;
	if (t->c == 'U')	/* "。！？", not "；" */
		return (cp = wide_mark(sc, k)) > 0x7f && cp != 0xFF1B &&
		    sentence_stop(cp);
	return (t->c == '.' && !decimal_point(sc, k) && !abbrev_dot(sc, k) &&
	    !initial_dot(sc, k)) || t->c == '!' || t->c == '?';
}

/* Whether token k opens the text, a sentence or a clause after ';'. */
static int
opens_sentence(struct scan *sc, size_t k)
{
	return k == 0 || T(sc, k)->sp == 2 || sentence_end(sc, k - 1) ||
	    P(sc, k - 1, ';') || wide_mark(sc, k - 1) == 0xFF1B;	/* "；" */
}

/* Whether token k ends a clause for tense() ('.', '!', '?', ';'). */
static int
clause_end(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);

	return t->kind == K_NONE || (t->kind == K_PUNCT && ((t->c == '.' &&
	    !decimal_point(sc, k) && !abbrev_dot(sc, k) &&
	    !initial_dot(sc, k)) || t->c == '!' || t->c == '?' || t->c == ';'));
}

/*
 * Whether the expression at i follows "until", "through" or "to" ("until
 * Tuesday", "to the 15th"), for a verb that puts a thing off before it.
 */
static int
deferred_to(struct scan *sc, size_t i)
{
	int g;

	if (i > 1 && (G(sc, i - 1) == G_ON || G(sc, i - 1) == G_THE))
		i--;
	g = i > 0 ? G(sc, i - 1) : G_NONE;
	return g == G_UNTIL || g == G_THROUGH || g == G_TO;
}

/*
 * Whether token t may be a clue for future_word() or past_word(): a word
 * with a grammar class, or one ending in "-ed".  Both are 0 at any other
 * token, which is most of them, so tense() asks them nothing there.
 */
static inline int
tense_word(const struct scan *sc, const struct tok *t)
{
	size_t n = t->e - t->s;

	if (t->kind != K_WORD)
		return 0;
	if (t->lex >= 0 && sc->cx->lex[t->lex].gram != 0)
		return 1;
	if (n >= 5 && sc->text[t->e - 2] == 'e' && sc->text[t->e - 1] == 'd')
		return 1;
	if (romance_ending((const unsigned char *)sc->text + t->s, n))
		return 1;
	return n >= 5 && ((unsigned char)sc->text[t->e - 1] == 0x82 ||
	    (unsigned char)sc->text[t->e - 2] == 0x82) &&
	    pl_past(sc->text + t->s, n);
}

/*
 * The tense of the clause around token i: 1 future ("will meet"), -1 past
 * ("said", "met"), 0 unknown.  The nearest sure clue before the expression
 * decides, else the nearest likely one ("-ed"), else the same after it.
 */
static int
tense(struct scan *sc, size_t i)
{
	size_t k;
	const struct tok *t;
	int p, weak = 0, defer = -1, g = G(sc, i + 1);

	/* "Wednesday is forecast to be colder", "Friday was calm": the
	 * date is the subject, and the verb after it tells */
	k = g == G_ISARE || g == G_FUT || word_is(sc, i + 1, "was") ||
	    word_is(sc, i + 1, "were") ? 15 : 1;
	for (; k <= 14 && k <= i; k++) {
		t = T(sc, i - k);
		if (clause_end(sc, i - k))
			break;
		if (!tense_word(sc, t)) {
			if (t->sp == 2)
				break;
			continue;
		}
		if (G(sc, i - k) == G_DEFER) {
			/* "postponed until Tuesday", "extended through May" */
			if (defer < 0)
				defer = deferred_to(sc, i);
			if (defer)
				return 1;
		}
		if (future_word(sc, i - k, 1)) {
			/* "had been due to expire Friday": a plan gone by */
			if (k < i && word_is(sc, i - k - 1, "been") &&
			    word_is(sc, i - k - 2, "had"))
				return -1;
			return 1;
		}
		if ((p = past_word(sc, i - k)) == 2)
			return -1;
		/* "announced Wednesday": a verb right before is sure */
		if (p == 1 && k == 1 && G(sc, i - k) != G_FUTTO)
			return -1;
		if (p == 1 && weak == 0)
			weak = -1;
		if (t->sp == 2)
			break;
	}
	if (weak != 0)
		return weak;
	for (k = 1; k <= 8; k++) {
		t = T(sc, i + k);
		if (t->kind == K_EOF || t->sp == 2 || clause_end(sc, i + k))
			break;
		if (!tense_word(sc, t))
			continue;
		if (future_word(sc, i + k, 0)) {
			/* "In September, it announced plans to": the verb
			 * before tells of the date */
			if (weak < 0)
				return weak;
			/* "On Friday, the government planned to": then */
			if (G(sc, i + k) == G_FUTTO && sc->text[T(sc,
			    i + k)->e - 1] == 'd' && G(sc, i + k - 1) != G_BE &&
			    G(sc, i + k - 1) != G_ISARE)
				return -1;
			return 1;
		}
		if ((p = past_word(sc, i + k)) == 2)
			return -1;
		if (p == 1 && weak == 0)
			weak = -1;
	}
	return weak;
}

static int
future_clue(struct scan *sc, size_t i)
{
	return tense(sc, i) > 0;
}

/* The number at i is a label, a price or part of a longer figure. */
static int
num_is_label(struct scan *sc, size_t i)
{
	const struct tok *p = T(sc, i - 1);

	if (i == 0)
		return 0;
	if (p->kind == K_PUNCT && p->c == '-' && glued(sc, i) &&
	    (G(sc, i - 2) == G_MID || G(sc, i - 2) == G_EARLY ||
	    G(sc, i - 2) == G_LATE || G(sc, i - 2) == G_END ||
	    word_is(sc, i - 2, "pre") || word_is(sc, i - 2, "post")))
		return 0;	/* mid-1996, early-2025, end-2024, post-1959 */
	if (p->kind == K_PUNCT && glued(sc, i) && strchr("$#:/.,-+", p->c))
		return 1;
	if (p->kind == K_PUNCT && strchr("$#\xa3", p->c))
		return 1;
	if (P(sc, i - 1, '.') && G(sc, i - 2) == G_LABEL)
		return 1;
	if (G(sc, i - 1) == G_LABEL)
		return 1;
	return 0;
}

/* The number at i continues into more figures ("2.5", "3:2", "1/2"). */
static int
num_continues(struct scan *sc, size_t i)
{
	const struct tok *n = T(sc, i + 1);

	if (n->kind == K_PUNCT && n->sp == 0 && strchr(".,:/", n->c) &&
	    is_num(sc, i + 2) && glued(sc, i + 2))
		/* but "2024/25", a season of two years, is two of them */
		return !(n->c == '/' && T(sc, i)->ndig == 4 &&
		    T(sc, i + 2)->ndig == 2 && T(sc, i + 2)->num ==
		    (T(sc, i)->num + 1) % 100 && !(P(sc, i + 3, '/') &&
		    is_num(sc, i + 4)));
	/* "5th", "3D" go on, but not the word that a scraped page glues
	 * on ("2020évaluation") */
	if (is_word(sc, i + 1) && glued(sc, i + 1) && !T(sc, i + 1)->hangul &&
	    G(sc, i + 1) != G_S && G(sc, i + 1) != G_SUFFIX &&
	    !latin_at((const unsigned char *)sc->text, T(sc, i + 1)->s,
	    sc->len))
		return 1;
	return 0;
}

/* Whether token k is the sign that Spanish and Portuguese write after an
 * ordinal, "º" or "°" ("1º de mayo", "el martes 1° de marzo"). */
static int
ord_sign(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	const unsigned char *u = (const unsigned char *)sc->text + t->s;

	return t->kind == K_PUNCT && t->e - t->s == 2 && u[0] == 0xC2 &&
	    (u[1] == 0xBA || u[1] == 0xB0);
}

/* Whether a blank line parts token k from the one before it. */
static int
para_break(struct scan *sc, size_t k)
{
	size_t p;
	int nl = 0;

	if (k == 0 || T(sc, k)->sp != 2)
		return 0;
	for (p = T(sc, k - 1)->e; p < T(sc, k)->s; p++)
		if (sc->text[p] == '\n' && ++nl == 2)
			return 1;
	return 0;
}

/*
 * An ordinal of words below 40 at token k ("fifth", "twentieth",
 * "twenty-first"); sets *te past it.  Returns it, or 0.
 */
static int
ord_words(struct scan *sc, size_t k, size_t *te)
{
	const struct lex *l = L(sc, k), *o;

	if (l == NULL || T(sc, k)->kind != K_WORD)
		return 0;
	if (l->ord > 0 && l->ord < 40) {
		*te = k + 1;
		return l->ord;
	}
	if ((l->num == 20 || l->num == 30) && P(sc, k + 1, '-') &&
	    glued(sc, k + 1) && glued(sc, k + 2) && (o = L(sc, k + 2)) !=
	    NULL && o->ord > 0 && o->ord < 10) {
		*te = k + 3;
		return l->num + o->ord;
	}
	return 0;
}

/* Day-of-month at i: "4", "4th"; returns the day and sets *te. */
static int
day_at(struct scan *sc, size_t i, size_t *te)
{
	const struct tok *t = T(sc, i);
	const struct lex *l;
	int n;

	if (t->kind == K_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 31) {
		if ((G(sc, i + 1) == G_SUFFIX || ord_sign(sc, i + 1)) &&
		    glued(sc, i + 1)) {
			*te = i + 2;
			return (int)t->num;
		}
		if (num_continues(sc, i))
			return 0;
		*te = i + 1;
		return (int)t->num;
	}
	if ((l = L(sc, i)) != NULL && l->ord > 0) {
		*te = i + 1;
		return l->ord;
	}
	n = ord_words(sc, i, te);	/* "the twenty-first of March" */
	return n <= 31 ? n : 0;
}

/* A number of one or two words below 100: "ninety-six", "seven". */
static int
small_words(struct scan *sc, size_t i, size_t *te)
{
	const struct lex *l = L(sc, i), *l2;
	size_t k = i + 1;
	int n;

	if (l == NULL || l->num <= 0 || l->num >= 100 || T(sc, i)->upper > 1)
		return 0;
	n = l->num;
	*te = k;
	if (n >= 20 && n % 10 == 0) {
		if (P(sc, k, '-') && glued(sc, k))
			k++;
		if ((l2 = L(sc, k)) != NULL && l2->num > 0 && l2->num < 10) {
			n += l2->num;
			*te = k + 1;
		}
	}
	return n;
}

/* A year spelled out: "nineteen ninety-six", "two thousand (and) one". */
static int
spelled_year(struct scan *sc, size_t i, size_t *te)
{
	const struct lex *l = L(sc, i);
	size_t k;
	int c, n;

	if (l == NULL || l->num <= 0)
		return 0;
	if (l->num >= 11 && l->num <= 20 && (n = small_words(sc, i + 1, &k)) >= 10) {
		*te = k;
		return l->num * 100 + n;
	}
	if (l->num == 2 && G(sc, i + 1) == G_THOUSAND) {
		*te = i + 2;
		k = i + 2;
		if (G(sc, k) == G_AND)
			k++;
		if ((n = small_words(sc, k, &k)) > 0) {
			*te = k;
			return 2000 + n;
		}
		c = 2000;
		return c;
	}
	return 0;
}

/* A year at i ("2024", "nineteen ninety-six"); sets *te. */
static int
year_at(struct scan *sc, size_t i, size_t *te)
{
	const struct tok *t = T(sc, i);

	if (t->kind == K_NUM && t->ndig == 4 && t->num >= 1000 &&
	    t->num <= 2999 && !num_continues(sc, i)) {
		*te = i + 1;
		if (G(sc, i + 1) == G_YEARMARK) {
			/* "2024 года", "2024 г." */
			*te = i + 2;
			if (P(sc, i + 2, '.') && glued(sc, i + 2) &&
			    T(sc, i + 1)->e - T(sc, i + 1)->s == 2)
				*te = i + 3;
		}
		return (int)t->num;
	}
	if (t->kind == K_WORD)
		return spelled_year(sc, i, te);
	return 0;
}

/* A month name at i (with its optional '.'); sets *te. */
static int
month_at(struct scan *sc, size_t i, size_t *te)
{
	const struct lex *l = L(sc, i);

	if (l == NULL || l->month == 0)
		return 0;
	*te = i + 1;
	if (P(sc, i + 1, '.') && glued(sc, i + 1) && l->abbr)
		*te = i + 2;
	return l->month;
}

static int	date_of(struct scan *, size_t);

/*
 * A day of the month at i joined to a second one before a month name:
 * "5-6 December", "5 and 6 December", "5 to 7 December", "5th-7th May",
 * "the 5th and 6th of December", "5 и 6 декабря", "с 5 по 7 декабря".
 * Returns the token after the second day (its suffix too), or 0.
 */
static size_t
day_pair_end(struct scan *sc, size_t i)
{
	const struct tok *a = T(sc, i), *b;
	size_t k = i + 1, te;
	int g, sfx;

	if (a->kind != K_NUM || a->ndig > 2 || a->num < 1 || a->num > 31)
		return 0;
	sfx = G(sc, k) == G_SUFFIX && glued(sc, k);
	k += sfx;
	g = G(sc, k);
	if (P(sc, k, '-') && glued(sc, k) && glued(sc, k + 1))
		k++;
	else if (g == G_AND || g == G_TO)
		k++;
	else
		return 0;
	b = T(sc, k);
	if (b->kind != K_NUM || b->ndig > 2 || b->num <= a->num ||
	    b->num > 31)
		return 0;
	k++;
	if (sfx) {
		/* "5th-7th": the second has its suffix too */
		if (G(sc, k) != G_SUFFIX || !glued(sc, k))
			return 0;
		k++;
	}
	/* "del 21 al 24 de abril": a month of its own language, after
	 * "de"; "the 5th and 6th of December" */
	if (date_of(sc, k) && L(sc, k + 1) != NULL && (L(sc, k + 1)->low ||
	    (sfx && T(sc, k + 1)->upper)) && month_at(sc, k + 1, &te) > 0)
		return k;
	/* "aged 13-17 may": an English month has its capital */
	if (month_at(sc, k, &te) == 0 ||
	    !(T(sc, k)->upper || T(sc, k)->cyr || L(sc, k)->low))
		return 0;
	return k;
}

/* Whether the number at k is the second day of a pair (see
 * day_pair_end()): "5-6 December", "5th-7th May". */
static int
pair_second(struct scan *sc, size_t k)
{
	return (k >= 2 && day_pair_end(sc, k - 2) > k) || (k >= 3 &&
	    G(sc, k - 2) == G_SUFFIX && day_pair_end(sc, k - 3) > k);
}

/*
 * The year the sentence has set its story in, for a month or month-day
 * with none ("In 2003 she signed, and on June 6 released"; "2016年7月
 * ……；8月……"): the last year named before as a time ("in 2003", "June
 * 2003", "2003年"), two years or more before the reference year, or any
 * without one.  0 when there is none: a year near the report's is as
 * likely its own ("2023 sales, reported on Feb. 6").
 */
static int
story_year(const struct scan *sc)
{
	int ry = sc->doc->ry;

	return sc->sy > 0 && (ry == 0 || sc->sy <= ry - 2) ? sc->sy : 0;
}

/*
 * Days that a date to come costs in a clause in the past: a verb in the
 * past is read less surely than a Korean ending, and a date it governs
 * may still lie ahead ("declared a dividend payable Dec. 7"), but not
 * most of a year ahead ("fired a missile in January", written in
 * December, is the last January).
 */
#define LEAN_PAST	305

/*
 * The tense a reader gives a clause of none where a word before the date
 * looks ahead ("runs until November 5", "starting March 1"): a lean to
 * what is to come as slight as the one to the past without it.
 */
#define T_CUE		2

/*
 * Resolves a month without a year to the nearer of the last and the next
 * one, leaning on the tense t, or slightly to the past without one: news
 * mostly reports what happened.  In a clause about what is to come it is
 * the next one, however far ("will be held in December", written in
 * January); in one about the past, the last one unless the next begins
 * more than LEAN_PAST days sooner than the last one ended.
 */
static int
month_year(struct scan *sc, int m, int t)
{
	struct wire_timex_doc *d = sc->doc;
	int back, ahead, ya, yb;
	long z;

	if ((t <= 0 && story_year(sc) > 0) || d->ry == 0)
		return t <= 0 ? story_year(sc) : 0;
	if (m == d->rm)
		return d->ry;
	if (t < 0) {
		/* in the past: the next one only when it is about to begin
		 * ("the first trading day for November transactions" on 30
		 * October), counted in days, as the month-days are */
		ya = m > d->rm ? d->ry : d->ry + 1;
		yb = m < d->rm ? d->ry : d->ry - 1;
		z = refz(sc);
		return days_from_civil(ya, m, 1) - z + LEAN_PAST <
		    z - days_from_civil(yb, m, mdays(yb, m)) ? ya : yb;
	}
	back = (d->rm - m + 12) % 12 + (t == 1 ? 12 : t == T_CUE ? 3 : 0);
	ahead = (m - d->rm + 12) % 12 + (t > 0 ? 0 : 3);
	if (ahead < back)
		return m > d->rm ? d->ry : d->ry + 1;
	return m < d->rm ? d->ry : d->ry - 1;
}

/* Days a month-day on the other side of the clause's tense costs. */
#define LEAN_EN		200
#define LEAN_KO		335
#define LEAN_SURE	1000	/* more than any two years: none */
#define LEAN_FUT	305	/* the future tense: a month and more back is
				 * no date of the past (365 - 2 * 30) */

/*
 * Where the words that may stand between a verb and "in" or "on" at token k
 * begin: up to three of a pronoun ("met him in"), a name ("visited Moscow
 * in", "met Kim Jong-un on", "the White House") or an adverb in "-ly"
 * ("fell sharply in"); k when there are none.  A noun may be the verb's
 * object or hold the date itself ("promised elections in January"), so
 * it stops the walk.
 */
static size_t
past_object(struct scan *sc, size_t k)
{
	static const char *const pro[] = { "him", "her", "them", "it", "us",
	    "me", NULL };
	const struct tok *t;
	size_t j = k, n;
	int m;

	for (m = 0; j >= 1 && m < 3; m++) {
		/* "Kim Jong-un": a name's hyphened part */
		if (j >= 3 && is_word(sc, j - 1) && P(sc, j - 2, '-') &&
		    glued(sc, j - 2) && glued(sc, j - 1) &&
		    T(sc, j - 3)->upper && is_word(sc, j - 3)) {
			j -= 3;
			continue;
		}
		t = T(sc, j - 1);
		n = t->e - t->s;
		if (!is_word(sc, j - 1) || L(sc, j - 1) != NULL)
			break;
		if (!(word_in(sc, j - 1, pro) || (t->upper &&
		    !opens_sentence(sc, j - 1)) || (!t->upper && n >= 5 &&
		    sc->text[t->e - 2] == 'l' && sc->text[t->e - 1] == 'y')))
			break;
		j--;
	}
	/* "visited the White House in": a name's article */
	if (j < k && j >= 1 && G(sc, j - 1) == G_THE && T(sc, j)->upper)
		j--;
	return j;
}

/*
 * Whether a verb in the past governs the date at token i, right before it
 * or before "on" or "in" ("were held on Jan. 20", "fell in January",
 * "Переговоры прошли 20 января"): then it lies in the past however near
 * the next one is.  A verb further off may report what is to come
 * ("declared a dividend, payable Dec. 7").
 */
static int
past_verb_before(struct scan *sc, size_t i)
{
	size_t k = i, j;

	if (k >= 1 && (G(sc, k - 1) == G_ON || G(sc, k - 1) == G_IN))
		k--;
	if (k < 1 || G(sc, k - 1) == G_FUTTO || future_word(sc, k - 1, 1))
		return 0;
	if (past_word(sc, k - 1) > 0)
		return 1;
	if (k < i && (j = past_object(sc, k)) < k && j >= 1 &&
	    G(sc, j - 1) != G_FUTTO && past_word(sc, j - 1) > 0)
		return 1;	/* "met Putin in January", "fell sharply in" */
	/* "took effect on Jan. 1", "came into force in May", "took office
	 * on Jan. 20": a verb whose noun says when, not what */
	if (k >= 3 && (word_is(sc, k - 1, "effect") || word_is(sc, k - 1,
	    "force") || word_is(sc, k - 1, "office") || word_is(sc, k - 1,
	    "place") || word_is(sc, k - 1, "power"))) {
		k -= 1 + (word_is(sc, k - 2, "into") || G(sc, k - 2) == G_IN);
		return past_word(sc, k - 1) > 0;
	}
	/* "was born on Jan. 20", "were killed in March" */
	return k >= 2 && is_word(sc, k - 1) && !T(sc, k - 1)->upper &&
	    (word_is(sc, k - 2, "was") || word_is(sc, k - 2, "were"));
}

/* Where the part of a month or year named before token i starts: at
 * "mid-" ("mid-June"), "early" or "late" ("early June"), else i. */
static size_t
mod_start(struct scan *sc, size_t i)
{
	int g;

	if (i >= 2 && P(sc, i - 1, '-') && G(sc, i - 2) == G_MID)
		return i - 2;
	if (i >= 1 && ((g = G(sc, i - 1)) == G_EARLY || g == G_LATE ||
	    g == G_MID))
		return i - 1;
	return i;
}

/*
 * Whether the expression at token i follows "since" ("since October",
 * "since early June", "since mid-2023"): what it names has begun, so it
 * lies in the past whatever the tense says ("has not been seen since
 * Dec. 12" in a report of 5 December is the last year's).
 */
static int
after_since(struct scan *sc, size_t i)
{
	size_t k = mod_start(sc, i);

	return k >= 1 && G(sc, k - 1) == G_SINCE;
}

/*
 * Whether a Russian verb in the past follows the date at token i, past the
 * words of the date ("В январе прошли переговоры", "20 января 2024 года
 * подписали"), as Russian puts it after a date that opens the clause.
 */
static int
ru_past_after(struct scan *sc, size_t i)
{
	const struct lex *l;
	size_t j;

	for (j = i + 1; j <= i + 4 && T(sc, j)->cyr; j++) {
		if (G(sc, j) == G_PASTV)
			return 1;
		if ((l = L(sc, j)) == NULL || (l->gram != 0 &&
		    l->gram != G_YEARMARK))
			return 0;
	}
	if (j <= i + 4 && is_num(sc, j) && T(sc, j)->ndig == 4)
		return ru_past_after(sc, j);	/* "20 января 2024 года" */
	return 0;
}

/* Whether the date at token i surely lies in the past: after "since",
 * or governed by a verb in the past right before it, or in Russian right
 * after it. */
static int
sure_past(struct scan *sc, size_t i)
{
	return after_since(sc, i) || past_verb_before(sc, i) ||
	    (T(sc, i)->cyr || T(sc, i + 1)->cyr ? ru_past_after(sc, i) : 0);
}

/*
 * The years monthday_year() gives month m, day d in the past, unknown and
 * future tense, and after a cue that looks ahead in a clause of no tense
 * (T_CUE), as by[0] to by[3] (the reference year is known); a date on
 * the other side of the tense costs sure more days, and a past one in the
 * future tense most of a year: "will be held on Dec. 1" written in
 * January is the next one, where a verb in the past before a date to come
 * is common ("declared a dividend payable Dec. 7").  Without a tense a
 * date to come costs 45 days more, and after a cue one gone by as much.
 */
static void
monthday_years(struct scan *sc, int m, int d, int *by, long sure)
{
	struct wire_timex_doc *doc = sc->doc;
	long z = refz(sc), best[4] = { -1, -1, -1, -1 }, cost, diff, lean;
	int y, t;

	by[0] = by[1] = by[2] = by[3] = 0;
	for (y = doc->ry - 1; y <= doc->ry + 1; y++) {
		if (!valid_date(y, m, d))
			continue;
		diff = days_from_civil(y, m, d) - z;
		for (t = -1; t <= T_CUE; t++) {
			lean = t == 1 && sure < LEAN_FUT ? LEAN_FUT : t < 0 &&
			    sure < LEAN_PAST ? LEAN_PAST : t == 1 || t < 0 ?
			    sure : 45;
			cost = diff < 0 ? -diff : diff;
			if ((t > 0 && diff < 0) || (t <= 0 && diff > 0))
				cost += lean;
			if (best[t + 1] < 0 || cost < best[t + 1]) {
				best[t + 1] = cost;
				by[t + 1] = y;
			}
		}
	}
}

/*
 * Resolves month-day without a year: the nearest, leaning on the tense t
 * (or to the past when there is none) as a Korean clause's ending says it,
 * surely: "2월 16일에 열었다" in December is the last February's.  English
 * tense, found less surely, leans less (monthday_near()); without a tense
 * both lean alike.
 */
static int
monthday_year(struct scan *sc, int m, int d, int t)
{
	int by[4];

	if ((t <= 0 && story_year(sc) > 0) || sc->doc->ry == 0)
		return t <= 0 ? story_year(sc) : 0;
	monthday_years(sc, m, d, by, LEAN_KO);
	return by[(t > 0) - (t < 0) + 1];
}

/* A reader of the tense of the expression from token ts to te
 * (exclusive): 1 future, -1 past, 0 unknown, T_CUE none but a cue that
 * looks ahead. */
typedef int	tense_fn(struct scan *, size_t, size_t);

static int	forward_cue(struct scan *, size_t);

/*
 * The English tense of an expression: tense() of its first token, where a
 * past that words before the date point ahead from ("said it is calling
 * for the redemption on Dec. 7", "gave it until mid-November") is none,
 * and a clause of no tense that they open is to come ("runs until
 * November 5", "starting March 1").
 */
static int
tense_en(struct scan *sc, size_t ts, size_t te)
{
	int t = tense(sc, ts);

	(void)te;
	if (t <= 0 && forward_cue(sc, ts))
		return t < 0 ? 0 : T_CUE;
	return t;
}

/*
 * The year of month m, day d, for the expression from token ts to te: the
 * nearest one, leaning by lean (see monthday_years()) on the tense that
 * tense_of reads, and only when the tense changes the year: it costs more
 * than the rest of most matches, and dates near the reference date
 * resolve alike in every tense.  0 without a reference date.
 */
static int
monthday_tensed(struct scan *sc, int m, int d, int lean, size_t ts, size_t te,
    tense_fn *tense_of)
{
	int by[4];

	/* a story told in the past: not what is to come */
	if (story_year(sc) > 0 && tense_of(sc, ts, te) <= 0)
		return story_year(sc);
	if (sc->doc->ry == 0)
		return 0;
	monthday_years(sc, m, d, by, lean);
	if (by[0] == by[1] && by[1] == by[2] && by[2] == by[3])
		return by[1];
	return by[tense_of(sc, ts, te) + 1];
}

/* month_year() for month m of the expression from token ts to te, reading
 * its tense (tense_of) only if need be. */
static int
month_tensed(struct scan *sc, int m, size_t ts, size_t te, tense_fn *tense_of)
{
	int y = month_year(sc, m, 0);

	if (month_year(sc, m, 1) == y && month_year(sc, m, -1) == y)
		return y;
	return month_year(sc, m, tense_of(sc, ts, te));
}

/* monthday_tensed() for an English month-day at token i, in the past when
 * sure_past() says so, the nearer one after "the". */
static int
monthday_near(struct scan *sc, int m, int d, size_t i)
{
	int by[4];

	if (story_year(sc) > 0 && tense(sc, i) <= 0)
		return story_year(sc);
	if (sc->doc->ry > 0 && sure_past(sc, i)) {
		monthday_years(sc, m, d, by, LEAN_SURE);
		return by[0];
	}
	if (sc->doc->ry > 0 && i > 0 && G(sc, i - 1) == G_THE &&
	    L(sc, i) != NULL && L(sc, i)->month > 0) {
		/* "the Aug. 7 bombings", "the Dec. 7 vote": a name of an
		 * event, the nearer one whatever the clause's tense */
		monthday_years(sc, m, d, by, LEAN_EN);
		return by[1];
	}
	return monthday_tensed(sc, m, d, LEAN_EN, i, i + 1, tense_en);
}

/* month_tensed() for an English month at token i; the past one when
 * sure_past() says so. */
static int
month_near(struct scan *sc, int m, size_t i)
{
	if (story_year(sc) > 0 && tense(sc, i) <= 0)
		return story_year(sc);
	if (sure_past(sc, i) && sc->doc->ry > 0)
		return m <= sc->doc->rm ? sc->doc->ry : sc->doc->ry - 1;
	return month_tensed(sc, m, i, i + 1, tense_en);
}

/* Resolves a bare day of the month ("the 25th") to the nearest month;
 * before the reference day only with pastonly 1, or on it with 2; on it
 * or after it only with fut ("오는 25일", "will meet on the 25th"). */
static void
put_bare_day(struct scan *sc, struct hit *h, int d, int fut, int pastonly)
{
	struct wire_timex_doc *doc = sc->doc;
	long z = refz(sc), best = -1, cost, diff;
	int k, y, m, by = 0, bm = 0;

	if (doc->ry == 0) {
		snprintf(h->val, sizeof(h->val), "XXXX-XX-%02d", d);
		h->type = WIRE_TX_DATE;
		return;
	}
	/* two months ahead: "the 30th" on 31 January, in the future */
	for (k = -1; k <= 2; k++) {
		y = doc->ry;
		m = doc->rm + k;
		if (m < 1) {
			m = 12;
			y--;
		} else if (m > 12) {
			m -= 12;
			y++;
		}
		if (!valid_date(y, m, d))
			continue;
		diff = days_from_civil(y, m, d) - z;
		/* pastonly 2: today, or a day before it */
		if ((pastonly && diff >= (pastonly == 2)) || (fut && diff < 0))
			continue;
		cost = diff < 0 ? -diff : diff;
		if (!fut && diff > 0)
			cost += 7;
		if (best < 0 || cost < best) {
			best = cost;
			by = y;
			bm = m;
		}
	}
	if (by == 0) {
		snprintf(h->val, sizeof(h->val), "XXXX-XX-%02d", d);
		h->type = WIRE_TX_DATE;
		return;
	}
	put_day(h, by, bm, d);
}

/*
 * A weekday: this week's (past or today), or the coming one if future (dir
 * 1); strictly before or after the reference date with dir -2 or 2, and a
 * week further with -3 or 3 ("the Friday before last", "übernächsten
 * Montag").
 */
static void
put_weekday(struct scan *sc, struct hit *h, int wd, int dir)
{
	long z = refz(sc);
	int rw, k;

	if (z == 0) {
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%d", wd);
		h->type = WIRE_TX_DATE;
		return;
	}
	rw = weekday(z);
	switch (dir) {
	case -3:	/* the Friday before last: a week before that */
	case -2:	/* last Friday: strictly before */
		k = rw - wd;
		if (k <= 0)
			k += 7;
		z -= k + (dir == -3 ? 7 : 0);
		break;
	case 3:		/* the Friday after next */
	case 2:		/* next Friday: strictly after */
		k = wd - rw;
		if (k <= 0)
			k += 7;
		z += k + (dir == 3 ? 7 : 0);
		break;
	case 1:
		k = wd - rw;
		if (k < 0)
			k += 7;
		z += k;
		break;
	default:
		k = rw - wd;
		if (k < 0)
			k += 7;
		z -= k;
		break;
	}
	put_dayz(h, z);
}

/*
 * Whether the words before the weekday at i point ahead when no verb says
 * otherwise: "until Tuesday", "starting Monday", "ab Montag", "a partir
 * del lunes", "as early as Tuesday", "beginning on Friday", and an
 * arrangement ("is visiting Pyongyang on Tuesday"), where "is continuing"
 * without a day is the present.
 */
static int
forward_cue(struct scan *sc, size_t i)
{
	size_t k, j;

	i = mod_start(sc, i);	/* "until mid-January", "by early March" */
	k = i - (i > 0 && G(sc, i - 1) == G_ON);

	if (k == 0)
		return 0;
	for (j = 1; j <= 8 && j < i && !clause_end(sc, i - j); j++)
		if (G(sc, i - j - 1) == G_ISARE && ing_verb(sc, i - j))
			return 1;	/* "is visiting Pyongyang on Tuesday" */
	/* "The vote is Friday", "By Friday, the deal must be done": a
	 * plan, a deadline */
	return G(sc, k - 1) == G_UNTIL || word_is(sc, k - 1, "till") ||
	    G(sc, k - 1) == G_ISARE || G(sc, k - 1) == G_BY ||
	    word_is(sc, k - 1, "starting") || word_is(sc, k - 1, "beginning") ||
	    word_is(sc, k - 1, "ab") || (k > 1 && (word_is(sc, k - 1, "de") ||
	    word_is(sc, k - 1, "del") || word_is(sc, k - 1, "da")) &&
	    (word_is(sc, k - 2, "partir") || word_is(sc, k - 2, "partire"))) ||
	    (k > 2 && word_is(sc, k - 1, "as") && (word_is(sc, k - 2,
	    "early") || word_is(sc, k - 2, "soon")) && word_is(sc, k - 3,
	    "as"));
}

/*
 * Which way a bare weekday at token i points (put_weekday()'s dir): the
 * tense decides; without one, the nearer of the last and the next, the
 * past winning unless the next is much nearer (news reports what
 * happened, but "Tuesday" written on a Monday is mostly tomorrow).
 * Returns 0 where put_weekday() would give the same day either way.
 */
static int
weekday_dir(struct scan *sc, size_t i, int wd)
{
	long z = refz(sc);
	size_t k;
	int t, back, ahead;

	/*
	 * put_weekday() reads no direction without a reference date, nor
	 * for the weekday of the reference date itself: the tense, dear to
	 * read, is left unread there.
	 */
	if (z == 0 || weekday(z) == wd)
		return 0;
	/* "ahead of Tuesday's debate", "in advance of Friday" */
	if (i >= 2 && G(sc, i - 1) == G_OF && (G(sc, i - 2) == G_AHEAD ||
	    word_is(sc, i - 2, "advance")))
		return 1;
	if (P(sc, i + 1, '\'') && G(sc, i + 2) == G_S && glued(sc, i + 1)) {
		/* "Wednesday's ruling": done, unless "Monday's vote will" */
		for (k = i + 3; k < i + 8 && !clause_end(sc, k); k++)
			if (future_word(sc, k, 0))
				return 1;
		return 0;
	}
	if (after_since(sc, i))
		return 0;
	t = tense(sc, i);
	if (t != 0 || z == 0)
		return t > 0;
	if (forward_cue(sc, i))
		return 1;
	back = (weekday(z) - wd + 7) % 7;
	ahead = (wd - weekday(z) + 7) % 7;
	return back > 0 && ahead + WD_LEAN < back;
}

/* ---------------------------------------------------------------- numbers */

/*
 * A count at i: digits, number words ("twenty-four"), "a", "a few",
 * "several", "half a".  Returns the value (-1: unknown amount, -2: a half)
 * and sets *te, or returns 0.
 */
static long
count_at(struct scan *sc, size_t i, size_t *te)
{
	const struct tok *t = T(sc, i);
	const struct lex *l, *l2;
	long n;
	int g;

	if (t->kind == K_NUM) {
		if (t->ndig > 6 || num_is_label(sc, i))
			return 0;
		/* "1,000" and "2.5" are fine as figures but not "2 1/2" */
		if (P(sc, i + 1, ',') && glued(sc, i + 1) && is_num(sc, i + 2) &&
		    T(sc, i + 2)->ndig == 3 && glued(sc, i + 2)) {
			*te = i + 3;
			return t->num * 1000 + T(sc, i + 2)->num;
		}
		if (num_continues(sc, i) && !(P(sc, i + 1, '-') ||
		    (is_word(sc, i + 1) && L(sc, i + 1) != NULL &&
		    L(sc, i + 1)->unit)))
			return 0;
		if (is_num(sc, i + 1) && P(sc, i + 2, '/'))
			return 0;
		*te = i + 1;
		return t->num;
	}
	if ((l = L(sc, i)) == NULL)
		return 0;
	g = l->gram;
	if (g == G_A) {
		/* not Spanish "día a día" */
		if ((l2 = L(sc, i + 1)) != NULL && l2->unit && l2->low)
			return 0;
		if (G(sc, i + 1) == G_FEW || G(sc, i + 1) == G_COUPLE) {
			*te = i + 2;
			if (G(sc, i + 2) == G_OF)
				*te = i + 3;
			return G(sc, i + 1) == G_COUPLE ? 2 : -1;
		}
		if ((l2 = L(sc, i + 1)) != NULL && l2->num == 12) {
			*te = i + 2;
			return 12;
		}
		if (G(sc, i + 1) == G_HALF) {
			/* "a half hour", "a half-hour show" */
			*te = i + 2 + (P(sc, i + 2, '-') && glued(sc, i + 2) &&
			    glued(sc, i + 3));
			return -2;
		}
		*te = i + 1;
		return 1;
	}
	if (g == G_SEVERAL || g == G_FEW || g == G_MANY) {
		*te = i + 1;
		return -1;
	}
	if (g == G_COUPLE && G(sc, i + 1) == G_OF) {
		*te = i + 2;	/* "the next couple of years" */
		return 2;
	}
	if (g == G_HALF && G(sc, i + 1) == G_A) {
		*te = i + 2;
		return -2;
	}
	if (l->num > 0) {
		/* a number word of another language counts its own units
		 * only: "dos años", "deux semaines", not "UN Day" */
		if (l->low && ((l2 = L(sc, i + 1 + (G(sc, i + 1) == G_LAST ||
		    G(sc, i + 1) == G_NEXT))) == NULL || !l2->unit ||
		    !l2->low))
			return 0;	/* "trois derniers mois" too */
		n = l->num;
		*te = i + 1;
		/* twenty-four, twenty four */
		if (n >= 20 && n < 100 && n % 10 == 0) {
			size_t k = i + 1;

			if (P(sc, k, '-') && glued(sc, k))
				k++;
			if ((l2 = L(sc, k)) != NULL && l2->num > 0 &&
			    l2->num < 10) {
				n += l2->num;
				*te = k + 1;
			}
		}
		if ((l2 = L(sc, *te)) != NULL && l2->num == 100) {
			n *= 100;
			*te += 1;
		}
		return n;
	}
	return 0;
}

/* Whether "1/2" starts at token i, glued to a number before it. */
static int
half_at(struct scan *sc, size_t i)
{
	return is_num(sc, i) && T(sc, i)->num == 1 && T(sc, i)->ndig == 1 &&
	    T(sc, i)->sp == 1 && P(sc, i + 1, '/') && glued(sc, i + 1) &&
	    is_num(sc, i + 2) && T(sc, i + 2)->num == 2 && glued(sc, i + 2) &&
	    T(sc, i + 2)->ndig == 1;
}

/* A unit word at i; *plural set for "years". */
static int
unit_at(struct scan *sc, size_t i, int *plural)
{
	const struct lex *l = L(sc, i);

	if (l == NULL || l->unit == 0)
		return 0;
	/* French "ans" is German "ans" (an das) before its noun: "ab 2030
	 * ans Netz" */
	if (l->low && is_word(sc, i + 1) && T(sc, i + 1)->upper &&
	    !T(sc, i + 1)->allcap && word_is(sc, i, "ans"))
		return 0;
	*plural = l->pl || (l->wl > 3 && ends_s(l) &&
	    l->unit != U_CENTURY);
	if (l->unit == U_CENTURY && ends_s(l))
		*plural = 1;
	return l->unit;
}

/* ---------------------------------------------------------------- matchers */

/* ISO 8601 dates and date-times: 2024-12-06, 2024/12/06, 2024-12-06T09:30. */
static int
m_iso(struct scan *sc, size_t i, struct hit *h)
{
	const struct tok *a = T(sc, i), *b, *c;
	char sep;
	size_t k;
	int y, mo, d, hh, mi, spaced;

	if (a->kind != K_NUM || a->ndig != 4 || num_is_label(sc, i))
		return 0;
	if (!P(sc, i + 1, '-') && !P(sc, i + 1, '/') && !P(sc, i + 1, '.'))
		return 0;
	sep = T(sc, i + 1)->c;
	b = T(sc, i + 2);
	c = T(sc, i + 4);
	/* "2024. 12. 5.", as Korean pages write it: a blank after each
	 * dot */
	spaced = sep == '.' && b->sp == 1 && c->sp == 1;
	if (!glued(sc, i + 1) || (!glued(sc, i + 2) && !spaced) ||
	    b->kind != K_NUM || b->ndig > 2 || !P(sc, i + 3, sep) ||
	    !glued(sc, i + 3) || (!glued(sc, i + 4) && !spaced) ||
	    c->kind != K_NUM || c->ndig > 2)
		return 0;
	y = (int)a->num;
	mo = (int)b->num;
	d = (int)c->num;
	if (!valid_date(y, mo, d))
		return 0;
	k = i + 5;
	if (P(sc, k, sep) && is_num(sc, k + 1) && (glued(sc, k + 1) ||
	    (spaced && !P(sc, k + 2, ':'))))
		return 0;
	if (spaced) {
		/* its last dot, or no word of a sentence after it */
		if (P(sc, k, '.') && glued(sc, k))
			k++;
		else if (is_word(sc, k) && !T(sc, k)->hangul)
			return 0;
		put_day(h, y, mo, d);
		h->te = k;
		return 1;
	}
	put_day(h, y, mo, d);
	h->te = k;
	/* "T09:30" glued, or " 09:30" */
	if (is_word(sc, k) && glued(sc, k) && T(sc, k)->e - T(sc, k)->s == 1 &&
	    (sc->text[T(sc, k)->s] | 0x20) == 't')
		k++;
	else if (T(sc, k)->sp != 1)
		return 1;
	if (is_num(sc, k) && T(sc, k)->ndig <= 2 && P(sc, k + 1, ':') &&
	    glued(sc, k + 1) && is_num(sc, k + 2) && T(sc, k + 2)->ndig == 2 &&
	    glued(sc, k + 2)) {
		hh = (int)T(sc, k)->num;
		mi = (int)T(sc, k + 2)->num;
		if (hh > 24 || mi > 59)
			return 1;
		snprintf(h->val, sizeof(h->val), "%04u-%02u-%02uT%02u:%02u",
		    (unsigned)y % 10000u, (unsigned)mo % 100u, (unsigned)d % 100u,
		    (unsigned)hh % 100u, (unsigned)mi % 100u);
		h->type = WIRE_TX_TIME;
		h->te = k + 3;
		if (P(sc, k + 3, ':') && glued(sc, k + 3) && is_num(sc, k + 4) &&
		    glued(sc, k + 4))
			h->te = k + 5;
	}
	return 1;
}

/* Numeric dates with the year last: 12/4/2024, 4.12.2024 (--date-order). */
static int
m_numeric(struct scan *sc, size_t i, struct hit *h)
{
	const struct tok *a = T(sc, i), *b, *c;
	char sep;
	int x, y, yr, mo, d;

	if (a->kind != K_NUM || a->ndig > 2 || num_is_label(sc, i))
		return 0;
	if (!P(sc, i + 1, '/') && !P(sc, i + 1, '.') && !P(sc, i + 1, '-'))
		return 0;
	sep = T(sc, i + 1)->c;
	b = T(sc, i + 2);
	c = T(sc, i + 4);
	if (sep == '/' && glued(sc, i + 1) && glued(sc, i + 2) &&
	    b->kind == K_NUM && b->ndig == 4 && a->num >= 1 && a->num <= 12 &&
	    !(P(sc, i + 3, '/') && glued(sc, i + 3)) &&
	    !num_continues(sc, i + 2) && (yr = year_at(sc, i + 2, &h->te)) >=
	    1900 && yr <= 2100 && !(i > 0 && glued(sc, i) &&
	    (P(sc, i - 1, '/') || is_num(sc, i - 1)))) {
		put_month(h, yr, (int)a->num);	/* "12/2024", a card's */
		return 1;
	}
	if (!glued(sc, i + 1) || !glued(sc, i + 2) || b->kind != K_NUM ||
	    b->ndig > 2 || !P(sc, i + 3, sep) || !glued(sc, i + 3) ||
	    !glued(sc, i + 4) || c->kind != K_NUM ||
	    (c->ndig != 4 && c->ndig != 2))
		return 0;
	if (num_continues(sc, i + 4) || (P(sc, i + 5, sep) && glued(sc, i + 5)))
		return 0;
	x = (int)a->num;
	y = (int)b->num;
	yr = (int)c->num;
	if (c->ndig == 2)
		yr += yr < 50 ? 2000 : 1900;
	if (sep == '.' && c->ndig == 2)
		return 0;
	/* dots are written day first ("05.12.2024"), wherever they are */
	if (sc->doc->order == WIRE_TX_DMY || x > 12 || (sep == '.' &&
	    y <= 12)) {
		d = x;
		mo = y;
	} else {
		mo = x;
		d = y;
	}
	if (!valid_date(yr, mo, d))
		return 0;
	put_day(h, yr, mo, d);
	h->te = i + 5;
	return 1;
}

/* "the 25th", "on 25th": a day of the month alone. */
static int
m_bare_day(struct scan *sc, size_t i, struct hit *h)
{
	/* words that go on a clause after a date and name nothing of it */
	static const char *const clause_words[] = { "which", "as", "while",
	    "but", "with", "amid", "where", "because", NULL };
	const struct tok *n;
	size_t k = i, te;
	int d, g, t;

	if (G(sc, i) != G_THE)
		return 0;
	k = i + 1;
	if (!is_num(sc, k) || G(sc, k + 1) != G_SUFFIX || !glued(sc, k + 1))
		return 0;
	if ((d = day_at(sc, k, &te)) == 0)
		return 0;
	/* followed by a noun: "the 16th summit", "the 21st century"; not
	 * by a word that goes on the clause ("said on the 24th that") */
	n = T(sc, te);
	g = G(sc, te);
	if (n->kind == K_WORD && !(g == G_AND || g == G_OR || g == G_TO ||
	    g == G_THROUGH || g == G_AT || g == G_IN || g == G_WHEN ||
	    g == G_ON || g == G_FOR || g == G_UNTIL || g == G_SINCE ||
	    g == G_FROM || g == G_BY || g == G_OF || g == G_THAT ||
	    g == G_BEFORE || g == G_AFTER || g == G_DURING ||
	    word_in(sc, te, clause_words)))
		return 0;
	if (g == G_OF && L(sc, te + 1) != NULL && L(sc, te + 1)->month)
		return 0;	/* m_monthname takes "the 4th of June" */
	if (n->kind == K_NUM)
		return 0;
	if (g == G_OF && (G(sc, te + 1) == G_LAST || G(sc, te + 1) == G_THIS ||
	    G(sc, te + 1) == G_NEXT) && L(sc, te + 2) != NULL &&
	    L(sc, te + 2)->unit == U_MONTH && !T(sc, te + 2)->cyr &&
	    !ends_s(L(sc, te + 2)) &&
	    !titled(sc, te + 2) && sc->doc->ry > 0) {
		/* "the 5th of last month", "the 20th of next month" */
		int y = sc->doc->ry, m = sc->doc->rm + (G(sc, te + 1) ==
		    G_NEXT) - (G(sc, te + 1) == G_LAST);

		carry_year(&y, &m, 12);
		if (!valid_date(y, m, d))
			return 0;
		put_day(h, y, m, d);
		h->te = te + 3;
		return 1;
	}
	/* "a deal was struck on the 15th": one gone by, today's at the
	 * latest */
	t = tense(sc, i);
	put_bare_day(sc, h, d, t > 0, t < 0 ? 2 : 0);
	h->te = te;
	return 1;
}

/* Whether the word before token i opens a span there: "from", "between". */
static int
span_opens(struct scan *sc, size_t i)
{
	return G(sc, i - 1) == G_FROM || word_is(sc, i - 1, "between");
}

/*
 * The year of month m, day d (0: the month alone) that ends a span whose
 * start was the last day or month hit (sc->cy, cm, cd): the start's year,
 * or the next when the end falls before the start ("from November 20 to
 * January 5"); 0 when the start has no year.
 */
static int
span_end_year(struct scan *sc, int m, int d)
{
	if (sc->cy <= 0 || (sc->cgran != GR_DAY && sc->cgran != GR_MONTH))
		return 0;
	return sc->cy + (m < sc->cm || (m == sc->cm && d > 0 &&
	    sc->cgran == GR_DAY && d < sc->cd));
}

/* Whether token c joins a span's start at ts to its end: "to", "until",
 * "through", "-", or "and" after "between". */
static int
span_joint(struct scan *sc, size_t c, size_t ts)
{
	int g = G(sc, c);

	return g == G_TO || g == G_UNTIL || g == G_THROUGH || P(sc, c, '-') ||
	    (g == G_AND && word_is(sc, ts - 1, "between"));
}

/*
 * The year of month m, day d at token i that ends an English span ("from
 * April 1 to June 24", "between October and February", "Nov. 20-Jan.
 * 5"), from its start right before; 0 when there is none.
 */
static int
en_span_year(struct scan *sc, size_t i, int m, int d)
{
	if (i < 2 || sc->chain != i - 1 || !span_joint(sc, i - 1, sc->cts) ||
	    !(span_opens(sc, sc->cts) || P(sc, i - 1, '-')))
		return 0;
	return span_end_year(sc, m, d);
}

/*
 * The end of a span or list whose start, month mo and day d, ends before
 * token k: "June 3-5", "Nov. 3 to Dec. 5", "23 January to 9 March", "3.
 * Juni bis 5. Juli", "June 3 and 5".  Sets *m2 and *d2 and returns the
 * token after it, or 0.
 */
static size_t
span_end(struct scan *sc, size_t k, int mo, int d, int *m2, int *d2)
{
	size_t te;
	int g = G(sc, k);

	if (!(P(sc, k, '-') || g == G_TO || g == G_THROUGH || g == G_UNTIL ||
	    g == G_AND))
		return 0;
	k++;
	if ((*m2 = month_at(sc, k, &te)) > 0) {
		if ((*d2 = day_at(sc, te, &k)) == 0 || !is_num(sc, te))
			return 0;
		return k;
	}
	if (!is_num(sc, k) || (*d2 = day_at(sc, k, &te)) == 0)
		return 0;
	k = te;
	if (date_of(sc, k) || (P(sc, k, '.') && glued(sc, k)))
		k++;	/* "5 de julio", "5. Juli" */
	if ((*m2 = month_at(sc, k, &te)) > 0)
		return te;
	if (*d2 > d && !P(sc, k - 1, '.') && !date_of(sc, k - 1)) {
		*m2 = mo;	/* "June 3-5" */
		return k;
	}
	return 0;
}

/*
 * The year that the end of a span or list names for its start at token
 * i, a day without one (month mo, day d, its last token before k): "June
 * 3-5, 2019", "Nov. 3 to Dec. 5, 2019", "23 January to 9 March 2014",
 * "3. Juni bis 5. Juli 2019", "June 3 and 5, 2019".  The end's year, or
 * the one before when the start falls later in the year ("Dec. 28 - Jan.
 * 3, 2020"); 0 when no year ends it.
 */
static int
span_ahead_year(struct scan *sc, size_t k, int mo, int d)
{
	size_t te;
	int m2, d2, y;

	if ((k = span_end(sc, k, mo, d, &m2, &d2)) == 0)
		return 0;
	if (P(sc, k, ',') || date_of(sc, k))
		k++;
	if ((y = year_at(sc, k, &te)) == 0)
		return 0;
	return y - (m2 < mo || (m2 == mo && d2 < d));
}

/*
 * The year y of the start of a span at token i (month mo, day d, its last
 * token before k), or the one before when the span crosses a new year,
 * is told in the past and would end after the reference date: "It ran
 * from November 20 to January 5" in a report of December 2024 ran from
 * 2023 into 2024.
 */
static int
span_past_year(struct scan *sc, size_t i, size_t k, int mo, int d, int y)
{
	long z = refz(sc), zs, ze;
	int m2, d2, ye;

	if (y <= 0 || z == 0 || !span_joint(sc, k, i) ||
	    span_end(sc, k, mo, d, &m2, &d2) == 0)
		return y;
	ye = y + (m2 < mo || (m2 == mo && d2 < d));
	if (!valid_date(y, mo, d) || !valid_date(ye, m2, d2))
		return y;
	zs = days_from_civil(y, mo, d);
	ze = days_from_civil(ye, m2, d2);
	return ye > y && zs <= z && ze > z && tense(sc, i) < 0 ? y - 1 : y;
}

/* Whether the grammar word g leads to a month: "in", "since", "last". */
static int
month_led(int g)
{
	return g == G_IN || g == G_SINCE || g == G_UNTIL || g == G_BY ||
	    g == G_LAST || g == G_NEXT || g == G_THIS || g == G_EARLY ||
	    g == G_LATE || g == G_MID || g == G_OF || g == G_DURING ||
	    g == G_FROM || g == G_TO || g == G_THROUGH || g == G_BEFORE ||
	    g == G_AFTER || g == G_EARLIER;
}

/* Whether a month name standing alone at i reads as the month. */
static int
lone_month_ok(struct scan *sc, size_t i)
{
	const struct lex *l = L(sc, i);
	const struct tok *t = T(sc, i);
	int g = G(sc, i - 1);

	/* "en junio", "depuis mars", "in giugno": a month of another
	 * language in its lower case, led as a month is */
	if (l->low && !l->abbr && !t->upper && (month_led(g) || g == G_MLEAD ||
	    g == G_A || g == G_END || g == G_BEGINNING || g == G_MIDDLE))
		return 1;
	if (l->abbr || l->low || (!t->upper && !t->cyr && !l->lc))
		return 0;	/* Russian writes months in lower case */
	if (t->cyr || l->lc)
		return 1;
	if (l->hom) {
		/* "May" and "March" are verbs too, and "Mai" a name ("Chiang
		 * Mai"), but not as a text alone
		 * ("May", "March." as a heading or a cell) */
		if (i == 0)
			return T(sc, 1)->kind == K_EOF || (P(sc, 1, '.') &&
			    T(sc, 2)->kind == K_EOF);
		/* "the March accession", "the May election"; not "the March
		 * on Washington", "the March of Dimes" */
		if (g == G_THE && is_word(sc, i + 1) && !T(sc, i + 1)->upper &&
		    !glued(sc, i + 1) && (L(sc, i + 1) == NULL ||
		    L(sc, i + 1)->gram == 0 || L(sc, i + 1)->gram == G_FIN))
			return 1;
		/* "Ende Mai", "Anfang März" */
		if ((g == G_END || g == G_BEGINNING || g == G_MIDDLE) &&
		    L(sc, i - 1)->noun)
			return 1;
		return month_led(g);
	}
	/* "June Carter", "April Ryan", "August F.": a name, where "in
	 * April Putin signed" is the month */
	if (T(sc, i + 1)->kind == K_WORD && titled(sc, i + 1) &&
	    !glued(sc, i + 1) && L(sc, i + 1) == NULL && !month_led(g) &&
	    !(g == G_THE && T(sc, i + 1)->allcap))
		return 0;	/* but "the June CITT meeting" */
	return 1;
}

/*
 * "last year", "this year", "next year", or "of last year", right after a
 * month, a day or a season at i ("des letzten Jahres" after a German
 * one): the year they name (0 when none or the reference date is
 * unknown); sets *te past them.
 */
static int
month_rel_year(struct scan *sc, size_t i, size_t *te)
{
	const struct lex *l;
	int g;

	if (G(sc, i) == G_OF)
		i++;
	else if (word_is(sc, i, "des") && T(sc, i - 1)->upper) {
		/* "April des letzten Jahres", "März des laufenden Jahres",
		 * "April des Vorjahres" */
		i++;
		l = L(sc, i);
		if (l != NULL && l->relu == U_YEAR && l->noun &&
		    sc->doc->ry != 0) {
			*te = i + 1;
			return (l->ana && sc->doc->ly > 0 ? sc->doc->ly :
			    sc->doc->ry) + l->reln;
		}
	} else if (date_of(sc, i) || word_is(sc, i, "do") || word_is(sc, i,
	    "dell")) {
		/* "del año pasado", "de l'année dernière", "dell'anno
		 * scorso", "do ano passado"; "del próximo año" below */
		i++;
		if (word_is(sc, i, "l") && P(sc, i + 1, '\''))
			i++;
		if (P(sc, i, '\'') && glued(sc, i))
			i++;
		l = L(sc, i);
		g = G(sc, i + 1);
		if (l != NULL && l->low && l->unit == U_YEAR && !l->pl &&
		    (g == G_LASTPOST || g == G_NEXT) && sc->doc->ry != 0) {
			*te = i + 2;
			return sc->doc->ry + (g == G_NEXT ? 1 : -1);
		}
	}
	l = L(sc, i + 1);
	g = G(sc, i);

	if ((g != G_LAST && g != G_THIS && g != G_NEXT) || l == NULL ||
	    l->unit != U_YEAR || ends_s(l) || sc->doc->ry == 0 ||
	    P(sc, i + 2, '\'') || P(sc, i + 2, '-'))
		return 0;
	*te = i + 2;
	return sc->doc->ry + (g == G_LAST ? -1 : g == G_NEXT ? 1 : 0);
}

/*
 * Two months joined as a span at token k, "July-September", "January to
 * March" (no day after the second): sets *m1 and *m2 and returns the
 * token after the second, or k.
 */
static size_t
month_span(struct scan *sc, size_t k, int *m1, int *m2)
{
	size_t te, t2;
	int g;

	if ((*m1 = month_at(sc, k, &te)) == 0 || !T(sc, k)->upper)
		return k;
	g = G(sc, te);
	if (!(P(sc, te, '-') || g == G_TO || g == G_THROUGH || g == G_UNTIL))
		return k;
	if ((*m2 = month_at(sc, te + 1, &t2)) == 0 || !T(sc, te + 1)->upper ||
	    (is_num(sc, t2) && day_at(sc, t2, &te) > 0 && T(sc, t2)->ndig <= 2))
		return k;
	return t2;
}

/*
 * Whether the abbreviated month at k starts or ends a span of two
 * ("Jan.-Oct."), which reads as months where one alone might be a word.
 */
static int
abbr_span(struct scan *sc, size_t k)
{
	int m1, m2;
	size_t j;

	if (!L(sc, k)->abbr)
		return 0;
	if (month_span(sc, k, &m1, &m2) > k)
		return 1;
	if (k < 2 || !P(sc, k - 1, '-'))
		return 0;
	j = k - 2 - P(sc, k - 2, '.');
	return L(sc, j) != NULL && L(sc, j)->month > 0 &&
	    month_span(sc, j, &m1, &m2) > j;
}

/*
 * Whether the word at k joins a day, a month and a year as "of" does, in
 * English or as Spanish, Portuguese and French write dates ("5 de marzo
 * de 2023", "octubre del 2021").
 */
static int
date_of(struct scan *sc, size_t k)
{
	return G(sc, k) == G_OF || word_is(sc, k, "de") ||
	    word_is(sc, k, "del");
}

/* "the year" at k, as "the first of the year" ends; sets *te past it. */
static int
year_of_first(struct scan *sc, size_t k, size_t *te)
{
	const struct lex *l = L(sc, k + 1);

	if (G(sc, k) != G_THE || l == NULL || l->unit != U_YEAR || ends_s(l) ||
	    P(sc, k + 2, '-') || P(sc, k + 2, '\''))
		return 0;
	*te = k + 2;
	return 1;
}

/*
 * The year of month m, day d that its weekday wd says, when y (the year
 * the reference date gives it) falls on another: the nearest year to the
 * reference date, from two before it to one after, whose day is that
 * weekday ("Thursday, November 7" in a report of February 2024 is
 * 2024's), else y.
 */
static int
weekday_year(struct scan *sc, int m, int d, int wd, int y)
{
	long z = refz(sc), best = -1, diff;
	int k, by = y;

	if (y <= 0 || z == 0 || !valid_date(y, m, d) ||
	    weekday(days_from_civil(y, m, d)) == wd)
		return y;
	for (k = sc->doc->ry - 2; k <= sc->doc->ry + 1; k++) {
		if (!valid_date(k, m, d) ||
		    weekday(days_from_civil(k, m, d)) != wd)
			continue;
		diff = days_from_civil(k, m, d) - z;
		if (diff < 0)
			diff = -diff;
		if (best < 0 || diff < best) {
			best = diff;
			by = k;
		}
	}
	return by;
}

/*
 * Whether the month at token i (its last token before k) names a futures
 * contract, which is to come, or at most two months gone, whatever the
 * clause's tense: "crude for November delivery rose", "for delivery in
 * November", "the December contract", "December futures".
 */
static int
contract_month(struct scan *sc, size_t i, size_t k)
{
	return word_is(sc, k, "delivery") || word_is(sc, k, "contract") ||
	    word_is(sc, k, "futures") || (i >= 2 && G(sc, i - 1) == G_IN &&
	    word_is(sc, i - 2, "delivery"));
}

static int	month_next(struct scan *, size_t);

/*
 * Dates with a month name: "Dec. 4", "December 4th, 2024", "4 December
 * 2024", "the 4th of June", "June 2024", "June", with an optional weekday
 * in front ("Thursday, November 7, 2024").
 */
static int
m_monthname(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i, te, t2, pair, kd = i, te1 = i;
	int wd = 0, mo = 0, d = 0, y = 0, rel = 0, m1, m2;

	/* "Wed., Dec. 4", "Sun, Aug. 16", "Thu Mar 21", "Fri 8 Nov", as
	 * pages stamp them, but not "Edmonton Sun, August 16", a paper's
	 * name */
	if ((l = L(sc, k)) != NULL && l->wday > 0 && !(l->abbr &&
	    !P(sc, k + 1, '.') && ((!P(sc, k + 1, ',') &&
	    !month_next(sc, k + 1)) || (k > 0 && is_word(sc, k - 1) &&
	    titled(sc, k - 1))))) {
		wd = l->wday;
		k++;
		if (P(sc, k, '.') && l->abbr)
			k++;
		if (P(sc, k, ','))
			k++;
		if ((word_is(sc, k, "den") || word_is(sc, k, "dem")) &&
		    is_num(sc, k + 1))
			k++;	/* "Donnerstag, den 20. Februar" */
		l = L(sc, k);
	}
	/* l is the word at k, looked up once for the tests below */
	if (l != NULL && (l->gram == G_LAST || l->gram == G_NEXT ||
	    l->gram == G_THIS)) {
		rel = l->gram;
		k++;
		/* "this past October": the last */
		if (rel == G_THIS && G(sc, k) == G_PAST) {
			rel = G_LAST;
			k++;
		}
		l = L(sc, k);
	}
	if (l != NULL && l->month > 0 && (mo = month_at(sc, k, &te)) > 0) {
		if (rel && !T(sc, k)->upper)
			return 0;
		k = te;
		/* "December the 6th", "March the first,": an ordinal that
		 * no noun follows ("in May the first time") */
		if (G(sc, k) == G_THE && ((L(sc, k + 1) != NULL &&
		    L(sc, k + 1)->ord > 0 && !is_word(sc, k + 2)) ||
		    (is_num(sc, k + 1) && G(sc, k + 2) == G_SUFFIX &&
		    glued(sc, k + 2) && !is_word(sc, k + 3))))
			k++;
		if (!l->low && (d = day_at(sc, k, &te)) > 0 &&
		    !num_is_label(sc, k) &&
		    !(is_num(sc, k) && T(sc, k)->sp == 2)) {
			k = te;
			t2 = k;
			if (P(sc, t2, ','))
				t2++;
			if ((y = year_at(sc, t2, &te)) > 0 ||
			    (y = month_rel_year(sc, k, &te)) > 0)
				k = te;	/* "March 5 last year" */
		} else if (is_num(sc, k) && T(sc, k)->ndig == 4) {
			if ((y = year_at(sc, k, &te)) == 0)
				return 0;
			k = te;
		} else if (is_word(sc, k) && (y = year_at(sc, k, &te)) > 0) {
			k = te;
		} else if (P(sc, k, ',') && (y = year_at(sc, k + 1, &te)) > 0) {
			k = te;
		} else if (date_of(sc, k) && (y = year_at(sc, k + 1, &te)) > 0) {
			k = te;
		} else if (!rel && (T(sc, k - 1 - P(sc, k - 1, '.'))->upper ||
		    L(sc, k - 1 - P(sc, k - 1, '.'))->lc ||
		    l->low || T(sc, k - 1)->cyr) &&
		    (y = month_rel_year(sc, k, &te)) > 0) {
			k = te;		/* "June last year" */
		} else if (!rel && l->low && !l->abbr && !T(sc, k - 1)->upper &&
		    (G(sc, k) == G_LASTPOST || G(sc, k) == G_NEXT) &&
		    !titled(sc, k)) {
			/* "en juin dernier", "junio pasado", "juin
			 * prochain" */
			rel = G(sc, k) == G_NEXT ? G_NEXT : G_LAST;
			k++;
		} else if (!abbr_span(sc, k - 1 - P(sc, k - 1, '.'))) {
			if (!rel && !lone_month_ok(sc, k - 1 - (P(sc, k - 1, '.'))))
				return 0;
			if (L(sc, k - 1 - P(sc, k - 1, '.'))->abbr)
				return 0;
		}
	} else {
		/* day before month: "4 December", "the 4th of December" */
		if (rel)
			return 0;
		if (wd == 0 && l != NULL && l->gram == G_THE)
			k++;
		if ((d = day_at(sc, k, &te)) == 0 || (num_is_label(sc, k) &&
		    !(wd == 0 && k == i && pair_second(sc, k))))
			return 0;
		if (!is_num(sc, k) && wd == 0 && G(sc, i) != G_THE)
			return 0;
		kd = k;
		te1 = te;
		k = te;
		if (date_of(sc, k))
			k++;
		else if (P(sc, k, '.') && glued(sc, k) && is_num(sc, k - 1) &&
		    T(sc, k + 1)->upper && month_at(sc, k + 1, &te) > 0)
			k++;	/* "am 12. November 2015", as German writes */
		else if (P(sc, k, '-') && glued(sc, k) && glued(sc, k + 1) &&
		    is_num(sc, k - 1) && T(sc, k + 1)->upper &&
		    (mo = month_at(sc, k + 1, &te)) > 0 && P(sc, te, '-') &&
		    glued(sc, te) && is_num(sc, te + 1) && glued(sc, te + 1) &&
		    (T(sc, te + 1)->ndig == 2 || T(sc, te + 1)->ndig == 4) &&
		    !num_continues(sc, te + 1)) {
			/* "5-Dec-2024", "05-Dec-24", as tables write them */
			y = (int)T(sc, te + 1)->num;
			if (T(sc, te + 1)->ndig == 2)
				y += y <= (sc->doc->ry > 0 ? sc->doc->ry : 2030) %
				    100 + 10 ? 2000 : 1900;
			k = te + 2;
			goto dated;
		}
		/* "5-6 December", "5 and 6 December", "с 5 по 7 декабря":
		 * the first day alone, of the month after the second */
		pair = wd == 0 ? day_pair_end(sc, kd) : 0;
		if (pair > 0)
			k = pair + (date_of(sc, pair) && !T(sc, pair)->upper);
		if (d == 1 && wd == 0 && pair == 0 && G(sc, k - 1) == G_OF &&
		    (year_of_first(sc, k, &te) || (y = month_rel_year(sc, k,
		    &te)) > 0)) {
			/* "after the first of the year", "the first of next
			 * year": January 1 */
			mo = 1;
			k = te;
			if (y == 0 && (y = year_at(sc, k, &te)) > 0)
				k = te;	/* "the first of the year 2020" */
			goto dated;
		}
		/* not "Python 3\n\nJanuary 13", a paragraph apart */
		if ((mo = month_at(sc, k, &te)) == 0 || para_break(sc, k))
			return 0;
		k = te;
		t2 = k;
		if (P(sc, t2, ','))
			t2++;
		if ((y = year_at(sc, t2, &te)) > 0 ||
		    (y = month_rel_year(sc, k, &te)) > 0 ||
		    (date_of(sc, k) && (y = year_at(sc, k + 1, &te)) > 0))
			k = te;	/* "5 March last year", "5 de marzo de 2023" */
		if (pair > 0)
			k = te1;
	}
dated:
	h->te = k;
	if (y == 0 && wd == 0 && rel == 0)
		y = en_span_year(sc, i, mo, d);
	if (y == 0 && wd == 0 && rel == 0 && d > 0)
		y = span_ahead_year(sc, k, mo, d);
	if (d > 0) {
		if (!valid_date(y > 0 ? y : 2000, mo, d))
			return 0;
		if (y == 0 && wd > 0)
			y = weekday_year(sc, mo, d, wd,
			    monthday_near(sc, mo, d, i));
		else if (y == 0)
			y = span_past_year(sc, i, k, mo, d,
			    monthday_near(sc, mo, d, i));
		put_day(h, y, mo, d);
		return 1;
	}
	if (wd > 0)
		return 0;
	if (y == 0) {
		if (sc->doc->ry == 0)
			y = 0;
		else if (rel == G_LAST)
			y = mo < sc->doc->rm ? sc->doc->ry : sc->doc->ry - 1;
		else if (rel == G_NEXT)
			y = mo > sc->doc->rm ? sc->doc->ry : sc->doc->ry + 1;
		else if (rel == G_THIS)
			y = sc->doc->ry;
		else if ((k = month_span(sc, i, &m1, &m2)) > i) {
			/* "January-October", "from March to May next
			 * year": the span's end decides, and its start is no
			 * later */
			if ((y = year_at(sc, k, &te)) == 0 && !(P(sc, k, ',') &&
			    (y = year_at(sc, k + 1, &te)) > 0) &&
			    (y = month_rel_year(sc, k, &te)) == 0)
				y = month_near(sc, m2, i);
			if (mo > m2)
				y--;
		} else if (contract_month(sc, i, h->te)) {
			/* the next such month, or one of the two just
			 * gone, as a contract expires in its month */
			if ((mo - sc->doc->rm + 12) % 12 >= 10)
				y = mo > sc->doc->rm ? sc->doc->ry - 1 :
				    sc->doc->ry;
			else
				y = mo >= sc->doc->rm ? sc->doc->ry :
				    sc->doc->ry + 1;
		} else if (i > 0 && G(sc, i - 1) == G_THE &&
		    is_word(sc, h->te) && !T(sc, h->te)->upper &&
		    L(sc, h->te) == NULL &&
		    story_year(sc) == 0 && !past_verb_before(sc, i - 1)) {
			/* "the January elections": a name of an event, the
			 * nearer one whatever the clause's tense, unless a
			 * verb in the past governs it ("won the March
			 * primary") */
			y = month_year(sc, mo, 0);
		} else
			y = month_near(sc, mo, i);
	}
	if (mo % 3 == 0 && i > 0 && G(sc, i - 1) == G_THE &&
	    L(sc, h->te) != NULL && L(sc, h->te)->unit == U_QUARTER &&
	    !ends_s(L(sc, h->te)) && !titled(sc, h->te)) {
		/* "the September quarter": the quarter that ends in it,
		 * "the June quarter last year" a year's */
		if ((m1 = month_rel_year(sc, h->te + 1, &te)) > 0 ||
		    (G(sc, h->te + 1) == G_OF && (m1 = year_at(sc, h->te + 2,
		    &te)) > 0))
			y = m1;
		else
			te = h->te + 1;
		put_quarter(h, y, mo / 3);
		h->ts = i - 1;
		h->te = te;
		return 1;
	}
	put_month(h, y, mo);
	return 1;
}

/* Whether a month's name opens token k, alone or after a day ("8 Nov"). */
static int
month_next(struct scan *sc, size_t k)
{
	const struct lex *l;

	if (is_num(sc, k) && T(sc, k)->ndig <= 2)
		k++;
	return (l = L(sc, k)) != NULL && l->month > 0 && !l->low &&
	    T(sc, k)->upper;
}

/*
 * Whether the word at k, in lower case, looks like a plural noun: it ends
 * in "s" but not "ss" ("workers"), or in "children", "people" or "men".
 */
static int
plural_noun(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	const char *w = sc->text + t->s;
	size_t n = t->e - t->s;

	if (t->kind != K_WORD || t->upper || n < 3)
		return 0;
	if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
		return 1;
	return (n >= 8 && memcmp(w + n - 8, "children", 8) == 0) ||
	    (n >= 6 && memcmp(w + n - 6, "people", 6) == 0) ||
	    memcmp(w + n - 3, "men", 3) == 0;
}

/*
 * Whether token k, after a number, makes it an amount: a unit of time or
 * measure, a currency, a count of people ("10,000 troops"), "%" or "€";
 * an English word only in lower case ("in 2019 People's Daily"), where a
 * noun of a language that writes its nouns with a capital has no capital
 * to its token ("1200 Euro").
 */
static int
measure_at(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	const struct lex *l = L(sc, k);
	int pl;

	if (t->kind == K_PUNCT)
		return t->c == '%' || (t->c == 'U' && t->e - t->s == 3 &&
		    memcmp(sc->text + t->s, "\xE2\x82\xAC", 3) == 0);
	if (t->kind != K_WORD || l == NULL || t->upper)
		return 0;
	return l->gram == G_COUNTNOUN || l->gram == G_CENT ||
	    unit_at(sc, k, &pl) != 0;
}

/* Whether a four-digit number at i reads as a year. */
static int
year_ok(struct scan *sc, size_t i, int y)
{
	const struct tok *n;
	int g = G(sc, i - 1), prep;

	if (num_is_label(sc, i) || num_continues(sc, i))
		return 0;
	if (P(sc, i + 1, '-') && glued(sc, i + 1) && is_num(sc, i + 2) &&
	    glued(sc, i + 2) && T(sc, i + 2)->ndig != 2 &&
	    T(sc, i + 2)->ndig != 4)
		return 0;	/* phone numbers */
	if (P(sc, i + 1, ',') && glued(sc, i + 1) && is_num(sc, i + 2))
		return 0;
	prep = g == G_IN || g == G_SINCE || g == G_UNTIL || g == G_BY ||
	    g == G_OF || g == G_FROM || g == G_TO || g == G_DURING ||
	    g == G_THROUGH || g == G_BEFORE || g == G_AFTER || g == G_FISCAL ||
	    g == G_EARLY || g == G_LATE || g == G_MID || g == G_AND ||
	    g == G_OR || g == G_THE || g == G_FY || (P(sc, i - 1, '-') &&
	    (word_is(sc, i - 2, "pre") || word_is(sc, i - 2, "post"))) ||
	    (i == 0 && T(sc, 1)->kind == K_EOF);	/* a text alone */
	if (!prep && (y < 1900 || y > (sc->doc->ry > 0 ? sc->doc->ry : 2030) + 30))
		return 0;
	n = T(sc, i + 1);
	if (n->kind == K_WORD && !n->upper) {
		const struct lex *l = L(sc, i + 1);

		if (l != NULL && l->gram == G_YEARMARK)
			return 1;	/* "в 2023 году" */
		/* "3000 workers", and after "of" a year of long ago: "of
		 * 1709 schoolchildren" */
		if ((!prep || y < 1900) && l == NULL && plural_noun(sc,
		    i + 1))
			return 0;
	}
	if (measure_at(sc, i + 1))
		return 0;
	/* "from 1500 to 3000 m", "von 2900 bis 3200 Euro" */
	return !((G(sc, i + 1) == G_TO || G(sc, i + 1) == G_UNTIL ||
	    P(sc, i + 1, '-')) && is_num(sc, i + 2) && measure_at(sc, i + 3));
}

static int	ko_tilde(struct scan *, size_t);
static int	uword_is(struct scan *, size_t, const char *);

/*
 * The year after a quarter or a half at i, as analysts write it: two
 * digits glued on ("1Q25", "Q3'24"), or four apart ("3Q 2024"); sets
 * *te past it.  0 when there is none.
 */
static int
short_year(struct scan *sc, size_t i, size_t *te)
{
	const struct tok *t = T(sc, i), *n = T(sc, i + 1);
	int y;

	if (t->kind != K_NUM || (glued(sc, i + 1) && (n->kind == K_WORD ||
	    n->kind == K_NUM)))
		return 0;
	if (glued(sc, i) && t->ndig == 2) {
		y = (int)t->num;
		*te = i + 1;
		return y + (y < 50 ? 2000 : 1900);
	}
	return !glued(sc, i) && t->ndig == 4 ? year_at(sc, i, te) : 0;
}

static int	ko_tense(struct scan *, size_t);
static int	game_context(struct scan *, size_t);
static int	romance_decade(struct scan *, size_t, struct hit *);

/*
 * The year of quarter q, or of half (1 or 2) when q is 0, named at i with
 * no year, the reference year known: a quarter or half not yet begun is
 * last year's, unless the clause looks ahead; one over in a clause that
 * looks ahead is next year's ("will open in the first quarter", written
 * in December), but for the one just ended, whose results are still to
 * come.  ko reads the tense as Korean puts it, at the end.
 */
static int
part_year(struct scan *sc, size_t i, int q, int half, int ko)
{
	int ry = sc->doc->ry, rq = (sc->doc->rm - 1) / 3 + 1;

	if (((q > rq && !half) || half > (rq + 1) / 2) &&
	    (ko ? ko_tense(sc, i) : tense(sc, i)) <= 0)
		return ry - 1;
	if (((q > 0 && q < rq - 1 && !half) || (half == 1 && rq == 4)) &&
	    (ko ? ko_tense(sc, i) : tense(sc, i)) > 0)
		return ry + 1;
	return ry;
}

/* Years, fiscal years, decades and centuries. */
static int
m_year(struct scan *sc, size_t i, struct hit *h)
{
	size_t k = i, te;
	int y, fiscal = 0;
	const struct lex *l;

	if (G(sc, k) == G_FISCAL) {
		fiscal = 1;
		k++;
		if ((l = L(sc, k)) != NULL && l->unit == U_YEAR)
			k++;
	} else if (G(sc, k) == G_FY) {
		fiscal = 1;
		k++;
		if (glued(sc, k) && T(sc, k)->ndig == 2 &&
		    (y = short_year(sc, k, &te)) > 0) {
			put_year(h, y);	/* "FY25" */
			h->te = te;
			return 1;
		}
	}
	/* the 1990s, the '90s, 1990s */
	if (G(sc, k) == G_THE && !fiscal)
		k++;
	if (P(sc, k, '\'') && is_num(sc, k + 1) && T(sc, k + 1)->ndig == 2 &&
	    glued(sc, k + 1) && G(sc, k + 2) == G_S && glued(sc, k + 2) &&
	    T(sc, k + 1)->num % 10 == 0) {
		put_decade(sc, h, (int)T(sc, k + 1)->num);
		h->te = k + 3;
		return 1;
	}
	if (is_num(sc, k) && P(sc, k + 1, '-') &&
	    glued(sc, k + 1) && glued(sc, k + 2) && T(sc, k + 2)->cyr &&
	    T(sc, k + 2)->e - T(sc, k + 2)->s == 2 &&
	    (memcmp(sc->text + T(sc, k + 2)->s, "\xd1\x85", 2) == 0 ||
	    memcmp(sc->text + T(sc, k + 2)->s, "\xd0\xb5", 2) == 0) &&
	    T(sc, k)->num % 10 == 0 && ((T(sc, k)->ndig == 4 &&
	    T(sc, k)->num >= 1000 && T(sc, k)->num < 2100) ||
	    (T(sc, k)->ndig == 2 && L(sc, k + 3) != NULL &&
	    L(sc, k + 3)->unit == U_YEAR))) {
		/* "1990-х годах", "1990-е годы", "90-е годы": the nineties,
		 * the last such up to the reference year */
		put_decade(sc, h, (int)T(sc, k)->num);
		h->te = k + 3 + (G(sc, k + 3) == G_YEARMARK ||
		    (L(sc, k + 3) != NULL && L(sc, k + 3)->unit == U_YEAR));
		return 1;
	}
	if (is_num(sc, k) && T(sc, k)->ndig == 4 && (G(sc, k + 1) == G_S ||
	    word_is(sc, k + 1, "er")) && glued(sc, k + 1) &&
	    T(sc, k)->num % 10 == 0 && T(sc, k)->num >= 1000 &&
	    T(sc, k)->num < 2100) {
		y = (int)T(sc, k)->num;
		/* "the 1800s", "the late 1800s": a century, but "the
		 * 2000s" the decade that this century's news means */
		if (y % 100 == 0 && y < 2000 && (G(sc, i) == G_THE || (i > 0 &&
		    (G(sc, i - 1) == G_EARLY || G(sc, i - 1) == G_LATE ||
		    G(sc, i - 1) == G_MID || (P(sc, i - 1, '-') && i > 1 &&
		    G(sc, i - 2) == G_MID)))))
			snprintf(h->val, sizeof(h->val), "%02d", y / 100);
		else
			snprintf(h->val, sizeof(h->val), "%03d", y / 10);
		h->type = WIRE_TX_DATE;
		h->te = k + 2;
		/* "die 1960er Jahre", "der 1970er-Jahre", as German says it */
		if (word_is(sc, k + 1, "er")) {
			if (P(sc, h->te, '-') && glued(sc, h->te))
				h->te++;
			if (L(sc, h->te) != NULL && L(sc, h->te)->unit ==
			    U_YEAR)
				h->te++;
			else if (P(sc, h->te - 1, '-'))
				h->te--;
		}
		return 1;
	}
	/* "die 80er Jahre", "in den 90ern": the last such decade */
	if (is_num(sc, k) && T(sc, k)->ndig == 2 && T(sc, k)->num % 10 == 0 &&
	    (word_is(sc, k + 1, "er") || word_is(sc, k + 1, "ern")) &&
	    glued(sc, k + 1) && ((k > 0 && (word_is(sc, k - 1, "die") ||
	    word_is(sc, k - 1, "den") || word_is(sc, k - 1, "der"))) ||
	    ((l = L(sc, k + 2 + P(sc, k + 2, '-'))) != NULL &&
	    l->unit == U_YEAR && l->noun))) {
		put_decade(sc, h, (int)T(sc, k)->num);
		h->te = k + 2;
		if (P(sc, h->te, '-') && glued(sc, h->te) &&
		    L(sc, h->te + 1) != NULL &&
		    L(sc, h->te + 1)->unit == U_YEAR)
			h->te++;
		if (L(sc, h->te) != NULL && L(sc, h->te)->unit == U_YEAR &&
		    L(sc, h->te)->noun)
			h->te++;
		return 1;
	}
	/* the nineties: the last such decade up to the reference year */
	if ((l = L(sc, k)) != NULL && l->dec > 0 && k > 0 && !fiscal &&
	    (G(sc, k - 1) == G_THE || G(sc, k - 1) == G_EARLY ||
	    G(sc, k - 1) == G_LATE || G(sc, k - 1) == G_MID)) {
		y = sc->doc->ry > 0 ? sc->doc->ry : 2000;
		y = y / 100 * 100 + (l->dec - 1) * 10;
		if (sc->doc->ry > 0 && y > sc->doc->ry)
			y -= 100;
		else if (sc->doc->ry == 0)
			y -= 100;
		snprintf(h->val, sizeof(h->val), "%03d", y / 10);
		h->type = WIRE_TX_DATE;
		h->te = k + 1;
		return 1;
	}
	/* the 20th century; "das 19. Jahrhundert" as German writes it */
	if ((G(sc, i) == G_THE || k == i) && is_num(sc, k) &&
	    (G(sc, k + 1) == G_SUFFIX || P(sc, k + 1, '.')) &&
	    glued(sc, k + 1) && (l = L(sc, k + 2)) != NULL &&
	    l->unit == U_CENTURY && (!P(sc, k + 1, '.') || l->noun) &&
	    T(sc, k)->num >= 1 && T(sc, k)->num <= 30) {
		/* "the 5th century BC" is before the era these values
		 * count */
		if (word_is(sc, k + 3, "bc") || word_is(sc, k + 3, "bce") ||
		    (word_is(sc, k + 3, "b") && P(sc, k + 4, '.') &&
		    word_is(sc, k + 5, "c")))
			return 0;
		snprintf(h->val, sizeof(h->val), "%02ld", T(sc, k)->num - 1);
		h->type = WIRE_TX_DATE;
		h->te = k + 3;
		return 1;
	}
	/* "the twentieth century", "the twenty-first century" */
	if ((G(sc, i) == G_THE || k == i) && (y = ord_words(sc, k, &te)) > 0 &&
	    (l = L(sc, te)) != NULL && l->unit == U_CENTURY && !ends_s(l) &&
	    !titled(sc, te) && !word_is(sc, te + 1, "bc") &&
	    !word_is(sc, te + 1, "bce")) {
		snprintf(h->val, sizeof(h->val), "%02d", y - 1);
		h->type = WIRE_TX_DATE;
		h->te = te + 1;
		return 1;
	}
	if (G(sc, i) == G_THE && !fiscal) {
		/* "the year 2000" */
		if ((l = L(sc, k)) == NULL || l->unit != U_YEAR)
			return 0;
		k++;
	}
	if ((y = year_at(sc, k, &te)) == 0)
		return 0;
	/* "nineteen ninety-six" is a year anywhere, "two thousand" not */
	if (!is_num(sc, k) && (L(sc, k)->num < 11 || L(sc, k)->num > 19) &&
	    !(G(sc, i) == G_THE || G(sc, k - 1) == G_IN ||
	    G(sc, k - 1) == G_OF || G(sc, k - 1) == G_SINCE ||
	    G(sc, k - 1) == G_UNTIL || G(sc, k - 1) == G_BY))
		return 0;
	if (!fiscal && is_num(sc, k) && !year_ok(sc, k, y))
		return 0;
	/* "1950~1960년대": the first of two decades (m_korean) */
	if (is_num(sc, k) && te == k + 1 && T(sc, k + 3)->hangul &&
	    ko_tilde(sc, k + 1) && !P(sc, k + 1, '-') &&
	    uword_is(sc, k + 3, KO_DECADE))
		return 0;
	put_year(h, y);
	h->te = te;
	return 1;
}

/* "year-earlier", "year-ago" at i; returns the tokens it takes. */
static size_t
year_ago_at(struct scan *sc, size_t i)
{
	const struct lex *l = L(sc, i);

	if (l == NULL || l->unit != U_YEAR || ends_s(l) ||
	    !P(sc, i + 1, '-') || !glued(sc, i + 1) || !glued(sc, i + 2))
		return 0;
	return G(sc, i + 2) == G_EARLIER || G(sc, i + 2) == G_AGO ? 3 : 0;
}

/*
 * Whether the sentence before token i reports results for a span of
 * several quarters ("for the nine months", "in the first half"): a
 * comparison a year earlier is then about that span, dated by its year.
 */
static int
span_context(struct scan *sc, size_t i)
{
	const struct lex *l;
	const struct tok *t;
	size_t k;

	for (k = 1; k <= 40 && k < i; k++) {
		t = T(sc, i - k);
		if (clause_end(sc, i - k) || t->sp == 2)
			break;
		if ((l = L(sc, i - k)) != NULL && l->unit == U_MONTH &&
		    ends_s(l) && (((l = L(sc, i - k - 1)) != NULL &&
		    (l->num == 6 || l->num == 9)) || (is_num(sc, i - k - 1) &&
		    (T(sc, i - k - 1)->num == 6 || T(sc, i - k - 1)->num == 9))))
			return 1;
		if (G(sc, i - k) == G_HALF && (l = L(sc, i - k - 1)) != NULL &&
		    l->ord == 1)
			return 1;
	}
	return 0;
}

/* The quarter last reported: the last one mentioned, else the one before
 * the reference date's. */
static void
base_quarter(struct scan *sc, int *y, int *q)
{
	struct wire_timex_doc *d = sc->doc;

	if (d->qy > 0) {
		/* days may follow: "the quarter ended Sept. 30" */
		*y = d->qy;
		*q = d->qq;
		return;
	}
	*y = d->ry;
	*q = (d->rm - 1) / 3;
	if (*q == 0) {
		*q = 4;
		(*y)--;
	}
}

/*
 * The quarter n quarters from the one last mentioned, else from the
 * reference date's, into *y and *q (carried into the year by
 * put_quarter()).
 */
static void
quarter_from_last(struct scan *sc, int n, int *y, int *q)
{
	const struct wire_timex_doc *d = sc->doc;

	*y = d->qy > 0 ? d->qy : d->ry;
	*q = (d->qy > 0 ? d->qq : (d->rm - 1) / 3 + 1) + n;
}

/*
 * A year named from the reference year at token k: "this year", "last
 * year", "next year", "the current year", "the coming year", "(of) the
 * year".  Returns 1 for the year before, 2 for the same, 3 for the year
 * after, with the token after it in *te; 0 for none.
 */
static int
year_rel(struct scan *sc, size_t k, size_t *te)
{
	const struct lex *l;
	int g;

	if (G(sc, k) == G_THE && (G(sc, k + 1) == G_CURRENT ||
	    G(sc, k + 1) == G_COMING))
		k++;
	/* "во второй половине года": the year alone, in the genitive */
	if (T(sc, k)->cyr && (l = L(sc, k)) != NULL && l->unit == U_YEAR &&
	    !l->pl && !titled(sc, k)) {
		*te = k + 1;
		return 2;
	}
	g = G(sc, k);
	if ((l = L(sc, k + 1)) == NULL || l->unit != U_YEAR ||
	    ends_s(l) || T(sc, k + 1)->upper)
		return 0;
	*te = k + 2;
	/* "the first half of the year": the year of the report */
	return g == G_LAST ? 1 : g == G_THIS || g == G_CURRENT ||
	    (g == G_THE && G(sc, k - 1) == G_OF) ? 2 : g == G_NEXT ||
	    g == G_COMING ? 3 : 0;
}

static int	fin_context(struct scan *, size_t);

/*
 * Quarters and halves: "the third quarter", "third-quarter", "Q3 2024",
 * "the latest quarter", "the year-earlier period", "this year's second
 * quarter", "the first half of 2024".
 */
static int
m_quarter(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i, te, n;
	int q = 0, y = 0, rel = 0, half = 0, ago = 0, g, by, bq, period = 0;
	int ry = sc->doc->ry, rq = (sc->doc->rm - 1) / 3 + 1, mo, d, yy;

	if (G(sc, k) == G_THE)
		k++;
	g = G(sc, k);
	if (is_num(sc, k) && T(sc, k)->ndig == 4 && (y = year_at(sc, k, &te))) {
		k = te;
		if (P(sc, k, '\'') && G(sc, k + 1) == G_S)
			k += 2;
	} else if ((g == G_THIS || g == G_LAST || g == G_NEXT) &&
	    (l = L(sc, k + 1)) != NULL && l->unit == U_YEAR &&
	    P(sc, k + 2, '\'') && G(sc, k + 3) == G_S && ry > 0) {
		y = ry + (g == G_LAST ? -1 : g == G_NEXT ? 1 : 0);
		k += 4;
	} else if ((n = year_ago_at(sc, k)) > 0) {
		ago = 1;
		k += n;
	} else if (g == G_THIS || g == G_LAST || g == G_NEXT ||
	    g == G_CURRENT || g == G_PREVIOUS || g == G_LATEST ||
	    g == G_COMING || g == G_FOLLOWING) {
		rel = g;
		k++;
	} else if (g == G_SAME && G(sc, k - 1) == G_THE) {
		rel = G_SAME;
		k++;
		if ((n = year_ago_at(sc, k)) > 0) {
			ago = 1;	/* "the comparable year-ago quarter" */
			k += n;
		}
	}
	if (G(sc, k) == G_FISCAL)
		k++;
	/* "3Q 2024", "1Q25", "2H24": as analysts write them, with a year */
	g = G(sc, k + 1);
	if (is_num(sc, k) && T(sc, k)->ndig == 1 && (g == G_Q || g == G_H) &&
	    glued(sc, k + 1) && T(sc, k + 1)->allcap &&
	    T(sc, k)->num >= 1 && T(sc, k)->num <= (g == G_Q ? 4 : 2) &&
	    !(k > 0 && glued(sc, k) && (is_word(sc, k - 1) ||
	    is_num(sc, k - 1))) && (yy = short_year(sc, k + 2, &te)) > 0) {
		if (g == G_Q)
			q = (int)T(sc, k)->num;
		else
			half = (int)T(sc, k)->num;
		y = yy;
		k = te;
		goto out;
	}
	/* "Q3 2024", "H1 2025", "in H2": not "H1N1", "H2O" */
	g = G(sc, k);
	if ((g == G_Q || g == G_H) && T(sc, k)->allcap && is_num(sc, k + 1) &&
	    glued(sc, k + 1) && T(sc, k + 1)->num >= 1 &&
	    T(sc, k + 1)->num <= (g == G_Q ? 4 : 2) && (g == G_Q ||
	    (T(sc, k + 1)->ndig == 1 && !(glued(sc, k + 2) &&
	    (T(sc, k + 2)->kind == K_WORD || T(sc, k + 2)->kind == K_NUM)) &&
	    ((is_num(sc, k + 2) && year_at(sc, k + 2, &te)) ||
	    G(sc, k - 1) == G_IN || G(sc, k - 1) == G_DURING)))) {
		if (g == G_Q)
			q = (int)T(sc, k + 1)->num;
		else
			half = (int)T(sc, k + 1)->num;
		k += 2;
		if (is_num(sc, k) && year_at(sc, k, &te)) {
			y = (int)T(sc, k)->num;
			k = te;
		} else if (P(sc, k, '\'') && glued(sc, k) &&
		    (yy = short_year(sc, k + 1, &te)) > 0) {
			y = yy;	/* "Q3'24" */
			k = te;
		}
		goto out;
	}
	if (!rel && !y && !ago && (te = month_span(sc, k, &mo, &d)) > k &&
	    d == mo + 2 && mo % 3 == 1 && (l = L(sc, te)) != NULL &&
	    l->unit == U_QUARTER) {
		q = (mo + 2) / 3;	/* "the July-September quarter" */
		k = te;
	} else if ((l = L(sc, k)) != NULL && l->ord >= 1 && l->ord <= 4 &&
	    !rel) {
		q = l->ord;
		k++;
	} else if (is_num(sc, k) && T(sc, k)->num >= 1 && T(sc, k)->num <= 4 &&
	    G(sc, k + 1) == G_SUFFIX && !rel) {
		q = (int)T(sc, k)->num;
		k += 2;
	}
	if (P(sc, k, '-') && q)
		k++;
	if (G(sc, k) == G_FISCAL)
		k++;
	if (((q == 1 && (l = L(sc, k)) != NULL && l->num == 2 &&
	    (l = L(sc, k + 1)) != NULL && l->unit == U_QUARTER) ||
	    (rel == G_LAST && G(sc, k) == G_HALF)) && G(sc, k + 1 +
	    (q == 1)) == G_OF && is_num(sc, k + 2 + (q == 1))) {
		/* "the first two quarters of 1990", "the last half of 1989" */
		half = q == 1 ? 1 : 2;
		q = half;
		rel = 0;
		k += 1 + (q == 1);
	} else if (G(sc, k) == G_HALF && (q == 1 || q == 2)) {
		half = q;
		k++;
	} else if ((l = L(sc, k)) != NULL && l->unit == U_QUARTER &&
	    !ends_s(l)) {
		k++;
	} else if (G(sc, k) == G_PERIOD && q == 0 && (y || ago || rel ==
	    G_LATEST || rel == G_PREVIOUS || rel == G_SAME)) {
		k++;
		period = 1;
	} else
		return 0;
	if (!ago && !y && q == 0 && !half && (rel == 0 || rel == G_SAME) &&
	    (l = L(sc, k + 1)) != NULL && l->unit == U_YEAR &&
	    !ends_s(l) && (G(sc, k) == G_LAST ||
	    (G(sc, k) == G_A && (G(sc, k + 2) == G_AGO ||
	    G(sc, k + 2) == G_EARLIER)))) {
		/* "the same period last year", "the quarter a year ago" */
		ago = 1;
		k += G(sc, k) == G_LAST ? 2 : 3;
	}
	if (rel == G_LAST && q == 0 && !half && !period && G(sc, k) == G_OF &&
	    ((is_num(sc, k + 1) && year_at(sc, k + 1, &te)) ||
	    year_rel(sc, k + 1, &te) != 0)) {
		q = 4;	/* "the last quarter of 1989": its fourth */
		rel = 0;
	}
	/* "of 2025", "of fiscal 2025", "of fiscal year 2025" */
	n = G(sc, k) == G_OF && G(sc, k + 1) == G_FISCAL ? 1 + (L(sc, k +
	    2) != NULL && L(sc, k + 2)->unit == U_YEAR) : 0;
	if (G(sc, k) == G_OF && is_num(sc, k + 1 + n) && (te = 0,
	    year_at(sc, k + 1 + n, &te))) {
		y = (int)T(sc, k + 1 + n)->num;
		k = te;
	} else if ((G(sc, k) == G_OF || T(sc, k)->cyr) && (q || half) && !y &&
	    !ago && ry > 0 && (n = (size_t)year_rel(sc, k + (G(sc, k) ==
	    G_OF), &te)) != 0) {
		/* "the first half of next year"; "в первом квартале
		 * следующего года", whose genitive says "of" */
		y = ry + (int)n - 2;
		k = te;
	} else if (is_num(sc, k) && !y && year_at(sc, k, &te)) {
		y = (int)T(sc, k)->num;
		k = te;
	}
	/* a half of no year is one of a year only where results are
	 * reported or foreseen: "In the second half, he scored" is a
	 * match's */
	if (half && y == 0 && rel == 0 && !ago && !fin_context(sc, i) &&
	    tense(sc, i) <= 0)
		return 0;
	/* nor is a game's quarter: "scored 12 points in the third quarter" */
	if (q && !half && y == 0 && rel == 0 && !ago && game_context(sc, i))
		return 0;
out:
	h->te = k;
	if (ry == 0 && y == 0) {
		if (half)
			put_half(h, 0, half);
		else if (q)
			snprintf(h->val, sizeof(h->val), "XXXX-Q%d", q);
		else
			return 0;
		h->type = WIRE_TX_DATE;
		return 1;
	}
	if (q == 0 && !half) {
		/* "the quarter", "last quarter": the last one reported */
		if (rel == 0 && G(sc, i) != G_THE && !y && !ago)
			return 0;
		base_quarter(sc, &by, &bq);
		if (rel == 0 && !y && !ago && sc->doc->qy == 0 &&
		    G(sc, k) == G_ENDED &&
		    (mo = month_at(sc, k + 1, &te)) > 0 &&
		    (d = day_at(sc, te, &te)) > 0 && valid_date(2000, mo, d) &&
		    (yy = monthday_near(sc, mo, d, k + 1)) > 0) {
			/* "the quarter ended July 31": the calendar quarter
			 * of most of its three months, May to July, unless
			 * the report named its quarter before ("its fiscal
			 * first quarter") */
			if (--mo == 0) {
				mo = 12;
				yy--;
			}
			by = yy;
			bq = (mo - 1) / 3 + 1;
		}
		if (rel == G_THIS || rel == G_CURRENT) {
			by = ry;
			bq = rq;
		} else if (rel == G_PREVIOUS || rel == G_FOLLOWING) {
			/* "the previous quarter": before the one last
			 * mentioned, "the following quarter" after it */
			quarter_from_last(sc, rel == G_FOLLOWING ? 1 : -1, &by,
			    &bq);
		} else if (rel == G_NEXT || rel == G_COMING) {
			by = ry;
			bq = rq + 1;
		} else if (rel == G_LAST) {
			by = ry;
			bq = rq - 1;
		}
		if (ago)
			by--;
		if (y)
			by = y;
		h->keep = ago;
		if (period && (y || ago) && span_context(sc, i)) {
			/* "for the nine months ... in the 1988 period" */
			put_year(h, by);
			return 1;
		}
		put_quarter(h, by, bq);
		return 1;
	}
	if (y == 0)
		y = part_year(sc, i, q, half, 0);
	if (ago) {
		y--;
		h->keep = 1;
	}
	if (half) {
		put_half(h, y, half);
		return 1;
	}
	put_quarter(h, y, q);
	return 1;
}


/* The season (1 spring to 4 winter) of month m. */
static int
month_season(int m)
{
	return m == 12 || m <= 2 ? 4 : (m - 3) / 3 + 1;
}

/* The season of the reference date of d (1 spring to 4 winter, December
 * to February). */
static int
season_now(const struct wire_timex_doc *d)
{
	return month_season(d->rm);
}

/*
 * The year of season s (1 spring to 4 winter, which is the year it begins
 * in) told apart from the reference date of d, which is known, by rel: -1
 * the last gone by ("this past spring", "지난여름"), 0 the one of the
 * reference year ("this summer", "올여름"), 1 the next to come ("next
 * winter", "다음 겨울").  In January, the last fall gone by is the year
 * before's and the next spring this year's.
 */
static int
season_year(const struct wire_timex_doc *d, int s, int rel)
{
	/* the season now, and the year it began in */
	int cur = season_now(d);
	int cy = d->ry - (d->rm <= 2);

	if (rel < 0)
		return s < cur ? cy : cy - 1;
	if (rel > 0)
		return s > cur ? cy : cy + 1;
	return d->ry - (d->rm <= 2 && s == 4);
}

/* Whether the Cyrillic word at i ends as a noun in the instrumental
 * case: "-ом", "-ой", "-ью". */
static int
cyr_instrumental(struct scan *sc, size_t i)
{
	const struct tok *t = T(sc, i);
	const unsigned char *u = (const unsigned char *)sc->text + t->e;

	if (t->e - t->s < 6)
		return 0;
	return (u[-4] == 0xD0 && u[-3] == 0xBE && u[-2] == 0xD0 &&
	    (u[-1] == 0xBC || u[-1] == 0xB9)) || (u[-4] == 0xD1 &&
	    u[-3] == 0x8C && u[-2] == 0xD1 && u[-1] == 0x8E);
}

/*
 * Season s named from the year last mentioned, the words before it from
 * token k: "that summer", "the same winter", "the following spring", "the
 * previous fall" (after a month, the one of its season, or the next or
 * previous one).  Fills h and returns 1, or 0 when no year was named.
 */
static int
season_after(struct scan *sc, size_t k, int s, struct hit *h)
{
	struct wire_timex_doc *d = sc->doc;
	int g = G(sc, k + 1), y = d->ly, ls;

	if (y <= 0)
		return 0;
	ls = d->lm > 0 ? month_season(d->lm) : 0;
	if (g == G_FOLLOWING || g == G_NEXT)
		y += ls == 0 || s <= ls;
	else if (g == G_PREVIOUS)
		y -= ls == 0 || s >= ls;
	snprintf(h->val, sizeof(h->val), "%04d-%s", y, season_code[s]);
	h->type = WIRE_TX_DATE;
	h->gran = GR_YEAR;
	h->y = y;
	h->te = k + 2 + (G(sc, k) == G_THE);
	return 1;
}

/* Seasons: "this summer", "last fall", "summer 2024", "the spring". */
static int
m_season(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i, te;
	int rel = 0, s, y = 0, cur, g = G(sc, i - 1), recent = 0;

	if ((l = L(sc, k + 1 + (G(sc, k) == G_THE))) != NULL && l->season > 0 &&
	    !titled(sc, k + 1 + (G(sc, k) == G_THE)) && (G(sc, k) == G_THAT ||
	    (G(sc, k) == G_THE && (G(sc, k + 1) == G_SAME ||
	    G(sc, k + 1) == G_FOLLOWING || G(sc, k + 1) == G_PREVIOUS ||
	    G(sc, k + 1) == G_NEXT))))
		return season_after(sc, k, l->season, h);
	if (G(sc, k) == G_THIS && G(sc, k + 1) == G_PAST) {
		recent = 1;	/* "this past spring": the last one gone by */
		k++;
	}
	if (G(sc, k) == G_THIS || G(sc, k) == G_LAST || G(sc, k) == G_NEXT ||
	    G(sc, k) == G_THE || G(sc, k) == G_PAST || G(sc, k) == G_COMING) {
		rel = G(sc, k);
		k++;
	}
	/* a capital names ("Summer Olympics"), but not before a year
	 * ("Summer 2024"), and a Russian word's opens its sentence too
	 * ("Летом цены растут") */
	if ((l = L(sc, k)) == NULL || l->season == 0 || (T(sc, k)->cyr ?
	    in_name(sc, k) : titled(sc, k) && !(is_num(sc, k + 1) &&
	    T(sc, k + 1)->ndig == 4 && year_at(sc, k + 1, &te) > 0)))
		return 0;
	/* "in diesem fall": a case, in German */
	if (rel && rel != G_THE && l->hom &&
	    !word_is(sc, k - 1, "this") && !word_is(sc, k - 1, "last") &&
	    !word_is(sc, k - 1, "next") && !word_is(sc, k - 1, "past") &&
	    !word_is(sc, k - 1, "coming"))
		return 0;
	s = l->season;
	k++;
	if (is_num(sc, k) && (y = year_at(sc, k, &te)) > 0)
		k = te;
	else if ((G(sc, k) == G_OF && (y = year_at(sc, k + 1, &te)) > 0) ||
	    ((rel == 0 || rel == G_THE) &&
	    (y = month_rel_year(sc, k, &te)) > 0))
		k = te;	/* "the summer of 2019", "spring last year" */
	/* alone after "in", or in the Russian case that says "in" itself
	 * ("летом", "зимой", "осенью": in summer, winter, autumn) */
	if (y == 0 && rel == 0 && !(g == G_IN || g == G_SINCE || g == G_BY ||
	    g == G_DURING || g == G_UNTIL || g == G_EARLY || g == G_LATE ||
	    g == G_MID) && !(T(sc, i)->cyr && cyr_instrumental(sc, i)) &&
	    !((g == G_AND || g == G_OR) && i >= 3 && L(sc, i - 2) != NULL &&
	    L(sc, i - 2)->season > 0 && !ends_s(L(sc, i - 2)) &&
	    (G(sc, i - 3) == G_IN || G(sc, i - 3) == G_DURING ||
	    (G(sc, i - 3) == G_THE && i >= 4 && (G(sc, i - 4) == G_IN ||
	    G(sc, i - 4) == G_DURING))) && !T(sc, k)->upper))
		return 0;	/* but "in spring and summer" holds two */
	if (y == 0 && sc->doc->ry > 0) {
		cur = season_now(sc->doc);
		if (recent)
			y = season_year(sc->doc, s, -1);
		else if (rel == G_NEXT || rel == G_COMING)
			y = season_year(sc->doc, s, 1);
		else {
			y = season_year(sc->doc, s, 0);
			if (rel == G_LAST || rel == G_PAST)
				y--;	/* last year's: "last fall" */
			else if ((rel == G_THE || rel == 0) && s > cur &&
			    !future_clue(sc, i))
				y--;
			else if ((rel == G_THE || rel == 0) && s != cur &&
			    future_clue(sc, i))
				/* "will be held in the spring", written in
				 * December: the next */
				y = season_year(sc->doc, s, 1);
		}
	}
	if (y > 0)
		snprintf(h->val, sizeof(h->val), "%04d-%s", y, season_code[s]);
	else
		snprintf(h->val, sizeof(h->val), "XXXX-%s", season_code[s]);
	h->type = WIRE_TX_DATE;
	h->gran = GR_YEAR;
	h->y = y;	/* the year last named, for "the following year" */
	h->te = k;
	return 1;
}

/*
 * "of March 6" at i after "the week" (or "the weekend", when weekend is
 * set): the week holding that day, or its weekend.  Returns 1 with h's
 * value and end set, or 0.
 */
static int
week_of(struct scan *sc, size_t i, int weekend, struct hit *h)
{
	size_t te;
	int m, d, y;

	if (G(sc, i) != G_OF || (m = month_at(sc, i + 1, &te)) == 0 ||
	    (d = day_at(sc, te, &te)) == 0 || !is_num(sc, te - 1))
		return 0;
	if (is_num(sc, te) || (P(sc, te, ',') && is_num(sc, te + 1)))
		return 0;	/* a year follows: left to the date matcher */
	y = monthday_near(sc, m, d, i);
	if (y == 0 || !valid_date(y, m, d))
		return 0;
	put_week(h, days_from_civil(y, m, d), weekend);
	h->te = te;
	return 1;
}

/*
 * Whether token k ends "the day before", "the year after" as a date of
 * its own ("the day before, when", "the year before and"), not as the
 * span before something ("the year before the election").
 */
static int
alone_after(struct scan *sc, size_t k)
{
	int g = G(sc, k);

	return T(sc, k)->kind == K_PUNCT || T(sc, k)->kind == K_EOF ||
	    g == G_AND || g == G_WHEN || g == G_AT || g == G_IN || g == G_ON ||
	    g == G_THAT;
}

/*
 * A day of the n-th week (-1 the last) of month m of year y, the week
 * that holds it being that week as ISO 8601 counts them: the 4th, the
 * 11th, ..., or the fourth day from the end.  0 when the month has no
 * such week.
 */
static int
nth_week_day(int y, int m, int n)
{
	int d = n < 0 ? mdays(y, m) - 3 : 7 * (n - 1) + 4;

	return d <= mdays(y, m) ? d : 0;
}

/*
 * "the first week of January", "the last week of November 2024": the
 * week of that month that holds its 4th, 11th, ... day (as ISO weeks
 * start a year), or the one before its last three days.  At i, "the";
 * returns the day (0 when there is none) and sets *te past it.
 */
static long
nth_week_of(struct scan *sc, size_t i, size_t *te)
{
	const struct lex *l = L(sc, i + 1), *u = L(sc, i + 2), *x;
	struct hit w;
	int d, nth, y, m, g;

	nth = word_is(sc, i + 1, "final") ? -1 : l == NULL ? 0 :
	    l->gram == G_LAST ? -1 : l->ord;
	if (nth == 0 || nth > 5 || u == NULL || u->unit != U_WEEK ||
	    ends_s(u) || titled(sc, i + 2) || G(sc, i + 3) != G_OF)
		return 0;
	/* "the first week of the year", "the last week of 2024": the ISO
	 * week that holds January 4 (and those after it), or December 28 */
	y = G(sc, i + 4) == G_THE && (x = L(sc, i + 5)) != NULL &&
	    x->unit == U_YEAR && !ends_s(x) && !titled(sc, i + 5) ?
	    sc->doc->ry : 0;
	if (y > 0)
		*te = i + 6;
	else if (is_num(sc, i + 4) && T(sc, i + 4)->ndig == 4)
		y = year_at(sc, i + 4, te);
	if (y > 0)
		return nth < 0 ? days_from_civil(y, 12, 28) :
		    days_from_civil(y, 1, 4) + 7L * (nth - 1);
	/* "the first week of next month" */
	g = G(sc, i + 4);
	if ((g == G_THIS || g == G_NEXT || g == G_LAST) &&
	    (x = L(sc, i + 5)) != NULL && x->unit == U_MONTH && !ends_s(x) &&
	    sc->doc->ry > 0) {
		y = sc->doc->ry;
		m = sc->doc->rm + (g == G_NEXT) - (g == G_LAST);
		carry_year(&y, &m, 12);
		if ((d = nth_week_day(y, m, nth)) == 0)
			return 0;
		*te = i + 6;
		return days_from_civil(y, m, d);
	}
	if (L(sc, i + 4) == NULL || L(sc, i + 4)->month == 0)
		return 0;
	memset(&w, 0, sizeof(w));
	w.ts = i + 4;
	if (!m_monthname(sc, i + 4, &w) || w.gran != GR_MONTH || w.y <= 0)
		return 0;
	if ((d = nth_week_day(w.y, w.m, nth)) == 0)
		return 0;
	*te = w.te;
	return days_from_civil(w.y, w.m, d);
}

/* Whether the unit at k joins another unit into one word ("the next
 * year-month release", "a year-month branch"), which names no time. */
static int
unit_compound(struct scan *sc, size_t k)
{
	int pl;

	return compound(sc, k + 2) && unit_at(sc, k + 2, &pl) != 0;
}

/*
 * Whether a clause that names its own time opens at token k, right after
 * "the year" or "the week": "the year we got him", "the week when".
 */
static int
clause_after(struct scan *sc, size_t k)
{
	static const char *const w[] = { "we", "i", "he", "she", "they", "you",
	    "when", NULL };

	return word_in(sc, k, w);
}

/*
 * Whether the word at i says "last" or "next" twice over, as German does
 * in one word: "übernächste Woche" (the week after next), "vorletztes
 * Jahr" (the year before last).
 */
static int
twice_word(struct scan *sc, size_t i)
{
	const struct tok *t = T(sc, i);
	const char *w = sc->text + t->s;
	size_t n = t->e - t->s;

	/* "ü" or "Ü", then "bernächst" */
	return t->kind == K_WORD && ((n > 12 && w[0] == '\xC3' &&
	    (w[1] == '\xBC' || w[1] == '\x9C') &&
	    memcmp(w + 2, "bern\xC3\xA4" "chst", 9) == 0) || (n > 8 &&
	    (memcmp(w, "vorletzt", 8) == 0 || memcmp(w, "Vorletzt", 8) == 0)));
}

/*
 * A day of the month after another language's word for "day" at k ("el
 * día 15", "no dia 15"), as "the 15th" is, the next one with fut ("no
 * próximo dia 15"); the month after it is m_monthname()'s ("el día 15 de
 * mayo").  Fills *h and returns 1, or returns 0.
 */
static int
day_word(struct scan *sc, size_t k, struct hit *h, int fut)
{
	const struct lex *l = L(sc, k), *m;
	size_t te;
	int d;

	if (l == NULL || l->unit != U_DAY || !l->low || l->pl ||
	    !is_num(sc, k + 1) || (d = day_at(sc, k + 1, &te)) == 0)
		return 0;
	m = L(sc, te + (G(sc, te) == G_MLEAD));
	if (m != NULL && m->month)
		return 0;
	put_bare_day(sc, h, d, fut, 0);
	h->te = te;
	return 1;
}

/* "this week", "last month", "next year", "the previous day", "that day". */
static int
m_relunit(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i;
	int g = G(sc, i), g2, u, pl, n;
	long z;
	struct wire_timex_doc *d = sc->doc;

	if (g == G_NEXT && day_word(sc, i + 1, h, 1))
		return 1;	/* "no próximo dia 15" */

	if (g == G_THE && i > 1 && G(sc, i - 1) == G_IN &&
	    (G(sc, i - 2) == G_EARLIER || G(sc, i - 2) == G_LATER) &&
	    (l = L(sc, i + 1)) != NULL && (l->unit == U_DAY ||
	    l->unit == U_WEEK || l->unit == U_MONTH || l->unit == U_YEAR) &&
	    !ends_s(l) && !titled(sc, i + 1) && (z = anchorz(sc)) != 0) {
		/* "later in the day", "later in the year": the day or year
		 * last mentioned, or the reference date's */
		h->te = i + 2;
		if (l->unit == U_DAY)
			put_dayz(h, z);
		else if (l->unit == U_WEEK)
			put_week(h, z, 0);
		else if (l->unit == U_YEAR)
			put_year(h, d->ly > 0 ? d->ly : d->ry);
		else if (d->ly > 0 && d->lm > 0)
			put_month(h, d->ly, d->lm);
		else
			put_month(h, d->ry, d->rm);
		return 1;
	}
	if (g == G_THE && (l = L(sc, i + 1)) != NULL && (l->unit == U_YEAR ||
	    l->unit == U_MONTH || l->unit == U_WEEK) && !ends_s(l) &&
	    !titled(sc, i + 1) && (G(sc, i + 2) == G_BEFORE ||
	    G(sc, i + 2) == G_AFTER) && alone_after(sc, i + 3) &&
	    (z = anchorz(sc)) != 0) {
		/* "from the year before, when": the one before the date
		 * last mentioned */
		n = G(sc, i + 2) == G_BEFORE ? -1 : 1;
		h->te = i + 3;
		if (l->unit == U_YEAR)
			put_year(h, (d->ly > 0 ? d->ly : d->ry) + n);
		else if (l->unit == U_MONTH && d->ly > 0 && d->lm > 0)
			put_month(h, d->ly, d->lm + n);
		else
			put_shift(h, z, n, l->unit);
		return 1;
	}
	if (g == G_THE && word_is(sc, i + 1, "new") && !T(sc, i + 1)->upper &&
	    (l = L(sc, i + 2)) != NULL && l->unit == U_YEAR && !ends_s(l) &&
	    !titled(sc, i + 2) && !P(sc, i + 3, '-') && d->ry > 0) {
		/* "in the new year": the one that starts next, in the
		 * second half of the year, else the one begun ("the New
		 * Year" is the holiday) */
		put_year(h, d->ry + (d->rm >= 7));
		h->te = i + 3;
		return 1;
	}
	if (g == G_THE && G(sc, i + 3) == G_OF &&
	    (z = nth_week_of(sc, i, &k)) != 0) {
		put_week(h, z, 0);
		h->te = k;
		return 1;
	}
	if (g == G_THE && (l = L(sc, i + 1)) != NULL && (l->unit == U_WEEK ||
	    l->unit == U_MONTH || l->unit == U_YEAR) &&
	    !ends_s(l) && !titled(sc, i + 1) &&
	    ((G(sc, i + 2) == G_BEFORE && G(sc, i + 3) == G_LAST) ||
	    (G(sc, i + 2) == G_AFTER && G(sc, i + 3) == G_NEXT)) &&
	    alone_after(sc, i + 4) && (z = refz(sc)) != 0) {
		/* "the week before last": two back; "the week after
		 * next" two on */
		put_shift(h, z, G(sc, i + 2) == G_AFTER ? 2 : -2, l->unit);
		h->te = i + 4;
		return 1;
	}
	if (g == G_THE && (l = L(sc, i + 1)) != NULL && l->wday > 0 &&
	    !l->low && T(sc, i + 1)->upper && ((G(sc, i + 2) == G_BEFORE &&
	    G(sc, i + 3) == G_LAST) || (G(sc, i + 2) == G_AFTER &&
	    G(sc, i + 3) == G_NEXT)) && alone_after(sc, i + 4) &&
	    refz(sc) != 0) {
		/* "the Tuesday before last": the one before the last
		 * Tuesday; "the Friday after next" the one after the next */
		put_weekday(sc, h, l->wday, G(sc, i + 2) == G_AFTER ? 3 : -3);
		h->te = i + 4;
		return 1;
	}
	if (g == G_THE) {
		g2 = G(sc, i + 1);
		if ((l = L(sc, i + 1)) != NULL && (l->unit == U_YEAR ||
		    l->unit == U_WEEK || l->unit == U_WEEKEND) &&
		    !ends_s(l) && !titled(sc, i + 1) &&
		    !P(sc, i + 2, '-') && !P(sc, i + 2, '\'') &&
		    !is_num(sc, i + 2) && year_at(sc, i + 2, &k) == 0) {
			/* "the week", "the weekend": the current one, but
			 * "the week after the vote" is the vote's, and
			 * "Tweet of the Week" a column */
			if ((l->unit != U_YEAR && (G(sc, i + 2) == G_BEFORE ||
			    G(sc, i + 2) == G_AFTER)) || (T(sc, i + 1)->upper &&
			    G(sc, i - 1) == G_OF) || clause_after(sc, i + 2))
				return 0;
			g2 = G_THIS;
			k = i + 1;
			if ((l->unit == U_WEEK || l->unit == U_WEEKEND) &&
			    week_of(sc, i + 2, l->unit == U_WEEKEND, h))
				return 1;
			if (l->unit == U_YEAR) {
				/*
				 * "the year ended June 30" is a span; "for the
				 * year", "earlier in the year" the current one
				 */
				h->te = i + 2;
				g2 = G(sc, i + 2);
				if (g2 == G_ENDED || g2 == G_BEFORE ||
				    g2 == G_AFTER || g2 == G_TO ||
				    sc->doc->ry == 0)
					put_dur(h, 1, U_YEAR);
				else
					put_year(h, sc->doc->ry);
				return 1;
			}
		} else if ((l = L(sc, i + 1)) != NULL && (l->unit ==
		    U_DECADE || l->unit == U_CENTURY) && !ends_s(l) &&
		    !titled(sc, i + 1) && !P(sc, i + 2, '-') && i >= 2 &&
		    G(sc, i - 1) == G_OF && (G(sc, i - 2) == G_END ||
		    G(sc, i - 2) == G_BEGINNING || G(sc, i - 2) == G_MIDDLE ||
		    G(sc, i - 2) == G_START)) {
			/* "by the end of the decade": this one; alone, "the
			 * decade" is the one last told of */
			g2 = G_THIS;
			k = i + 1;
		} else if (g2 == G_PAST && (l = L(sc, i + 2)) != NULL &&
		    l->unit == U_YEAR && !ends_s(l) &&
		    sc->doc->ry > 0) {
			/* "the past year": the year before, in news */
			put_year(h, sc->doc->ry - 1);
			h->te = i + 3;
			return 1;
		} else if (g2 == G_FULL || g2 == G_FISCAL) {
			g2 = g2 == G_FULL ? G_THIS : G_FISCAL;
			k = i + 2;
		} else if (g2 == G_PREVIOUS || g2 == G_FOLLOWING || g2 == G_NEXT ||
		    g2 == G_SAME || g2 == G_CURRENT) {
			k = i + 2;
			/* "in the next week" is a span, but "The next
			 * week, troops returned" the one after the day last
			 * named, as "the following week" */
			if (g2 == G_NEXT && L(sc, k) != NULL &&
			    L(sc, k)->unit != U_DAY) {
				g = i > 0 ? G(sc, i - 1) : 0;
				if (g == G_IN || g == G_OVER || g == G_DURING ||
				    g == G_WITHIN || g == G_FOR ||
				    g == G_THROUGH || compound(sc, k + 2))
					return 0;
				g2 = G_FOLLOWING;
			}
		} else if ((l = L(sc, i + 1)) != NULL && l->unit == U_DAY &&
		    !ends_s(l) && (G(sc, i + 2) == G_BEFORE ||
		    G(sc, i + 2) == G_AFTER)) {
			/* "the day before", "the day after tomorrow" */
			n = G(sc, i + 2) == G_BEFORE ? -1 : 1;
			h->te = i + 3;
			z = anchorz(sc);
			if ((l = L(sc, i + 3)) != NULL && l->relu == U_DAY &&
			    l->reln != 0) {
				z = refz(sc) + l->reln;
				h->te = i + 4;
			} else if ((z = day_named_at(sc, i + 3, &k)) != 0) {
				h->te = k;	/* "the day before last Tuesday" */
			} else if (!alone_after(sc, i + 3))
				return 0;
			else
				z = anchorz(sc);
			if (z == 0)
				put_str(h, WIRE_TX_DATE, "XXXX-XX-XX");
			else
				put_dayz(h, z + n);
			return 1;
		} else
			return 0;
		g = g2;
	} else if (g == G_THIS && word_is(sc, i + 1, "time") &&
	    (G(sc, i + 2) == G_LAST || G(sc, i + 2) == G_NEXT) &&
	    (l = L(sc, i + 3)) != NULL && l->unit == U_YEAR && !ends_s(l) &&
	    d->ry > 0) {
		/* "this time last year": the same day a year off */
		n = d->ry + (G(sc, i + 2) == G_NEXT ? 1 : -1);
		put_day(h, n, d->rm, valid_date(n, d->rm, d->rd) ? d->rd : 28);
		h->te = i + 4;
		return 1;
	} else if (g == G_THIS && G(sc, i + 1) == G_PAST) {
		g = G_LAST;	/* "this past week": the last one */
		k = i + 2;
	} else if (g == G_THIS || g == G_LAST || g == G_NEXT || g == G_THAT ||
	    g == G_PAST || g == G_COMING) {
		k = i + 1;
		if (g == G_THAT && G(sc, k) == G_SAME)
			k++;	/* "that same day" */
	} else
		return 0;
	if (G(sc, k) == G_FISCAL && g != G_FISCAL) {
		k++;
		if ((u = unit_at(sc, k, &pl)) != U_YEAR || pl)
			return 0;
	}
	if ((u = unit_at(sc, k, &pl)) == 0 || pl)
		return 0;
	if (u == U_WEEK && P(sc, k + 1, '-') && glued(sc, k + 1) &&
	    glued(sc, k + 2) && word_is(sc, k + 2, "end")) {
		u = U_WEEKEND;	/* "this week-end", "ce week-end" */
		k += 2;
	} else if (u == U_SEC || u == U_MIN || u == U_HOUR ||
	    unit_compound(sc, k))
		return 0;
	/* a title: "This Week", "Last Week Tonight"; but a sentence that
	 * opens on "Last Year" or "Next Week" means the time */
	if (k > i && titled(sc, k) && !((g == G_LAST || g == G_NEXT) &&
	    k == i + 1 && opens_sentence(sc, i)))
		return 0;
	h->te = k + 1;
	switch (g) {
	case G_FISCAL:
		/* "the fiscal year" is the span of a year */
		if (u != U_YEAR)
			return 0;
		put_dur(h, 1, U_YEAR);
		return 1;
	case G_THIS:
	case G_CURRENT:
		n = 0;
		z = refz(sc);
		break;
	case G_LAST:
		n = -1;
		z = refz(sc);
		/* "the last week of May", "its last week in office" */
		if (u == U_DAY || G(sc, i - 1) == G_THE || (i > 0 &&
		    possessive(sc, i - 1)))
			return 0;
		break;
	case G_NEXT:
		n = 1;
		z = refz(sc);
		if (i > 0 && G(sc, i - 1) == G_THE) {
			n = 1;
			z = anchorz(sc);
		}
		if (u == U_DAY)
			z = anchorz(sc);
		break;
	case G_PAST:
	case G_COMING:
		/* "past week" is a span of a week */
		if (u == U_DAY || u == U_WEEKEND)
			return 0;
		put_dur(h, 1, u);
		if (g == G_PAST && G(sc, i - 1) == G_THE)
			h->ts = i - 1;
		return 1;
	case G_PREVIOUS:
		n = -1;
		z = anchorz(sc);
		break;
	case G_FOLLOWING:
		n = 1;
		z = anchorz(sc);
		break;
	default:	/* that day, the same day */
		n = 0;
		z = anchorz(sc);
		break;
	}
	if ((g == G_LAST || g == G_NEXT) && twice_word(sc, i))
		n *= 2;		/* "übernächste Woche", "vorletztes Jahr" */
	if (u != U_DAY && (g == G_PREVIOUS || g == G_FOLLOWING ||
	    g == G_SAME || g == G_THAT) && d->ly > 0) {
		/* the following year: relative to the year last mentioned */
		if (u == U_YEAR) {
			put_year(h, d->ly + n);
			return 1;
		}
		if (u == U_MONTH && d->lgran != GR_YEAR) {
			put_month(h, d->ly, (d->lm > 0 ? d->lm : 1) + n);
			return 1;
		}
	}
	if (z == 0) {
		put_str(h, WIRE_TX_DATE, n < 0 ? "PAST_REF" : n > 0 ?
		    "FUTURE_REF" : "PRESENT_REF");
		return 1;
	}
	if (u == U_WEEKEND) {
		/* a weekend just past unless we are in it or look ahead */
		if (n == 0 && weekday(z) < 5 && !future_clue(sc, i) &&
		    !(G(sc, i - 1) == G_OF && G(sc, i - 2) == G_AHEAD))
			n = -1;
		put_shift(h, z, n, U_WEEKEND);
		return 1;
	}
	if (u == U_DAY && n == 0 && (g == G_THAT || g == G_SAME) &&
	    d->lgran == GR_MONTH && d->ly > 0 && !(d->dy == d->ly &&
	    d->dm == d->lm)) {
		/* "that same day" after "in October": a day of that
		 * month */
		snprintf(h->val, sizeof(h->val), "%04d-%02d-XX", d->ly, d->lm);
		h->type = WIRE_TX_DATE;
		return 1;
	}
	put_shift(h, z, n, u);
	return 1;
}

/* Token i is the Hangul, Chinese, kana or Russian word w (UTF-8, as the
 * text writes it), a Korean particle after it aside. */
static int
uword_is(struct scan *sc, size_t i, const char *w)
{
	const struct tok *t = T(sc, i);
	size_t n = strlen(w);

	return t->kind == K_WORD && (t->hangul || t->cjk || t->cyr) &&
	    t->e - t->tail - t->s == n && memcmp(sc->text + t->s, w, n) == 0;
}

/*
 * Russian references of two words after "в" or "на" at i: "в последнее
 * время" (lately), "в настоящее время" (now), "в ближайшее время" (soon),
 * "на днях" (lately, or soon in a clause about what is to come).  Fills h
 * with the words after "в", or "на днях" whole; returns 1, or 0.
 */
static int
ru_ref(struct scan *sc, size_t i, struct hit *h)
{
	static const struct {
		const char	*w;
		const char	*ref;
	} adj[] = {
		{ "\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4"
		  "\xd0\xbd\xd0\xb5\xd0\xb5", "PAST_REF" },	/* последнее */
		{ "\xd0\xbd\xd0\xb0\xd1\x81\xd1\x82\xd0\xbe\xd1\x8f"
		  "\xd1\x89\xd0\xb5\xd0\xb5", "PRESENT_REF" },	/* настоящее */
		{ "\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xb6\xd0\xb0\xd0\xb9"
		  "\xd1\x88\xd0\xb5\xd0\xb5", "FUTURE_REF" }	/* ближайшее */
	};
	size_t j;

	if (!T(sc, i)->cyr || !T(sc, i + 1)->cyr)
		return 0;
	h->ts = i + 1;
	if (G(sc, i) == G_IN && uword_is(sc, i + 2,
	    "\xd0\xb2\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f")) {	/* время */
		for (j = 0; j < sizeof(adj) / sizeof(adj[0]); j++)
			if (uword_is(sc, i + 1, adj[j].w)) {
				put_str(h, WIRE_TX_DATE, adj[j].ref);
				h->te = i + 3;
				return 1;
			}
	}
	if (G(sc, i) == G_ON && uword_is(sc, i + 1,
	    "\xd0\xb4\xd0\xbd\xd1\x8f\xd1\x85")) {	/* днях */
		put_str(h, WIRE_TX_DATE, tense(sc, i) > 0 ? "FUTURE_REF" :
		    "PAST_REF");
		h->ts = i;	/* an idiom whole */
		h->te = i + 2;
		return 1;
	}
	return 0;
}

/*
 * Whether "накануне" at i is "on the eve of" a noun after it ("накануне
 * саммита", "накануне Дня Победы"), not the day before: a holiday
 * follows, or a Russian word in lower case that is not a verb in the past
 * ("накануне заявил").
 */
static int
eve_of(struct scan *sc, size_t i)
{
	const struct tok *t = T(sc, i + 1);
	const char *w = sc->text + t->e;
	size_t n = t->e - t->s;

	if (!T(sc, i)->cyr || strcmp(L(sc, i)->w, "\xd0\xbd\xd0\xb0\xd0\xba"
	    "\xd0\xb0\xd0\xbd\xd1\x83\xd0\xbd\xd0\xb5") != 0)
		return 0;		/* "накануне" */
	if (t->cyr && L(sc, i + 1) != NULL && L(sc, i + 1)->hol > 0)
		return 1;	/* "накануне Дня Победы" */
	if (!t->cyr || t->upper || L(sc, i + 1) != NULL || n < 4)
		return 0;
	/* "-л", "-ла", "-ло", "-ли": a verb in the past */
	if (memcmp(w - 2, "\xd0\xbb", 2) == 0)
		return 0;
	return !(memcmp(w - 4, "\xd0\xbb", 2) == 0 &&
	    (memcmp(w - 2, "\xd0\xb0", 2) == 0 || memcmp(w - 2, "\xd0\xbe",
	    2) == 0 || memcmp(w - 2, "\xd0\xb8", 2) == 0));
}

/* Whether the word at k is a French article, pronoun or preposition that
 * opens a clause ("le", "il", "à") and no word of German. */
static int
french_word(struct scan *sc, size_t k)
{
	static const char *const fr[] = { "le", "la", "les", "l", "un", "une",
	    "des", "il", "elle", "ils", "elles", "on", "nous", "je", "j", "c",
	    "ce", "\xc3\xa0", "au", "aux", "en", "dans", "lors", "selon",
	    NULL };

	return word_in(sc, k, fr);
}

/*
 * Whether the words around a relative day that another language has as
 * another word ("hier", yesterday in French and here in German) tell the
 * day: a part of the day after it ("hier soir"), or before it a
 * participle in lower case ("a annoncé hier", "a dit hier", not "im Café
 * hier"), or "depuis".
 */
static int
rel_told(struct scan *sc, size_t i)
{
	const struct tok *p = T(sc, i - 1);
	const unsigned char *u = (const unsigned char *)sc->text + p->e;
	size_t n = p->e - p->s;

	/* not "hier morgen" (here, tomorrow) */
	if (L(sc, i + 1) != NULL && L(sc, i + 1)->part != 0 &&
	    L(sc, i + 1)->relu == 0 && !titled(sc, i + 1))
		return 1;
	/* "Hier, le président a dit": French opens a sentence with it, a
	 * comma and a word of its own, where German's "Hier" goes on
	 * ("Hier finden Sie", "Hier, bitte") */
	if (P(sc, i + 1, ',') && opens_sentence(sc, i) &&
	    french_word(sc, i + 2))
		return 1;
	if (i == 0 || p->kind != K_WORD || p->upper)
		return 0;
	/* not the data file's verbs of the past: German's are among them
	 * ("berichtete hier"), and "was" ("was hier los ist") */
	if (word_is(sc, i - 1, "dit") || word_is(sc, i - 1, "depuis"))
		return 1;
	/* "-é", "-ée", "-és", "-ées" */
	if (n >= 4 && (u[-1] == 's' || u[-1] == 'e'))
		u--, n--;
	if (n >= 4 && u[-1] == 'e' && u[-3] == 0xC3 && u[-2] == 0xA9)
		u--, n--;
	return n >= 3 && u[-2] == 0xC3 && u[-1] == 0xA9;
}

/* yesterday, today, tomorrow, tonight, and their Korean kin. */
static int
m_dayrel(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	long z = refz(sc);
	int n, u, part = 0;

	if (l != NULL && l->gram == G_TONIGHT) {
		n = 0;
		u = U_DAY;
		part = 4;
	} else if (l != NULL && (l->gram == G_IN || l->gram == G_ON))
		return ru_ref(sc, i, h);
	else if (l == NULL || l->relu == 0)
		return 0;
	else {
		n = l->reln;
		u = l->relu;
	}
	if (in_name(sc, i) || eve_of(sc, i))
		return 0;
	/* "après-demain", "avant-hier": two days on or back */
	if (u == U_DAY && n != 0 && i >= 2 && P(sc, i - 1, '-') &&
	    glued(sc, i - 1) && glued(sc, i) && word_is(sc, i - 2, n > 0 ?
	    "apr\xC3\xA8s" : "avant")) {
		n *= 2;
		h->ts = i - 2;
	} else if (l->low && !rel_told(sc, i))
		return 0;
	/* "aujourd'hui", written in three tokens, the lexicon's word the
	 * first */
	if (word_is(sc, i, "aujourd")) {
		if (!P(sc, i + 1, '\'') || !glued(sc, i + 1) ||
		    !glued(sc, i + 2) || !word_is(sc, i + 2, "hui"))
			return 0;
		i += 2;
	}
	/* "mañana" is tomorrow, but the morning after an article or a
	 * preposition ("esta mañana", "por la mañana", "de la mañana");
	 * "pasado mañana" the day after */
	if (l->part != 0 && i > 0 && (G(sc, i - 1) == G_THIS ||
	    word_is(sc, i - 1, "la") || word_is(sc, i - 1, "una") ||
	    word_is(sc, i - 1, "cada") || word_is(sc, i - 1, "de") ||
	    word_is(sc, i - 1, "por") || word_is(sc, i - 1, "toda") ||
	    word_is(sc, i - 1, "media") || word_is(sc, i - 1, "el") ||
	    word_is(sc, i - 1, "esa") || word_is(sc, i - 1, "misma")))
		return 0;
	if (l->part != 0 && n == 1 && i > 0 && G(sc, i - 1) == G_LASTPOST) {
		n = 2;
		h->ts = i - 1;
	}
	/* "the leaders of tomorrow": no day, but "as of tomorrow" is one */
	if (n == 1 && u == U_DAY && part == 0 && i >= 2 &&
	    G(sc, i - 1) == G_OF && is_word(sc, i - 2) && L(sc, i - 2) == NULL &&
	    !word_is(sc, i - 2, "as"))
		return 0;
	h->te = i + 1;
	/* "어젯밤", "昨晚": a word that says its part of the day too */
	if (u == U_DAY && part == 0 && l->part && (T(sc, i)->hangul ||
	    T(sc, i)->cjk))
		part = l->part;
	else if (u == U_DAY && part == 0 && (l = L(sc, i + 1)) != NULL &&
	    l->part)
		part = l->part, h->te = i + 2;
	if (u != U_DAY && L(sc, i)->ana && sc->doc->ly > 0) {
		/* "im Vergleich zum Vorjahr", after "2020": 2019 */
		if (u == U_YEAR)
			put_year(h, sc->doc->ly + n);
		else if (sc->doc->lm > 0)
			put_month(h, sc->doc->ly, sc->doc->lm + n);
		else
			put_shift(h, refz(sc), n, u);
		return 1;
	}
	if (z == 0) {
		put_str(h, WIRE_TX_DATE, u == U_DAY ? "XXXX-XX-XX" :
		    n < 0 ? "PAST_REF" : n > 0 ? "FUTURE_REF" : "PRESENT_REF");
		return 1;
	}
	if (u == U_WEEK && T(sc, i)->cjk && glued(sc, i + 1) &&
	    uword_is(sc, i + 1, "\xe6\x9c\xab")) {
		/* "今週末", "上周末": the weekend of that week ("末", end) */
		put_week(h, z + 7L * n, 1);
		h->te = i + 2;
		return 1;
	}
	put_shift(h, z, n, u);
	if (part)
		put_part(h, part);
	return 1;
}

/* "this morning", "last night", "Friday morning" parts of days. */
static int
m_partday(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	long z = refz(sc);
	size_t k;
	int g = G(sc, i);

	if (g == G_MID) {
		/* "mid-afternoon", "at mid-afternoon yesterday" */
		k = i + 1 + (P(sc, i + 1, '-') && glued(sc, i + 1));
		if ((l = L(sc, k)) == NULL || l->part == 0 || l->part == 4 ||
		    titled(sc, k) || z == 0)
			return 0;
		h->te = k + 1;
		h->mod = WIRE_TX_MOD_MID;
		if (L(sc, k + 1) != NULL && L(sc, k + 1)->relu == U_DAY) {
			z += L(sc, k + 1)->reln;
			h->te = k + 2;
		}
		put_dayz(h, z);
		put_part(h, l->part);
		return 1;
	}
	if ((g == G_THE && (G(sc, i + 1) == G_NEXT ||
	    G(sc, i + 1) == G_FOLLOWING || G(sc, i + 1) == G_PREVIOUS)) ||
	    g == G_THAT) {
		/* "the next morning", "the previous night", "that evening":
		 * a part of the day after, before or of the day last named */
		k = i + 1 + (g == G_THE);
		if ((l = L(sc, k)) == NULL || l->part == 0 ||
		    titled(sc, k) || (z = anchorz(sc)) == 0)
			return 0;
		put_dayz(h, z + (g == G_THAT ? 0 : G(sc, i + 1) == G_PREVIOUS ?
		    -1 : 1));
		put_part(h, l->part);
		h->te = k + 1;
		return 1;
	}
	if (g != G_THIS && g != G_LAST && !(g == G_THE && G(sc, i - 1) == G_IN))
		return 0;
	if ((l = L(sc, i + 1)) == NULL || l->part == 0)
		return 0;
	if (g == G_LAST && l->part != 4)
		return 0;
	if (g == G_THE) {
		if (titled(sc, i + 1))
			return 0;
		z = anchorz(sc);
	}
	if (z == 0)
		return 0;
	put_dayz(h, z - (g == G_LAST));
	put_part(h, l->part);
	h->te = i + 2;
	return 1;
}

/* The part of the day (index of TimeML's code) if word i names it in the
 * plural ("nights"), else 0. */
static size_t
part_plural(struct scan *sc, size_t i)
{
	static const char *const pw[] = { "", "mornings", "afternoons",
	    "evenings", "nights" };
	size_t k;

	if (!is_word(sc, i) || titled(sc, i))
		return 0;
	for (k = 1; k < 5; k++)
		if (word_is(sc, i, pw[k]))
			return k;
	return 0;
}

/* Whether a day of the month and its month are at k ("4 de septiembre",
 * "4. September", "4 September"). */
static int
day_month_at(struct scan *sc, size_t k)
{
	size_t te;

	if (!is_num(sc, k) || day_at(sc, k, &te) == 0)
		return 0;
	if (date_of(sc, te) || (P(sc, te, '.') && glued(sc, te)))
		te++;
	return month_at(sc, te, &te) > 0;
}

/*
 * Whether the weekday at i goes on a list that "every" or "each" opens:
 * "every Monday and Thursday", "each Monday, Wednesday, and Friday".
 */
static int
every_list(struct scan *sc, size_t i)
{
	size_t k = i, n;
	const struct lex *l;

	for (n = 0; n < 6; n++) {
		if (k >= 2 && (G(sc, k - 1) == G_AND || G(sc, k - 1) == G_OR) &&
		    P(sc, k - 2, ','))
			k -= 2;	/* "Wednesday, and Friday" */
		else if (k >= 1 && (G(sc, k - 1) == G_AND || G(sc, k - 1) ==
		    G_OR || P(sc, k - 1, ',')))
			k--;
		else
			return 0;
		if (k < 1 || (l = L(sc, k - 1)) == NULL || l->wday == 0)
			return 0;
		k--;
		if (k >= 1 && (G(sc, k - 1) == G_EVERY || G(sc, k - 1) ==
		    G_EACH))
			return 1;
	}
	return 0;
}

/*
 * The date in brackets after a weekday, at tokens e on.  A day of the
 * month alone, as Brazilian reports put it ("sábado (23)", "nesta
 * segunda-feira (2)", "domingo (1º)"), is the day of that number nearest
 * the reference date, in its month or one either side, that falls on
 * weekday wd; a month and day ("Sunday night (March 4)", "Sunday (4
 * March)") are in the year that weekday_year() gives them.  Returns the
 * day and sets *te past the bracket, or 0 when there is no such aside or
 * no such day, as a number that no near month puts on wd is no day.
 */
static long
wday_aside(struct scan *sc, size_t e, int wd, size_t *te)
{
	long z = refz(sc), best = 0, c;
	size_t k, k2;
	int d, y, m, j;

	if (z == 0 || !P(sc, e, '('))
		return 0;
	if (((m = month_at(sc, e + 1, &k)) > 0 && is_num(sc, k) &&
	    (d = day_at(sc, k, &k2)) > 0) || (is_num(sc, e + 1) &&
	    (d = day_at(sc, e + 1, &k)) > 0 && (m = month_at(sc, k,
	    &k2)) > 0)) {
		if (!P(sc, k2, ')') || !valid_date(2000, m, d) ||
		    (y = weekday_year(sc, m, d, wd, monthday_near(sc, m, d,
		    e + 1))) <= 0 || !valid_date(y, m, d))
			return 0;
		*te = k2 + 1;
		return days_from_civil(y, m, d);
	}
	if (!is_num(sc, e + 1) || (d = day_at(sc, e + 1, &k)) == 0 ||
	    !P(sc, k, ')'))
		return 0;
	for (j = -1; j <= 1; j++) {
		y = sc->doc->ry;
		m = sc->doc->rm + j;
		if (m < 1)
			m += 12, y--;
		else if (m > 12)
			m -= 12, y++;
		if (!valid_date(y, m, d) ||
		    weekday(c = days_from_civil(y, m, d)) != wd)
			continue;
		if (best == 0 || labs(c - z) < labs(best - z))
			best = c;
	}
	if (best != 0)
		*te = k + 1;
	return best;
}

/*
 * Which way "this" and weekday wd at i point (put_weekday()'s dir): to
 * the day of the reference date's week, Monday to Sunday ("this Friday",
 * "este viernes" and "nesta sexta-feira", written on a Tuesday, are three
 * days on; "este lunes" the day before), unless the tense says the other
 * side ("will speak this Monday", on a Wednesday, is the next one).
 */
static int
this_dir(struct scan *sc, size_t i, int wd)
{
	int rw = weekday(refz(sc)), t;

	if (wd == rw)
		return 0;
	t = tense(sc, i);
	if (wd > rw)
		return t < 0 ? -2 : 1;
	return t > 0 ? 2 : 0;
}

/* Weekdays: "Tuesday", "last Friday", "next Monday", "Friday night". */
static int
m_weekday(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i, o, e;
	long z;
	int g = G(sc, i), dir = 0, wd, part;

	/* "el pasado martes", "lo scorso martedì", as "last Tuesday"; but
	 * "le dernier mardi du mois" is the month's final one */
	if (g == G_LAST || (g == G_LASTPOST && L(sc, i + 1) != NULL &&
	    L(sc, i + 1)->low && !word_is(sc, i - 1, "le") &&
	    !word_is(sc, i - 1, "la")))
		dir = -2, k++;
	else if (g == G_NEXT)
		dir = 2, k++;
	else if (g == G_THIS) {
		k++;
		dir = 0;
		if (G(sc, k) == G_COMING)
			dir = 1, k++;
	}
	if ((l = L(sc, k)) == NULL || l->wday == 0)
		return 0;
	/* "segunda-feira": Portuguese weekdays but two end in "-feira",
	 * where "segunda" alone is "second" */
	if (l->feira && !(P(sc, k + 1, '-') && glued(sc, k + 1) &&
	    glued(sc, k + 2) && word_is(sc, k + 2, "feira")))
		return 0;
	e = k + 1 + 2 * l->feira;	/* the token after the weekday */
	if (l->abbr && !(P(sc, k + 1, '.') && glued(sc, k + 1)))
		return 0;
	/* Russian weekdays are in lower case: after "в" ("в среду"), as
	 * "окружающую среду" is the environment; French and Spanish ones
	 * too ("mardi", "el jueves"), but "Santo Domingo" is a name */
	if (!T(sc, k)->upper && !(T(sc, k)->cyr && (k > i || G(sc, k - 1) ==
	    G_IN)) && !l->low)
		return 0;
	if (l->low && in_name(sc, k))
		return 0;
	/* "el próximo domingo 4 de septiembre": the date after it is
	 * m_monthname()'s, with the weekday */
	if (k > i && day_month_at(sc, e + P(sc, e, ',')))
		return 0;
	if (k == i && !T(sc, k)->hangul && every_list(sc, k)) {
		/* "every Monday and Thursday" */
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%d", l->wday);
		h->type = WIRE_TX_SET;
		h->te = e;
		return 1;
	}
	if (ends_s(l) && l->w[l->wl - 2] == 'y' && k == i) {
		/* "Mondays" */
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%d", l->wday);
		h->type = WIRE_TX_SET;
		h->te = k + 1;
		return 1;
	}
	if (k == i && (o = part_plural(sc, e)) > 0) {
		/* "Tuesday nights": every Tuesday night */
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%dT%s", l->wday,
		    part_code[o]);
		h->type = WIRE_TX_SET;
		h->te = e + 1;
		return 1;
	}
	if (k == i && (G(sc, e) == G_AND || G(sc, e) == G_OR) &&
	    L(sc, e + 1) != NULL && L(sc, e + 1)->wday > 0 &&
	    (o = part_plural(sc, e + 2)) > 0) {
		/* "Monday and Tuesday nights": the first of two sets */
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%dT%s", l->wday,
		    part_code[o]);
		h->type = WIRE_TX_SET;
		h->te = e;
		return 1;
	}
	/* "el martes pasado", "mardi prochain", "martedì scorso",
	 * "segunda-feira passada" */
	if (k == i && l->low && (G(sc, e) == G_LASTPOST ||
	    G(sc, e) == G_NEXT) && !titled(sc, e))
		dir = G(sc, e++) == G_NEXT ? 2 : -2;
	if (dir == 0 && g == G_THIS && k > i && refz(sc) != 0)
		dir = this_dir(sc, i, l->wday);
	else if (dir == 0)
		dir = weekday_dir(sc, i, l->wday);
	if ((dir == 2 || dir == -2) && k > i && twice_word(sc, i))
		dir += dir / 2;		/* "übernächsten Montag" */
	put_weekday(sc, h, l->wday, dir);
	h->te = e + (l->abbr && P(sc, e, '.'));
	wd = l->wday;
	if ((z = wday_aside(sc, h->te, wd, &o)) != 0) {
		put_dayz(h, z);
		h->te = o;
	}
	if (l->part > 0 && h->val[0] != 'X') {
		put_part(h, l->part);	/* "Dienstagabend" */
		return 1;
	}
	part = 0;
	if ((l = L(sc, h->te)) != NULL && l->part == 4 && !titled(sc, h->te)) {
		h->te++;	/* "Friday night": the day, mostly */
	} else if (l != NULL && l->part > 0 && !titled(sc, h->te) &&
	    h->val[0] != 'X') {
		part = l->part;
		put_part(h, part);
		h->te++;
	}
	if (z == 0 && h->te > e && (z = wday_aside(sc, h->te, wd, &o)) != 0) {
		put_dayz(h, z);	/* "Sunday night (March 4)" */
		if (part > 0)
			put_part(h, part);
		h->te = o;
	}
	return 1;
}

/* A word that names a day or month ("Wednesday", "Nov.", "EST"). */
static int
date_word(struct scan *sc, size_t i)
{
	const struct lex *l = L(sc, i);

	return l != NULL && (l->wday > 0 || l->month > 0 || l->relu != 0 ||
	    l->gram == G_TZ);
}

/* Writes day z (0: unknown) as the date of h, then "T" and rest. */
static void
put_time(struct hit *h, long z, const char *rest)
{
	int y, m, d;

	if (z == 0)
		snprintf(h->val, sizeof(h->val), "XXXX-XX-XXT%s", rest);
	else {
		civil_from_days(z, &y, &m, &d);
		if (in_era(y))
			snprintf(h->val, sizeof(h->val), "%04d-%02d-%02dT%s",
			    y, m, d, rest);
		else
			snprintf(h->val, sizeof(h->val), "XXXX-%02d-%02dT%s",
			    m, d, rest);
	}
	h->type = WIRE_TX_TIME;
}

/* Writes the clock time hh:mm of day z (0: unknown) as the value of h. */
static void
put_clock(struct hit *h, long z, int hh, int mm)
{
	char hm[8];

	snprintf(hm, sizeof(hm), "%02d:%02d", hh % 100, mm % 100);
	put_time(h, z, hm);
}

/*
 * The day named at token k after a time at token i ("on Tuesday", "Nov.
 * 9", ", Nov. 9", "tomorrow"): sets *z to it (days, unchanged if it has
 * none) and returns the token after it, or k when no day is named there.
 */
static size_t
time_day(struct scan *sc, size_t i, size_t k, long *z)
{
	const struct lex *l;
	size_t te, ap, wd, yt;
	int on, mo, d, y, del;

	/* "10 a.m. ET on Tuesday", "5 p.m. on Nov. 9": the day it names */
	on = G(sc, k) == G_ON && ((L(sc, k + 1) != NULL &&
	    L(sc, k + 1)->wday > 0) || month_at(sc, k + 1, &te) > 0);
	ap = k + on;
	ap += P(sc, ap, ',') && month_at(sc, ap + 1, &te) > 0;
	wd = ap + P(sc, ap, ',');
	if ((l = L(sc, wd)) != NULL && l->wday > 0 && T(sc, wd)->upper) {
		/* "12:30 PM EST, Wed December 4, 2024": the weekday of the
		 * date after it */
		wd++;
		wd += P(sc, wd, '.') && glued(sc, wd);
		wd += P(sc, wd, ',');
		if (month_at(sc, wd, &te) > 0)
			ap = wd;
	}
	/* "5 p.m. EST Nov. 9", "5 p.m. EST, Nov. 9", "on March 11, 2011"
	 * with its year after a comma; "08:39 GMT, 28 September 2020",
	 * "10:00 on 28 September", the day before its month, with its year
	 * right after it */
	if ((mo = month_at(sc, ap, &te)) > 0 && (d = day_at(sc, te, &te)) > 0 &&
	    is_num(sc, te - 1) && valid_date(2000, mo, d))
		yt = P(sc, te, ',') && is_num(sc, te + 1) ? te + 1 : 0;
	else if (is_num(sc, ap = k + (G(sc, k) == G_ON || P(sc, k, ','))) &&
	    (d = day_at(sc, ap, &te)) > 0 && (mo = month_at(sc, te,
	    &te)) > 0 && valid_date(2000, mo, d))
		yt = te;
	else
		mo = 0;
	if (mo > 0) {
		if (yt > 0 && (y = year_at(sc, yt, &ap)) > 0)
			te = ap;
		else
			y = monthday_near(sc, mo, d, i);
		*z = y > 0 && valid_date(y, mo, d) ? days_from_civil(y, mo, d) :
		    0;
		return te;
	}
	ap = k + on;
	if ((l = L(sc, ap)) != NULL && l->wday > 0 && T(sc, ap)->upper &&
	    !l->abbr) {
		struct hit w;

		memset(&w, 0, sizeof(w));
		put_weekday(sc, &w, l->wday, weekday_dir(sc, i, l->wday));
		if (w.gran == GR_DAY)
			*z = days_from_civil(w.y, w.m, w.d);
		return ap + 1;
	}
	if (l != NULL && l->relu == U_DAY && refz(sc) != 0) {
		/* "10 p.m. today", "9 a.m. tomorrow": of the reference
		 * date, whatever day the text named last */
		*z = refz(sc) + l->reln;
		return ap + 1;
	}
	if (ap == k && G(sc, k) == G_TONIGHT && refz(sc) != 0)
		*z = refz(sc);	/* "at 10pm tonight", an expression apart */
	/* "de este lunes", "de ese lunes": as "del" before a weekday */
	del = word_is(sc, k, "del") || (word_is(sc, k, "de") &&
	    (G(sc, k + 1) == G_THIS || word_is(sc, k + 1, "ese")) &&
	    L(sc, k + 2) != NULL && L(sc, k + 2)->wday > 0);
	if (ap == k && (G(sc, k) == G_THE || G(sc, k) == G_THAT || del)) {
		/* "2:30 the next day", "at 9 p.m. that day", "a las 3:41 del
		 * domingo 27 de marzo", "a las 7 de la mañana de este lunes":
		 * the day, which stays an expression of its own */
		struct hit w;

		memset(&w, 0, sizeof(w));
		wd = k + del + (del && word_is(sc, k + 1, "ese"));
		w.ts = wd;
		if ((del ? m_monthname(sc, wd, &w) || m_weekday(sc, wd, &w) :
		    m_relunit(sc, k, &w)) && w.gran == GR_DAY && w.y > 0)
			*z = days_from_civil(w.y, w.m, w.d);
	}
	return k;	/* "on" and no day after it */
}

static int	m_time(struct scan *, size_t, struct hit *);

/*
 * Whether the word before an hour at i leads it as French, Portuguese,
 * Spanish and Italian write them ("à 17h", "às 10 horas", "a las 10",
 * "alle 15"): "à", "às", "las", "alle", "vers", "dès", or "de" before
 * "9h" ("de 9h à 17h").
 */
static int
hour_led(struct scan *sc, size_t i)
{
	return i > 0 && (word_is(sc, i - 1, "vers") || word_is(sc, i - 1,
	    "d\xC3\xA8s") || word_is(sc, i - 1, "\xC3\xA0") ||
	    word_is(sc, i - 1, "\xC3\xA0s") || word_is(sc, i - 1, "las") ||
	    word_is(sc, i - 1, "alle") || (word_is(sc, i - 1, "de") &&
	    is_num(sc, i) && word_is(sc, i + 1, "h")));
}

/* Whether the word before an hour at i makes it a span ("en 1h30",
 * "pendant 2h30", "durée 1h30", "for 1h30"). */
static int
span_led(struct scan *sc, size_t i)
{
	return i > 0 && (word_is(sc, i - 1, "en") || word_is(sc, i - 1,
	    "pendant") || word_is(sc, i - 1, "durant") || word_is(sc, i - 1,
	    "durante") || word_is(sc, i - 1, "dur\xC3\xA9" "e") ||
	    word_is(sc, i - 1, "in") || word_is(sc, i - 1, "em") ||
	    G(sc, i - 1) == G_FOR);
}

/* Whether the grammar word g leads a bare hour ("around 3 in the
 * afternoon"). */
static int
clock_led(int g)
{
	return g == G_AT || g == G_APPROX || g == G_BY || g == G_UNTIL ||
	    g == G_BEFORE || g == G_AFTER || g == G_SINCE;
}

/* The part of the day (1 morning to 4 night) that the word at k names,
 * "tonight" as evening, the hours it is mostly said of; 0 when none. */
static int
part_at(struct scan *sc, size_t k)
{
	const struct lex *l = L(sc, k);

	if (l == NULL || titled(sc, k) || T(sc, k)->cyr || T(sc, k)->hangul)
		return 0;
	return l->gram == G_TONIGHT ? 3 : l->part;
}

/*
 * The half of the day of a clock time hh (1 to 11, its tokens from i to
 * k) that says none, from a part of the day said right before it or
 * after it: "tonight at 8", "this evening at 6:30", "Sunday night at
 * 9:30", "tonight beginning around 5:00", "at 8 tonight", "at 6:30 this
 * evening".  1 for p.m., 0 for a.m., -1 when no part tells: night before
 * six is the small hours, and an afternoon past seven or an evening
 * before four says nothing.
 */
static int
part_half(struct scan *sc, size_t i, size_t k, int hh)
{
	size_t j;
	int part = 0;

	for (j = i; j > 0 && j + 4 > i && part == 0; j--) {
		if (T(sc, j - 1)->kind != K_WORD)
			break;
		part = part_at(sc, j - 1);
	}
	if (part == 0) {
		j = k + (G(sc, k) == G_THIS || G(sc, k) == G_THAT ||
		    (L(sc, k) != NULL && L(sc, k)->wday > 0));
		part = part_at(sc, j);
	}
	switch (part) {
	case 1:
		return 0;
	case 2:
		return hh <= 7 ? 1 : -1;
	case 3:
		return hh >= 4 ? 1 : -1;
	case 4:
		return hh >= 6;
	}
	return -1;
}

static int	clock_hour(const char *, size_t *);

/*
 * A bare hour hh at i whose range ends in a clock time with its half of
 * the day ("from 1 to 3 p.m.", "between 2 and 4 p.m.", "from 11 to 1
 * p.m."), with k the token after the hour: 1 for p.m., 0 for a.m., -1
 * when no such range is there.  *z takes the day of the end when it names
 * one ("from 2 to 3 p.m. on Friday").
 */
static int
range_half(struct scan *sc, size_t i, size_t k, int hh, long *z)
{
	struct hit e;
	size_t j, at;
	int h2, pm2, said = 0;

	if (!span_opens(sc, i) || !span_joint(sc, k, i) || !is_num(sc, k + 1))
		return -1;
	memset(&e, 0, sizeof(e));
	e.ts = k + 1;
	if (!m_time(sc, k + 1, &e) || (h2 = clock_hour(e.val, &at)) < 0)
		return -1;
	/* the end says its half: "p.m.", "pm", not "15:00" */
	for (j = k + 2; j < e.te && j < k + 8; j++)
		said |= G(sc, j) == G_AM || G(sc, j) == G_PM ||
		    (word_is(sc, j, "m") && P(sc, j - 1, '.'));
	if (!said)
		return -1;
	if (at == 11 && e.val[0] != 'X')
		*z = days_from_civil(atoi(e.val), atoi(e.val + 5),
		    atoi(e.val + 8));
	pm2 = h2 >= 12;
	h2 = h2 % 12 == 0 ? 12 : h2 % 12;
	/* "from 11 to 1 p.m.": the first in the other half */
	return hh == 12 || hh <= h2 ? pm2 : !pm2;
}

/*
 * Whether the bare hour at i ends a span whose start, right before,
 * says its half of the day: "from 2 p.m. to 4", "between 9 a.m. and 11";
 * range_halves() gives it that half.  Not a count ("to 4 percent").
 */
static int
span_end_hour(struct scan *sc, size_t i)
{
	const struct tok *n = T(sc, i + 1);
	size_t j, k;
	int g, between = 0;

	if (i < 3)
		return 0;
	j = i - 2;
	g = G(sc, i - 1);
	for (k = j; g == G_AND && k > 0 && k + 10 > i && !between; k--)
		between = word_is(sc, k - 1, "between");
	if (!(g == G_TO || g == G_UNTIL || g == G_THROUGH || between) ||
	    num_continues(sc, i))
		return 0;
	if (!(G(sc, j) == G_AM || G(sc, j) == G_PM || G(sc, j) == G_NOON ||
	    G(sc, j) == G_MIDNIGHT ||
	    (word_is(sc, j, "m") && P(sc, j - 1, '.')) || (P(sc, j, '.') &&
	    word_is(sc, j - 1, "m") && P(sc, j - 2, '.'))))
		return 0;
	g = G(sc, i + 1);
	return n->kind == K_EOF || n->kind == K_NONE || (n->kind == K_PUNCT &&
	    n->c != '%' && n->c != '/') || g == G_ON || g == G_AT ||
	    g == G_IN || g == G_AND || g == G_OR || g == G_TZ ||
	    g == G_LOCAL || g == G_TONIGHT || (L(sc, i + 1) != NULL &&
	    (L(sc, i + 1)->wday > 0 || L(sc, i + 1)->part > 0 ||
	    L(sc, i + 1)->reln != 0));
}

/* Clock times: "09:39", "2 p.m.", "10:35 a.m. EST", "noon". */
static int
m_time(struct scan *sc, size_t i, struct hit *h)
{
	const struct tok *t = T(sc, i);
	size_t k = i, ap, te;
	int hh = -1, mi = 0, pm = -1;
	long z, rz = 0;

	/* an hour in words ("five o'clock", "ten in the morning", from
	 * m_duration()) reads as in digits, which alone ("five") it never
	 * is */
	if ((t->kind == K_NUM && t->ndig <= 2 && t->num <= 24 &&
	    !num_is_label(sc, i)) || (t->kind == K_WORD && L(sc, i) != NULL &&
	    L(sc, i)->num >= 1 && L(sc, i)->num <= 12 && !t->cyr)) {
		hh = t->kind == K_NUM ? (int)t->num : L(sc, i)->num;
		k = i + 1;
		if (P(sc, k, ':') && glued(sc, k) && is_num(sc, k + 1) &&
		    glued(sc, k + 1) && T(sc, k + 1)->ndig == 2 &&
		    T(sc, k + 1)->num < 60) {
			mi = (int)T(sc, k + 1)->num;
			k += 2;
			if (P(sc, k, ':') && glued(sc, k) && is_num(sc, k + 1) &&
			    glued(sc, k + 1))
				k += 2;
			/* "2:55.42", "2:55,42": a race's time */
			if (P(sc, k, ':') || (P(sc, k, '.') &&
			    is_num(sc, k + 1)) || (P(sc, k, ',') &&
			    glued(sc, k) && is_num(sc, k + 1) &&
			    glued(sc, k + 1)) || (G(sc, i - 1) != G_AT &&
			    ((L(sc, k) != NULL && L(sc, k)->unit == U_MIN) ||
			    word_is(sc, k, "min") || word_is(sc, k,
			    "minuten"))))
				return 0;	/* "in 1:50 minutes": a span */
		} else if (P(sc, k, '.') && glued(sc, k) && is_num(sc, k + 1) &&
		    glued(sc, k + 1) && T(sc, k + 1)->ndig == 2 &&
		    T(sc, k + 1)->num < 60 && (G(sc, k + 2) == G_AM ||
		    G(sc, k + 2) == G_PM || word_is(sc, k + 2, "uhr") ||
		    (G(sc, k + 2) == G_TZ && T(sc, k + 2)->allcap &&
		    t->kind == K_NUM && (t->ndig == 2 ||
		    G(sc, i - 1) == G_AT)))) {
			/* "14.30 Uhr" too, and "09.30 GMT" as British pages
			 * stamp it */
			mi = (int)T(sc, k + 1)->num;
			k += 2;
		} else if (t->kind == K_NUM && word_is(sc, k, "h") &&
		    glued(sc, k) && ((is_num(sc, k + 1) && glued(sc, k + 1) &&
		    T(sc, k + 1)->ndig == 2 && T(sc, k + 1)->num < 60 &&
		    !span_led(sc, i)) || hour_led(sc, i))) {
			/* "14h30", "à 17h", as French, Portuguese and
			 * Spanish pages write hours; not "en 1h30", a span */
			mi = is_num(sc, k + 1) && glued(sc, k + 1) ?
			    (int)T(sc, k + 1)->num : 0;
			k += 1 + (is_num(sc, k + 1) && glued(sc, k + 1));
			h->te = k;
			put_clock(h, time_anchor(sc, i), hh, mi);
			return 1;
		} else
			mi = -1;
		/* a.m., p.m., am, pm */
		ap = k;
		if (is_word(sc, ap) && T(sc, ap)->e - T(sc, ap)->s == 1 &&
		    P(sc, ap + 1, '.') && is_word(sc, ap + 2) &&
		    (sc->text[T(sc, ap + 2)->s] | 0x20) == 'm' &&
		    T(sc, ap + 2)->e - T(sc, ap + 2)->s == 1) {
			char c = (char)(sc->text[T(sc, ap)->s] | 0x20);

			if (c == 'a' || c == 'p') {
				pm = c == 'p';
				k = ap + 3;
				/* the final dot, unless it ends the sentence */
				if (P(sc, k, '.') && glued(sc, k) &&
				    (!(T(sc, k + 1)->upper ||
				    T(sc, k + 1)->kind == K_EOF) ||
				    date_word(sc, k + 1)))
					k++;
			}
		} else if (G(sc, ap) == G_AM || G(sc, ap) == G_PM) {
			pm = G(sc, ap) == G_PM;
			k = ap + 1;
		} else if (G(sc, ap) == G_O && P(sc, ap + 1, '\'') &&
		    G(sc, ap + 2) == G_CLOCK) {
			pm = -2;
			k = ap + 3;
		} else if (word_is(sc, ap, "uhr")) {
			pm = -2;	/* "um 14 Uhr", as German writes hours */
			k = ap + 1;
		} else if (hour_led(sc, i) && L(sc, ap) != NULL &&
		    L(sc, ap)->unit == U_HOUR && L(sc, ap)->low) {
			pm = -2;	/* "à 15 heures", "às 10 horas" */
			k = ap + 1;
		} else if (mi < 0 && hh >= 1 && hh <= 12 && hour_led(sc, i) &&
		    word_is(sc, ap, "de") && word_is(sc, ap + 1, "la") &&
		    L(sc, ap + 2) != NULL && L(sc, ap + 2)->part > 0) {
			/* "a las 10 de la mañana", "a las 8 de la noche" */
			pm = L(sc, ap + 2)->part == 1 || (L(sc, ap +
			    2)->part == 4 && hh < 6) ? 0 : 1;
			k = ap + 3;
		} else if (mi < 0 && T(sc, ap)->cyr && L(sc, ap) != NULL &&
		    L(sc, ap)->unit == U_HOUR && i > 0 && T(sc, i - 1)->cyr &&
		    G(sc, i - 1) == G_IN) {
			/* "в 10 часов", "в 7 часов вечера": at an hour */
			pm = -2;
			k = ap + 1;
			if (T(sc, k)->cyr && L(sc, k) != NULL &&
			    L(sc, k)->part > 0 && hh >= 1 && hh <= 12) {
				pm = L(sc, k)->part == 1 || (L(sc, k)->part ==
				    4 && hh < 6) ? 0 : 1;
				k++;
			}
		} else if (mi < 0 && T(sc, ap)->cyr && L(sc, ap) != NULL &&
		    L(sc, ap)->part > 0 && L(sc, ap)->part != 2 && i > 0 &&
		    T(sc, i - 1)->cyr && G(sc, i - 1) == G_IN) {
			/* "в 10 утра", "в 8 вечера"; "3 дня" is three days */
			pm = L(sc, ap)->part == 1 || (L(sc, ap)->part == 4 &&
			    hh < 6) ? 0 : 1;
			k = ap + 1;
		}
		if ((pm == -1 || pm == -2) && hh >= 1 && hh <= 12 &&
		    G(sc, k) == G_IN && G(sc, k + 1) == G_THE &&
		    L(sc, k + 2) != NULL && L(sc, k + 2)->part > 0 &&
		    !titled(sc, k + 2) && (mi >= 0 || pm == -2 ||
		    clock_led(G(sc, i - 1)))) {
			/* "at 10 in the morning", "8 o'clock in the evening" */
			pm = L(sc, k + 2)->part == 1 || (L(sc, k + 2)->part ==
			    4 && hh < 6) ? 0 : 1;
			k += 3;
		}
		if (pm == -1 && mi >= 0 && i > 0 && T(sc, i - 1)->hangul &&
		    T(sc, i - 1)->tail == 0 && L(sc, i - 1) != NULL &&
		    L(sc, i - 1)->part > 0 && hh >= 1 && hh <= 12) {
			/* "오후 3:20": the part of the day before it says
			 * which half */
			pm = L(sc, i - 1)->part != 1 && !(L(sc, i - 1)->part ==
			    4 && hh < 6);
			h->ts = i - 1;
		}
		/* "12:00 noon", "12 midnight": the same hour said twice */
		if (hh == 12 && mi <= 0 && pm == -1 && (G(sc, k) == G_NOON ||
		    G(sc, k) == G_MIDNIGHT)) {
			hh = G(sc, k) == G_NOON ? 12 : 24;
			mi = 0;
			k++;
		}
		if (pm == -1 && hh >= 1 && hh <= 12 && (mi < 0 ||
		    !(t->kind == K_NUM && t->ndig == 2 && hh < 10)))
			pm = range_half(sc, i, k, hh, &rz);
		if (pm == -1 && hh >= 1 && hh <= 11 && t->kind == K_NUM &&
		    !(t->ndig == 2 && hh < 10) && (mi >= 0 ||
		    clock_led(G(sc, i - 1))))
			pm = part_half(sc, i, k, hh);
		if (mi < 0 && pm == -1 && !(t->kind == K_NUM && hh >= 1 &&
		    hh <= 12 && span_end_hour(sc, i)))
			return 0;
		if (mi < 0)
			mi = 0;
		if (pm >= 0 && (hh < 1 || hh > 12))
			return 0;
		if (pm == 1 && hh < 12)
			hh += 12;
		else if (pm == 0 && hh == 12)
			hh = 0;
	} else if (t->kind == K_NUM && t->ndig == 4 && t->num % 100 < 60 &&
	    t->num / 100 < 24 && ((G(sc, i + 1) == G_TZ &&
	    T(sc, i + 1)->allcap) || (G(sc, i + 1) == G_LOCAL &&
	    G(sc, i + 2) == G_TIME) || (t->num < 1000 &&
	    !num_continues(sc, i) && !is_num(sc, i + 1) &&
	    !P(sc, i + 1, '-')) || (word_is(sc, i + 1, "hours") &&
	    !word_is(sc, i + 2, "a") && !word_is(sc, i + 2, "per"))) &&
	    (G(sc, i - 1) == G_AT || G(sc, i - 1) == G_APPROX ||
	    G(sc, i - 1) == G_NEARLY || G(sc, i - 1) == G_BY ||
	    G(sc, i - 1) == G_UNTIL || G(sc, i - 1) == G_BEFORE ||
	    G(sc, i - 1) == G_AFTER)) {
		/* "at 2300 GMT", "at 0900 local time", "at 2100 hours",
		 * "at 0630", as wires and armies write it; "(0735 GMT)"
		 * after a local time only repeats it, and "2024 GMT" is no
		 * time */
		hh = (int)t->num / 100;
		mi = (int)t->num % 100;
		k = i + 1 + word_is(sc, i + 1, "hours");
	} else if (G(sc, i) == G_NOON || G(sc, i) == G_MIDNIGHT) {
		if (G(sc, i) == G_NOON && word_is(sc, i - 1, "high"))
			return 0;	/* "high noon": a showdown */
		hh = G(sc, i) == G_NOON ? 12 : 24;
		k = i + 1;
	} else
		return 0;
	/* time zone, "local time" or a city's ("Moscow time") */
	if (G(sc, k) == G_TZ && T(sc, k)->allcap)
		k++;
	else if (G(sc, k) == G_LOCAL && G(sc, k + 1) == G_TIME)
		k += 2;
	else {
		/* "10 a.m. Moscow time", after the final dot of "a.m." */
		ap = k + (P(sc, k, '.') && glued(sc, k));
		if (is_word(sc, ap) && T(sc, ap)->upper && L(sc, ap) == NULL &&
		    G(sc, ap + 1) == G_TIME && !T(sc, ap + 1)->upper)
			k = ap + 2;
	}
	z = rz != 0 ? rz : time_anchor(sc, i);
	if ((te = time_day(sc, i, k, &z)) > k)
		k = te;
	else if (P(sc, k, '(')) {
		/* "10:35 a.m. (0735 GMT) Friday": the day after the
		 * aside, which stays an expression of its own */
		for (te = k + 1; te < k + 8 && !P(sc, te, ')') &&
		    !clause_end(sc, te) && T(sc, te)->kind != K_EOF; te++)
			;
		if (P(sc, te, ')'))
			(void)time_day(sc, i, te + 1, &z);
	} else if (P(sc, k, ')') && i > 0 && P(sc, i - 1, '('))
		/* "10 a.m. PDT (5 p.m. UTC) on Aug. 28": an aside takes the
		 * day named after it too */
		(void)time_day(sc, i, k + 1, &z);
	h->te = k;
	put_clock(h, z, hh, mi);
	return 1;
}

/*
 * Whether a year-ago comparison at i is about a quarter: a quarter was the
 * last date mentioned, or the sentence reports results ("net income"),
 * unless it reports them for a longer span.
 */
static int
fin_context(struct scan *sc, size_t i)
{
	const struct lex *l;
	const struct tok *t;
	size_t k;

	if (sc->doc->ry == 0 || span_context(sc, i))
		return 0;
	if (sc->doc->lgran == GR_QUARTER && sc->doc->ly > 0)
		return 1;
	for (k = 1; k <= 40 && k <= i; k++) {
		t = T(sc, i - k);
		if (t->kind == K_NONE || (t->kind == K_PUNCT && ((t->c == '.' &&
		    !decimal_point(sc, i - k) && !abbrev_dot(sc, i - k)) ||
		    t->c == '!' || t->c == '?')) || t->sp == 2)
			break;
		if (G(sc, i - k) == G_FIN || ((l = L(sc, i - k)) != NULL &&
		    l->unit == U_QUARTER))
			return 1;
	}
	return 0;
}

/*
 * Whether the sentence of the quarter at i tells of a game ("scored 12
 * points in the third quarter", "late in the first quarter ... the locker
 * room"), whose quarters are no dates, and of no results, which a word of
 * fin_context()'s would say.
 */
static int
game_context(struct scan *sc, size_t i)
{
	const struct tok *t;
	size_t k;
	int game = 0, g;

	for (k = i; k + 40 > i && k > 0; k--) {
		t = T(sc, k - 1);
		if (t->kind == K_NONE || clause_end(sc, k - 1) || t->sp == 2)
			break;
		if ((g = G(sc, k - 1)) == G_FIN)
			return 0;
		game |= g == G_GAME;
	}
	for (k = i; k < i + 40; k++) {
		t = T(sc, k);
		if (t->kind == K_NONE || t->kind == K_EOF ||
		    (k > i && clause_end(sc, k)))
			break;
		if ((g = G(sc, k)) == G_FIN)
			return 0;
		game |= g == G_GAME;
	}
	return game;
}

/*
 * "by year-end", "around year end", "since year's end" at the word "year"
 * at i: the year of the reference date (the one before after "since"), in
 * the year of granularity that annotators give "the end of the year".
 * Takes the scanner, the token and the hit to fill; returns 1 when found.
 * A preposition must come first: "the year ended Sept. 30" and "year-end
 * results" are no dates.
 */
static int
year_end(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	size_t k = i + 1;
	int g;

	if (i == 0 || l == NULL || l->unit != U_YEAR || titled(sc, i) ||
	    ends_s(l) || sc->doc->ry == 0)
		return 0;
	g = G(sc, i - 1);
	if (!(g == G_BY || g == G_UNTIL || g == G_SINCE || g == G_AT ||
	    g == G_APPROX || g == G_NEARLY || g == G_BEFORE ||
	    g == G_THROUGH))
		return 0;
	if (P(sc, k, '-') && glued(sc, k) && glued(sc, k + 1))
		k++;
	else if (P(sc, k, '\'') && glued(sc, k) && G(sc, k + 1) == G_S &&
	    glued(sc, k + 1))
		k += 2;
	if (G(sc, k) != G_END)
		return 0;
	/* "since year-end levels": a modifier, not the date */
	if (is_word(sc, k + 1) && L(sc, k + 1) == NULL && !T(sc, k + 1)->upper)
		return 0;
	put_year(h, sc->doc->ry - (g == G_SINCE));
	h->mod = WIRE_TX_MOD_END;
	h->te = k + 1;
	if (g == G_APPROX || g == G_NEARLY)
		h->ts = i - 1;	/* "around year end", like "about 10 days" */
	return 1;
}

/* "year-earlier", "year-ago" standing alone: the year (or quarter) before. */
static int
m_yearago(struct scan *sc, size_t i, struct hit *h)
{
	size_t n;
	int by, bq;

	if (year_end(sc, i, h))
		return 1;
	if ((n = year_ago_at(sc, i)) == 0 || sc->doc->ry == 0)
		return 0;
	h->te = i + n;
	if (fin_context(sc, i)) {
		base_quarter(sc, &by, &bq);
		put_quarter(h, by - 1, bq);
	} else
		put_year(h, sc->doc->ry - 1);
	h->keep = 1;
	return 1;
}

/* Words that turn a count into a relative date: "a year ago". */
static int
rel_after(int g)
{
	return g == G_AGO || g == G_EARLIER || g == G_LATER || g == G_BEFORE ||
	    g == G_AFTER;
}

/*
 * Whether the token before "a" at i is an amount, so that "a week" is a
 * rate ("$2 million a year", "24 hours a day", "700 seats a week"), not a
 * time: a figure, a number word, '%', or a plural noun.
 */
static int
rate_before(struct scan *sc, size_t i)
{
	const struct tok *t;
	const struct lex *l;
	const char *w;
	size_t n;

	if (i == 0)
		return 0;
	t = T(sc, i - 1);
	l = L(sc, i - 1);
	w = sc->text + t->s;
	n = t->e - t->s;
	if (t->kind == K_NUM || P(sc, i - 1, '%'))
		return 1;
	if (t->kind != K_WORD || t->hangul || t->upper)
		return 0;
	/* a word of the lexicon only as a part of a name ("times" of
	 * "Sunday Times") is read as any other; another language's number
	 * word is no amount ("um ein Jahr") */
	if (l != NULL && (l->num > 0 || l->gram != 0 || l->unit != 0))
		return (l->num > 0 && !l->low) || l->gram == G_THOUSAND ||
		    l->gram == G_CENT ||
		    l->gram == G_COUNTNOUN || (l->unit && w[n - 1] == 's' &&
		    is_num(sc, i - 2));	/* "12 hours a day" */
	if ((n == 7 && (memcmp(w, "million", 7) == 0 ||
	    memcmp(w, "billion", 7) == 0)) || (n == 8 &&
	    memcmp(w, "trillion", 8) == 0))
		return 1;
	/* a plural noun: "flights", "seats", "interviews" */
	return n >= 5 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u';
}

/*
 * Whether the word at k stands between a count n and its unit at k + 1:
 * "two more weeks" (the span still to come), "an additional year",
 * "eight trading days", "two full years", "a few short months", "les
 * trois derniers mois".  Most words after a count have no unit after
 * them, which one lookup tells before any spelling is compared.
 */
static int
count_filler(struct scan *sc, size_t k, long n)
{
	int u, pl;

	if (n == 0 || !is_word(sc, k) || (u = unit_at(sc, k + 1, &pl)) == 0)
		return 0;
	return G(sc, k) == G_MORE || (n > 0 && (word_is(sc, k, "additional") ||
	    word_is(sc, k, "extra") || word_is(sc, k, "consecutive") ||
	    word_is(sc, k, "straight") || word_is(sc, k, "successive") ||
	    word_is(sc, k, "full") || word_is(sc, k, "whole"))) ||
	    (pl && (word_is(sc, k, "short") || word_is(sc, k, "long") ||
	    word_is(sc, k, "derniers") || word_is(sc, k, "prochains") ||
	    word_is(sc, k, "derni\xC3\xA8res") ||
	    word_is(sc, k, "prochaines"))) ||
	    (u == U_DAY &&
	    (word_is(sc, k, "trading") || word_is(sc, k, "business") ||
	    word_is(sc, k, "working")));
}

/*
 * The day n units (u) from day z ("two hours ago": that day; "four
 * decades ago": the 1960s), into h; 0 when n is out of reach.
 */
static int
put_counted(struct hit *h, long z, long n, int u)
{
	if (n > 1000 || n < -1000)
		return 0;
	if ((u == U_HOUR && (n >= 24 || n <= -24)) ||
	    (u == U_MIN && (n >= 1440 || n <= -1440))) {
		/* "48 hours ago": a day */
		n /= u == U_HOUR ? 24 : 1440;
		u = U_DAY;
	}
	put_shift(h, z, n, u);
	return 1;
}

/*
 * The grain that words around "ago" give a span gone by, at i its count
 * and k the token after "ago": a day for "exactly a year ago", "a year ago
 * today", "a year ago to the day", a week or a month for "a year ago this
 * week" and "this month", which *te then passes; else 0, the span's own.
 */
static int
ago_grain(struct scan *sc, size_t i, size_t k, size_t *te)
{
	const struct lex *l;

	*te = k;
	if (word_is(sc, k, "today") || (G(sc, k) == G_TO && G(sc, k + 1) ==
	    G_THE && (l = L(sc, k + 2)) != NULL && l->unit == U_DAY &&
	    !ends_s(l))) {
		*te = word_is(sc, k, "today") ? k + 1 : k + 3;
		return U_DAY;
	}
	if (G(sc, k) == G_THIS && (l = L(sc, k + 1)) != NULL && !ends_s(l) &&
	    (l->unit == U_WEEK || l->unit == U_MONTH)) {
		*te = k + 2;
		return l->unit;
	}
	return i > 0 && word_is(sc, i - 1, "exactly") ? U_DAY : 0;
}

/*
 * The day n units (u, a day to a year) from day z, its day of the month
 * kept where the month has it ("a year ago today" on 29 February is 28
 * February), or 0 for other units.
 */
static long
shift_day(long z, long n, int u)
{
	int y, m, d;

	if (u == U_DAY || u == U_WEEK)
		return z + n * (u == U_WEEK ? 7 : 1);
	if (u != U_MONTH && u != U_YEAR)
		return 0;
	civil_from_days(z, &y, &m, &d);
	m += u == U_MONTH ? (int)n : 0;
	y += u == U_YEAR ? (int)n : 0;
	carry_year(&y, &m, 12);
	if (d > mdays(y, m))
		d = mdays(y, m);
	return days_from_civil(y, m, d);
}

/*
 * Whether the date last named is a month of a year, named earlier in the
 * sentence of token i: "in January", "in November 2023".
 */
static int
month_before(struct scan *sc, size_t i)
{
	const struct lex *l;
	size_t k;

	if (sc->doc->lgran != GR_MONTH || sc->doc->ly <= 0 ||
	    sc->doc->lm <= 0)
		return 0;
	for (k = 1; k <= 30 && k <= i; k++) {
		if (sentence_end(sc, i - k) || T(sc, i - k)->sp == 2)
			return 0;
		if ((l = L(sc, i - k)) != NULL && l->month == sc->doc->lm)
			return 1;
	}
	return 0;
}

/*
 * The day that a count of u units later counts from, in a clause of the
 * given tense (-1 past): years in the past count from the year last named
 * ("2016년에 시작해 4년 후에 끝났다"); else the reference day.
 */
static long
later_from(struct scan *sc, int u, int tense)
{
	if (u >= U_YEAR && tense < 0 && sc->doc->ly > 0)
		return days_from_civil(sc->doc->ly, 7, 1);
	return refz(sc);
}

/*
 * After a count's unit at k, "from now", "from today", "' time" or "'s
 * time" ("two weeks' time"): returns the token after them, or k.
 */
static size_t
from_now(struct scan *sc, size_t k)
{
	if (G(sc, k) == G_FROM && (G(sc, k + 1) == G_NOW ||
	    word_is(sc, k + 1, "today")))
		return k + 2;
	if (!P(sc, k, '\'') || !glued(sc, k))
		return k;
	if (G(sc, k + 1) == G_TIME)
		return k + 2;
	if (G(sc, k + 1) == G_S && glued(sc, k + 1) && G(sc, k + 2) == G_TIME)
		return k + 3;
	return k;
}

static long	day_named_at(struct scan *, size_t, size_t *);

/*
 * The day that a count of days or weeks is counted from at i, after
 * "from": a weekday, the coming one ("a week from Friday"), or "tomorrow"
 * ("ten days from tomorrow"); *te set past it.  0 when none is there: "a
 * week from Christmas" tells how far off it is.
 */
static long
from_day(struct scan *sc, size_t i, size_t *te)
{
	const struct lex *l = L(sc, i);
	long z, r = refz(sc);

	if (l == NULL || r == 0)
		return 0;
	if (l->relu == U_DAY && l->reln != 0) {
		*te = i + 1;
		return r + l->reln;
	}
	if (l->wday == 0 || (z = day_named_at(sc, i, te)) == 0)
		return 0;
	return z < r ? z + 7 : z;
}

/*
 * The modifier of a date counted from another by a span whose modifier
 * is mod: "more than four decades ago" lies before the day four decades
 * ago, "less than a week later" before the day a week later.  later is
 * set when the count goes forward.
 */
static int
side_mod(int mod, int later)
{
	switch (mod) {
	case WIRE_TX_MOD_MORE_THAN:
		return later ? WIRE_TX_MOD_AFTER : WIRE_TX_MOD_BEFORE;
	case WIRE_TX_MOD_LESS_THAN:
		return later ? WIRE_TX_MOD_BEFORE : WIRE_TX_MOD_AFTER;
	case WIRE_TX_MOD_EQUAL_OR_MORE:
		return later ? WIRE_TX_MOD_ON_OR_AFTER :
		    WIRE_TX_MOD_ON_OR_BEFORE;
	case WIRE_TX_MOD_EQUAL_OR_LESS:
		return later ? WIRE_TX_MOD_ON_OR_BEFORE :
		    WIRE_TX_MOD_ON_OR_AFTER;
	}
	return mod;
}

/*
 * "half past two", "a quarter to five", "quarter past 10": a clock time
 * of the reference day, read as the clock reads it ("p.m." after it makes
 * it the afternoon's).  Fills h; returns 1, or 0.
 */
static int
clock_words(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i + (G(sc, i) == G_A);
	int mins, to, hh;

	if (G(sc, k) == G_HALF && k == i)
		mins = 30;
	else if ((l = L(sc, k)) != NULL && l->unit == U_QUARTER &&
	    !ends_s(l))
		mins = 15;
	else
		return 0;
	to = G(sc, k + 1) == G_TO;
	if ((!to && G(sc, k + 1) != G_PAST) || (to && mins == 30))
		return 0;
	if (is_num(sc, k + 2) && T(sc, k + 2)->ndig <= 2)
		hh = (int)T(sc, k + 2)->num;
	else if ((l = L(sc, k + 2)) != NULL && l->num > 0)
		hh = l->num;
	else
		return 0;
	if (hh < 1 || hh > 12 || num_continues(sc, k + 2))
		return 0;
	k += 3;
	if (to && --hh == 0)
		hh = 12;
	if (G(sc, k) == G_PM || G(sc, k) == G_AM) {
		hh = hh % 12 + (G(sc, k) == G_PM ? 12 : 0);
		k++;
	}
	h->te = k;
	put_clock(h, refz(sc), hh, to ? 60 - mins : mins);
	return 1;
}

static size_t	part_of(struct scan *, size_t, int *);

/* Words before which "last" is the verb: "to last", "will last". */
static const char *const last_verb[] = { "to", "will", "would", "should",
    "could", "may", "might", "can", "must", "ll", NULL };

/*
 * The end of a range of counts whose first, n, ends at token k: "-3" of
 * "2-3 minutes", "to three" of "two to three weeks", "or 12" of "10 or 12
 * days", before a unit in the plural that no "ago" or "later" follows (a
 * date of a range is no span).  Returns the token after the second count,
 * or k when there is none.
 */
static size_t
count_range(struct scan *sc, size_t k, long n)
{
	size_t te;
	long m;
	int pl, g;

	if (P(sc, k, '-') && glued(sc, k) && glued(sc, k + 1) &&
	    is_num(sc, k - 1) && is_num(sc, k + 1) && T(sc, k + 1)->ndig <= 3 &&
	    !num_continues(sc, k + 1)) {
		m = T(sc, k + 1)->num;	/* a count after "-" is no label */
		te = k + 2;
	} else if (G(sc, k) == G_TO || G(sc, k) == G_OR)
		m = count_at(sc, k + 1, &te);
	else
		return k;
	if (m <= n || unit_at(sc, te, &pl) == 0 || !pl || titled(sc, te))
		return k;
	g = G(sc, te + 1);
	return g == G_AGO || g == G_LATER || g == G_EARLIER || g == G_BEFORE ||
	    g == G_AFTER ? k : te;
}

/*
 * Durations and counted relatives: "two months", "half a year", "the past
 * two weeks", "three years ago", "a year earlier", "two-year", "for years".
 */
static int
m_duration(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i, te, start = i, range;
	long n;
	int u, pl, g = G(sc, i), lead = 0, hyphen = 0, ga, by, bq, half = 0;
	int some = 0, grain;
	long z;

	l = L(sc, i);
	if (l != NULL && (g == G_A || g == G_HALF || l->unit == U_QUARTER) &&
	    clock_words(sc, i, h))
		return 1;
	if (l != NULL && (l->unit == U_DECADE || l->unit == U_CENTURY) &&
	    !ends_s(l) && i >= 3 && P(sc, i - 1, '-') && glued(sc, i - 1) &&
	    glued(sc, i) && G(sc, i - 2) == G_MID && G(sc, i - 3) != G_OF &&
	    month_led(G(sc, i - 3)) && refz(sc) != 0) {
		/* "by mid-decade", "by mid-century": this one, its mod
		 * the prefix's; "a mid-century house" is a style */
		put_shift(h, refz(sc), 0, l->unit);
		h->te = i + 1;
		return 1;
	}
	if (g == G_THE && part_of(sc, i, &ga) > 0)
		return 0;	/* "the first days of January": a prefix */
	/* "five o'clock", "ten in the morning": m_time()'s, which number
	 * words do not wake */
	if (l != NULL && l->num >= 1 && l->num <= 12 && is_word(sc, i) &&
	    (G(sc, i + 1) == G_O || G(sc, i + 1) == G_IN) && m_time(sc, i, h))
		return 1;
	if ((l = L(sc, i)) != NULL && l->unit != 0 &&
	    (u = unit_at(sc, i, &pl)) != 0 && u != U_WEEKEND &&
	    P(sc, i + 1, '-') && glued(sc, i + 1) && glued(sc, i + 2) &&
	    word_is(sc, i + 2, "long") && !titled(sc, i)) {
		/* "a day-long meeting", "a decades-long battle" */
		put_dur(h, pl ? -1 : 1, u);
		h->te = i + 3;
		return 1;
	}
	if (g == G_A && (l = L(sc, i + 1)) != NULL && l->unit != 0 &&
	    P(sc, i + 2, '-') && glued(sc, i + 2) && word_is(sc, i + 3, "long"))
		return 0;	/* "a year-long probe": the unit's, above */
	if (g == G_LAST && i > 0 && (possessive(sc, i - 1) ||
	    word_in(sc, i - 1, last_verb)))
		return 0;	/* "my last day in the office": no span;
				 * "expected to last several days": the
				 * verb, before its span */
	/* "at the last minute", "last minute changes": an idiom of no
	 * span */
	k = i + (g == G_THE);
	if (G(sc, k) == G_LAST && L(sc, k + 1) != NULL &&
	    L(sc, k + 1)->unit == U_MIN && !ends_s(L(sc, k + 1)) &&
	    ((k >= 2 && G(sc, k - 1) == G_THE && G(sc, k - 2) == G_AT) ||
	    (G(sc, k - 1) != G_THE && is_word(sc, k + 2) &&
	    !T(sc, k + 2)->upper && L(sc, k + 2) == NULL)))
		return 0;
	k = i;
	/* "about", "more than", "at least", "the past", "the next" */
	if (g == G_APPROX || g == G_NEARLY || g == G_OVER || g == G_UNDER ||
	    g == G_SOME || (g == G_UP && G(sc, i + 1) == G_TO)) {
		k += g == G_UP ? 2 : 1;
		h->mod = g == G_OVER ? WIRE_TX_MOD_MORE_THAN : g == G_UP ?
		    WIRE_TX_MOD_EQUAL_OR_LESS : g == G_NEARLY || g == G_UNDER ?
		    WIRE_TX_MOD_LESS_THAN : WIRE_TX_MOD_APPROX;
	} else if ((g == G_MORE || g == G_LESS) && G(sc, i + 1) == G_THAN) {
		k += 2;
		h->mod = g == G_MORE ? WIRE_TX_MOD_MORE_THAN :
		    WIRE_TX_MOD_LESS_THAN;
	} else if (g == G_AT && G(sc, i + 1) == G_LEAST) {
		k += 2;
		h->mod = WIRE_TX_MOD_EQUAL_OR_MORE;
	} else if (g == G_THE || g == G_PAST || g == G_NEXT || g == G_LAST ||
	    g == G_COMING || g == G_RECENT) {
		if (g == G_THE)
			k++;
		l = L(sc, k);
		g = l != NULL ? l->gram : 0;
		if (g == G_PAST || g == G_NEXT || g == G_LAST || g == G_COMING ||
		    g == G_PREVIOUS || g == G_FOLLOWING || g == G_RECENT ||
		    (l != NULL && l->ord == 1)) {
			lead = 1;
			k++;
			/* "Last Week Tonight", a title: m_relunit()'s to
			 * read, or nobody's */
			if (L(sc, k) != NULL && L(sc, k)->unit && titled(sc, k))
				return 0;
		} else if (k == i + 1 && (g == G_FEW || g == G_SEVERAL)) {
			lead = 1;
		} else if (k == i + 1 && G(sc, i) == G_THE &&
		    ((G(sc, k + 1) == G_AHEAD && G(sc, k + 2) != G_OF) ||
		    (G(sc, k + 1) == G_TO && word_is(sc, k + 2, "come"))) &&
		    (u = unit_at(sc, k, &pl)) != 0 && u != U_WEEKEND &&
		    (pl || G(sc, k + 1) == G_AHEAD) && !titled(sc, k)) {
			/* "the weeks ahead", "the months to come", as "the
			 * coming weeks"; "the year ahead", not "the week
			 * ahead of the vote" */
			put_dur(h, pl ? -1 : 1, u);
			h->te = k + 2 + (G(sc, k + 1) == G_TO);
			return 1;
		} else if (k == i + 1 && G(sc, i) == G_THE && i > 0 &&
		    (G(sc, i - 1) == G_OVER || G(sc, i - 1) == G_THROUGH) &&
		    (u = unit_at(sc, k, &pl)) >= U_MONTH && u != U_WEEKEND &&
		    pl && !titled(sc, k)) {
			put_dur(h, -1, u);	/* "over the years" */
			h->te = k + 1;
			return 1;
		} else if (k == i + 1 && !(G(sc, i) == G_THE && (is_num(sc, k) ||
		    (l != NULL && l->num > 0)))) {
			return 0;	/* but "the nine months" keeps "the" */
		}
	}
	if (is_num(sc, k) && T(sc, k)->ndig <= 3 && half_at(sc, k + 1) &&
	    !num_is_label(sc, k)) {
		n = T(sc, k)->num;	/* "2 1/2 years" */
		te = k + 4;
		half = 1;
	} else if (is_num(sc, k) && T(sc, k)->ndig <= 3 && P(sc, k + 1, '.') &&
	    glued(sc, k + 1) && is_num(sc, k + 2) && glued(sc, k + 2) &&
	    T(sc, k + 2)->ndig == 1 && T(sc, k + 2)->num == 5 &&
	    !num_is_label(sc, k) && unit_at(sc, k + 3, &pl) != 0) {
		n = T(sc, k)->num;	/* "1.5 years" */
		te = k + 3;
		half = 1;
	} else if ((l = L(sc, k)) != NULL && (l->gram == G_FEW ||
	    l->gram == G_SEVERAL || l->gram == G_MANY) && (lead ||
	    (unit_at(sc, k + 1, &pl) != 0 && pl && !(l->gram == G_MANY &&
	    word_is(sc, k - 1, "how"))))) {
		/* "the next few days"; "several months", "a few days";
		 * "how many days" asks */
		n = -1;
		te = k + 1;
		some = 1;
		if (k == i && i > 0 && l->gram == G_FEW && G(sc, i - 1) == G_A)
			start = i - 1;
	} else if ((n = count_at(sc, k, &te)) > 0 && G(sc, te) == G_AND &&
	    G(sc, te + 1) == G_A && G(sc, te + 2) == G_HALF &&
	    unit_at(sc, te + 3, &pl) != 0 && pl) {
		te += 3;	/* "three and a half years" */
		half = 1;
	} else if (n == 0) {
		g = G(sc, k - 1);
		ga = G(sc, k + 1);
		/* "for years", "in weeks"; "months ago", "Days later";
		 * a Russian unit is one after "более" ("более часа") */
		if (!lead && !(h->mod != WIRE_TX_MOD_NONE && T(sc, k)->cyr &&
		    unit_at(sc, k, &pl)) &&
		    !(unit_at(sc, k, &pl) && pl && (((g == G_FOR ||
		    g == G_IN || g == G_OVER || g == G_WITHIN) &&
		    !titled(sc, k)) || ((ga == G_AGO || ga == G_LATER ||
		    ga == G_EARLIER) && (!titled(sc, k) || k == 0 ||
		    clause_end(sc, k - 1))))))
			return 0;
		if (is_num(sc, k + 1) && T(sc, k + 1)->ndig == 4)
			return 0;	/* "im Jahre 1949": that year */
		n = 1;
		te = k;
		if ((u = unit_at(sc, te, &pl)) == 0)
			return 0;
		if (pl)
			n = -1;
	}
	range = n > 0 && !half && h->mod == WIRE_TX_MOD_NONE ?
	    count_range(sc, te, n) : te;
	if (range > te) {
		/* "2-3 minutes", "two to three weeks": one span, of the
		 * least or more, as TimeML annotates it */
		te = range;
		h->mod = WIRE_TX_MOD_EQUAL_OR_MORE;
	} else
		range = 0;
	k = te;
	if (count_filler(sc, k, n))
		k++;
	if (P(sc, k, '-') && glued(sc, k) && n > 0)
		hyphen = 1, k++;
	if ((u = unit_at(sc, k, &pl)) == 0 || (u == U_QUARTER &&
	    game_context(sc, k)))
		return 0;	/* "the first quarter" of a game */
	if ((hyphen || n == -2) && pl)
		return 0;	/* "a half years" is half a phrase */
	/* "2day" is chat for today: glued on, a count names its unit in
	 * the plural ("5days") or short ("2hrs") */
	if (!hyphen && !pl && n >= 2 && glued(sc, k) && is_num(sc, k - 1) &&
	    !ends_s(L(sc, k)) && !T(sc, k)->hangul && !T(sc, k)->cjk &&
	    !T(sc, k)->cyr)
		return 0;
	if (u == U_QUARTER && n == 1 && !pl && G(sc, k + 1) == G_OF &&
	    G(sc, k + 2) == G_A && ((ga = unit_at(sc, k + 3, &by)) ==
	    U_CENTURY || ga == U_HOUR) && !by) {
		/* "a quarter of a century", "a quarter of an hour" */
		k += 3;
		n = ga == U_HOUR ? 15 : 25;
		u = ga == U_HOUR ? U_MIN : U_YEAR;
	} else if (u == U_QUARTER && G(sc, k + 1) == G_OF && (!pl ||
	    G(sc, k + 2) == G_THE || G(sc, k + 2) == G_A ||
	    word_is(sc, k + 2, "all") || possessive(sc, k + 2)))
		return 0;	/* "a quarter of the vote", "of voters": a
				 * share, where "several quarters of losses"
				 * is a span */
	if (u == U_QUARTER && n == 1 && !pl && unit_at(sc, k + 1 +
	    (P(sc, k + 1, '-') && glued(sc, k + 1)), &ga) == U_CENTURY &&
	    !ga) {
		/* "a quarter century", "a quarter-century": 25 years */
		k += 1 + (P(sc, k + 1, '-') && glued(sc, k + 1));
		n = 25;
		u = U_YEAR;
	}
	if (year_ago_at(sc, k) > 0)
		return 0;	/* "a year-earlier loss" is m_yearago()'s */
	if (unit_compound(sc, k))
		return 0;
	if (titled(sc, k) && is_num(sc, te - 1))
		return 0;	/* a title: "60 Minutes" */
	if (n == 1 && pl && !lead && !half && range == 0)
		return 0;	/* "1 years", but "1.5 years", "1 to 2 days" */
	if (n >= 1000 && !pl && !hyphen)
		return 0;	/* "World Cup 2018 day five" */
	if (G(sc, start) == G_A && !lead && !pl && rate_before(sc, start) &&
	    !rel_after(G(sc, k + 1)))
		return 0;	/* "$2 million a year", "four flights a week" */
	k++;
	h->ts = start;
	h->te = k;
	if ((P(sc, k, '-') && glued(sc, k) && G(sc, k + 1) == G_OLD) ||
	    G(sc, k) == G_OLD)
		return 0;	/* ages are not times: "a decade-old treaty" */
	if (u == U_SEC && n == 1 && G(sc, k - 2) == G_A &&
	    T(sc, k)->kind == K_WORD && !lead)
		return 0;	/* "a second round" */
	if (n == 1 && !pl && G(sc, k) == G_AND && G(sc, k + 1) == G_A &&
	    G(sc, k + 2) == G_HALF) {
		half = 1;	/* "a minute and a half" */
		k += 3;
		h->te = k;
	}
	if (half) {
		if (G(sc, k) == G_AGO && !lead && refz(sc) != 0) {
			/* "a year and a half ago": the day so long ago */
			put_half_count(h, refz(sc), n, u, -1);
			h->te = k + 1;
			return 1;
		}
		put_dur_half(h, n, u);
		return 1;
	}
	if (n == 1 && u == U_DAY && !pl && k == start + 2 &&
	    word_is(sc, start, "one") && (G(sc, start - 1) == G_FUT ||
	    word_is(sc, start - 1, "could") || word_is(sc, start - 1, "may") ||
	    word_is(sc, start - 1, "might") || word_is(sc, start - 1, "can"))) {
		/* "Islam will one day be": some time to come */
		put_str(h, WIRE_TX_DATE, "FUTURE_REF");
		return 1;
	}
	ga = G(sc, k);
	if (G(sc, k) == G_OR && G(sc, k + 1) == G_SO &&
	    G(sc, k + 2) == G_AGO) {
		k += 2;		/* "a week or so ago" */
		ga = G_AGO;
	}
	if (n == -2 && ga == G_AGO && !lead && refz(sc) != 0 &&
	    (u == U_YEAR || u == U_MONTH || u == U_DAY || u == U_HOUR ||
	    u == U_DECADE || u == U_CENTURY)) {
		/* "half a year ago", "half an hour ago", "a half-century
		 * ago" (the year 50 years back) */
		if (u == U_DECADE || u == U_CENTURY)
			put_shift(h, refz(sc), u == U_DECADE ? -5 : -50, U_YEAR);
		else
			put_half_count(h, refz(sc), 0, u, -1);
		h->te = k + 1;
		return 1;
	}
	if (n == -2) {
		/* half a year, half an hour */
		switch (u) {
		case U_YEAR:
			put_dur(h, 6, U_MONTH);
			break;
		case U_DAY:
			put_dur(h, 12, U_HOUR);
			break;
		case U_HOUR:
			put_dur(h, 30, U_MIN);
			break;
		case U_MIN:
			put_dur(h, 30, U_SEC);
			break;
		case U_DECADE:
			put_dur(h, 5, U_YEAR);
			break;
		case U_CENTURY:
			put_dur(h, 50, U_YEAR);
			break;
		case U_MONTH:
			put_dur(h, 2, U_WEEK);
			break;
		default:
			return 0;
		}
		return 1;
	}
	if (!lead && !hyphen && (ga == G_AGO || ga == G_EARLIER ||
	    ga == G_LATER || ((ga == G_BEFORE || ga == G_AFTER) &&
	    (T(sc, k + 1)->kind == K_PUNCT || T(sc, k + 1)->kind == K_EOF)))) {
		if ((ga == G_LATER || ga == G_EARLIER) && u <= U_MONTH) {
			/*
			 * "three days later" counts from an event the text
			 * rarely dates: TimeML takes the span, not a day
			 * resolved against the wrong anchor
			 */
			put_dur(h, n, u);
			return 1;
		}
		z = ga == G_AGO ? refz(sc) : anchorz(sc);
		/* "In 2016 ... four years later": English tells so of the
		 * past, "in four years" of what is to come */
		if ((ga == G_LATER || ga == G_AFTER) && u >= U_YEAR)
			z = later_from(sc, u, -1);
		h->te = k + 1;
		h->mod = side_mod(h->mod, ga == G_LATER || ga == G_AFTER);
		if (n < 0) {
			put_str(h, WIRE_TX_DATE, ga == G_LATER || ga == G_AFTER ?
			    "FUTURE_REF" : "PAST_REF");
			return 1;
		}
		if (ga == G_EARLIER || ga == G_BEFORE || ga == G_AGO)
			n = -n;
		if (u == U_YEAR && n == -1 && month_before(sc, i)) {
			/* "rose 8% in January from a year earlier": that
			 * month a year before */
			put_month(h, sc->doc->ly - 1, sc->doc->lm);
			h->keep = 1;
			return 1;
		}
		if (u == U_YEAR && (n == 1 || n == -1) && fin_context(sc, i)) {
			/* "a year earlier": the same quarter then */
			base_quarter(sc, &by, &bq);
			put_quarter(h, by + (int)n, bq);
			h->keep = 1;
			return 1;
		}
		if (ga == G_AGO && z != 0 && n >= -100 && u >= U_WEEK &&
		    (grain = ago_grain(sc, i, k + 1, &te)) != 0 &&
		    (z = shift_day(z, n, u)) != 0) {
			/* "a year ago today", "exactly a month ago", "a
			 * year ago this week" */
			if (grain == U_DAY)
				put_dayz(h, z);
			else
				put_shift(h, z, 0, grain);
			h->te = te;
			return 1;
		}
		return put_counted(h, z, n, u);
	}
	if (!lead && !hyphen && n > 0 && (u == U_DAY || u == U_WEEK) &&
	    G(sc, k) == G_FROM && (z = from_day(sc, k + 1, &te)) != 0 &&
	    !span_joint(sc, te, k + 1)) {
		/* "a week from Friday", "ten days from tomorrow"; not "a
		 * week from Friday to Monday" */
		put_dayz(h, z + n * (u == U_WEEK ? 7 : 1));
		h->te = te;
		return 1;
	}
	if (!lead && !hyphen && n > 0 && (te = from_now(sc, k)) > k) {
		/* "three days from now", "in two weeks' time" */
		if ((z = refz(sc)) == 0)
			put_str(h, WIRE_TX_DATE, "FUTURE_REF");
		else if (!put_counted(h, z, n, u))
			return 0;
		h->te = te;
		return 1;
	}
	if (n < 0 && !lead && !some && !(G(sc, i - 1) == G_FOR ||
	    G(sc, i - 1) == G_IN || G(sc, i - 1) == G_OVER ||
	    G(sc, i - 1) == G_WITHIN))
		return 0;
	if (n > 100000)
		return 0;
	put_dur(h, n, u);
	return 1;
}

static int	ko_span_word(struct scan *, size_t);
static int	ko_unit(struct scan *, size_t, int *);

/* now, currently, recently, the past, the future, these days. */
static int
m_ref(struct scan *sc, size_t i, struct hit *h)
{
	static const char *const rv[] = { "", "PRESENT_REF", "PAST_REF",
	    "FUTURE_REF" };
	const struct lex *l;
	size_t k = i;
	int g = G(sc, i), the = 0, span;

	if (g == G_THESE && (l = L(sc, i + 1)) != NULL && l->unit == U_DAY &&
	    ends_s(l)) {
		put_str(h, WIRE_TX_DATE, "PRESENT_REF");
		h->te = i + 2;
		return 1;
	}
	if (g == G_AT && (G(sc, i + 1) == G_PRESENT || (G(sc, i + 1) == G_THE &&
	    G(sc, i + 2) == G_MOMENT))) {
		put_str(h, WIRE_TX_DATE, "PRESENT_REF");
		h->ts = i + 1;
		h->te = i + 2 + (G(sc, i + 1) == G_THE);
		return 1;
	}
	if (g == G_THE) {
		the = 1;
		k++;
		/* "in the near term", "over the long term": as "the near
		 * future", where "the short term rate" is a noun's modifier */
		if ((word_is(sc, k, "near") || word_is(sc, k, "short") ||
		    word_is(sc, k, "long")) && G(sc, k + 1) == G_TERM &&
		    !glued(sc, k + 1) && (!is_word(sc, k + 2) ||
		    G(sc, k + 2) == G_AND || G(sc, k + 2) == G_OR)) {
			put_str(h, WIRE_TX_DATE, "FUTURE_REF");
			h->te = k + 2;
			return 1;
		}
		if (G(sc, k) == G_NEAR)
			k++;
	}
	if ((l = L(sc, k)) == NULL || l->ref == 0 || T(sc, k)->upper > 1 ||
	    in_name(sc, k))
		return 0;
	/* "Now, he says": a turn of the discourse, not a time */
	if (l->gram == G_NOW && T(sc, k)->upper && P(sc, k + 1, ',') &&
	    glued(sc, k + 1))
		return 0;
	if (l->gram == G_PAST || (l->ref == 3 && l->gram == 0 &&
	    strcmp(l->w, "future") == 0)) {
		/* "past" and "future" need "the" ("in the past") */
		if (!the)
			return 0;
		if (l->gram == G_PAST && (is_num(sc, k + 1) ||
		    ((l = L(sc, k + 1)) != NULL && (l->num || l->unit ||
		    l->season || l->gram == G_FEW || l->gram == G_SEVERAL ||
		    l->gram == G_MANY || l->gram == G_COUPLE))))
			return 0;	/* "the past two years" is a span */
		l = L(sc, k);
	} else if (the)
		return 0;
	if (l->gram == G_CURRENT && G(sc, k + 1) == G_ACCOUNT)
		return 0;
	if (l->gram == G_RECENT && (L(sc, k + 1) != NULL &&
	    L(sc, k + 1)->unit != 0))
		return 0;
	/* "as recently as last month": a bound on the date after it */
	if (k > 0 && word_is(sc, k - 1, "as") && word_is(sc, k + 1, "as"))
		return 0;
	/* "최근 3년간": the span that ko_count() reads with it */
	if (T(sc, k)->hangul && T(sc, k)->tail == 0 && ko_span_word(sc, k) &&
	    is_num(sc, k + 1) && !glued(sc, k + 1) &&
	    ko_unit(sc, k + 2, &span) != 0)
		return 0;
	put_str(h, WIRE_TX_DATE, rv[l->ref]);
	h->te = k + 1;
	return 1;
}

/*
 * Whether "daily", "weekly" or "monthly" at i names a newspaper: before
 * its name ("the party daily Granma"), after a name ("the Rodong Sinmun
 * daily"), after "-based" or "-language", or before what it reported
 * ("the daily said").
 */
static int
newspaper(struct scan *sc, size_t i)
{
	static const char *const says[] = { "said", "says", "reported",
	    "reports", "wrote", "writes", "quoted", "quotes", "cited", "cites",
	    "added", NULL };
	const struct tok *t;
	size_t j;

	if (!(word_is(sc, i, "daily") || word_is(sc, i, "weekly") ||
	    word_is(sc, i, "monthly")))
		return 0;
	t = T(sc, i + 1);
	if (t->kind == K_WORD && t->upper && L(sc, i + 1) == NULL)
		return 1;
	t = T(sc, i - 1);
	if (i > 1 && t->kind == K_WORD && t->upper && L(sc, i - 1) == NULL &&
	    !clause_end(sc, i - 2) && T(sc, i - 2)->kind != K_EOF)
		return 1;
	if (i > 1 && P(sc, i - 2, '-') && (word_is(sc, i - 1, "based") ||
	    word_is(sc, i - 1, "language")))
		return 1;
	for (j = 0; says[j] != NULL; j++)
		if (word_is(sc, i + 1, says[j]))
			return 1;
	return 0;
}

static int	ko_day_at(struct scan *, size_t);

/*
 * The day a Korean "every" word of unit u names at token k: "매주 월요일"
 * (every Monday), "매달 15일" (the 15th of every month), "매년 6월 25일"
 * (every June 25).  Fills h with the set and returns 1, or returns 0.
 */
static int
ko_every(struct scan *sc, size_t k, int u, struct hit *h)
{
	const struct lex *l = L(sc, k);
	int m, d;

	if (u == U_WEEK && l != NULL && l->wday > 0 && T(sc, k)->hangul) {
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%d", l->wday);
		h->te = k + 1;
	} else if (u == U_MONTH && (d = ko_day_at(sc, k)) > 0) {
		snprintf(h->val, sizeof(h->val), "XXXX-XX-%02d", d);
		h->te = k + 2;
	} else if (u == U_YEAR && is_num(sc, k) && T(sc, k)->num >= 1 &&
	    T(sc, k)->num <= 12 && uword_is(sc, k + 1, KO_MONTH) &&
	    glued(sc, k + 1)) {
		m = (int)T(sc, k)->num;
		if ((d = ko_day_at(sc, k + 2)) > 0 && valid_date(2000, m, d)) {
			snprintf(h->val, sizeof(h->val), "XXXX-%02d-%02d", m,
			    d);
			h->te = k + 4;
		} else {
			snprintf(h->val, sizeof(h->val), "XXXX-%02d", m);
			h->te = k + 2;
		}
	} else
		return 0;
	h->type = WIRE_TX_SET;
	return 1;
}

/* Every weekend, the word of it at token k, into h. */
static void
weekend_set(struct hit *h, size_t k)
{
	snprintf(h->val, sizeof(h->val), "XXXX-WXX-WE");
	h->type = WIRE_TX_SET;
	h->te = k + 1;
}

/* Sets: "every Monday", "each year", "daily", "every two weeks". */
static int
m_set(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	struct hit d;
	size_t k, te;
	long n = 1, z;
	int u, pl;

	/* "twice a year", "three times a week", "once per month": how
	 * often, a set of the unit */
	k = G(sc, i) == G_TWICE ? i + 1 : word_is(sc, i + 1, "times") &&
	    !titled(sc, i + 1) && (is_num(sc, i) || (l != NULL &&
	    (l->num > 0 || l->gram == G_SEVERAL || l->gram == G_MANY))) ?
	    i + 2 : 0;
	if (k > 0 && (G(sc, k) == G_A || word_is(sc, k, "per")) &&
	    (u = unit_at(sc, k + 1, &pl)) != 0 && !pl && u != U_WEEKEND &&
	    !titled(sc, k + 1)) {
		put_dur(h, 1, u);
		h->type = WIRE_TX_SET;
		h->te = k + 2;
		return 1;
	}
	if (l == NULL)
		return 0;
	if (i > 0 && (G(sc, i - 1) == G_ON || G(sc, i - 1) == G_AT) &&
	    unit_at(sc, i, &pl) == U_WEEKEND && pl && !titled(sc, i)) {
		weekend_set(h, i);	/* "on weekends", "at weekends" */
		return 1;
	}
	/* the count before it: "two", "several", "a few" */
	k = i > 1 && G(sc, i - 2) == G_A ? i - 2 : i - 1;
	if (l->set < 0 && G(sc, i + 1) == G_AGO && i > 0 &&
	    (n = count_at(sc, k, &te)) != 0 && n >= -1 && n <= 52 &&
	    te == i) {
		/* "two Fridays ago": the second Friday back, a day; "a
		 * few Fridays ago" some day gone */
		if ((z = refz(sc)) == 0 || n < 0)
			put_str(h, WIRE_TX_DATE, "PAST_REF");
		else {
			put_weekday(sc, h, -l->set, -2);
			put_dayz(h, days_from_civil(h->y, h->m, h->d) -
			    7 * (n - 1));
		}
		h->ts = k;
		h->te = i + 2;
		return 1;
	}
	if (l->set < 0 && G(sc, i - 1) != G_THE && !(G(sc, i + 1) == G_FOR &&
	    T(sc, i + 2)->upper) && !(P(sc, i + 1, '-') && glued(sc, i + 1))) {
		/* "on Mondays", "Fridays": every one; "the Fridays for
		 * Future movement", "Fridays for Future" are a name, as
		 * groups call themselves "Xs for Y" */
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%d", -l->set);
		h->type = WIRE_TX_SET;
		h->te = i + 1;
		return 1;
	}
	if (l->set > 0 && !titled(sc, i)) {
		if (newspaper(sc, i))
			return 0;
		if (T(sc, i)->hangul && ko_every(sc, i + 1, l->set, h))
			return 1;
		put_dur(h, 1, l->set);
		h->type = WIRE_TX_SET;
		h->te = i + 1;
		return 1;
	}
	if (l->gram != G_EVERY && l->gram != G_EACH)
		return 0;
	/* "people's every day lives", "their every day routine": the
	 * adjective "everyday", split */
	if (i > 0 && (possessive(sc, i - 1) || (i > 1 && G(sc, i - 1) ==
	    G_S && P(sc, i - 2, '\''))))
		return 0;
	k = i + 1;
	if (G(sc, i) == G_EVERY && word_is(sc, k, "other") &&
	    (u = unit_at(sc, k + 1, &pl)) != 0 && !pl && u != U_WEEKEND) {
		put_dur(h, 2, u);	/* "every other week" */
		h->type = WIRE_TX_SET;
		h->te = k + 2;
		return 1;
	}
	if ((l = L(sc, k)) != NULL && l->season > 0 && !ends_s(l) &&
	    !titled(sc, k)) {
		snprintf(h->val, sizeof(h->val), "XXXX-%s",
		    season_code[l->season]);	/* "every summer" */
		h->type = WIRE_TX_SET;
		h->te = k + 1;
		return 1;
	}
	if ((l = L(sc, k)) != NULL && l->wday > 0 && !l->abbr) {
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%d", l->wday);
		h->type = WIRE_TX_SET;
		h->te = k + 1;
		return 1;
	}
	if ((l = L(sc, k)) != NULL && l->month > 0 && T(sc, k)->upper) {
		/* "every December", "every Dec. 25" */
		memset(&d, 0, sizeof(d));
		d.ts = k;
		if (m_monthname(sc, k, &d) && d.ts == k && d.gran == GR_DAY &&
		    strlen(d.val) == 10) {
			snprintf(h->val, sizeof(h->val), "XXXX-%.5s", d.val + 5);
			h->te = d.te;
		} else if (l->abbr)
			return 0;
		else {
			snprintf(h->val, sizeof(h->val), "XXXX-%02d", l->month);
			h->te = k + 1;
		}
		h->type = WIRE_TX_SET;
		return 1;
	}
	if ((l = L(sc, k)) != NULL && l->part > 0 && l->part <= 4 &&
	    !ends_s(l) && !titled(sc, k) && !T(sc, k)->hangul &&
	    !T(sc, k)->cjk) {
		/* "every morning", "each evening" */
		snprintf(h->val, sizeof(h->val), "XXXX-XX-XXT%s",
		    part_code[l->part]);
		h->type = WIRE_TX_SET;
		h->te = k + 1;
		return 1;
	}
	if (unit_at(sc, k, &pl) == U_WEEKEND && !pl) {
		if (titled(sc, k))
			return 0;	/* "every Weekend Edition" */
		weekend_set(h, k);	/* "every weekend" */
		return 1;
	}
	if (G(sc, i) == G_EVERY && (n = count_at(sc, k, &te)) > 1)
		k = te;
	else if (G(sc, i) == G_EVERY && n == -1 && (G(sc, k) == G_FEW ||
	    G(sc, k) == G_SEVERAL)) {
		k = te;		/* "every few years" */
		if ((u = unit_at(sc, k, &pl)) == 0 || !pl)
			return 0;
		put_dur(h, -1, u);
		h->type = WIRE_TX_SET;
		h->te = k + 1;
		return 1;
	} else
		n = 1;
	if ((u = unit_at(sc, k, &pl)) == 0 || (pl && n == 1))
		return 0;
	put_dur(h, n, u);
	h->type = WIRE_TX_SET;
	h->te = k + 1;
	return 1;
}

/* The day number of the movable holiday ho in year y. */
static long
hol_day(const struct hol *ho, int y)
{
	long z;

	if (ho->kind == 'E')
		return easter(y) + ho->a;
	if (ho->kind == 'L')
		return lunar_month(y, ho->a, ho->c) + ho->b - 1;
	if (ho->kind == 'V')
		return amavasya_day(y, ho->a);
	if (ho->kind == 'H')	/* AM y + 3761 begins in y's autumn */
		return hebrew_day(y + 3760 + (ho->a >= 7 && ho->a <= 9), ho->a,
		    ho->b);
	if (ho->kind == 'I') {
		/* the one in y, of the two years of the hijra it meets */
		long iy = (long)((y - 622) * 1.030684) + 1;

		z = islamic_day(iy, ho->a, ho->b);
		while (z < days_from_civil(y, 1, 1))
			z = islamic_day(++iy, ho->a, ho->b);
		while (z > days_from_civil(y, 12, 31))
			z = islamic_day(--iy, ho->a, ho->b);
		return z;
	}
	if (ho->kind == 'A') {
		z = days_from_civil(y, ho->a, ho->b);
		return z + (ho->c - weekday(z) + 7) % 7;
	}
	/* the nth (or last) weekday of a month */
	if (ho->b > 0) {
		z = days_from_civil(y, ho->a, 1);
		z += (ho->c - weekday(z) + 7) % 7;
		z += 7L * (ho->b - 1);
	} else {
		z = days_from_civil(y, ho->a, mdays(y, ho->a));
		z -= (weekday(z) - ho->c + 7) % 7;
	}
	return z;
}

/*
 * Holidays from the data file: "Christmas", "New Year's Day", "last
 * Thanksgiving", "광복절"; without a year, the nearest one, leaning on
 * the tense.
 */
static int	ko_tense(struct scan *, size_t);

/*
 * Whether the holiday at token i is the end of a name, after another word
 * in capitals that no sentence opens ("illustrator Johnnie Christmas", "a
 * Merry Christmas"); a headline in title case says nothing.  A word in
 * capitals after it says nothing either: "Christmas Sale", "Black Friday
 * Deal", and German capitalises every noun.
 */
static int
hol_name(struct scan *sc, size_t i)
{
	return T(sc, i)->upper && !headline(sc) && i > 0 &&
	    is_word(sc, i - 1) && T(sc, i - 1)->upper && L(sc, i - 1) == NULL &&
	    !opens_sentence(sc, i - 1);
}

static int
m_holiday(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	const struct hol *ho;
	size_t k;
	int hi, j, y, m = 0, d = 0, best = 0, n, given, last = 0;
	long z, zz;

	/* a name, capitalised but in scripts without capitals */
	if (l == NULL || l->hol == 0 || !(T(sc, i)->upper ||
	    T(sc, i)->hangul || T(sc, i)->cjk))
		return 0;
	if (G(sc, i - 1) == G_LAST || G(sc, i - 1) == G_KLAST)
		last = 1;
	else if (G(sc, i - 1) == G_NEXT || G(sc, i - 1) == G_THIS ||
	    G(sc, i - 1) == G_KCOMING || G(sc, i - 1) == G_KNEXT)
		last = -1;
	/* "last Christmas" is one expression, as "last Friday" is */
	if (i > 0 && (G(sc, i - 1) == G_LAST || G(sc, i - 1) == G_NEXT ||
	    G(sc, i - 1) == G_THIS))
		h->ts = i - 1;
	for (hi = l->hol; hi != 0; hi = ho->next) {
		ho = &sc->cx->hol[hi - 1];
		for (j = 0, k = i; j < ho->n; j++, k++) {
			/* "new year's day", "Mid-Autumn Festival" */
			while (P(sc, k, '\'') || (j > 0 && P(sc, k, '-') &&
			    glued(sc, k) && glued(sc, k + 1)))
				k++;
			if (T(sc, k)->lex != ho->w[j] || T(sc, k)->kind != K_WORD)
				break;
		}
		if (j < ho->n || (int)(k - i) <= best || hol_name(sc, i))
			continue;
		/* a name ends in a capital too: "on Saturday night live
		 * music played" holds no "Saturday Night Live" */
		if (ho->kind == 'X' && !T(sc, k - 1)->upper &&
		    !T(sc, k - 1)->hangul && !T(sc, k - 1)->cjk)
			continue;
		best = (int)(k - i);
		if (ho->kind == 'X') {
			/* "Super Tuesday", "Bloody Sunday": taken whole, so
			 * that its weekday is no date; an empty value is
			 * no expression */
			h->val[0] = '\0';
			h->te = k;
			continue;
		}
		y = sc->doc->ry;
		given = 0;
		if (is_num(sc, k) && (n = year_at(sc, k, &h->te)) > 0)
			y = n, given = 1;
		else
			h->te = k;
		if (y == 0) {
			if (ho->kind != 'F')
				return 0;
			snprintf(h->val, sizeof(h->val), "XXXX-%02d-%02d", ho->a,
			    ho->b);
			h->type = WIRE_TX_DATE;
			continue;
		}
		if (ho->kind == 'F') {
			m = ho->a;
			d = ho->b;
			/* a Korean clause says its tense at its end */
			if (y == sc->doc->ry && T(sc, i)->hangul)
				y = monthday_year(sc, m, d, ko_tense(sc, i));
			else if (y == sc->doc->ry)
				y = monthday_near(sc, m, d, i);
			/* "last Christmas", "지난 광복절": the one gone by */
			zz = refz(sc);
			if (!given && zz != 0 && last != 0 &&
			    valid_date(y, m, d)) {
				z = days_from_civil(y, m, d);
				y += last > 0 && z >= zz ? -1 :
				    last < 0 && z < zz ? 1 : 0;
			}
			put_day(h, y, m, d);
		} else if (given) {
			put_dayz(h, hol_day(ho, y));
		} else {
			/* the nearest one, leaning like a month and day: a
			 * month away or more, the one of the clause's tense */
			z = hol_day(ho, y);
			zz = refz(sc);
			n = last != 0 || (z - zz <= 30 && zz - z <= 30) ? 0 :
			    T(sc, i)->hangul ? ko_tense(sc, i) : tense(sc, i);
			if (last > 0 ? z >= zz : last < 0 ? 0 :
			    z > zz && n <= 0 && z - zz > 30)
				z = hol_day(ho, y - 1);
			else if ((last < 0 && z < zz) || (last == 0 && z < zz &&
			    n > 0 && zz - z > 30))
				z = hol_day(ho, y + 1);
			put_dayz(h, z);
		}
	}
	if (best > 0 && h->gran == GR_DAY && (l = L(sc, h->te)) != NULL &&
	    (l->unit == U_WEEK || l->unit == U_WEEKEND) &&
	    !ends_s(l) && !T(sc, h->te)->hangul &&
	    !T(sc, h->te)->cjk && !T(sc, h->te)->cyr) {
		/* "Easter week", "Thanksgiving weekend": the week of the
		 * day, or its weekend, the one before a Monday ("Memorial
		 * Day weekend") */
		z = days_from_civil(h->y, h->m, h->d);
		if (l->unit == U_WEEKEND && weekday(z) == 1)
			z -= 2;
		put_week(h, z, l->unit == U_WEEKEND);
		h->te++;
	}
	return best > 0;
}

/* Korean counters glued to a number, as units: "3일", "2주", "3개월". */
static const struct {
	const char	*w;
	int		 u;
} ko_units[] = {
	{ "\xec\x9d\xbc", U_DAY },			/* il: days */
	{ "\xec\xa3\xbc", U_WEEK },			/* ju: weeks */
	{ "\xec\xa3\xbc\xec\x9d\xbc", U_WEEK },		/* juil: weeks */
	{ "\xea\xb0\x9c\xec\x9b\x94", U_MONTH },	/* gaewol: months */
	{ "\xeb\x8b\xac", U_MONTH },			/* dal: months */
	{ "\xeb\x85\x84", U_YEAR },			/* nyeon: years */
	{ "\xed\x95\xb4", U_YEAR },			/* hae: years */
	{ "\xec\x8b\x9c\xea\xb0\x84", U_HOUR },	/* sigan: hours */
	{ "\xeb\xb6\x84", U_MIN },			/* bun: minutes */
	{ "\xec\xb4\x88", U_SEC }			/* cho: seconds */
};

/* Korean counts of days in their own words, and native numbers before a
 * counter written apart ("두 달", two months). */
static const struct {
	const char	*w;
	int		 n;
} ko_days[] = {
	{ "\xed\x95\x98\xeb\xa3\xa8", 1 },	/* haru */
	{ "\xec\x9d\xb4\xed\x8b\x80", 2 },	/* iteul */
	{ "\xec\x82\xac\xed\x9d\x98", 3 },	/* saheul */
	{ "\xeb\x82\x98\xed\x9d\x98", 4 },	/* naheul */
	{ "\xeb\x8b\xb7\xec\x83\x88", 5 },	/* datsae */
	{ "\xec\x97\xbf\xec\x83\x88", 6 },	/* yeotsae */
	{ "\xec\x9d\xb4\xeb\xa0\x88", 7 },	/* ire */
	{ "\xec\x97\xb4\xed\x9d\x98", 10 },	/* yeolheul */
	{ "\xeb\xb3\xb4\xeb\xa6\x84", 15 }	/* boreum */
}, ko_nums[] = {
	{ "\xed\x95\x9c", 1 }, { "\xeb\x91\x90", 2 }, { "\xec\x84\xb8", 3 },
	{ "\xec\x84\x9d", 3 }, { "\xeb\x84\xa4", 4 }, { "\xeb\x84\x89", 4 },
	{ "\xeb\xaa\x87", -1 }	/* myeot: a few, of no number */
};

#define KO_SPAN		"\xea\xb0\x84"		/* gan: "3일간", for 3 days */
#define KO_MAN		"\xeb\xa7\x8c"		/* man: "이틀 만에", after */
#define KO_HOUR		"\xec\x8b\x9c"		/* si: o'clock */
#define KO_MIN		"\xeb\xb6\x84"		/* bun: minutes past */
#define CJ_DIAN		"\xe7\x82\xb9"		/* dian: o'clock, point */
#define CJ_DIAN_T	"\xe9\xbb\x9e"		/* dian, traditional */
#define CJ_JIAN		"\xe9\x97\xb4"		/* jian: span */
#define CJ_KAN		"\xe9\x96\x93"		/* kan: span */
#define KO_WEEK		"\xec\xa3\xbc"		/* ju: week */
#define KO_NIGHTS	"\xeb\xb0\x95"		/* bak: nights' stay */
#define KO_DAL		"\xeb\x8b\xac"		/* dal: month */
#define KO_HAE		"\xed\x95\xb4"		/* hae: year */
#define KO_HALFYEAR	"\xeb\xb0\x98\xeb\x85\x84"	/* bannyeon */
#define KO_FEWDAYS	"\xeb\xa9\xb0\xec\xb9\xa0"	/* myeochil: a few days */
#define KO_SEVERAL	"\xec\x88\x98"		/* su: several ("수년") */
#define KO_ABOUT	"\xec\x97\xac"		/* yeo: or more ("10여 년") */
#define KO_AHEAD	"\xed\x96\xa5\xed\x9b\x84"	/* hyanghu: the coming */
#define KO_FORWARD	"\xec\x95\x9e\xec\x9c\xbc\xeb\xa1\x9c"	/* apeuro: ahead */
#define KO_RECENT	"\xec\xb5\x9c\xea\xb7\xbc"	/* choegeun: recent */
#define KO_BYGONE	"\xea\xb3\xbc\xea\xb1\xb0"	/* gwageo: past */
#define KO_WEEKDAYS	"\xec\x9d\xbc\xec\xa3\xbc\xec\x9d\xbc"	/* iljuil: a week */
#define KO_GEOT		0xAC83			/* geot: "할 것이다", will do */
#define KO_GET		0xACA0			/* get: "-겠-", will */
#define KO_ISS		0xC788			/* iss: "있다", is */

/* Words that make a Korean clause speak of what is to come: "예정"
 * (scheduled), "계획" (plan), "방침" (policy). */
static const char *const ko_fut[] = {
	"\xec\x98\x88\xec\xa0\x95", "\xea\xb3\x84\xed\x9a\x8d",
	"\xeb\xb0\xa9\xec\xb9\xa8", NULL
};

/*
 * Whether the n bytes at w are a Korean counter ("일", "달", "개월간"): its
 * unit in *u, *span set when "간" ends it.
 */
static int
ko_unit_word(const char *w, size_t n, int *u, int *span)
{
	size_t k, ul;

	*span = 0;
	for (k = 0; k < sizeof(ko_units) / sizeof(ko_units[0]); k++) {
		ul = strlen(ko_units[k].w);
		if ((n != ul && n != ul + 3) || memcmp(w, ko_units[k].w, ul) != 0)
			continue;
		if (n == ul + 3) {
			if (memcmp(w + ul, KO_SPAN, 3) != 0)
				continue;
			*span = 1;
		}
		*u = ko_units[k].u;
		return 1;
	}
	return 0;
}

/* Whether token i is a Korean counter (see ko_unit_word()). */
static int
ko_unit_at(struct scan *sc, size_t i, int *u, int *span)
{
	const struct tok *t = T(sc, i);

	*span = 0;
	if (t->kind != K_WORD || !t->hangul)
		return 0;
	return ko_unit_word(sc->text + t->s, t->e - t->tail - t->s, u, span);
}

/*
 * The unit of the Korean counter at token i, glued to the number before
 * it ("3일", "2주간"), or 0; *span is set when "간" makes it a span of
 * time ("for three days").
 */
static int
ko_unit(struct scan *sc, size_t i, int *span)
{
	int u;

	*span = 0;
	return glued(sc, i) && ko_unit_at(sc, i, &u, span) ? u : 0;
}

/* The syllable of 3 bytes at s, or 0 when it is none. */
static uint32_t
ko_syllable(const char *s)
{
	uint32_t cp;

	if (wire_utf8_decode(s, 3, &cp) != 3 || !is_hangul(cp))
		return 0;
	return cp;
}

/* Endings of a verb whose clause is reported ("열린다고 밝혔다"): "다고",
 * "라고", "다며", "라며". */
static int
ko_quote(const struct scan *sc, const struct tok *t)
{
	static const char *const end[] = { "\xeb\x8b\xa4\xea\xb3\xa0",
	    "\xeb\x9d\xbc\xea\xb3\xa0", "\xeb\x8b\xa4\xeb\xa9\xb0",
	    "\xeb\x9d\xbc\xeb\xa9\xb0", NULL };
	int j;

	for (j = 0; end[j] != NULL && t->e - t->s >= 9; j++)
		if (memcmp(sc->text + t->e - 6, end[j], 6) == 0)
			return 1;
	return 0;
}

/* Whether the n bytes of Hangul at w hold a syllable of the past ("됐",
 * "었"): one closing on ssangsiot, but for "있" (is) and "겠" (will). */
static int
ko_past_in(const char *w, size_t n)
{
	size_t p;
	uint32_t cp;

	for (p = 0; p + 3 <= n; p += 3)
		if ((cp = ko_syllable(w + p)) != 0 &&
		    (cp - 0xAC00) % 28 == 20 && cp != KO_ISS && cp != KO_GET)
			return 1;
	return 0;
}

/*
 * The tense of the Korean clause of token i, read after it up to the end
 * of the sentence, as Korean puts its verb last: 1 when a word says what
 * is to come ("예정", "-겠-", "할 것"), -1 for a verb in the past (a
 * syllable closing on ssangsiot: "했다", "됐다", "있었다"; "있다" is
 * present), else 0.  A reported clause ("열린다고 밝혔다") has its own.
 */
static int
ko_tense(struct scan *sc, size_t i)
{
	const struct tok *t;
	size_t k, p;
	uint32_t cp;
	int j, stop;

	for (k = i + 1; k <= i + 24; k++) {
		t = T(sc, k);
		if (t->kind == K_EOF || t->sp == 2 || (t->kind == K_PUNCT &&
		    (t->c == '.' || t->c == '?' || t->c == '!')))
			break;
		if (t->kind != K_WORD || !t->hangul)
			continue;
		/* "열린다고 밝혔다": the verb reported, not the reporting */
		stop = ko_quote(sc, t);
		for (j = 0; ko_fut[j] != NULL; j++)
			if (t->e - t->s >= 6 &&
			    memcmp(sc->text + t->s, ko_fut[j], 6) == 0)
				break;
		if (ko_fut[j] != NULL) {
			/* "예정됐던 방한": a plan gone by says neither */
			if (!ko_past_in(sc->text + t->s + 6, t->e - t->s - 6))
				return 1;
			if (stop)
				break;
			continue;
		}
		/* "열릴 것이다": a verb closing on rieul, then "것" */
		cp = ko_syllable(sc->text + t->e - 3);
		if (cp != 0 && (cp - 0xAC00) % 28 == 8 && T(sc, k + 1)->hangul &&
		    ko_syllable(sc->text + T(sc, k + 1)->s) == KO_GEOT)
			return 1;
		for (p = t->s; p + 3 <= t->e; p += 3) {
			if ((cp = ko_syllable(sc->text + p)) == 0 ||
			    (cp - 0xAC00) % 28 != 20)
				continue;
			if (cp == KO_GET)
				return 1;
			if (cp != KO_ISS)
				return -1;
		}
		if (stop)
			break;
	}
	return 0;
}

/* Whether token k is a span's mark glued to what is before it ("3時間",
 * "3日间"), which makes a count of time no time or date. */
static int
cjk_span(struct scan *sc, size_t k)
{
	return glued(sc, k) && (uword_is(sc, k, CJ_JIAN) ||
	    uword_is(sc, k, CJ_KAN));
}

static int	ko_span_start(struct scan *, size_t, struct hit *);

/*
 * A Korean, Chinese or Japanese time of day at token k on day z (0:
 * unknown): "오전 10시 30분", "오후 3시 반", "밤 11시", "10시", "上午10时30分",
 * "下午3点半", "午後3時"; a part of the day alone ("오후", "새벽", "下午")
 * when alone is set, after a day.  said is the part of the day (1 to 4)
 * that the day's own word said ("어젯밤 11시", "昨晚8点"), else 0.  "点"
 * (o'clock, and a count of points) makes a time only with a part of the
 * day, minutes or a day before it.  Sets the value and h->te; returns 1,
 * or 0 with h untouched.
 */
static int
ko_clock(struct scan *sc, size_t k, long z, int alone, int said,
    struct hit *h)
{
	const struct lex *l = L(sc, k);
	struct hit e;
	int part = said, hh, mi = 0, dian, more = 0;
	char hm[16];

	if (l != NULL && l->part > 0 && (T(sc, k)->hangul || T(sc, k)->cjk) &&
	    l->part <= 4) {
		part = l->part;
		if (T(sc, k++)->tail > 0) {
			if (!alone)
				return 0;
			put_time(h, z, part_code[part]);
			h->te = k;
			return 1;
		}
	}
	if (G(sc, k) == G_NOON || G(sc, k) == G_MIDNIGHT) {
		/* "정오" (noon), "자정" (midnight) */
		put_time(h, z, G(sc, k) == G_NOON ? "12:00" : "24:00");
		h->te = k + 1;
		return 1;
	}
	dian = uword_is(sc, k + 1, CJ_DIAN) || uword_is(sc, k + 1, CJ_DIAN_T);
	memset(&e, 0, sizeof(e));
	e.ts = k;
	if (part > 0 && is_num(sc, k) && ko_span_start(sc, k, &e) &&
	    e.type == WIRE_TX_TIME) {
		/* "오후 2~4시": the part is the span's, the end's half
		 * comes from the start (range_halves()) */
		hh = (int)T(sc, k)->num;
		k++;
	} else if (is_num(sc, k) && T(sc, k)->ndig <= 2 &&
	    T(sc, k)->num <= 24 &&
	    (uword_is(sc, k + 1, KO_HOUR) || uword_is(sc, k + 1, CJ_SHI) ||
	    uword_is(sc, k + 1, CJ_SHI_T) || dian) && glued(sc, k + 1) &&
	    !cjk_span(sc, k + 2)) {
		hh = (int)T(sc, k)->num;
		k += 2;
		if (T(sc, k - 1)->tail == 0 && is_num(sc, k) &&
		    T(sc, k)->ndig <= 2 && T(sc, k)->num < 60 &&
		    (uword_is(sc, k + 1, KO_MIN) || uword_is(sc, k + 1,
		    CJ_FEN)) && glued(sc, k + 1)) {
			mi = (int)T(sc, k)->num;
			k += 2;
			more = 1;
		} else if (T(sc, k - 1)->tail == 0 && G(sc, k) == G_KHALF) {
			mi = 30;
			k++;
			more = 1;
		}
		if (dian && part == 0 && !more && !alone)
			return 0;
	} else if (part > 0 && is_num(sc, k) && T(sc, k)->ndig <= 2 &&
	    T(sc, k)->num <= 12 && P(sc, k + 1, ':') && glued(sc, k + 1) &&
	    is_num(sc, k + 2) && glued(sc, k + 2) && T(sc, k + 2)->ndig == 2 &&
	    T(sc, k + 2)->num < 60 && !P(sc, k + 3, ':')) {
		/* "12월 4일 오후 3:15", as pages stamp it */
		hh = (int)T(sc, k)->num;
		mi = (int)T(sc, k + 2)->num;
		k += 3;
	} else if (part > 0 && alone) {
		put_time(h, z, part_code[part]);
		h->te = k;
		return 1;
	} else
		return 0;
	/* the morning's 12 is midnight; afternoon, evening and night count
	 * from noon ("밤 2시" is before dawn) */
	if (part == 1 && hh == 12)
		hh = 0;
	else if ((part == 2 && hh < 12) ||
	    ((part == 3 || part == 4) && hh >= 5 && hh <= 12))
		hh += 12;
	if (hh > 24 || (hh == 24 && mi > 0))
		return 0;
	snprintf(hm, sizeof(hm), "%02d:%02d", hh, mi);
	put_time(h, z, hm);
	h->te = k;
	return 1;
}

/* The day number of the date in h, or 0 when it holds none. */
static long
hit_dayz(const struct hit *h)
{
	return h->gran == GR_DAY && h->y > 0 ?
	    days_from_civil(h->y, h->m, h->d) : 0;
}

/*
 * Whether tokens k to k+2 are an aside that Korean reports put after a
 * day: its weekday ("(수)") or the clock it is told in ("(현지시간)",
 * "(한국시간)").
 */
static int
ko_aside(struct scan *sc, size_t k)
{
	/* 월화수목금토일 */
	static const char wd[] = "\xec\x9b\x94\xed\x99\x94\xec\x88\x98"
	    "\xeb\xaa\xa9\xea\xb8\x88\xed\x86\xa0\xec\x9d\xbc";
	const struct tok *t = T(sc, k + 1);
	size_t n = t->e - t->s, j;

	if (!P(sc, k, '(') || !glued(sc, k) || !P(sc, k + 2, ')') ||
	    t->kind != K_WORD || !t->hangul)
		return 0;
	if (n == 3) {
		for (j = 0; j + 3 <= sizeof(wd) - 1; j += 3)
			if (memcmp(sc->text + t->s, wd + j, 3) == 0)
				return 1;
		return 0;
	}
	/* "현지시간", "한국시간" */
	return n == 12 && (memcmp(sc->text + t->s, "\xed\x98\x84\xec\xa7\x80",
	    6) == 0 || memcmp(sc->text + t->s, "\xed\x95\x9c\xea\xb5\xad",
	    6) == 0) && memcmp(sc->text + t->s + 6,
	    "\xec\x8b\x9c\xea\xb0\x84", 6) == 0;
}

/*
 * The part of the day that the word of a day at token k says too
 * ("어젯밤", "昨晚"), or 0.
 */
static int
said_part(struct scan *sc, size_t k)
{
	const struct lex *l = L(sc, k);

	return l != NULL && l->relu == U_DAY && l->part > 0 && l->part <= 4 &&
	    (T(sc, k)->hangul || T(sc, k)->cjk) ? l->part : 0;
}

/*
 * After a Korean date ending at token k-1: its time of day ("4일 오전
 * 10시", "어제 오후"), unless a particle ended the date.
 */
static void
ko_day_time(struct scan *sc, struct hit *h)
{
	size_t te = h->te;

	if (T(sc, te - 1)->tail != 0)
		return;
	if (ko_aside(sc, te))	/* "4일(수) 오후 2시": one time */
		ko_clock(sc, te + 3, hit_dayz(h), 1, 0, h);
	else
		ko_clock(sc, te, hit_dayz(h), 1, said_part(sc, te - 1), h);
}

/* "초" (early), "중순" (mid), "말" (late) after a month or year, apart:
 * kept in the extent, the value the month's or year's, the part of it in
 * h's modifier.  Returns the tokens it takes, 0 or 1. */
static size_t
ko_mod(struct scan *sc, size_t k, struct hit *h)
{
	int g = G(sc, k);

	if (T(sc, k - 1)->tail != 0 || glued(sc, k) ||
	    (g != G_KEARLY && g != G_KMID && g != G_KLATE))
		return 0;
	h->mod = g == G_KEARLY ? WIRE_TX_MOD_START : g == G_KMID ?
	    WIRE_TX_MOD_MID : WIRE_TX_MOD_END;
	return 1;
}

/* The day of the month at the number k glued to "일" ("4일"), or 0. */
static int
ko_day_at(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);

	return t->kind == K_NUM && t->num >= 1 && t->num <= 31 &&
	    uword_is(sc, k + 1, KO_DAY) && glued(sc, k + 1) ? (int)t->num : 0;
}

/*
 * Whether token k joins the ends of a span, glued to both: "~", "-", "∼"
 * (U+223C) or "～" (U+FF5E), as in "1~10월".
 */
static int
ko_tilde(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);
	const unsigned char *u = (const unsigned char *)sc->text + t->s;

	if (t->kind != K_PUNCT || !glued(sc, k) || !glued(sc, k + 1))
		return 0;
	return t->c == '~' || t->c == '-' || (t->e - t->s == 3 &&
	    ((u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0xBC) ||
	    (u[0] == 0xEF && u[1] == 0xBD && u[2] == 0x9E)));
}

/* Token k ends in the particle "부터" (from), which opens a span. */
static int
ko_from(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);

	return t->hangul && t->tail == 6 &&
	    memcmp(sc->text + t->e - 6, "\xeb\xb6\x80\xed\x84\xb0", 6) == 0;
}

/*
 * The year of month m, day d (0: the month alone) at token k that ends a
 * span opened by "부터" right before it ("내년 3월부터 5월까지", "4월 1일부터
 * 6월 24일까지"): see span_end_year(); 0 when no such span is open.
 */
static int
ko_span_year(struct scan *sc, size_t k, int m, int d)
{
	if (sc->chain != k || k == 0 || !ko_from(sc, k - 1))
		return 0;
	return span_end_year(sc, m, d);
}

/*
 * The week of a month that the Korean words at k name: "첫째 주" (the
 * first) to "다섯째 주" (the fifth) as 1 to 5, "마지막 주" (the last) as
 * -1, else 0.
 */
static int
ko_nth_week(struct scan *sc, size_t k)
{
	static const char *const nth[] = { "\xec\xb2\xab\xec\xa7\xb8",
	    "\xeb\x91\x98\xec\xa7\xb8", "\xec\x85\x8b\xec\xa7\xb8",
	    "\xeb\x84\xb7\xec\xa7\xb8",
	    "\xeb\x8b\xa4\xec\x84\xaf\xec\xa7\xb8" };
	int j;

	if (!uword_is(sc, k + 1, KO_WEEK) || glued(sc, k + 1))
		return 0;
	if (uword_is(sc, k, "\xeb\xa7\x88\xec\xa7\x80\xeb\xa7\x89"))
		return -1;	/* majimak: last */
	for (j = 0; j < 5; j++)
		if (uword_is(sc, k, nth[j]))
			return j + 1;
	return 0;
}

/*
 * What a Korean year (y; 0 to be found from the tense fut) holds from
 * token k: a month ("6월"), its day ("6월 19일") and time, a half
 * ("상반기") or a quarter ("1분기").  Fills h and h->te; returns 1, or 0.
 */
static int
ko_in_year(struct scan *sc, size_t k, int y, int fut, struct hit *h)
{
	const struct tok *t = T(sc, k);
	const struct lex *l;
	const struct hol *ho;
	int m, d, n;

	/* a particle ends the year or the count before ("올해는 6월"); one
	 * before a month alone ("조약은 12월") belongs to another word */
	if (y > 0 && k > 0 && T(sc, k - 1)->tail > 0)
		return 0;
	if (G(sc, k) == G_KH1 || G(sc, k) == G_KH2) {
		n = G(sc, k) == G_KH1 ? 1 : 2;
		put_half(h, y > 0 ? y : sc->doc->ry > 0 ? part_year(sc, k, 0,
		    n, T(sc, k)->hangul) : 0, n);
		h->te = k + 1;
		return 1;
	}
	if (y > 0 && t->hangul && (l = L(sc, k)) != NULL && l->hol > 0) {
		/* "2023년 광복절", "올해 성탄절", "내년 설날": that year's */
		for (ho = &sc->cx->hol[l->hol - 1]; ; ho = &sc->cx->hol[ho->next -
		    1]) {
			if (ho->n == 1 && (ho->kind == 'F' || ho->kind == 'L')) {
				put_dayz(h, ho->kind == 'F' ? days_from_civil(y,
				    ho->a, ho->b) : hol_day(ho, y));
				h->te = k + 1;
				return 1;
			}
			if (ho->next == 0)
				break;
		}
	}
	if (t->kind != K_NUM || t->ndig > 2)
		return 0;
	if (t->num >= 1 && t->num <= 4 && G(sc, k + 1) == G_KQUARTER &&
	    glued(sc, k + 1)) {
		put_quarter(h, y > 0 ? y : sc->doc->ry > 0 ? part_year(sc, k,
		    (int)t->num, 0, T(sc, k + 1)->hangul) : 0, (int)t->num);
		h->te = k + 2;
		return 1;
	}
	if (y > 0 && t->num >= 1 && t->num < 12 && ko_tilde(sc, k + 1) &&
	    is_num(sc, k + 2) && T(sc, k + 2)->num > t->num &&
	    T(sc, k + 2)->num <= 12 && uword_is(sc, k + 3, KO_MONTH) &&
	    glued(sc, k + 3)) {
		/* "지난해 11~12월": the span's start, its end chained */
		put_month(h, y, (int)t->num);
		h->te = k + 1;
		return 1;
	}
	if (t->num < 1 || t->num > 12 || !uword_is(sc, k + 1, KO_MONTH) ||
	    !glued(sc, k + 1))
		return 0;
	m = (int)t->num;
	h->te = k + 2;
	d = T(sc, k + 1)->tail == 0 ? ko_day_at(sc, k + 2) : 0;
	if (y == 0)
		y = ko_span_year(sc, k, m, d);
	if (d > 0 && valid_date(y > 0 ? y : 2000, m, d)) {
		put_day(h, y > 0 ? y : monthday_year(sc, m, d, fut), m, d);
		h->te = k + 4;
		ko_day_time(sc, h);
		return 1;
	}
	if (y == 0)
		y = month_year(sc, m, fut);
	if (y > 0 && T(sc, k + 1)->tail == 0 && (n = ko_nth_week(sc,
	    k + 2)) != 0) {
		/* "12월 첫째 주", as "the first week of December" */
		if ((d = nth_week_day(y, m, n)) > 0) {
			put_week(h, days_from_civil(y, m, d), 0);
			h->te = k + 4;
			return 1;
		}
	}
	put_month(h, y, m);
	h->te += ko_mod(sc, h->te, h);
	return 1;
}

#define CJ_HAO_T	"\xe8\x99\x9f"	/* hao, traditional */

/*
 * The day of the month at the number k glued to "日" or "号" ("4日"), or
 * 0; not when a span follows ("3日間", three days).
 */
static int
cjk_day_at(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);

	if (t->kind != K_NUM || t->ndig > 2 || t->num < 1 || t->num > 31 ||
	    !glued(sc, k + 1) || !(uword_is(sc, k + 1, CJ_DAY) ||
	    uword_is(sc, k + 1, CJ_HAO) || uword_is(sc, k + 1, CJ_HAO_T)))
		return 0;
	return cjk_span(sc, k + 2) ? 0 : (int)t->num;
}

/*
 * A half or a quarter of year y (0: the reference year) at token k, in
 * Chinese: "上半年", "下半年", "第三季度", "三季度".  Fills h; returns 1,
 * or 0.
 */
static int
cjk_in_year(struct scan *sc, size_t k, int y, struct hit *h)
{
	if (G(sc, k) == G_CJDI && is_num(sc, k + 1) && glued(sc, k + 1) &&
	    G(sc, k + 2) == G_KQUARTER)
		k++;
	if (!(G(sc, k) == G_KH1 || G(sc, k) == G_KH2 || (is_num(sc, k) &&
	    G(sc, k + 1) == G_KQUARTER && glued(sc, k + 1))))
		return 0;
	return ko_in_year(sc, k, y, 0, h);
}

/* Code points of the Chinese and Japanese marks of tense. */
#define CP_JIANG	0x5C06	/* jiang: shall, will */
#define CP_NI		0x62DF	/* ni: plans to */
#define CP_YI		0x5DF2	/* yi: already */
#define CP_CENG		0x66FE	/* ceng: once, did */
#define CP_LE		0x4E86	/* le: done */

/* Whether the kana cp is a particle that may end a run of kana after a
 * verb ("開かれると", "したが"), or be one by itself ("に", "は"). */
static int
kana_particle(uint32_t cp)
{
	switch (cp) {
	case 0x306B: case 0x306F: case 0x3092: case 0x304C: case 0x306E:
	case 0x3067: case 0x3068: case 0x3082: case 0x3078: case 0x3084:
		return 1;	/* ni ha wo ga no de to mo he ya */
	}
	return 0;
}

/*
 * The tense a run of n kana cps after a Chinese character or katakana
 * says, as a Japanese verb ends: -1 for the past ("署名した", "開かれた"),
 * 1 for what is to come ("開かれる", "署名します"), 0 for a particle
 * ("に", "から"), a verb going on ("している") or anything else.
 */
static int
kana_run_tense(const uint32_t *cp, size_t n)
{
	while (n > 1 && kana_particle(cp[n - 1]))
		n--;	/* "開かれると述べた": the verb before "to" */
	if (n < 2 && (n == 0 || kana_particle(cp[0])))
		return 0;
	if (n >= 2 && cp[n - 2] == 0x3066 && (cp[n - 1] == 0x3044 ||
	    cp[n - 1] == 0x308B))
		return 0;	/* "ている": going on */
	if (n >= 3 && cp[n - 3] == 0x3066 && cp[n - 2] == 0x3044)
		return 0;	/* "ています" */
	switch (cp[n - 1]) {
	case 0x305F: case 0x3060:
		return -1;	/* ta, da */
	case 0x308B: case 0x3059: case 0x3046: case 0x304F: case 0x3050:
	case 0x3076: case 0x3080: case 0x3064: case 0x306C:
		return 1;	/* ru su u ku gu bu mu tsu nu */
	}
	return 0;
}

/* The last cp of the text before byte s, whose start goes to *ps; 0 at
 * the start of the text. */
static uint32_t
cp_before(const char *text, size_t s, size_t *ps)
{
	size_t k = s;
	uint32_t cp;

	while (k > 0 && s - k < 4) {
		k--;
		if (((unsigned char)text[k] & 0xC0) != 0x80)
			break;
	}
	if (k == s || wire_utf8_decode(text + k, s - k, &cp) != s - k)
		return 0;
	*ps = k;
	return cp;
}

/*
 * The tense of the Chinese or Japanese clause around the expression at
 * bytes [s, e): 1 when it says what is to come, -1 what is done, 0 when
 * it does not say.  Chinese marks it with words before the verb ("将于3月
 * 5日举行", "已于", "曾") or "了" after it ("于3月5日签署了协议");
 * Japanese with the ending of the first verb after the date ("3月5日に署
 * 名した", "開かれる予定").  A word of neither kind keeps its first mark
 * only: "为了" (so as to), "了解" (to know), "将军" (general).
 */
static int
cjk_tense(struct scan *sc, size_t s, size_t e)
{
	const char *text = sc->text;
	uint32_t cp, prev = 0, run[16];
	size_t p, k, nr = 0;
	int kanji_before = 0, t;

	/* "将于3月5日", "已于": up to three characters before */
	for (p = s, k = 0; k < 3 && (cp = cp_before(text, p, &p)) != 0; k++) {
		if (sentence_stop(cp) || cp == 0xFF0C || cp == 0x3001)
			break;
		if (cp == CP_JIANG || cp == CP_NI)
			return 1;
		if (cp == CP_YI || cp == CP_CENG)
			return -1;
	}
	for (p = e; p < sc->len && p - e < 150; p += k, prev = cp) {
		if ((k = wire_utf8_decode(text + p, sc->len - p, &cp)) == 0)
			break;
		if (cp >= 0x3041 && cp <= 0x309F) {
			if (nr < sizeof(run) / sizeof(run[0]))
				run[nr++] = cp;
			continue;
		}
		if (nr > 0 && kanji_before &&
		    (t = kana_run_tense(run, nr)) != 0)
			return t;
		nr = 0;
		if (sentence_stop(cp))
			return 0;
		kanji_before = is_cjk(cp);
		/* "予定" (a plan), in Japanese as in Chinese */
		if (cp == 0x5B9A && prev == 0x4E88)
			return 1;
		if ((cp == CP_JIANG && !(p + k + 3 <= sc->len &&
		    memcmp(text + p + k, "\xe5\x86\x9b", 3) == 0)) || cp == CP_NI)
			return 1;
		if (cp == CP_YI || cp == CP_CENG)
			return -1;
		if (cp == CP_LE && prev != 0x4E3A && prev != 0x9664 &&
		    !(p + k + 3 <= sc->len &&
		    memcmp(text + p + k, "\xe8\xa7\xa3", 3) == 0))
			return -1;
	}
	if (nr > 0 && kanji_before)
		return kana_run_tense(run, nr);
	return 0;
}

/*
 * The part of a month or year that the Chinese or Japanese characters glued
 * at token k name: "初" ("初め", "初旬": its start), "上旬" (its first ten
 * days), "中旬", "下旬", "底" and "末" (its end).  Sets h's modifier and
 * returns the tokens they take, or 0.
 */
static size_t
cjk_mod(struct scan *sc, size_t k, struct hit *h)
{
	static const struct {
		const char	*w;
		int		 mod;
	} one[] = {
		{ "\xe5\x88\x9d", WIRE_TX_MOD_START },	/* chu */
		{ "\xe5\xba\x95", WIRE_TX_MOD_END },	/* di */
		{ "\xe6\x9c\xab", WIRE_TX_MOD_END },	/* mo, matsu */
	}, two[] = {
		{ "\xe4\xb8\x8a", WIRE_TX_MOD_START },	/* shang xun */
		{ "\xe4\xb8\xad", WIRE_TX_MOD_MID },	/* zhong xun */
		{ "\xe4\xb8\x8b", WIRE_TX_MOD_END },	/* xia xun */
	};
	size_t j;

	if (!glued(sc, k))
		return 0;
	for (j = 0; j < sizeof(one) / sizeof(one[0]); j++)
		if (uword_is(sc, k, one[j].w)) {
			h->mod = one[j].mod;
			/* "初め", "初旬" */
			return 1 + (j == 0 && glued(sc, k + 1) &&
			    (uword_is(sc, k + 1, "\xe3\x82\x81") ||
			    uword_is(sc, k + 1, "\xe6\x97\xac")));
		}
	if (!uword_is(sc, k + 1, "\xe6\x97\xac") || !glued(sc, k + 1))
		return 0;	/* xun: ten days */
	for (j = 0; j < sizeof(two) / sizeof(two[0]); j++)
		if (uword_is(sc, k, two[j].w)) {
			h->mod = two[j].mod;
			return 2;
		}
	return 0;
}

/* The Chinese or Japanese tense of an expression: cjk_tense() of its
 * bytes. */
static int
tense_cjk(struct scan *sc, size_t ts, size_t te)
{
	return cjk_tense(sc, T(sc, ts)->s, T(sc, te - 1)->e);
}

/*
 * A Chinese or Japanese date from the number k: "2024年12月5日",
 * "2024年12月", "12月5日", "12月", "5日" (a day of a month near), "2024年";
 * with a year y > 0 given ("今年3月"), a month of it and its day.  Fills
 * h; returns 1, or 0.
 */
static int
cjk_date(struct scan *sc, size_t k, int y, struct hit *h)
{
	const struct tok *t = T(sc, k);
	int m, d, year = 0;
	size_t n;

	if (y == 0 && t->ndig == 4 && uword_is(sc, k + 1, CJ_YEAR) &&
	    !cjk_span(sc, k + 2)) {
		year = 1;
		y = (int)t->num;
		put_year(h, y);
		h->te = k + 2;
		k += 2;
		t = T(sc, k);
		if (!glued(sc, k))
			return 1;
		if ((n = cjk_mod(sc, k, h)) > 0) {
			h->te = k + n;	/* "2024年底" */
			return 1;
		}
		/* "2023年下半年", "2024年第三季度" */
		if (cjk_in_year(sc, k, y, h))
			return 1;
	}
	if (t->kind == K_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 12 &&
	    uword_is(sc, k + 1, CJ_MONTH) && glued(sc, k + 1) &&
	    !cjk_span(sc, k + 2)) {
		m = (int)t->num;
		if (glued(sc, k + 2) && (d = cjk_day_at(sc, k + 2)) > 0 &&
		    valid_date(y > 0 ? y : 2000, m, d)) {
			put_day(h, y > 0 ? y : monthday_tensed(sc, m, d, LEAN_KO,
			    h->ts, k + 4, tense_cjk), m, d);
			h->te = k + 4;
			ko_day_time(sc, h);
		} else {
			if (y == 0)
				y = month_tensed(sc, m, h->ts, k + 2, tense_cjk);
			put_month(h, y, m);
			h->te = k + 2 + cjk_mod(sc, k + 2, h);
		}
		return 1;
	}
	if (y > 0)
		return year;
	/* "3日前", "5日後": days ago or later, as Japanese writes them;
	 * Chinese counts days in "天", and "5日前" is before the 5th */
	if ((d = cjk_day_at(sc, k)) > 0 && !(glued(sc, k + 2) &&
	    ((uword_is(sc, k + 2, CJ_QIAN) && text_kana(sc)) ||
	    uword_is(sc, k + 2, CJ_HOU) || uword_is(sc, k + 2, CJ_HOU_T)))) {
		y = cjk_tense(sc, T(sc, h->ts)->s, T(sc, k + 1)->e);
		put_bare_day(sc, h, d, y > 0, y < 0 ? 2 : 0);
		h->te = k + 2;
		ko_day_time(sc, h);
		return 1;
	}
	return 0;
}

#define CJ_NO		"\xe3\x81\xae"	/* no: of */

/*
 * The index in cjk_units[] of the counter at token k + 1, and the token
 * after it in *e; CJ_NUNITS for none.
 */
static size_t
cjk_unit_after(struct scan *sc, size_t k, size_t *e)
{
	size_t j;

	for (j = 0; j < CJ_NUNITS; j++) {
		*e = k + 2;
		if (!uword_is(sc, k + 1, cjk_units[j].w))
			continue;
		if (cjk_units[j].w2 == NULL)
			break;
		if (glued(sc, *e) && uword_is(sc, *e, cjk_units[j].w2)) {
			(*e)++;
			break;
		}
	}
	return j;
}

/* Whether token k is a mark of time ago or later: "前", "后", "後". */
static int
cjk_ago_later(struct scan *sc, size_t k)
{
	return glued(sc, k) && (uword_is(sc, k, CJ_QIAN) ||
	    uword_is(sc, k, CJ_HOU) || uword_is(sc, k, CJ_HOU_T));
}

/*
 * A count of n Chinese or Japanese units after token k (n -1: some): "3天前"
 * (three days ago), "2周后" and "3か月後" (later; also after "以" or "之"),
 * "3日間", "5年间" and "10年来" (spans), "3天", "2个月", "5小时" (spans
 * alone), "数日前" (some days ago), "1年6个月" and "1年半" (joined
 * spans).  With half set, the unit must be a year and the count is half
 * of one ("半年前").  Fills h; returns 1, or 0.
 */
static int
cjk_counted(struct scan *sc, size_t k, long n, int half, struct hit *h)
{
	const struct tok *t = T(sc, k);
	size_t j, e = 0, j2, e2;
	int later, u, bare;

	j = cjk_unit_after(sc, k, &e);
	if (j == CJ_NUNITS || (cjk_units[j].u == U_YEAR && n >= 1000))
		return 0;
	/* a count of a smaller unit glued after it: "1年6个月" (a span,
	 * joined to this one), "1年6个月前" (18 months ago) */
	j2 = n > 0 && !half && glued(sc, e) && is_num(sc, e) ?
	    cjk_unit_after(sc, e, &e2) : CJ_NUNITS;
	if (!half && n > 0 && glued(sc, e) && G(sc, e) == G_KHALF) {
		/* "1年半", "1年半前", "3か月半後" */
		put_half_count(h, refz(sc), n, cjk_units[j].u,
		    cjk_ago_later(sc, e + 1) ? (uword_is(sc, e + 1, CJ_QIAN) ?
		    -1 : 1) : 0);
		h->te = e + 1 + cjk_ago_later(sc, e + 1);
		return 1;
	}
	if (j2 < CJ_NUNITS && cjk_units[j].u == U_YEAR &&
	    cjk_units[j2].u == U_MONTH && cjk_ago_later(sc, e2)) {
		put_shift(h, refz(sc), (uword_is(sc, e2, CJ_QIAN) ? -1 : 1) *
		    (n * 12 + T(sc, e)->num), U_MONTH);
		h->te = e2 + 1;
		return 1;
	}
	/* "第三天": the third day; "数十年": some tens of years; "一天"
	 * alone is as often "one day" */
	if (glued(sc, k) && (uword_is(sc, k - 1, CJ_DI) || (G(sc, k - 1) ==
	    G_SEVERAL && T(sc, k - 1)->cjk)))
		return 0;
	u = cjk_units[j].u;
	if (u == U_WEEK && glued(sc, e) && uword_is(sc, e, CJ_YEAR))
		return 0;	/* "三周年": an anniversary */
	bare = cjk_units[j].bare && !(n == 1 && u == U_DAY && t->e - t->s == 3 &&
	    memcmp(sc->text + t->s, CJ_ONE, 3) == 0);
	/* before or after a count of another unit, glued: "1年6个月",
	 * "2時間30分" */
	if ((j2 < CJ_NUNITS && cjk_units[j2].u < u) || (glued(sc, k) &&
	    k >= 3 && ((is_num(sc, k - 2) && glued(sc, k - 1)) ||
	    (is_num(sc, k - 3) && glued(sc, k - 1) && glued(sc, k - 2)))))
		bare = 1;
	if (half) {
		if (u != U_YEAR)
			return 0;
		n = 6, u = U_MONTH, bare = 1;
	}
	/* "时隔四年后", "5年ぶりに": after a gap of so long */
	if ((glued(sc, k) && uword_is(sc, k - 1, CJ_GE)) || (glued(sc, e) &&
	    T(sc, e)->s + 6 <= sc->len &&
	    memcmp(sc->text + T(sc, e)->s, CJ_BURI, 6) == 0)) {
		put_dur(h, n, u);
		h->te = e;
		return 1;
	}
	if (cjk_span(sc, e) || (glued(sc, e) && (uword_is(sc, e, CJ_LAI) ||
	    uword_is(sc, e, CJ_LAI_T)))) {
		/* "6時間後": later, the span mark between */
		if (!cjk_span(sc, e) || !cjk_ago_later(sc, e + 1)) {
			put_dur(h, n, u);
			h->te = e + 1;
			return 1;
		}
		e++;
	}
	/* "以后", "之后": later */
	later = glued(sc, e) && (uword_is(sc, e, "\xe4\xbb\xa5") ||
	    uword_is(sc, e, "\xe4\xb9\x8b")) && glued(sc, e + 1) &&
	    (uword_is(sc, e + 1, CJ_HOU) || uword_is(sc, e + 1, CJ_HOU_T));
	if (later || cjk_ago_later(sc, e)) {
		if (n < 0)
			put_str(h, WIRE_TX_DATE, uword_is(sc, e, CJ_QIAN) ?
			    "PAST_REF" : "FUTURE_REF");
		else if (uword_is(sc, e, CJ_QIAN))
			put_shift(h, refz(sc), -n, u);
		else
			put_shift(h, later_from(sc, u, u >= U_YEAR ?
			    cjk_tense(sc, T(sc, k)->s, T(sc, e)->e) : 0), n, u);
		h->te = e + 1 + later;
		return 1;
	}
	if (!bare)
		return 0;
	put_dur(h, n, u);
	h->te = e;
	return 1;
}

/* What follows "一" in words that are no Monday after "上周": "一直"
 * (always), "一些" (some), "一样", "一起", "一致", "一切", "一般", "一定". */
#define CJ_YI_WORDS	"\xe7\x9b\xb4\xe4\xba\x9b\xe6\xa0\xb7\xe8\xb5\xb7" \
	    "\xe8\x87\xb4\xe5\x88\x87\xe8\x88\xac\xe5\xae\x9a"

/* Numerals, and "每" (every), before a counter: "一周一次" is no Monday. */
#define CJ_NUMERALS	"\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\xa4\xe4\xb8\x89" \
	    "\xe5\x9b\x9b\xe4\xba\x94\xe5\x85\xad\xe4\xb8\x83" \
	    "\xe5\x85\xab\xe4\xb9\x9d\xe5\x8d\x81\xe5\x87\xa0" \
	    "\xe6\xaf\x8f"

/*
 * Whether token k is a Chinese or Japanese word opening with one of the
 * characters of set (3 bytes each).
 */
static int
cjk_char_at(struct scan *sc, size_t k, const char *set)
{
	const struct tok *t = T(sc, k);

	return t->kind == K_WORD && t->cjk && char3_in(sc->text + t->s, set) > 0;
}

/*
 * A count of Chinese or Japanese units after the word k that stands for
 * its number: "数" and "几" (some: "数日前", "几天后", "数年来"), "半"
 * before "年" (half a year: "半年前", "半年"; not "上半年").  See
 * cjk_counted(); returns 1, or 0.
 */
static int
cjk_few(struct scan *sc, size_t k, struct hit *h)
{
	const struct tok *t = T(sc, k);

	if (t->kind != K_WORD || !t->cjk || t->e - t->s != 3 ||
	    !glued(sc, k + 1))
		return 0;
	if (G(sc, k) == G_SEVERAL)
		return cjk_counted(sc, k, -1, 0, h);
	if (G(sc, k) == G_KHALF && !(glued(sc, k) &&
	    cjk_char_at(sc, k - 1, CJ_UPDOWN)))
		return cjk_counted(sc, k, 0, 1, h);
	return 0;
}

/*
 * The weekday (1 to 7) that the one character of token k names after
 * "周" ("一" to "六", "日" or "天"), or 0; none when it opens a word
 * ("日本", Japan; "一直", always).
 */
static int
cjk_wday_char(struct scan *sc, size_t k)
{
	static const char wd[] = "\xe4\xb8\x80\xe4\xba\x8c\xe4\xb8\x89"
	    "\xe5\x9b\x9b\xe4\xba\x94\xe5\x85\xad\xe6\x97\xa5\xe5\xa4\xa9";
	const struct tok *t = T(sc, k);
	int n;

	if (t->kind != K_WORD || !t->cjk || t->e - t->s != 3 ||
	    japan_at(sc->text, t->e, sc->len))
		return 0;
	/* "日" and "天" are both Sunday */
	n = char3_in(sc->text + t->s, wd);
	if (n == 0 || (n == 1 && glued(sc, k + 1) &&
	    cjk_char_at(sc, k + 1, CJ_YI_WORDS)))
		return 0;
	return n < 8 ? n : 7;
}

/*
 * "同年" or "그해" (the same year), "翌年" or "이듬해" (the next), "同月"
 * and "翌月" at i: the year or month last named, or the one after it, with
 * what they anchor ("同年10月", "同月9日", "그해 10월", "翌年3月").  Fills
 * h; returns 1, or 0 when none was named before.
 */
static int
same_year(struct scan *sc, size_t i, struct hit *h)
{
	const struct wire_timex_doc *doc = sc->doc;
	int g = G(sc, i), y = doc->ly, m = doc->lm, d;

	if (y == 0 || (T(sc, i)->hangul && T(sc, i)->tail > 0 &&
	    is_num(sc, i + 1)))
		return 0;
	if (g == G_CJSAMEM || g == G_CJNEXTM) {
		if (m == 0)
			return 0;
		m += g == G_CJNEXTM;
		carry_year(&y, &m, 12);
		if (glued(sc, i + 1) && (d = cjk_day_at(sc, i + 1)) > 0 &&
		    valid_date(y, m, d)) {
			put_day(h, y, m, d);
			h->te = i + 3;
			ko_day_time(sc, h);
			return 1;
		}
		put_month(h, y, m);
		h->te = i + 1;
		return 1;
	}
	y += g == G_CJNEXTY;
	if (T(sc, i)->hangul ? ko_in_year(sc, i + 1, y, 0, h) :
	    glued(sc, i + 1) && ((is_num(sc, i + 1) && cjk_date(sc, i + 1, y,
	    h)) || cjk_in_year(sc, i + 1, y, h)))
		return 1;
	memset(h->val, 0, sizeof(h->val));
	put_year(h, y);
	h->te = i + 1;
	return 1;
}

/*
 * A Chinese or Japanese day, week, month or year counted from the
 * reference date, with what it anchors glued to it: "昨天下午3点", "今年3月",
 * "去年12月5日", "本月5号", "上周三".  Fills h; returns 1, or 0 (the count
 * alone is m_dayrel()'s).
 */
static int
cjk_anchor(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	const struct tok *t = T(sc, i + 1);
	long z = refz(sc);
	size_t k;
	int y, m, d, n;

	if (l != NULL && l->set == U_WEEK && glued(sc, i + 1) &&
	    (n = cjk_wday_char(sc, i + 1)) > 0) {
		/* "每周一": every Monday */
		snprintf(h->val, sizeof(h->val), "XXXX-WXX-%d", n);
		h->type = WIRE_TX_SET;
		h->te = i + 2;
		return 1;
	}
	if (l != NULL && l->era > 0 && glued(sc, i + 1) &&
	    uword_is(sc, i + 2, CJ_YEAR) && glued(sc, i + 2) &&
	    ((t->kind == K_NUM && t->ndig <= 2 && t->num >= 1) ||
	    uword_is(sc, i + 1, CJ_GAN))) {
		/* "令和6年12月5日", "平成元年": a year of a Japanese era */
		y = l->era + (t->kind == K_NUM ? (int)t->num : 1);
		if (glued(sc, i + 3) && cjk_date(sc, i + 3, y, h))
			return 1;
		put_year(h, y);
		h->te = i + 3;
		return 1;
	}
	if (G(sc, i) == G_CJSAMEY || G(sc, i) == G_CJSAMEM ||
	    G(sc, i) == G_CJNEXTY || G(sc, i) == G_CJNEXTM)
		return same_year(sc, i, h);
	if (l == NULL || l->relu == 0 || z == 0 || !glued(sc, i + 1))
		return 0;
	civil_from_days(z, &y, &m, &d);
	if (l->relu == U_MONTH || l->relu == U_YEAR) {
		/* "上个月底", "明年初", "来年初め"; "去年年底", the unit again */
		k = i + 1 + (uword_is(sc, i + 1, l->relu == U_YEAR ? CJ_YEAR :
		    CJ_MONTH) && glued(sc, i + 2));
		if ((n = (int)cjk_mod(sc, k, h)) > 0) {
			if (l->relu == U_YEAR)
				put_year(h, y + l->reln);
			else
				put_month(h, y, m + l->reln);
			h->te = k + n;
			return 1;
		}
	}
	switch (l->relu) {
	case U_DAY:
		return ko_clock(sc, i + 1, z + l->reln, 1, said_part(sc, i),
		    h);
	case U_WEEK:
		/* a weekday of that week: one of 一二三四五六日天 after "周",
		 * or a weekday's name, "の" between in Japanese */
		k = i + 1 + (uword_is(sc, i + 1, CJ_NO) && glued(sc, i + 2));
		t = T(sc, k);
		if (t->kind != K_WORD || !t->cjk)
			return 0;
		if (L(sc, k) != NULL && L(sc, k)->wday > 0)
			n = L(sc, k)->wday;
		else if (k > i + 1 || (n = cjk_wday_char(sc, k)) == 0)
			return 0;
		z += 7L * l->reln;
		put_dayz(h, z + n - weekday(z));
		h->te = k + 1;
		ko_day_time(sc, h);
		return 1;
	case U_MONTH:
		m += l->reln;
		carry_year(&y, &m, 12);
		if ((d = cjk_day_at(sc, i + 1)) == 0 || !valid_date(y, m, d))
			return 0;
		put_day(h, y, m, d);
		h->te = i + 3;
		ko_day_time(sc, h);
		return 1;
	case U_YEAR:
		if (G(sc, i + 1) == G_CJSAMEM) {
			/* "去年同月": that year's month of the reference */
			put_month(h, y + l->reln, m);
			h->te = i + 2;
			return 1;
		}
		/* "今年3月", "明年上半年", "去年第三季度" */
		return (t->kind == K_NUM && cjk_date(sc, i + 1, y + l->reln,
		    h)) || cjk_in_year(sc, i + 1, y + l->reln, h);
	}
	return 0;
}

#define KO_OL		"\xec\x98\xac"			/* ol: this year's */
#define KO_SAME		"\xea\xb0\x99\xec\x9d\x80"	/* gateun: same */
#define KO_NAL		"\xeb\x82\xa0"			/* nal: day */
#define KO_WEEKEND	"\xec\xa3\xbc\xeb\xa7\x90"	/* jumal: weekend */

/*
 * A Korean season s (1 spring to 4 winter) or, for s 0, a weekend, told
 * apart from the reference date by rel: -1 the last gone by ("지난여름",
 * "지난 주말"), 0 this one ("올여름", "이번 주말"), 1 the next ("다음
 * 겨울").  Winter is the year it begins in.  Fills h but h->te; returns 1,
 * or 0 without a reference date.
 */
static int
ko_put_season(struct scan *sc, struct hit *h, int rel, int s)
{
	long z = refz(sc);

	if (z == 0)
		return 0;
	if (s == 0) {
		put_week(h, z + 7L * rel, 1);
		return 1;
	}
	snprintf(h->val, sizeof(h->val), "%04d-%s",
	    season_year(sc->doc, s, rel), season_code[s]);
	h->type = WIRE_TX_DATE;
	h->gran = GR_YEAR;
	return 1;
}

/* The season (1 to 4) of the Hangul word of n bytes at w, 5 for "주말"
 * (weekend), or 0. */
static int
ko_season_word(struct scan *sc, const char *w, size_t n)
{
	int k;

	if (n == sizeof(KO_WEEKEND) - 1 && memcmp(w, KO_WEEKEND, n) == 0)
		return 5;
	k = lex_find(sc->cx, w, n);
	return k >= 0 ? sc->cx->lex[k].season : 0;
}

/*
 * A Korean season or weekend at token i: after "지난", "이번", "다음",
 * "오는" or "올" apart ("지난 여름", "이번 주말"), or glued to one of them
 * in one word ("올여름", "지난겨울", "다음주말").  Fills h; returns 1, or 0.
 */
static int
ko_season(struct scan *sc, size_t i, struct hit *h)
{
	/* how far each moves a season and a weekend; "오는 주말" is the
	 * one coming this week, "올" never names a weekend */
	static const struct { const char *w; int rel, wrel; } mods[] = {
		{ "\xec\xa7\x80\xeb\x82\x9c", -1, -1 },	/* jinan */
		{ "\xec\x9d\xb4\xeb\xb2\x88", 0, 0 },	/* ibeon */
		{ "\xeb\x8b\xa4\xec\x9d\x8c", 1, 1 },	/* daeum */
		{ "\xec\x98\xa4\xeb\x8a\x94", 1, 0 },	/* oneun */
		{ KO_OL, 0, 9 },
	};
	const struct tok *t = T(sc, i), *u;
	const unsigned char *w = (const unsigned char *)sc->text + t->s;
	size_t k, ml, n = t->e - t->tail - t->s;
	int s;

	/* the lead bytes of the modifiers' first syllables: most words of
	 * a Korean text go here, at one test */
	if (t->kind != K_WORD || !t->hangul || n < 3 || !((w[0] == 0xEC &&
	    (w[1] == 0xA7 || w[1] == 0x9D || w[1] == 0x98)) ||
	    (w[0] == 0xEB && w[1] == 0x8B)))
		return 0;
	for (k = 0; k < sizeof(mods) / sizeof(mods[0]); k++) {
		ml = strlen(mods[k].w);
		if (n < ml || memcmp(sc->text + t->s, mods[k].w, ml) != 0)
			continue;
		if (n > ml) {
			/* one word: the modifier glued to the season */
			s = ko_season_word(sc, sc->text + t->s + ml, n - ml);
			h->te = i + 1;
		} else {
			/* apart: nothing between them */
			u = T(sc, i + 1);
			if (t->tail > 0 || u->kind != K_WORD || !u->hangul)
				return 0;
			s = ko_season_word(sc, sc->text + u->s,
			    u->e - u->tail - u->s);
			h->te = i + 2;
		}
		if (s == 0 || (s == 5 && mods[k].wrel == 9))
			return 0;
		return ko_put_season(sc, h, s == 5 ? mods[k].wrel :
		    mods[k].rel, s == 5 ? 0 : s);
	}
	return 0;
}

/*
 * The periods Korean reports compare with, counted from the last one
 * mentioned (else the reference date): "전년" (the year before), "전월"
 * (the month before), "전 분기", "직전 분기", "전분기" (the quarter
 * before), "전년 동월" and "전년 동기" (the same month, the same period
 * a year before).  They are kept from becoming the last one mentioned, as
 * "a year earlier" is.  Fills h; returns 1, or 0.
 */
static int
ko_prior(struct scan *sc, size_t i, struct hit *h)
{
	struct wire_timex_doc *d = sc->doc;
	int g = G(sc, i), y = d->ly > 0 ? d->ly : d->ry, k;

	if (d->ry == 0 || !T(sc, i)->hangul)
		return 0;
	if (g == G_KPREVQ || ((g == G_KAGO || g == G_KJUST) &&
	    T(sc, i)->tail == 0 && G(sc, i + 1) == G_KQUARTER &&
	    !(i > 0 && glued(sc, i) && is_num(sc, i - 1)))) {
		quarter_from_last(sc, -1, &y, &k);
		put_quarter(h, y, k);
		h->te = i + (g == G_KPREVQ ? 1 : 2);
		h->keep = 1;
		return 1;
	}
	if (g == G_KPREVM) {
		if (d->ly > 0 && d->lm > 0)
			put_month(h, d->ly, d->lm - 1);
		else
			put_month(h, d->ry, d->rm - 1);
		h->te = i + 1;
		h->keep = 1;
		return 1;
	}
	if (g != G_KPREVY)
		return 0;
	k = T(sc, i)->tail == 0 ? G(sc, i + 1) : G_NONE;
	h->te = i + 1 + (k == G_KSAMEM || k == G_KSAMEP);
	if (k == G_KSAMEP && d->lgran == GR_QUARTER && d->lq > 0)
		put_quarter(h, y - 1, d->lq);	/* "전년 동기" */
	else if ((k == G_KSAMEM || k == G_KSAMEP) && d->ly > 0 && d->lm > 0)
		put_month(h, d->ly - 1, d->lm);	/* "전년 동월" */
	else
		put_year(h, y - 1);
	h->keep = 1;
	return 1;
}

/*
 * A Korean day, week, month or year counted from the reference date, and
 * what it anchors: "어제 오후 3시", "지난주 목요일", "다음 주", "지난달
 * 4일", "올해 6월", "내년 상반기", "지난해 말"; or a day counted from the
 * last one mentioned ("이날", "전날", "다음날").  Fills h; returns 1, or 0.
 */
static int
ko_anchor(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	long z = refz(sc);
	size_t k;
	int n, u, y, m, d, g = G(sc, i);

	/* "같은 날" (the same day), written apart; "은" of "같은" reads as a
	 * particle, so the word is taken whole */
	n = T(sc, i)->hangul && T(sc, i)->e - T(sc, i)->s == 6 &&
	    memcmp(sc->text + T(sc, i)->s, KO_SAME, 6) == 0 &&
	    uword_is(sc, i + 1, KO_NAL);
	if (g == G_CJQIANRI && !text_kana(sc)) {
		/* "前日": in Chinese the day before yesterday; in Japanese
		 * (kana in the text) the day before the one last named */
		if (z == 0)
			return 0;
		put_dayz(h, z - 2);
		h->te = i + 1;
		ko_day_time(sc, h);
		return 1;
	}
	if (g == G_CJQIANRI)
		g = G_KDAYBEFORE;
	if (g == G_KNEXT && T(sc, i)->tail == 0 && uword_is(sc, i + 1,
	    KO_NAL)) {
		g = G_KDAYAFTER;	/* "다음 날", written apart */
		n = 1;
	}
	if (n || g == G_KSAMEDAY || g == G_KDAYBEFORE || g == G_KDAYAFTER) {
		/* "이날", "전날", "다음날": the day last mentioned, or the
		 * reference day, and the days beside it */
		if ((z = anchorz(sc)) == 0)
			return 0;
		put_dayz(h, z + (g == G_KDAYAFTER) - (g == G_KDAYBEFORE));
		h->te = i + 1 + n;
		ko_day_time(sc, h);
		return 1;
	}
	if (ko_prior(sc, i, h))
		return 1;
	if (ko_season(sc, i, h))
		return 1;
	if (l != NULL && l->relu != 0 && T(sc, i)->hangul) {
		n = l->reln;
		u = l->relu;
		k = i + 1;
	} else if (uword_is(sc, i, KO_OL) && T(sc, i)->tail == 0) {
		/* "올 6월", "올 하반기", "올 연말": this year's, where the
		 * word alone is a verb's ("비가 올 때") */
		n = 0;
		u = U_YEAR;
		k = i + 1;
		if ((l = L(sc, k)) != NULL && l->relu == U_YEAR &&
		    l->reln == 0 && T(sc, k)->hangul) {
			k++;	/* "올 연말" */
			h->mod = l->mod;
		} else {
			civil_from_days(z, &y, &m, &d);
			return z != 0 && ko_in_year(sc, k, y, 0, h);
		}
	} else if (g == G_KLAST || g == G_KTHIS || g == G_KNEXT) {
		/* "지난 주", "이번 달", "다음 해", written apart */
		n = g == G_KLAST ? -1 : g == G_KNEXT;
		u = uword_is(sc, i + 1, KO_WEEK) ? U_WEEK : uword_is(sc, i + 1,
		    KO_DAL) ? U_MONTH : uword_is(sc, i + 1, KO_HAE) ? U_YEAR :
		    G(sc, i + 1) == G_KQUARTER ? U_QUARTER : 0;
		k = i + 2;
	} else
		return 0;
	if (u == 0 || z == 0)
		return 0;
	civil_from_days(z, &y, &m, &d);
	h->te = k;
	switch (u) {
	case U_DAY:
		put_dayz(h, z + n);
		ko_day_time(sc, h);
		break;
	case U_WEEK:
		z += 7L * n;
		if (T(sc, k - 1)->tail == 0 && (l = L(sc, k)) != NULL &&
		    l->wday > 0 && T(sc, k)->hangul) {
			/* "지난주 목요일": that week's Thursday */
			put_dayz(h, z + l->wday - weekday(z));
			h->te = k + 1;
			ko_day_time(sc, h);
		} else
			put_week(h, z, 0);
		break;
	case U_QUARTER:
		put_quarter(h, y, (m - 1) / 3 + 1 + n);	/* "지난 분기" */
		break;
	case U_MONTH:
		m += n;
		carry_year(&y, &m, 12);
		if (T(sc, k - 1)->tail == 0 && (d = ko_day_at(sc, k)) > 0 &&
		    valid_date(y, m, d)) {
			put_day(h, y, m, d);
			h->te = k + 2;
			ko_day_time(sc, h);
		} else {
			put_month(h, y, m);
			h->te += ko_mod(sc, k, h);
		}
		break;
	default:
		if (T(sc, k - 1)->tail == 0 && T(sc, k)->kind == K_WORD &&
		    T(sc, k)->hangul && (l = L(sc, k)) != NULL && l->season > 0) {
			/* "올해 여름", "지난해 겨울": that year's season */
			snprintf(h->val, sizeof(h->val), "%04d-%s", y + n,
			    season_code[l->season]);
			h->type = WIRE_TX_DATE;
			h->gran = GR_YEAR;
			h->te = k + 1;
		} else if (T(sc, k - 1)->tail == 0 && (l = L(sc, k)) != NULL &&
		    l->relu == U_YEAR && l->reln == 0 && l->mod != 0 &&
		    T(sc, k)->hangul) {
			/* "내년 연초", "올해 연말": a part of that year */
			put_year(h, y + n);
			h->mod = l->mod;
			h->te = k + 1;
		} else if (!ko_in_year(sc, k, y + n, 0, h)) {
			put_year(h, y + n);
			h->te = k + ko_mod(sc, k, h);
		}
		break;
	}
	return 1;
}

/*
 * What a count of n units (u) makes, the token after it at k: before "전"
 * a date n units ago, before "후" or "뒤" one n units later, a span with
 * "간" (span set), "동안" or "만에" after it ("동안" in the extent), or
 * bare when bare is set.
 * Fills h; returns 1, or 0.
 */
static int
ko_counted(struct scan *sc, size_t k, long n, int u, int span, int bare,
    struct hit *h)
{
	int free = T(sc, k - 1)->tail == 0 && !span, g = free ? G(sc, k) : 0;
	int man = free && uword_is(sc, k, KO_MAN) && T(sc, k)->tail > 0;

	if ((g == G_KAGO || g == G_KLATER) && n < 0) {
		/* "며칠 전", "몇 년 후": some time ago, or to come */
		put_str(h, WIRE_TX_DATE, g == G_KAGO ? "PAST_REF" :
		    "FUTURE_REF");
		h->te = k + 1;
	} else if (g == G_KAGO || g == G_KLATER) {
		put_shift(h, g == G_KAGO ? refz(sc) : later_from(sc, u,
		    u >= U_YEAR ? ko_tense(sc, k) : 0), g == G_KAGO ? -n : n, u);
		h->te = k + 1;
	} else if (span || g == G_KDURING || man || bare) {
		put_dur(h, n, u);
		h->te = k + (g == G_KDURING);
	} else
		return 0;
	return 1;
}

/*
 * Whether token c is a counter and "여" (or more) after it, "년여", "달여":
 * its unit in *u.
 */
static int
ko_unit_yeo(struct scan *sc, size_t c, int *u)
{
	const struct tok *t = T(sc, c);
	size_t n = t->e - t->tail - t->s;
	int span;

	return t->kind == K_WORD && t->hangul && n > 3 &&
	    memcmp(sc->text + t->s + n - 3, KO_ABOUT, 3) == 0 &&
	    ko_unit_word(sc->text + t->s, n - 3, u, &span) && !span;
}

/*
 * A counter with "여" (or more, about) at token c, glued to the number
 * before it: "10여 년", "10여년간", "1년여", "3개월여".  Sets *u and *span
 * and returns the token after the counter, or 0.
 */
static size_t
ko_unit_about(struct scan *sc, size_t c, int *u, int *span)
{
	const struct tok *t = T(sc, c);
	const char *w = sc->text + t->s;
	size_t n = t->e - t->s;

	if (!glued(sc, c) || t->kind != K_WORD || !t->hangul || n < 3)
		return 0;
	if (memcmp(w, KO_ABOUT, 3) == 0) {
		if (n == 3 && !glued(sc, c + 1) && ko_unit_at(sc, c + 1, u, span))
			return c + 2;	/* "10여 년" */
		n = t->e - t->tail - t->s;
		return n > 3 && ko_unit_word(w + 3, n - 3, u, span) ? c + 1 : 0;
	}
	/* "1년여": the counter, then "여" */
	return ko_unit_yeo(sc, c, u) ? c + 1 : 0;
}

/*
 * Whether token k makes the count after it a span: "향후" (the coming),
 * "앞으로" (ahead, whose "으로" reads as a particle, so the whole word is
 * compared), "지난" (the past), "최근" (recent) or "과거" (past).
 */
static int
ko_span_word(struct scan *sc, size_t k)
{
	const struct tok *t = T(sc, k);

	return G(sc, k) == G_KLAST || uword_is(sc, k, KO_AHEAD) ||
	    uword_is(sc, k, KO_RECENT) || uword_is(sc, k, KO_BYGONE) ||
	    (t->kind == K_WORD && t->e - t->s == strlen(KO_FORWARD) &&
	    memcmp(sc->text + t->s, KO_FORWARD, strlen(KO_FORWARD)) == 0);
}

/*
 * "반" (and a half) at token e after a count of n units u and its counter
 * ("1년 반", "2년 반 전", "한 달 반 동안"): the span, or the date that far
 * off before "전" or "후", into h.  Returns 1, or 0 when no "반" is there.
 */
static int
ko_half(struct scan *sc, size_t e, long n, int u, struct hit *h)
{
	int g;

	if (T(sc, e - 1)->tail != 0 || glued(sc, e) || G(sc, e) != G_KHALF ||
	    !T(sc, e)->hangul)
		return 0;
	g = T(sc, e)->tail == 0 ? G(sc, e + 1) : 0;
	put_half_count(h, refz(sc), n, u, g == G_KAGO ? -1 : g == G_KLATER ?
	    1 : 0);
	h->te = e + 1 + (g == G_KAGO || g == G_KLATER || g == G_KDURING);
	return 1;
}

/*
 * A count of Korean units at the number k, which ko_in_year() did not
 * read: "3일 전" (three days ago), "2주 후" (in two weeks), "3일간", "2년
 * 동안", "3개월", "5시간" (spans), "3시" (a time).  Fills h; returns 1, or 0.
 */
static int
ko_count(struct scan *sc, size_t k, struct hit *h)
{
	long n = T(sc, k)->num;
	size_t e = k + 2;
	int u, span, j, sp2, lead;

	if (ko_clock(sc, k, refz(sc), 0, 0, h))
		return 1;
	if ((u = ko_unit(sc, k + 1, &span)) == 0 &&
	    (e = ko_unit_about(sc, k + 1, &u, &span)) == 0)
		return 0;
	if (u == U_YEAR && n >= 1000)
		return 0;
	if (e == k + 2 && ko_half(sc, e, n, u, h))
		return 1;
	/* a count of a smaller unit after it: "1년 6개월" */
	j = e == k + 2 && T(sc, e - 1)->tail == 0 && is_num(sc, e) &&
	    !glued(sc, e) ? ko_unit(sc, e + 1, &sp2) : 0;
	if (u == U_YEAR && j == U_MONTH && T(sc, e + 1)->tail == 0 &&
	    (G(sc, e + 2) == G_KAGO || G(sc, e + 2) == G_KLATER))
		return ko_counted(sc, e + 2, n * 12 + T(sc, e)->num, U_MONTH,
		    0, 0, h);	/* "1년 6개월 전": 18 months ago */
	/* a bare count of days or years is a date ("3일", "24년"), but a
	 * span after a word of spans ("향후 10년", in the extent) or before
	 * a smaller one (joined to it: "1년 6개월 동안"); one "or more" is
	 * not */
	lead = k > 0 && !glued(sc, k) && ko_span_word(sc, k - 1);
	if (!ko_counted(sc, e, n, u, span, (e == k + 2 && (u == U_WEEK ||
	    u == U_HOUR || u == U_MIN || u == U_SEC || (u == U_MONTH &&
	    !uword_is(sc, k + 1, KO_DAL)))) || lead || (j != 0 && j < u &&
	    G(sc, e + 2) != G_KAGO && G(sc, e + 2) != G_KLATER), h))
		return 0;
	/* but "최근에" (recently) is a time of its own (m_ref()) */
	if (lead && h->type == WIRE_TX_DURATION && !(T(sc, k - 1)->tail > 0 &&
	    L(sc, k - 1) != NULL && L(sc, k - 1)->ref != 0))
		h->ts = k - 1;
	return 1;
}

/*
 * Whether token t, its particle aside, is the word w alone, or with "간"
 * after it (a span: *span set) or "여" (or more: "일주일여").
 */
static int
ko_word_plus(struct scan *sc, const struct tok *t, const char *w, int *span)
{
	size_t n = t->e - t->tail - t->s, wl = strlen(w);
	const char *x = sc->text + t->s;

	*span = 0;
	if (n < wl || memcmp(x, w, wl) != 0 || (n != wl && n != wl + 3))
		return 0;
	if (n == wl)
		return 1;
	if (memcmp(x + wl, KO_SPAN, 3) == 0)
		return *span = 1;
	return memcmp(x + wl, KO_ABOUT, 3) == 0;
}

/*
 * A count in Korean words at token k: days ("이틀", "사흘간") or a native
 * number and a counter apart ("두 달", "한 주").  Fills h from what
 * follows (see ko_counted()); returns 1, or 0.
 */
static int
ko_native(struct scan *sc, size_t k, struct hit *h)
{
	const struct tok *t = T(sc, k);
	size_t j, n = t->e - t->tail - t->s;
	int u, span;

	for (j = 0; j < sizeof(ko_days) / sizeof(ko_days[0]); j++)
		if (ko_word_plus(sc, t, ko_days[j].w, &span))
			return ko_counted(sc, k + 1, ko_days[j].n, U_DAY, span,
			    0, h);
	/* "일주일" (a week), a span of its own */
	if (ko_word_plus(sc, t, KO_WEEKDAYS, &span))
		return ko_counted(sc, k + 1, 1, U_WEEK, span, 1, h);
	/* "반년" (half a year), a span of its own */
	if (ko_word_plus(sc, t, KO_HALFYEAR, &span))
		return ko_counted(sc, k + 1, 6, U_MONTH, span, 1, h);
	/* "며칠" (a few days), a count of no number: before "전" or "후",
	 * or a span */
	if (ko_word_plus(sc, t, KO_FEWDAYS, &span))
		return ko_counted(sc, k + 1, -1, U_DAY, span, 0, h);
	/* "수년", "수개월간" (several years, months); "수일" only before
	 * "전" or "후", and never weeks ("수주" is a won contract) */
	if (n > 3 && memcmp(sc->text + t->s, KO_SEVERAL, 3) == 0 &&
	    ko_unit_word(sc->text + t->s + 3, n - 3, &u, &span) &&
	    (u == U_YEAR || u == U_MONTH || u == U_DAY))
		return ko_counted(sc, k + 1, -1, u, span, u != U_DAY, h);
	if (t->tail > 0 || T(sc, k + 1)->sp == 0)
		return 0;
	for (j = 0; j < sizeof(ko_nums) / sizeof(ko_nums[0]); j++)
		if (uword_is(sc, k, ko_nums[j].w))
			break;
	/* the counter apart, read as one glued would be ("두 달간", "한
	 * 달여", "한 달 반") */
	if (j == sizeof(ko_nums) / sizeof(ko_nums[0]) ||
	    !(ko_unit_at(sc, k + 1, &u, &span) || ko_unit_yeo(sc, k + 1,
	    &u)) || (u != U_MONTH && u != U_WEEK && u != U_YEAR))
		return 0;
	if (ko_nums[j].n > 0 && ko_half(sc, k + 2, ko_nums[j].n, u, h))
		return 1;
	return ko_counted(sc, k + 2, ko_nums[j].n, u, span, 1, h);
}

static int	m_korean(struct scan *, size_t, struct hit *);

#define CJ_TO		"\xe8\x87\xb3"	/* zhi: to */
#define CJ_TO2		"\xe5\x88\xb0"	/* dao: to */

/*
 * The first number of a span written with a tilde or a dash before a
 * Korean month or day, "1~10월", "2∼4일", or with "至" or "到" before a
 * Chinese one, "1至10月": the month or day of the same year and month as
 * the span's end, into h (the number alone).
 */
static int
ko_span_start(struct scan *sc, size_t k, struct hit *h)
{
	struct hit e;
	long n = T(sc, k)->num;
	size_t at;

	if (!(ko_tilde(sc, k + 1) || (glued(sc, k + 1) &&
	    (uword_is(sc, k + 1, CJ_TO) || uword_is(sc, k + 1, CJ_TO2)))) ||
	    !is_num(sc, k + 2) || !glued(sc, k + 2) || !(T(sc, k + 3)->hangul ||
	    T(sc, k + 3)->cjk) || !glued(sc, k + 3) || n < 1 ||
	    (T(sc, k)->ndig > 2 && T(sc, k)->ndig != 4))
		return 0;
	memset(&e, 0, sizeof(e));
	e.ts = k + 2;
	if (!m_korean(sc, k + 2, &e) || e.ts != k + 2 ||
	    (e.type != WIRE_TX_DATE && e.type != WIRE_TX_TIME))
		return 0;
	if (e.gran == GR_MONTH && n < e.m)
		put_month(h, e.y, (int)n);
	else if (e.gran == GR_DAY && n < e.d)
		put_day(h, e.y, e.m, (int)n);
	else if (e.gran == GR_NONE && strlen(e.val) == 3 && n % 10 == 0 &&
	    T(sc, k)->ndig == 4 && n / 10 < strtol(e.val, NULL, 10)) {
		/* "1950~1960년대": the fifties too */
		snprintf(h->val, sizeof(h->val), "%03ld", n / 10);
		h->type = WIRE_TX_DATE;
	} else if (e.type == WIRE_TX_TIME && T(sc, k)->ndig <= 2 &&
	    clock_hour(e.val, &at) > n) {
		/* "2~4시": the hour of the same day */
		memcpy(h->val, e.val, at);
		snprintf(h->val + at, sizeof(h->val) - at, "%02ld:00", n);
		h->type = WIRE_TX_TIME;
	} else
		return 0;
	h->te = k + 1;
	return 1;
}

/*
 * At token i, "年" or "月" (the caller's to tell): "年底", "年初", "月末",
 * "月中旬" with nothing before them, a part of the reference year or
 * month; "年内" and "月内" (within it) the year or month; "年明け" the
 * start of the new year.  Not after a number, nor after a character that
 * makes the year or month part of another word ("青年", youth; "正月", the
 * first month).  Fills h; returns 1, or 0.
 */
static int
cjk_part_alone(struct scan *sc, size_t i, struct hit *h)
{
	/* 青成周週百千新过過全当當近多每往历歷常少老中去今明来來昨本 */
	static const char ynot[] = "\xe9\x9d\x92\xe6\x88\x90\xe5\x91\xa8"
	    "\xe9\x80\xb1\xe7\x99\xbe\xe5\x8d\x83\xe6\x96\xb0"
	    "\xe8\xbf\x87\xe9\x81\x8e\xe5\x85\xa8\xe5\xbd\x93"
	    "\xe7\x95\xb6\xe8\xbf\x91\xe5\xa4\x9a\xe6\xaf\x8f"
	    "\xe5\xbe\x80\xe5\x8e\x86\xe6\xad\xb7\xe5\xb8\xb8"
	    "\xe5\xb0\x91\xe8\x80\x81\xe4\xb8\xad\xe5\x8e\xbb"
	    "\xe4\xbb\x8a\xe6\x98\x8e\xe6\x9d\xa5\xe4\xbe\x86"
	    "\xe6\x98\xa8\xe6\x9c\xac";
	/* 个個每满滿正腊臘岁歲日明蜜数數上下本今先来來 */
	static const char mnot[] = "\xe4\xb8\xaa\xe5\x80\x8b\xe6\xaf\x8f"
	    "\xe6\xbb\xa1\xe6\xbb\xbf\xe6\xad\xa3\xe8\x85\x8a"
	    "\xe8\x87\x98\xe5\xb2\x81\xe6\xad\xb2\xe6\x97\xa5"
	    "\xe6\x98\x8e\xe8\x9c\x9c\xe6\x95\xb0\xe6\x95\xb8"
	    "\xe4\xb8\x8a\xe4\xb8\x8b\xe6\x9c\xac\xe4\xbb\x8a"
	    "\xe5\x85\x88\xe6\x9d\xa5\xe4\xbe\x86";
	const struct tok *p = T(sc, i - 1);
	long z = refz(sc);
	size_t n;
	uint32_t cp;
	int g = G(sc, i), y, m, d;

	/* a number before it, in any digits ("十年初": ten years) */
	if (i > 0 && glued(sc, i) && (p->kind == K_NUM || (p->kind == K_WORD &&
	    p->cjk && (char3_in(sc->text + p->e - 3, g == G_CJYEAR ? ynot :
	    mnot) > 0 || (wire_utf8_decode(sc->text + p->e - 3, 3, &cp) == 3 &&
	    cjk_digit(cp) >= 0)))))
		return 0;
	if (z == 0)
		return 0;
	civil_from_days(z, &y, &m, &d);
	if (glued(sc, i + 1) && uword_is(sc, i + 1, "\xe5\x86\x85")) {
		/* "年内", "月内": within this year or month */
		if (g == G_CJYEAR)
			put_year(h, y);
		else
			put_month(h, y, m);
		h->te = i + 2;
		return 1;
	}
	if (g == G_CJYEAR && glued(sc, i + 1) && uword_is(sc, i + 1,
	    "\xe6\x98\x8e") && glued(sc, i + 2) && uword_is(sc, i + 2,
	    "\xe3\x81\x91")) {
		/* "年明け": the start of the new year, the coming one
		 * late in the year */
		put_year(h, y + (m >= 10));
		h->mod = WIRE_TX_MOD_START;
		h->te = i + 3;
		return 1;
	}
	if ((n = cjk_mod(sc, i + 1, h)) == 0)
		return 0;
	if (g == G_CJYEAR)
		put_year(h, y);
	else
		put_month(h, y, m);
	h->te = i + 1 + n;
	return 1;
}

/*
 * A year of North Korea's Juche era at token i, whose first year follows
 * era: "주체113년", "주체113(2024)년" (the common year again in brackets),
 * and the month and day after it ("주체113(2024)년 12월 5일").  Fills h;
 * returns 1, or 0.
 */
static int
ko_era(struct scan *sc, size_t i, int era, struct hit *h)
{
	size_t k = i + 2;
	int y;

	if (!glued(sc, i + 1) || !is_num(sc, i + 1) || T(sc, i + 1)->ndig > 3)
		return 0;
	y = era + (int)T(sc, i + 1)->num;
	if (P(sc, k, '(') && glued(sc, k) && is_num(sc, k + 1) &&
	    T(sc, k + 1)->num == y && P(sc, k + 2, ')'))
		k += 3;
	if (!glued(sc, k) || !uword_is(sc, k, KO_YEAR))
		return 0;
	if (!ko_in_year(sc, k + 1, y, 0, h)) {
		put_year(h, y);
		h->te = k + 1 + ko_mod(sc, k + 1, h);
	}
	return 1;
}

/*
 * Korean dates and times: "2024년 12월 6일", "12월 4일 오전 10시", "지난
 * 4일", "오는 12일", "금요일", "지난달 4일", "올해 6월", "지난주 목요일",
 * "다음 주", "오후 3시 30분", "3일 전", "2주 동안", "상반기", "12월 말".  A
 * particle after the last word ("4일부터") stays out of the extent, and
 * ends the expression.  Without "지난" (last) or "오는" (coming), the verb
 * at the end of the clause tells past from future.
 */
static int
m_korean(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	size_t k = i;
	int last = 0, fut, y, d, dir;

	/* "年底", "月末": a year or month character starts nothing else */
	if (G(sc, i) == G_CJYEAR || G(sc, i) == G_CJMONTH)
		return cjk_part_alone(sc, i, h);
	if (T(sc, i)->cjk && cjk_anchor(sc, i, h))
		return 1;
	if (T(sc, i)->hangul && (l = L(sc, i)) != NULL && l->era > 0)
		return ko_era(sc, i, l->era, h);
	if (T(sc, i)->hangul && (G(sc, i) == G_CJSAMEY ||
	    G(sc, i) == G_CJNEXTY))
		return same_year(sc, i, h);
	if (ko_anchor(sc, i, h))
		return 1;
	if (is_num(sc, i) && uword_is(sc, i + 1, KO_NIGHTS) &&
	    glued(sc, i + 1) && (d = ko_day_at(sc, i + 2)) > 0) {
		/* "2박 3일": a stay of three days */
		put_dur(h, d, U_DAY);
		h->te = i + 4;
		return 1;
	}
	if (G(sc, k) == G_KLAST)
		last = 1, k++;
	else if (G(sc, k) == G_KCOMING)
		k++;
	if ((l = L(sc, k)) != NULL && l->wday > 0 && (T(sc, k)->hangul ||
	    (T(sc, k)->cjk && k == i && !(i > 0 && glued(sc, i) &&
	    (cjk_char_at(sc, i - 1, CJ_NUMERALS) || is_num(sc, i - 1)))))) {
		/* "금요일", "지난 금요일", "오는 금요일"; "星期五", "金曜日" */
		fut = k > i ? 0 : T(sc, k)->cjk ? cjk_tense(sc, T(sc, k)->s,
		    T(sc, k)->e) : ko_tense(sc, k);
		dir = last ? -2 : k > i || fut > 0 ? 1 : fut < 0 ? 0 :
		    weekday_dir(sc, k, l->wday);
		put_weekday(sc, h, l->wday, dir);
		h->te = k + 1;
		ko_day_time(sc, h);
		return 1;
	}
	if (k > i && (l = L(sc, k)) != NULL && l->hol > 0 &&
	    T(sc, k)->hangul && T(sc, i)->tail == 0)
		return m_holiday(sc, k, h);	/* "지난 광복절", "오는 성탄절" */
	if (!is_num(sc, k))
		return k == i && (ko_in_year(sc, i, 0, 0, h) ||
		    cjk_in_year(sc, i, 0, h) || cjk_few(sc, i, h) ||
		    ko_clock(sc, i, refz(sc), 0, 0, h) || ko_native(sc, i, h));
	if (k == i && ko_span_start(sc, k, h))
		return 1;
	if (k == i && T(sc, k + 1)->cjk && glued(sc, k + 1))
		return cjk_date(sc, k, 0, h) || cjk_in_year(sc, k, 0, h) ||
		    ko_clock(sc, k, refz(sc), 0, 0, h) ||
		    cjk_counted(sc, k, T(sc, k)->num, 0, h);
	/* every reading of a number holds a counter glued to it ("4일"):
	 * the tense, which costs the most, is read only then */
	if (num_is_label(sc, k) || !T(sc, k + 1)->hangul || !glued(sc, k + 1))
		return 0;
	if (k == i && (T(sc, k)->ndig == 4 || T(sc, k)->ndig == 2) &&
	    T(sc, k)->num % 10 == 0 && uword_is(sc, k + 1, KO_DECADE)) {
		/* "1990년대", "80년대": the nineties, the eighties (the last
		 * such up to the reference year) */
		put_decade(sc, h, (int)T(sc, k)->num);
		h->te = k + 2 + ko_mod(sc, k + 2, h);
		return 1;
	}
	if (T(sc, k)->ndig == 4 && uword_is(sc, k + 1, KO_YEAR)) {
		y = (int)T(sc, k)->num;
		if (!ko_in_year(sc, k + 2, y, 0, h)) {
			put_year(h, y);
			h->te = k + 2 + ko_mod(sc, k + 2, h);
		}
		return 1;
	}
	fut = last ? -1 : k > i ? 1 : ko_tense(sc, k);
	if (ko_in_year(sc, k, 0, fut, h))
		return 1;
	if ((d = ko_day_at(sc, k)) > 0 &&
	    !(T(sc, k + 1)->tail == 0 && (G(sc, k + 2) == G_KAGO ||
	    G(sc, k + 2) == G_KLATER || G(sc, k + 2) == G_KDURING))) {
		/* "4일", "지난 4일", "오는 12일": a day of a month near */
		put_bare_day(sc, h, d, fut > 0, last ? 1 : fut < 0 ? 2 : 0);
		h->te = k + 2;
		ko_day_time(sc, h);
		return 1;
	}
	return k == i && ko_count(sc, k, h);
}

/*
 * At "the" at i, the days or weeks at one end of a month or year, or a
 * half of a month: "the first days of January", "the last weeks of
 * 2024", "the final days of the year", "the second half of December".
 * Returns the tokens before the month or year (4), the part in *mod; 0
 * when none ("the last days of the war" is the war's).
 */
static size_t
part_of(struct scan *sc, size_t i, int *mod)
{
	const struct lex *a = L(sc, i + 1), *u = L(sc, i + 2), *x;
	int first, last, g;

	if (u == NULL || G(sc, i + 3) != G_OF)
		return 0;
	first = a != NULL && a->ord == 1;
	last = (a != NULL && a->gram == G_LAST) || word_is(sc, i + 1,
	    "final") || word_is(sc, i + 1, "closing");
	if (G(sc, i + 2) == G_HALF) {
		/* "the second half", "the latter half": its end */
		if (!first && !(a != NULL && a->ord == 2) &&
		    !word_is(sc, i + 1, "latter"))
			return 0;
		last = !first;
	} else if ((!first && !last) || (u->unit != U_DAY &&
	    u->unit != U_WEEK) || !ends_s(u) || titled(sc, i + 2))
		return 0;
	/* a month, or a year but for a half (m_quarter()'s) */
	x = L(sc, i + 4);
	g = G(sc, i + 4);
	if (!((x != NULL && x->month > 0) || (is_num(sc, i + 4) &&
	    T(sc, i + 4)->ndig == 4 && G(sc, i + 2) != G_HALF) ||
	    ((g == G_THE || g == G_THIS || g == G_NEXT || g == G_LAST) &&
	    (x = L(sc, i + 5)) != NULL && (x->unit == U_MONTH ||
	    (x->unit == U_YEAR && G(sc, i + 2) != G_HALF)) && !ends_s(x))))
		return 0;
	*mod = last ? WIRE_TX_MOD_END : WIRE_TX_MOD_START;
	return 4;
}

/*
 * "early", "late", "mid-", "the end of": kept in the extent.  Returns the
 * tokens of the prefix at i (0: none) and the part of the time it names
 * in *mod ("earlier this year" is its start, as TimeML has it).
 */
static size_t
prefix_len(struct scan *sc, size_t i, int *mod)
{
	int g = G(sc, i), g1 = G(sc, i + 1);
	size_t n;

	if (g == G_EARLY || g == G_LATE || g == G_EARLIER || g == G_LATER) {
		*mod = g == G_EARLY || g == G_EARLIER ? WIRE_TX_MOD_START :
		    WIRE_TX_MOD_END;
		if (P(sc, i + 1, '-') && glued(sc, i + 1))
			return 2;
		/* "early in 2016", "late in the year", "earlier in the
		 * year"; "later in the day" is m_relunit()'s */
		if (g1 == G_IN)
			return (g == G_EARLIER || g == G_LATER) &&
			    G(sc, i + 2) == G_THE && (L(sc, i + 3) == NULL ||
			    L(sc, i + 3)->unit == U_DAY) ? 0 : 2;
		return 1;
	}
	if (g == G_MID) {
		*mod = WIRE_TX_MOD_MID;
		return P(sc, i + 1, '-') ? 2 : 1;
	}
	if (g == G_THE && (g1 == G_END || g1 == G_BEGINNING ||
	    g1 == G_MIDDLE || g1 == G_START) && G(sc, i + 2) == G_OF) {
		*mod = g1 == G_END ? WIRE_TX_MOD_END : g1 == G_MIDDLE ?
		    WIRE_TX_MOD_MID : WIRE_TX_MOD_START;
		return 3;
	}
	if (g == G_END && P(sc, i + 1, '-') && glued(sc, i + 1) &&
	    glued(sc, i + 2)) {
		*mod = WIRE_TX_MOD_END;	/* "by end-2024", "end-December" */
		return 2;
	}
	if (g == G_THE && (n = part_of(sc, i, mod)) > 0)
		return n;
	if ((g == G_END || g == G_BEGINNING || g == G_MIDDLE) &&
	    !L(sc, i)->noun && !T(sc, i)->cyr) {
		/* "fin août", "a finales de mayo", "all'inizio di giugno":
		 * before a month of another language */
		struct hit w;

		n = 1 + (word_is(sc, i + 1, "de") || word_is(sc, i + 1, "di") ||
		    word_is(sc, i + 1, "del") || word_is(sc, i + 1, "des"));
		/* "a finales de los años 90", "à la fin des années 2000" */
		if (n == 2 && (word_is(sc, i + n, "los") || word_is(sc, i + n,
		    "las") || word_is(sc, i + n, "os")) &&
		    romance_decade(sc, i + n + 1, &w))
			n++;
		else if (!(n == 2 && romance_decade(sc, i + n, &w)) &&
		    (L(sc, i + n) == NULL || L(sc, i + n)->month == 0 ||
		    !L(sc, i + n)->low))
			return 0;
		*mod = g == G_END ? WIRE_TX_MOD_END : g == G_MIDDLE ?
		    WIRE_TX_MOD_MID : WIRE_TX_MOD_START;
		return (int)n;
	}
	if ((g == G_END || g == G_BEGINNING || g == G_MIDDLE) &&
	    (T(sc, i)->cyr || L(sc, i)->noun)) {
		/* "в начале декабря", "к концу 2024 года", "Anfang
		 * Dezember", "Ende 2023": the noun before a genitive; with
		 * its article before a decade, a century or a year named
		 * by its place ("Ende der 1980er Jahre", "Anfang des 19.
		 * Jahrhunderts", "Ende des Vorjahres") */
		*mod = g == G_END ? WIRE_TX_MOD_END : g == G_MIDDLE ?
		    WIRE_TX_MOD_MID : WIRE_TX_MOD_START;
		return (word_is(sc, i + 1, "der") || word_is(sc, i + 1,
		    "des")) && (is_num(sc, i + 2) || (L(sc, i + 2) != NULL &&
		    L(sc, i + 2)->relu != 0)) ? 2 : 1;
	}
	return 0;
}

/*
 * A word that says "ago" before the count at i ("vor zwei Jahren", "vor
 * einigen Tagen", "hace dos años", "il y a deux ans"): the day that many
 * units before the reference date, or the past, into *h.  Returns 1, or 0
 * when no count follows.
 */
static int
ago_before(struct scan *sc, size_t i, struct hit *h)
{
	static const char units[] = "YMWDHS";
	static const int uu[] = { U_YEAR, U_MONTH, U_WEEK, U_DAY, U_HOUR,
	    U_SEC };
	const struct lex *l;
	const char *v, *uc;
	size_t c = i + 1;
	long n = 0, z;
	int u;

	/* "desde hace tres años": a span, m_duration()'s */
	if (i > 0 && word_is(sc, i - 1, "desde"))
		return 0;
	/* French "il y a deux ans", whose "a" is English's too */
	if (word_is(sc, i, "il")) {
		if (!word_is(sc, i + 1, "y") || !word_is(sc, i + 2, "a"))
			return 0;
		c = i + 3;
	}
	memset(h, 0, sizeof(*h));
	h->ts = c;
	if (!m_duration(sc, c, h) || h->type != WIRE_TX_DURATION ||
	    h->ts != c)
		return 0;
	v = h->val + 1;
	if (*v == 'T')
		v++;
	if (*v == 'X')
		v++, n = -1;
	else
		for (; *v >= '0' && *v <= '9'; v++)
			n = n * 10 + (*v - '0');
	if (n == 0 || *v == '\0' || v[1] != '\0' ||
	    (uc = strchr(units, *v)) == NULL)
		return 0;
	u = uu[uc - units];
	if (h->val[1] == 'T' && *v == 'M')
		u = U_MIN;
	/* "vor vier Jahrzehnten" (P40Y): the decades, as "four decades
	 * ago" reads them (the 1980s, not 1982) */
	l = L(sc, h->te - 1);
	if (n > 0 && l != NULL && (l->unit == U_DECADE ||
	    l->unit == U_CENTURY)) {
		n /= l->unit == U_DECADE ? 10 : 100;
		u = l->unit;
	}
	h->ts = i;
	/* "vor fast acht Jahren" lies after the day eight years back */
	h->mod = side_mod(h->mod, 0);
	if (n < 0 || (z = refz(sc)) == 0) {
		put_str(h, WIRE_TX_DATE, "PAST_REF");
		return 1;
	}
	return put_counted(h, z, -n, u);
}

/*
 * A decade as Spanish, French, Italian and Portuguese name it, at their
 * word for "years" in the plural or for "decade" at i: "los años 80",
 * "les années 1990", "gli anni '80", "os anos 2000", "la década de 1990",
 * "la década de los 70" (two digits: the last such decade, as "the '80s").
 * Fills *h and returns 1, or returns 0.
 */
static int
romance_decade(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	const struct tok *t;
	size_t k = i + 1;
	int pl;

	if (l == NULL || !l->low || !((l->unit == U_YEAR && l->pl) ||
	    (l->unit == U_DECADE && !l->pl)))
		return 0;
	if (l->unit == U_DECADE) {
		/* "década de 1990", "década de los 70" */
		if (!word_is(sc, k, "de"))
			return 0;
		k++;
		if (word_is(sc, k, "los") || word_is(sc, k, "las") ||
		    word_is(sc, k, "os"))
			k++;
	}
	if (P(sc, k, '\'') && glued(sc, k + 1))
		k++;	/* "gli anni '80" */
	t = T(sc, k);
	/* not the years of a span ("des années 1880-1990") */
	if (t->kind != K_NUM || t->num % 10 != 0 || (t->ndig != 2 &&
	    !(t->ndig == 4 && t->num >= 1000 && t->num < 2100)) ||
	    num_continues(sc, k) || unit_at(sc, k + 1, &pl) != 0 ||
	    (P(sc, k + 1, '-') && is_num(sc, k + 2)))
		return 0;
	put_decade(sc, h, (int)t->num);
	h->te = k + 1;
	return 1;
}

/*
 * A week, month or year of another language with its "last" or "next"
 * after it, as Spanish, French, Italian and Portuguese write them ("la
 * semana pasada", "le mois dernier", "l'anno prossimo"): the one before or
 * after the reference date's, into *h; a weekend so too ("el fin de
 * semana pasado", "este fin de semana"), and a day of the month after
 * their word for "day" (day_word()).  Returns 1, or 0.
 */
static int
unit_then_rel(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i);
	int g = G(sc, i + 1), n, u, we;
	long z;

	if (day_word(sc, i, h, 0))
		return 1;	/* "el día 15" */
	if (romance_decade(sc, i, h))
		return 1;	/* "los años 80", "la década de 1990" */
	if (l == NULL || !l->low || l->pl || (l->unit != U_WEEK &&
	    l->unit != U_MONTH && l->unit != U_YEAR) || titled(sc, i))
		return 0;
	we = l->unit == U_WEEK && i >= 2 && word_is(sc, i - 1, "de") &&
	    (word_is(sc, i - 2, "fin") || word_is(sc, i - 2, "fim"));
	u = we ? U_WEEKEND : l->unit;
	if (we && g != G_LASTPOST && g != G_NEXT && i >= 3 &&
	    (G(sc, i - 3) == G_THIS || G(sc, i - 3) == G_NEXT) &&
	    (z = refz(sc)) != 0) {
		/* "este fin de semana"; "el próximo fin de semana", the
		 * one to come */
		h->ts = i - 3;
		h->te = i + 1;
		put_shift(h, z, G(sc, i - 3) == G_NEXT && weekday(z) >= 6,
		    U_WEEKEND);
		return 1;
	}
	if (g != G_LASTPOST && g != G_NEXT)
		return 0;
	n = g == G_NEXT ? 1 : -1;
	if (we)
		h->ts = i - 2;
	h->te = i + 2;
	if ((z = refz(sc)) == 0)
		put_str(h, WIRE_TX_DATE, n > 0 ? "FUTURE_REF" : "PAST_REF");
	else
		put_shift(h, z, n, u);
	return 1;
}

typedef int	(*matcher)(struct scan *, size_t, struct hit *);

static const matcher matchers[] = {
	m_iso, m_numeric, m_monthname, m_bare_day, m_year, m_quarter, m_season,
	m_relunit, m_dayrel, m_partday, m_weekday, m_time, m_duration, m_ref,
	m_set, m_holiday, m_korean, m_yearago, ago_before, unit_then_rel
};

/* Bits of the matchers above, by index. */
#define MB(n)		(1u << (n))
#define START_NUM	(MB(0) | MB(1) | MB(2) | MB(4) | MB(5) | MB(11) | \
			    MB(12) | MB(14) | MB(16))

/* The matchers that may start at the word l: a cheap filter. */
static unsigned int
start_mask(const struct lex *l)
{
	static const int md[] = { G_THE, G_LAST, G_NEXT, G_THIS, 0 };
	static const int yr[] = { G_FISCAL, G_FY, G_THE, 0 };
	static const int qu[] = { G_THE, G_THIS, G_LAST, G_NEXT, G_CURRENT,
	    G_PREVIOUS, G_LATEST, G_COMING, G_FOLLOWING, G_FISCAL, G_Q, G_H, 0 };
	static const int se[] = { G_THIS, G_LAST, G_NEXT, G_THE, G_PAST,
	    G_COMING, G_THAT, 0 };
	static const int ru[] = { G_THE, G_THIS, G_LAST, G_NEXT, G_THAT,
	    G_PAST, G_COMING, 0 };
	static const int du[] = { G_A, G_HALF, G_SEVERAL, G_FEW, G_MANY,
	    G_APPROX, G_NEARLY, G_OVER, G_UNDER, G_SOME, G_UP, G_MORE, G_LESS,
	    G_AT, G_THE,
	    G_PAST, G_NEXT, G_LAST, G_COMING, G_RECENT, 0 };
	static const int rf[] = { G_THESE, G_AT, G_THE, 0 };
	unsigned int m = 0;
	int g = l->gram;

	if (l->month || l->wday || l->ord || gram_in(g, md))
		m |= MB(2);
	if (g == G_THE)
		m |= MB(3) | MB(9);
	if (gram_in(g, yr) || l->num || l->dec || l->ord)
		m |= MB(4);
	if (gram_in(g, qu) || l->ord || l->unit)
		m |= MB(5);
	if (gram_in(g, se) || l->season)
		m |= MB(6);
	if (gram_in(g, ru))
		m |= MB(7);
	if (l->relu || g == G_TONIGHT || (l->wl > 0 &&
	    (unsigned char)l->w[0] >= 0x80))
		m |= MB(8);
	if (g == G_THIS || g == G_LAST || g == G_MID || g == G_THAT)
		m |= MB(9);
	if (l->wday || g == G_LAST || g == G_NEXT || g == G_THIS ||
	    g == G_LASTPOST)
		m |= MB(10);
	if (g == G_NOON || g == G_MIDNIGHT)
		m |= MB(11);
	if (gram_in(g, du) || l->num || l->unit)
		m |= MB(12);
	if (l->ref || gram_in(g, rf))
		m |= MB(13);
	if (l->set || g == G_EVERY || g == G_EACH || g == G_TWICE ||
	    g == G_SEVERAL || g == G_MANY || l->num || l->unit == U_WEEKEND)
		m |= MB(14);
	if (l->hol)
		m |= MB(15);
	if (g == G_KLAST)
		m |= MB(16);
	if (l->unit)
		m |= MB(17);
	if (g == G_AGOPRE)
		m |= MB(18);
	if (l->unit && l->low)
		m |= MB(19);
	return m;
}

/*
 * Runs matcher number j (fn) at token i when mask has its bit; returns
 * whether *best holds a hit, which it does when found was set or fn found
 * a longer one.
 */
static inline int
try_matcher(struct scan *sc, size_t i, unsigned int mask, int j, matcher fn,
    struct hit *best, int found)
{
	struct hit h;

	if ((mask & MB(j)) == 0)
		return found;
	memset(&h, 0, sizeof(h));
	h.ts = i;
	if (fn(sc, i, &h) && h.te > i && h.te > h.ts &&
	    (!found || h.te > best->te)) {
		*best = h;
		return 1;
	}
	return found;
}

/* Whether the TIMEX3 value v is a part of a day ("2024-12-04TMO"). */
static int
part_of_day(const char *v)
{
	size_t n = strlen(v);

	return n > 3 && v[n - 3] == 'T' && v[n - 2] >= 'A' && v[n - 2] <= 'Z' &&
	    v[n - 1] >= 'A' && v[n - 1] <= 'Z';
}

/*
 * The day named by a weekday, a month and day or a holiday at token i
 * ("last Tuesday", "Dec. 4", "Christmas"), as days, with *te set past
 * it; 0 when none starts there.
 */
static long
day_named_at(struct scan *sc, size_t i, size_t *te)
{
	struct hit h;
	unsigned int mask = MB(2) | MB(10) | MB(15);
	int ok = 0;

	ok = try_matcher(sc, i, mask, 2, m_monthname, &h, ok);
	ok = try_matcher(sc, i, mask, 10, m_weekday, &h, ok);
	ok = try_matcher(sc, i, mask, 15, m_holiday, &h, ok);
	if (!ok || h.ts != i || h.gran != GR_DAY || h.y <= 0)
		return 0;
	*te = h.te;
	return days_from_civil(h.y, h.m, h.d);
}

/*
 * "the first day of June", "the last day of the year": the day at either
 * end of the month or year after "of", into *h; 0 when there is none.
 */
static int
end_day(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l = L(sc, i + 1), *u = L(sc, i + 2);
	unsigned int mask = MB(2) | MB(4) | MB(7);
	int last, ok = 0;

	if (l == NULL || u == NULL || u->unit != U_DAY ||
	    ends_s(u) || G(sc, i + 3) != G_OF)
		return 0;
	if (!(l->gram == G_LAST || l->ord == 1))
		return 0;
	last = l->gram == G_LAST;
	/* the month or year after "of", as match_at() would read it */
	ok = try_matcher(sc, i + 4, mask, 2, m_monthname, h, ok);
	ok = try_matcher(sc, i + 4, mask, 4, m_year, h, ok);
	ok = try_matcher(sc, i + 4, mask, 7, m_relunit, h, ok);
	if (!ok && G(sc, i + 4) == G_THE && (u = L(sc, i + 5)) != NULL &&
	    (u->unit == U_MONTH || u->unit == U_YEAR) &&
	    !ends_s(u) && !titled(sc, i + 5) && sc->doc->ry > 0) {
		/* "the last day of the month": the reference date's */
		memset(h, 0, sizeof(*h));
		put_shift(h, refz(sc), 0, u->unit);
		h->ts = i + 4;
		h->te = i + 6;
		ok = 1;
	}
	if (!ok || h->ts != i + 4 || h->type != WIRE_TX_DATE || h->y <= 0 ||
	    (h->gran != GR_MONTH && h->gran != GR_YEAR))
		return 0;
	if (h->gran == GR_YEAR)
		put_day(h, h->y, last ? 12 : 1, last ? 31 : 1);
	else
		put_day(h, h->y, h->m, last ? mdays(h->y, h->m) : 1);
	h->ts = i;
	return 1;
}

/*
 * "the previous Friday", "the following Tuesday": that weekday before or
 * after the day last named (the reference date if none), into *h; 0 when
 * there is none.
 */
static int
anchored_weekday(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *l;
	int g = G(sc, i + 1), d;
	long z;

	if ((g != G_PREVIOUS && g != G_FOLLOWING) || (l = L(sc, i + 2)) ==
	    NULL || l->wday == 0 || l->abbr || !T(sc, i + 2)->upper ||
	    ends_s(l) || (z = anchorz(sc)) == 0)
		return 0;
	d = g == G_PREVIOUS ? weekday(z) - l->wday : l->wday - weekday(z);
	if (d <= 0)
		d += 7;
	memset(h, 0, sizeof(*h));
	put_dayz(h, z + (g == G_PREVIOUS ? -d : d));
	h->ts = i;
	h->te = i + 3;
	return 1;
}

/*
 * An expression after a prefix of pre tokens at i that names a part of it
 * (pmod): "early next year", "mid-November", "the end of 1994", "late
 * Tuesday night".  Fills *best and returns 1, or returns 0.
 */
static int
match_prefixed(struct scan *sc, size_t i, size_t pre, int pmod,
    struct hit *best)
{
	struct hit h;
	const struct tok *t;
	unsigned int mask;
	size_t j, u;
	int found = 0;

	t = T(sc, i + pre);
	mask = t->kind == K_NUM ? START_NUM : t->kind == K_WORD &&
	    t->lex >= 0 ? sc->cx->lex[t->lex].start : t->kind == K_PUNCT &&
	    t->c == '\'' ? MB(4) : 0;	/* "the mid-'80s" */
	for (j = 0; j < sizeof(matchers) / sizeof(matchers[0]); j++) {
		if ((mask & MB(j)) == 0)
			continue;
		memset(&h, 0, sizeof(h));
		h.ts = i + pre;
		if (!matchers[j](sc, i + pre, &h) || h.te <= i + pre ||
		    h.ts != i + pre || !(h.type == WIRE_TX_DATE ||
		    (h.type == WIRE_TX_TIME && part_of_day(h.val))) ||
		    h.val[0] == '\0' ||
		    strncmp(h.val, "P", 1) == 0 || h.val[0] == 'P' ||
		    (found && h.te <= best->te))
			continue;
		if (j == 13)	/* refs: "late now" is not a date */
			continue;
		*best = h;
		best->ts = i;
		found = 1;
	}
	if (!found && G(sc, i) == G_THE && (pre == 3 || pre == 4)) {
		/* "the end of the year", "the end of the month", "the
		 * first half of the month" */
		const struct lex *l = L(sc, i + pre + 1);

		if (G(sc, i + pre) == G_THE && l != NULL &&
		    !titled(sc, i + pre + 1) && (l->unit == U_YEAR ||
		    l->unit == U_MONTH || l->unit == U_WEEK) && !ends_s(l) &&
		    sc->doc->ry > 0) {
			memset(best, 0, sizeof(*best));
			put_shift(best, refz(sc), 0, l->unit);
			best->ts = i;
			best->te = i + pre + 2;
			found = 1;
		}
	}
	/* "до конца года", "в начале месяца": the current one, as Russian
	 * needs no "of the"; "Ende des Jahres", "Anfang der Woche" its
	 * article alone */
	u = T(sc, i)->cyr && T(sc, i + pre)->cyr ? i + pre : pre == 1 &&
	    L(sc, i)->noun && (word_is(sc, i + 1, "des") || word_is(sc, i + 1,
	    "der")) ? i + 2 : 0;
	if (!found && u > 0 && L(sc, u) != NULL && !L(sc, u)->pl &&
	    (L(sc, u)->unit == U_YEAR || L(sc, u)->unit == U_MONTH ||
	    L(sc, u)->unit == U_WEEK) && (T(sc, u)->cyr || L(sc, u)->noun) &&
	    sc->doc->ry > 0) {
		memset(best, 0, sizeof(*best));
		put_shift(best, refz(sc), 0, L(sc, u)->unit);
		best->ts = i;
		best->te = u + 1;
		found = 1;
	}
	if (found)
		best->mod = pmod;
	return found;
}

/*
 * What match_at() adds to the matchers' hit at i (found: whether *best
 * holds one): the day at either end of a month or year, a weekday from
 * the day last named, an expression after a prefix, and the words of
 * time that name none ("winter-like", "the day of the week").  A function
 * of its own, so that match_at() stays small enough to go inline into the
 * scan.  Returns whether *best holds a hit.
 */
static int
match_end(struct scan *sc, size_t i, struct hit *best, int found)
{
	struct hit h;
	size_t pre;
	int pmod = 0;

	if (G(sc, i) == G_THE && (end_day(sc, i, &h) ||
	    anchored_weekday(sc, i, &h)) && (!found || h.te > best->te)) {
		*best = h;
		found = 1;
	}
	if (!found && (pre = prefix_len(sc, i, &pmod)) > 0)
		found = match_prefixed(sc, i, pre, pmod, best);
	/* "the winter-like weather", "a Christmas-like feel": a word made
	 * of a date names no time */
	if (found && P(sc, best->te, '-') && glued(sc, best->te) &&
	    glued(sc, best->te + 1) && word_is(sc, best->te + 1, "like"))
		return 0;
	/* "the busiest day of the week", "days of the week": any week */
	if (found && i >= 2 && G(sc, i - 1) == G_OF && best->te == i + 2 &&
	    G(sc, i) == G_THE && L(sc, i + 1) != NULL &&
	    L(sc, i + 1)->unit == U_WEEK &&
	    (word_is(sc, i - 2, "day") || word_is(sc, i - 2, "days")))
		return 0;
	return found;
}

/* The longest expression starting at token i (0: none). */
static int
match_at(struct scan *sc, size_t i, struct hit *best)
{
	unsigned int mask;
	int found = 0;
	const struct tok *t = T(sc, i);

	/* only numbers and lexicon words start expressions ("'90s" too) */
	if (t->kind == K_NUM)
		mask = START_NUM;
	else if (t->kind == K_WORD && t->lex >= 0)
		mask = sc->cx->lex[t->lex].start | (t->hangul || t->cjk ?
		    MB(16) : 0);
	else if (t->kind == K_WORD && t->hangul)
		mask = MB(8) | MB(16);
	else if (t->kind == K_PUNCT && t->c == '\'')
		mask = MB(4);
	else
		return 0;
	/*
	 * In the order of matchers[], each a direct call: a call through
	 * the table jumps somewhere new at every token.
	 */
	found = try_matcher(sc, i, mask, 0, m_iso, best, found);
	found = try_matcher(sc, i, mask, 1, m_numeric, best, found);
	found = try_matcher(sc, i, mask, 2, m_monthname, best, found);
	found = try_matcher(sc, i, mask, 3, m_bare_day, best, found);
	found = try_matcher(sc, i, mask, 4, m_year, best, found);
	found = try_matcher(sc, i, mask, 5, m_quarter, best, found);
	found = try_matcher(sc, i, mask, 6, m_season, best, found);
	found = try_matcher(sc, i, mask, 7, m_relunit, best, found);
	found = try_matcher(sc, i, mask, 8, m_dayrel, best, found);
	found = try_matcher(sc, i, mask, 9, m_partday, best, found);
	found = try_matcher(sc, i, mask, 10, m_weekday, best, found);
	found = try_matcher(sc, i, mask, 11, m_time, best, found);
	found = try_matcher(sc, i, mask, 12, m_duration, best, found);
	found = try_matcher(sc, i, mask, 13, m_ref, best, found);
	found = try_matcher(sc, i, mask, 14, m_set, best, found);
	found = try_matcher(sc, i, mask, 15, m_holiday, best, found);
	found = try_matcher(sc, i, mask, 16, m_korean, best, found);
	found = try_matcher(sc, i, mask, 17, m_yearago, best, found);
	found = try_matcher(sc, i, mask, 18, ago_before, best, found);
	found = try_matcher(sc, i, mask, 19, unit_then_rel, best, found);
	/* the rest needs a hit or a grammar word ("the", "early") */
	if (!found && (t->lex < 0 || sc->cx->lex[t->lex].gram == 0))
		return 0;
	return match_end(sc, i, best, found);
}

/*
 * A clock time at i after a day ("Nov. 5 at 8 p.m.", "08/08/2000 11:36
 * AM"): the time of that day, unless it names a day of its own ("at 8
 * p.m. Tuesday").  Returns 0 when no time is at i.
 */
static int
chain_time(struct scan *sc, size_t i, struct hit *h)
{
	char ref[16];

	if (!m_time(sc, i, h))
		return 0;
	snprintf(ref, sizeof(ref), "%04d-%02d-%02d", sc->doc->ry,
	    sc->doc->rm, sc->doc->rd);
	if (h->val[0] != 'X' && strncmp(h->val, ref, 10) != 0)
		return 1;
	snprintf(ref, sizeof(ref), "%04d-%02d-%02d", sc->cy, sc->cm, sc->cd);
	memcpy(h->val, ref, 10);
	/* the day goes on to a time after it: "from 1:30 to 2:30 p.m." */
	h->gran = GR_DAY;
	h->y = sc->cy;
	h->m = sc->cm;
	h->d = sc->cd;
	return 1;
}

/*
 * Gives the value of h, which opens with a day ("2024-12-04TMO"), the day
 * z in its place, and h's day fields when it keeps them.
 */
static void
redate(struct hit *h, long z)
{
	int y, m, d;
	char buf[16];

	civil_from_days(z, &y, &m, &d);
	snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
	memcpy(h->val, buf, 10);
	if (h->y > 0) {
		h->y = y;
		h->m = m;
		h->d = d;
	}
}

/*
 * The weekday at i that ends a span whose start, the day hit before it,
 * is a weekday too: the first such day after the start ("from Thursday
 * to Saturday", "Monday-Friday"), into h.  Returns 1, or 0 when none.
 */
static int
wday_after(struct scan *sc, size_t i, struct hit *h)
{
	const struct lex *a = L(sc, sc->chain - 1), *b = L(sc, i);

	if (a == NULL || b == NULL || a->wday <= 0 || b->wday <= 0 ||
	    !T(sc, sc->chain - 1)->upper || !T(sc, i)->upper ||
	    T(sc, i)->hangul || T(sc, i)->cjk)
		return 0;
	/* the weekday as read alone, for its extent and its time of day
	 * ("to Wednesday morning") */
	memset(h, 0, sizeof(*h));
	h->ts = i;
	if (!m_weekday(sc, i, h) || h->ts != i || h->gran != GR_DAY ||
	    strlen(h->val) < 10 || !is_digit((unsigned char)h->val[0]))
		return 0;
	redate(h, days_from_civil(sc->cy, sc->cm, sc->cd) +
	    (b->wday - a->wday + 6) % 7 + 1);
	return 1;
}

/*
 * What follows a day or a year at i (see the chain in wire_timex_find()):
 * a time right after a day, or a second day or year after "and", "-",
 * "to": "the 27th and 28th", "June 19-20".
 */
static int
match_chain(struct scan *sc, size_t i, struct hit *h)
{
	size_t k = i, te;
	int d, g, y;

	/* "2024.12.04 오전 9:30", "2024.12.04. 오후 3:15": the date's */
	if ((i == sc->chain || (i > 0 && i - 1 == sc->chain &&
	    P(sc, i - 1, '.') && glued(sc, i - 1))) && sc->cgran == GR_DAY &&
	    sc->cy > 0 && T(sc, i)->hangul && ko_clock(sc, i,
	    days_from_civil(sc->cy, sc->cm, sc->cd), 0, 0, h))
		return 1;
	if (i == sc->chain)
		return sc->cgran == GR_DAY && sc->cy > 0 && chain_time(sc, i, h);
	if (i >= 2 && i - 2 == sc->chain)	/* "on Friday, at 3 p.m." */
		return sc->cgran == GR_DAY && sc->cy > 0 && chain_time(sc, i, h);
	if (i == 0 || i - 1 != sc->chain)
		return 0;
	if (sc->cgran == GR_MONTH) {
		/* "지난해 11~12월": the end in the start's year */
		if (!ko_tilde(sc, i - 1) || !is_num(sc, i) ||
		    T(sc, i)->num <= sc->cm || T(sc, i)->num > 12 ||
		    !uword_is(sc, i + 1, KO_MONTH) || !glued(sc, i + 1))
			return 0;
		put_month(h, sc->cy, (int)T(sc, i)->num);
		h->te = i + 2 + ko_mod(sc, i + 2, h);
		return 1;
	}
	g = G(sc, i - 1);
	/* "Nov. 5 at 8 p.m.", "Aug. 29 from 1:30", "Aug. 29, 1:30 p.m.",
	 * "5 декабря в 10:00", "2024. 12. 5. 오후 3:20", "le mardi 24
	 * septembre à 17h" */
	if ((g == G_AT || g == G_FROM || P(sc, i - 1, ',') ||
	    word_is(sc, i - 1, "um") || hour_led(sc, i) ||
	    (T(sc, i - 1)->hangul && L(sc, i - 1) != NULL &&
	    L(sc, i - 1)->part > 0) ||
	    word_is(sc, i - 1, "between") || (g == G_IN &&
	    T(sc, i - 1)->cyr)) && sc->cgran == GR_DAY && sc->cy > 0 &&
	    chain_time(sc, i, h))
		return 1;
	if (!(g == G_AND || g == G_OR || g == G_TO || g == G_THROUGH ||
	    g == G_UNTIL || P(sc, i - 1, '-') || P(sc, i - 1, '&') ||
	    (P(sc, i - 1, '/') && sc->cgran == GR_YEAR)))
		return 0;
	/* "from 1:30 to 2:30 p.m.", "1 and 2 p.m.": the same day's */
	if (sc->cgran == GR_DAY && sc->cy > 0 && chain_time(sc, i, h))
		return 1;
	if (sc->cgran == GR_DAY && sc->cy > 0 && span_joint(sc, i - 1,
	    sc->cts) && wday_after(sc, i, h))
		return 1;
	if (sc->cgran == GR_YEAR) {
		/* "1950-53", "2024/25": the century of the year before */
		if (is_num(sc, k) && T(sc, k)->ndig == 2 && glued(sc, k) &&
		    glued(sc, k - 1) && !num_continues(sc, k) &&
		    !(is_word(sc, k + 1) && glued(sc, k + 1))) {
			y = sc->cy - sc->cy % 100 + (int)T(sc, k)->num;
			if (y <= sc->cy)
				y += 100;
			if (y - sc->cy >= 20)
				return 0;
			put_year(h, y);
			h->te = k + 1;
			return 1;
		}
		if (!is_num(sc, k) || (y = year_at(sc, k, &te)) == 0 ||
		    y <= sc->cy || y - sc->cy > 100 || num_continues(sc, k))
			return 0;
		put_year(h, y);
		h->te = te;
		return 1;
	}
	if (G(sc, k) == G_THE)
		k++;
	if ((d = day_at(sc, k, &te)) == 0 || !is_num(sc, k))
		return 0;
	/* "19 to 20 June", "26. November bis 2. Dezember": a day of its
	 * own month */
	if ((L(sc, te) != NULL && L(sc, te)->month) || ((P(sc, te, '.') ||
	    G(sc, te) == G_OF) && L(sc, te + 1) != NULL &&
	    L(sc, te + 1)->month))
		return 0;	/* "the 5th and 6th of December" too */
	/* "June 3-5, 2019": the year its start took from it */
	if (sc->cy > 0 && year_at(sc, te + P(sc, te, ','), &k) == sc->cy &&
	    valid_date(sc->cy, sc->cm, d)) {
		put_day(h, sc->cy, sc->cm, d);
		h->te = k;
		return 1;
	}
	if (is_word(sc, te) && !(G(sc, te) == G_AND || G(sc, te) == G_OF ||
	    G(sc, te) == G_IN || G(sc, te) == G_AT))
		return 0;
	if (is_num(sc, te))
		return 0;
	if (!valid_date(sc->cy > 0 ? sc->cy : 2000, sc->cm, d))
		return 0;
	if (sc->cy > 0)
		put_day(h, sc->cy, sc->cm, d);
	else
		snprintf(h->val, sizeof(h->val), "XXXX-%02d-%02d", sc->cm, d);
	h->type = WIRE_TX_DATE;
	h->te = te;
	return 1;
}

/*
 * Whether the hit h names the year that the rest of its sentence is set
 * in: it opens the sentence, alone or after one word ("In 2003, she",
 * "Am 13. August 1919", "2016年7月", "2003年将"), and names its year in
 * digits.  A year further in is as often a noun's ("a program approved
 * in 1987", "das im Februar 2018 gegründete Start-up"), nor is a year
 * before "的", "の" or "의" ("1961年的条约", a treaty of 1961).
 */
static int
names_year(struct scan *sc, const struct hit *h)
{
	size_t k;
	const struct tok *t;

	if (!opens_sentence(sc, h->ts) && !(h->ts > 0 &&
	    is_word(sc, h->ts - 1) && opens_sentence(sc, h->ts - 1)))
		return 0;
	for (k = h->ts; k < h->te; k++) {
		t = T(sc, k);
		if (t->kind == K_NUM && t->ndig == 4 && t->num == h->y)
			break;
	}
	if (k == h->te)
		return 0;
	return !uword_is(sc, h->te, "\xe7\x9a\x84") &&
	    !uword_is(sc, h->te, "\xe3\x81\xae") &&
	    !(T(sc, h->te - 1)->tail == 0 && uword_is(sc, h->te,
	    "\xec\x9d\x98"));	/* "的", "の", "의" */
}

static int
emit(struct scan *sc, struct hit *h, struct wire_timex **out, size_t *cap,
    size_t n)
{
	struct wire_timex *nw, *x;
	size_t nc;

	if (n >= *cap) {
		nc = *cap < 16 ? 16 : *cap * 2;
		if ((nw = realloc(*out, nc * sizeof(**out))) == NULL)
			return -1;
		*out = nw;
		*cap = nc;
	}
	x = &(*out)[n];
	x->start = T(sc, h->ts)->s;
	x->end = T(sc, h->te - 1)->e - T(sc, h->te - 1)->tail;
	x->type = h->type;
	x->mod = h->mod;
	memcpy(x->value, h->val, sizeof(x->value));
	x->value[sizeof(x->value) - 1] = '\0';
	return 0;
}

/*
 * Whether the n ASCII letters at w (avail >= n bytes readable there) are a
 * trigger word (see is_trigger()).  The filter answers for most words; the
 * few it lets through are looked up.
 */
static inline int
trig_word(const struct wire_timex_ctx *cx, const unsigned char *w, size_t n,
    size_t avail)
{
	uint64_t fold, key;
	int k;

	if (n >= WORD_MAX)
		return 0;	/* longer than any word of the lexicon */
	fold = word_fold(w, n, avail);
	key = fold_key(fold, n);
	return filter_has(cx->trigbits, KEY_BIT(key)) &&
	    (k = lex_word(cx, w, n, fold, key)) >= 0 && cx->lex[k].trig;
}

#ifdef SWAR
/*
 * The top bits of the bytes of w (see alpha8()) packed into the low eight
 * bits, the first byte as bit 0: each top bit is carried by the multiply
 * to its own bit of the top byte, no two sums meeting.
 */
static inline uint64_t
pack8(uint64_t highs)
{
	return ((highs >> 7) * UINT64_C(0x0102040810204080)) >> 56;
}

/*
 * Reads 64 bytes at s: returns the ASCII letters among them as bits, byte
 * k as bit k, and sets *trig nonzero when one of them is a trigger by
 * itself (a digit or the lead byte of a Hangul syllable, a Chinese
 * character, kana, a full-width digit, a Latin letter with an accent or a
 * Cyrillic one, as bytecls[] says).
 */
static inline uint64_t
block64(const unsigned char *s, uint64_t *trig)
{
	uint64_t w, t, alpha = 0, any = 0;
	int j;

	for (j = 0; j < 8; j++) {
		memcpy(&w, s + 8 * j, 8);
		t = w & WIRE_ONES8 * 0x7f;
		/* 0xE3 to 0xEF: 0x63 to 0x6F under a top bit; 0xC3 to
		 * 0xD1, Latin letters with accents and Cyrillic ones, 0x43
		 * to 0x51 */
		any |= wire_bytes_in8(w, '0', '9') | ((t + WIRE_ONES8 *
		    (0x80 - 0x63)) & ~(t + WIRE_ONES8 * (0x80 - 0x70)) & w &
		    WIRE_HIGHS8) | ((t + WIRE_ONES8 * (0x80 - 0x43)) &
		    ~(t + WIRE_ONES8 * (0x80 - 0x52)) & w & WIRE_HIGHS8);
		alpha |= pack8(alpha8(w)) << (8 * j);
	}
	*trig = any;
	return alpha;
}
#endif

/*
 * Whether text holds anything an expression needs (see is_trigger()): a
 * digit, a Hangul syllable, a Chinese character, kana or a full-width
 * digit, a trigger word, or a word of Latin letters with accents or of
 * Cyrillic ones, which are read by the scanner alone ("März", "вчера").
 * Most sentences of news hold none, and this pass over their bytes is
 * much cheaper than the scanner.
 * Where words can be read a block at a time, the letters of 64 bytes
 * become a mask whose runs are the words, found by counting bits instead
 * of by a branch at each byte and at each end of word; the last partial
 * block is read from a copy padded with bytes of no class.
 */
static int
has_trigger(const struct wire_timex_ctx *cx, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t p = 0;
#ifdef SWAR
	unsigned char pad[64];
	uint64_t alpha, trig;
	size_t ws = (size_t)-1, st, e;

	for (; p < len; p += 64) {
		if (len - p >= 64)
			alpha = block64(s + p, &trig);
		else {
			memset(pad, 0, sizeof(pad));
			memcpy(pad, s + p, len - p);
			alpha = block64(pad, &trig);
		}
		if (trig != 0)
			return 1;
		if (ws != (size_t)-1) {
			/* a word from the block before goes on */
			if (~alpha == 0)
				continue;
			e = (size_t)__builtin_ctzll(~alpha);
			if (trig_word(cx, s + ws, p + e - ws, len - ws))
				return 1;
			alpha &= ~(uint64_t)0 << e;
			ws = (size_t)-1;
		}
		while (alpha != 0) {
			st = (size_t)__builtin_ctzll(alpha);
			if (alpha >> st == ~(uint64_t)0 >> st) {
				ws = p + st;	/* to the end: may go on */
				break;
			}
			e = st + (size_t)__builtin_ctzll(~(alpha >> st));
			if (trig_word(cx, s + p + st, e - st, len - p - st))
				return 1;
			alpha &= ~(uint64_t)0 << e;
		}
	}
	return ws != (size_t)-1 && trig_word(cx, s + ws, len - ws, len - ws);
#else
	size_t q;

	while (p < len) {
		switch (cx->bytecls[s[p]]) {
		case B_TRIGGER:
			return 1;
		case B_ALPHA:
			q = p;
			p = word_end(cx, s, p, len);
			if (trig_word(cx, s + q, p - q, len - q))
				return 1;
			break;
		default:
			p++;
		}
	}
	return 0;
#endif
}

/*
 * The end of the last trigger of text (see has_trigger()), found from the
 * end backwards: no expression starts past it.  Returns 0 when none.
 */
static size_t
last_trigger(const struct wire_timex_ctx *cx, const char *text, size_t len)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t p = len, q;

	while (p > 0) {
		if (is_digit(s[p - 1]))
			return p;
		if (s[p - 1] >= 0x80) {
			/* back over continuation bytes to the lead byte */
			q = p - 1;
			while (q > 0 && s[q] >= 0x80 && s[q] <= 0xBF)
				q--;
			if ((s[q] >= 0xE3 && s[q] <= 0xEF) ||
			    (s[q] >= 0xC3 && s[q] <= 0xD1))
				return p;
			/* a stray continuation after ASCII: look at that byte */
			p = s[q] < 0x80 ? q + 1 : q;
			continue;
		}
		if (!is_alpha(s[p - 1])) {
			p--;
			continue;
		}
		q = word_start(cx, s, p);
		if (trig_word(cx, s + q, p - q, len - q))
			return p;
		p = q;
	}
	return 0;
}

/*
 * Joins the durations a and b ("P2Y" and "P3M", "PT2H" and "PT30M") into
 * one value at out (cap bytes: "P2Y3M", "PT2H30M") when each counts whole
 * units, and all of b's are smaller than a's; weeks join nothing, as ISO
 * 8601 writes them alone.  Returns 1, or 0 with out untouched.
 */
static int
join_durations(const char *a, const char *b, char *out, size_t cap)
{
	static const char dunits[] = "YMD", tunits[] = "HMS";
	const char *v[2] = { a, b }, *p, *u;
	char buf[2 * WIRE_TIMEX_VALUE], *o = buf;
	int j, rank, last = -1, vt, t = 0;
	size_t nd;

	*o++ = 'P';
	for (j = 0; j < 2; j++) {
		if (*v[j] != 'P')
			return 0;
		for (p = v[j] + 1, vt = 0; *p != '\0'; p += nd + 1) {
			if (*p == 'T') {
				if (vt)
					return 0;
				vt = 1;
				if (!t)
					*o++ = 'T';
				t = 1;
				nd = 0;
				continue;
			}
			for (nd = 0; p[nd] >= '0' && p[nd] <= '9'; nd++)
				;
			if (nd == 0 || nd > 6 || p[nd] == '\0' ||
			    (u = strchr(vt ? tunits : dunits, p[nd])) == NULL)
				return 0;
			rank = (int)(u - (vt ? tunits : dunits)) + 3 * vt;
			if (rank <= last)
				return 0;
			last = rank;
			memcpy(o, p, nd + 1);
			o += nd + 1;
		}
	}
	*o = '\0';
	if ((size_t)(o - buf) >= cap)
		return 0;
	memcpy(out, buf, (size_t)(o - buf) + 1);
	return 1;
}

/*
 * Whether the two tokens before i join it to the day before them as "at"
 * does: ", at", ", um" (German), "a las" (Spanish).
 */
static int
chain_gap(struct scan *sc, size_t i)
{
	return (P(sc, i - 2, ',') && (G(sc, i - 1) == G_AT ||
	    word_is(sc, i - 1, "um"))) || (word_is(sc, i - 2, "a") &&
	    word_is(sc, i - 1, "las"));
}

static int	digits(const char *, size_t, size_t, size_t, int *);

/*
 * Moves the clock time h a day on when it ends a span of hours whose
 * start, the value a of the hit before, is later on the same day: "from 7
 * PM until 4 AM".
 */
static void
clock_wrap(struct hit *h, const char *a)
{
	size_t na = strlen(a), nh = strlen(h->val);
	int y, m, d, hh;

	if (na < 16 || nh < 16 || a[10] != 'T' || h->val[10] != 'T' ||
	    !digits(a, na, 11, 2, &hh) || !digits(h->val, nh, 11, 2, &hh) ||
	    memcmp(a, h->val, 10) != 0 || memcmp(h->val + 11, a + 11, 5) >= 0 ||
	    !digits(h->val, nh, 0, 4, &y) || !digits(h->val, nh, 5, 2, &m) ||
	    !digits(h->val, nh, 8, 2, &d) || !valid_date(y, m, d))
		return;
	redate(h, days_from_civil(y, m, d) + 1);
}

/*
 * The hour of the clock time in value v ("2024-12-06T21:00" gives 21), at
 * *at its offset in v; -1 when v holds none.
 */
static int
clock_hour(const char *v, size_t *at)
{
	const char *t = strchr(v, 'T');
	int hh;

	if (t == NULL || !digits(t + 1, strlen(t + 1), 0, 2, &hh) ||
	    t[3] != ':')
		return -1;
	*at = (size_t)(t + 1 - v);
	return hh;
}

/*
 * Whether the clock time on tokens [ts, te) says its half of the day in
 * itself: "p.m.", "오후", "noon", "tonight", or an hour the 24-hour clock
 * writes ("09:00", "21:00").
 */
static int
half_said(struct scan *sc, size_t ts, size_t te)
{
	size_t j;
	int g, num = 0;

	for (j = ts; j < te; j++) {
		g = G(sc, j);
		if (g == G_AM || g == G_PM || g == G_NOON ||
		    g == G_MIDNIGHT || g == G_TONIGHT ||
		    (L(sc, j) != NULL && L(sc, j)->part > 0) ||
		    (word_is(sc, j, "m") && P(sc, j - 1, '.')))
			return 1;
		if (is_num(sc, j) && !num++ && (T(sc, j)->num == 0 ||
		    T(sc, j)->num > 12 || sc->text[T(sc, j)->s] == '0'))
			return 1;
	}
	return 0;
}

/*
 * Whether tokens [ts, te) say a clock time and no day: "4시", "11:30",
 * "오후 6시".
 */
static int
clock_alone(struct scan *sc, size_t ts, size_t te)
{
	const struct lex *l;
	size_t j;

	if (!is_num(sc, ts) && !(T(sc, ts)->hangul && L(sc, ts) != NULL &&
	    L(sc, ts)->part > 0 && L(sc, ts)->relu == 0 && is_num(sc, ts + 1)))
		return 0;
	for (j = ts; j < te; j++)
		if ((l = L(sc, j)) != NULL && (l->wday > 0 || l->month > 0 ||
		    l->reln != 0 || l->hol > 0))
			return 0;
	return 1;
}

/*
 * Gives the end of a span of clock times that says no day the start's
 * ("내일 오후 2시부터 4시까지"), and the half of the day one end says to
 * the other that says none, when that keeps the span in order: "from 9
 * p.m. to 11:30", "오후 9시부터 11시 30분까지", "2시부터 오후 4시까지".  a
 * is the value of the start, on tokens [as, ae); h the end.
 */
static void
range_halves(struct scan *sc, char *a, size_t as, size_t ae, struct hit *h)
{
	size_t oa, oh;
	int ha = clock_hour(a, &oa), hh = clock_hour(h->val, &oh);
	int sa, sh;

	if (ha < 0 || hh < 0)
		return;
	if (oa == oh && oa == 11 && a[0] != 'X' &&
	    memcmp(a, h->val, 10) != 0 && clock_alone(sc, h->ts, h->te))
		memcpy(h->val, a, 10);
	sa = half_said(sc, as, ae);
	sh = half_said(sc, h->ts, h->te);
	if (sa && !sh && hh >= 1 && hh <= 11 && ((ha >= 12 && hh + 12 > ha) ||
	    (ha < 12 && hh < ha))) {
		h->val[oh] = (char)('0' + (hh + 12) / 10);
		h->val[oh + 1] = (char)('0' + (hh + 12) % 10);
	} else if (sh && !sa && hh >= 13 && ha >= 1 && ha <= 11 &&
	    ha + 12 <= hh) {
		a[oa] = (char)('0' + (ha + 12) / 10);
		a[oa + 1] = (char)('0' + (ha + 12) % 10);
	}
}

/*
 * Gives the set value v (cap bytes) the clock time of the time value t
 * after it: "P1D" and "every day at 9 a.m." make "XXXX-XX-XXT09:00",
 * "XXXX-WXX-2" "XXXX-WXX-2T15:00", a part of the day the hour.  Returns
 * 0, v untouched, for a set that takes no time ("every year").
 */
static int
set_time(char *v, size_t cap, const char *t)
{
	const char *c;
	char buf[WIRE_TIMEX_VALUE];
	size_t at;
	int n;

	if (clock_hour(t, &at) < 0)
		return 0;
	c = t + at - 1;		/* "T09:00" */
	if (strcmp(v, "P1D") == 0 || strncmp(v, "XXXX-XX-XXT", 11) == 0)
		n = snprintf(buf, sizeof(buf), "XXXX-XX-XX%s", c);
	else if (strncmp(v, "XXXX-WXX-", 9) == 0 && strlen(v) == 10)
		n = snprintf(buf, sizeof(buf), "%s%s", v, c);
	else
		return 0;
	if (n < 0 || (size_t)n >= cap || (size_t)n >= sizeof(buf))
		return 0;
	memcpy(v, buf, (size_t)n + 1);
	return 1;
}

/*
 * Finds the expressions of len bytes of text (see wire/timex.h); returns
 * how many were stored in *out (grown, caller frees), or (size_t)-1.
 */
size_t
wire_timex_find(const struct wire_timex_ctx *ctx, struct wire_timex_doc *doc,
    const char *text, size_t len, struct wire_timex **out, size_t *cap)
{
	struct scan *sc, scb;
	struct hit h;
	size_t i, n = 0, last, pte = (size_t)-1, lts = 0, lte = (size_t)-1;
	int chained;

	if (!has_trigger(ctx, text, len))
		return 0;
	last = last_trigger(ctx, text, len);
	sc = &scb;
	memset(sc, 0, offsetof(struct scan, ring));
	sc->cx = ctx;
	sc->doc = doc;
	sc->text = text;
	sc->len = len;
	sc->nt = 0;
	sc->eof = 0;
	sc->chain = (size_t)-1;
	sc->sy = 0;
	/* an expression starting past the last trigger would hold none */
	for (i = 0; T(sc, i)->kind != K_EOF && T(sc, i)->s < last &&
	    n < WIRE_TIMEX_MAX; ) {
		/* match_at() fills h whole when it finds something */
		chained = sc->chain != (size_t)-1 && (i == sc->chain ||
		    i - 1 == sc->chain || (i - 2 == sc->chain &&
		    chain_gap(sc, i)));
		if (chained) {
			memset(&h, 0, sizeof(h));
			h.ts = i;
		}
		if (!(chained && match_chain(sc, i, &h)) &&
		    !match_at(sc, i, &h)) {
			if (sc->sy != 0 && sentence_end(sc, i))
				sc->sy = 0;	/* a story year holds a sentence */
			i++;
			continue;
		}
		if (h.val[0] == '\0') {
			i = h.te;	/* a name that holds a date word */
			continue;
		}
		/* one that reaches back before where the scan is ("este fin
		 * de semana", "오후 3:20") starts after the last one */
		if (n > 0 && h.ts < lte)
			h.ts = lte;
		/* "the 30-day period": the modifier alone, as annotated */
		if (G(sc, h.ts) == G_THE && h.te >= h.ts + 4 &&
		    compound(sc, h.te - 1) && L(sc, h.te - 1) != NULL &&
		    L(sc, h.te - 1)->unit != 0)
			h.ts++;
		/* a word that names a part of its date alone ("연말") */
		if (h.mod == WIRE_TX_MOD_NONE && h.te == h.ts + 1 &&
		    L(sc, h.ts) != NULL)
			h.mod = L(sc, h.ts)->mod;
		/* "two years and three months", "2 hours 30 minutes": one
		 * span */
		if (n > 0 && h.type == WIRE_TX_DURATION && h.mod ==
		    WIRE_TX_MOD_NONE && pte != (size_t)-1 && (h.ts == pte ||
		    (h.ts == pte + 1 && G(sc, pte) == G_AND)) &&
		    (*out)[n - 1].type == WIRE_TX_DURATION &&
		    join_durations((*out)[n - 1].value, h.val,
		    (*out)[n - 1].value, sizeof((*out)[n - 1].value))) {
			(*out)[n - 1].end = T(sc, h.te - 1)->e -
			    T(sc, h.te - 1)->tail;
			pte = i = h.te;
			continue;
		}
		if (h.type == WIRE_TX_TIME && n > 0 && (*out)[n - 1].type ==
		    WIRE_TX_SET && (h.ts == lte || (h.ts == lte + 1 &&
		    G(sc, lte) == G_AT)) && set_time((*out)[n - 1].value,
		    sizeof((*out)[n - 1].value), h.val)) {
			/* "every day at 9 a.m.", "매주 화요일 오후 3시": the
			 * time of each */
			(*out)[n - 1].end = T(sc, h.te - 1)->e -
			    T(sc, h.te - 1)->tail;
			i = lte = h.te;
			continue;
		}
		if (h.type == WIRE_TX_TIME && n > 0 && (*out)[n - 1].type ==
		    WIRE_TX_TIME && ((h.ts == lte + 1 && (span_joint(sc, lte,
		    lts) || ko_tilde(sc, lte))) || (h.ts == lte && lte > 0 &&
		    ko_from(sc, lte - 1)))) {
			range_halves(sc, (*out)[n - 1].value, lts, lte, &h);
			clock_wrap(&h, (*out)[n - 1].value);
		}
		if (emit(sc, &h, out, cap, n) < 0)
			return (size_t)-1;
		n++;
		lts = h.ts;
		lte = h.te;
		if (h.type == WIRE_TX_DATE && h.y > 0 && names_year(sc, &h))
			sc->sy = h.y;
		pte = h.type == WIRE_TX_DURATION ? h.te : (size_t)-1;
		if ((h.type == WIRE_TX_DATE || (h.type == WIRE_TX_TIME &&
		    h.gran == GR_DAY)) && !h.keep && (h.gran == GR_DAY ||
		    h.gran == GR_MONTH || h.gran == GR_YEAR ||
		    h.gran == GR_QUARTER)) {
			doc->ly = h.y;
			doc->lm = h.gran == GR_YEAR || h.gran == GR_QUARTER ? 0 : h.m;
			doc->lq = h.gran == GR_QUARTER ? h.q : 0;
			doc->lgran = h.gran;
			if (h.gran == GR_QUARTER) {
				doc->qy = h.y;
				doc->qq = h.q;
			}
			if (h.gran == GR_DAY) {
				doc->dy = h.y;
				doc->dm = h.m;
				doc->dd = h.d;
			}
		}
		sc->chain = (size_t)-1;
		if (h.gran == GR_DAY || (h.gran == GR_YEAR && h.val[4] == '\0') ||
		    (h.gran == GR_MONTH && (ko_tilde(sc, h.te) ||
		    ko_from(sc, h.te - 1) || span_opens(sc, h.ts)))) {
			sc->chain = h.te;
			sc->cts = h.ts;
			sc->cy = h.y;
			sc->cm = h.m;
			sc->cd = h.d;
			sc->cgran = h.gran;
		}
		i = h.te;
	}
	return n;
}

/* ---------------------------------------------------------------- reference */

static int
digits(const char *s, size_t n, size_t at, size_t k, int *v)
{
	size_t i;

	if (at + k > n)
		return 0;
	*v = 0;
	for (i = 0; i < k; i++) {
		if (!is_digit((unsigned char)s[at + i]))
			return 0;
		*v = *v * 10 + (s[at + i] - '0');
	}
	return 1;
}

/*
 * The month whose English name (whole, or its first three letters or
 * "Sept", with or without a dot) and a blank open the n bytes at s:
 * returns 1 to 12 and sets *len past the blank, or returns 0.
 */
static int
ref_month(const char *s, size_t n, size_t *len)
{
	static const char *const names[] = { "january", "february", "march",
	    "april", "may", "june", "july", "august", "september", "october",
	    "november", "december" };
	size_t j, w;
	int k;

	for (w = 0; w < n && is_alpha((unsigned char)s[w]); w++)
		;
	for (k = 0; k < 12; k++) {
		if (w != strlen(names[k]) && w != 3 && !(k == 8 && w == 4))
			continue;	/* "Sept." too */
		for (j = 0; j < w; j++)
			if ((s[j] | 0x20) != names[k][j])
				break;
		if (j < w)
			continue;
		j = w + (w < strlen(names[k]) && w < n && s[w] == '.');
		if (j < n && s[j] == ' ') {
			*len = j + 1;
			return k + 1;
		}
	}
	return 0;
}

/*
 * Parses an ISO 8601 or RFC 2822 date (see wire/timex.h).  Returns 0 with
 * the date in *y, *m, *d, or -1.
 */
int
wire_timex_parse_ref(const char *s, size_t n, int *y, int *m, int *d)
{
	static const char mon[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	size_t i = 0, j;
	int yy, mm = 0, dd, k;
	char w[3];

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (n > i && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (digits(s, n, i, 4, &yy)) {
		if (i + 8 <= n && digits(s, n, i + 4, 2, &mm) &&
		    digits(s, n, i + 6, 2, &dd) &&
		    (i + 8 == n || s[i + 8] == 'T'))
			goto done;
		/* "2024-12-06", and as some feeds write it "2024/12/06",
		 * "2024.12.06" */
		if (!(i + 10 <= n && (s[i + 4] == '-' || s[i + 4] == '/' ||
		    s[i + 4] == '.') && s[i + 7] == s[i + 4] &&
		    digits(s, n, i + 5, 2, &mm) && digits(s, n, i + 8, 2, &dd)))
			return -1;
		if (i + 10 < n && s[i + 10] != 'T' && s[i + 10] != ' ' &&
		    s[i + 10] != 't')
			return -1;
		goto done;
	}
	/* RFC 2822: [Fri, ]06 Dec 2024 ... */
	if (i + 4 <= n && is_alpha((unsigned char)s[i]) && s[i + 3] == ',') {
		i += 4;
		while (i < n && s[i] == ' ')
			i++;
	} else if (i + 3 <= n && is_alpha((unsigned char)s[i]) &&
	    (k = ref_month(s + i, n - i, &j)) > 0) {
		/* "December 6, 2024", "Dec. 6, 2024" */
		i += j;
		for (dd = 0, j = i; j < n && j < i + 2 &&
		    is_digit((unsigned char)s[j]); j++)
			dd = dd * 10 + (s[j] - '0');
		if (j == i || j + 6 > n || s[j] != ',' || s[j + 1] != ' ' ||
		    !digits(s, n, j + 2, 4, &yy) || (j + 6 < n &&
		    s[j + 6] != ' '))
			return -1;
		mm = k;
		goto done;
	}
	for (j = i, dd = 0; j < n && j < i + 2 && is_digit((unsigned char)s[j]);
	    j++)
		dd = dd * 10 + (s[j] - '0');
	if (j == i || j >= n || s[j] != ' ')
		return -1;
	i = j + 1;
	if (i + 4 > n || s[i + 3] != ' ')
		return -1;
	for (k = 0; k < 3; k++)
		w[k] = (char)(s[i + k] | 0x20);
	for (k = 0; k < 12; k++)
		if (memcmp(mon + 3 * k, w, 3) == 0)
			break;
	if (k == 12)
		return -1;
	mm = k + 1;
	i += 4;
	if (!digits(s, n, i, 4, &yy))
		return -1;
	if (i + 4 < n && s[i + 4] != ' ')
		return -1;
done:
	if (!valid_date(yy, mm, dd))
		return -1;
	*y = yy;
	*m = mm;
	*d = dd;
	return 0;
}
