/*
 * timex_test.c: temporal expressions, phrase by phrase.
 *
 * Each case is a phrase inside a sentence, the reference date and the
 * expected expression (its text, type and TIMEX3 value); "" as the text
 * means the sentence must have no expression at all, and "" as the type
 * that none has that text.  Another table
 * checks the modifiers ("early next year" is its START).  Sequences share one
 * document state to test anaphora ("the previous day").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"
#include "wire/timex.h"

struct tcase {
	const char	*ref;		/* reference date, "" unknown */
	const char	*text;
	const char	*want;		/* expected expression text */
	const char	*type;
	const char	*value;
};

static const struct tcase cases[] = {
	/* the seed reports' dates */
	{ "2024-12-06", " date 2024-12-06 news", "2024-12-06", "DATE",
	  "2024-12-06" },
	{ "2024-12-06", "the treaty took effect yesterday by exchanging",
	  "yesterday", "DATE", "2024-12-05" },
	{ "2024-12-06", "established during their summit in June.", "June",
	  "DATE", "2024-06" },
	{ "2024-12-06", "in Moscow, about half a year later.",
	  "about half a year", "DURATION", "P6M" },
	{ "2024-12-05", "treaty goes into effect Dec. 4: state media",
	  "Dec. 4", "DATE", "2024-12-04" },
	{ "2024-12-05", "in Pyongyang, North Korea, June 19. AP", "June 19",
	  "DATE", "2024-06-19" },
	{ "2024-12-05", "came into force this week as the two", "this week",
	  "DATE", "2024-W49" },
	{ "2024-12-05", "state media reported Thursday.", "Thursday", "DATE",
	  "2024-12-05" },
	{ "2024-12-05", "a treaty was scrapped in 1996.", "1996", "DATE",
	  "1996" },
	{ "2024-12-05", "Andrei Belousov last week, the North's", "last week",
	  "DATE", "2024-W48" },
	{ "2024-10-26", "On the 25th (local time), Russian President",
	  "the 25th", "DATE", "2024-10-25" },
	{ "2024-10-26", "held in Kazan, Russia, on the 24th (local time).",
	  "the 24th", "DATE", "2024-10-24" },
	{ "2024-10-26", "expected to enter combat on the 27th and 28th\"",
	  "the 27th", "DATE", "2024-10-27" },
	{ "2024-10-26", "expected to enter combat on the 27th and 28th\"",
	  "28th", "DATE", "2024-10-28" },
	{ "2024-11-07", "Thursday, November 7, 2024", "Thursday, November 7, 2024",
	  "DATE", "2024-11-07" },
	{ "2024-11-07", "According to TASS News on Tuesday, Kremlin", "Tuesday",
	  "DATE", "2024-11-05" },
	{ "2024-11-07", "expected to receive ratification in November.",
	  "November", "DATE", "2024-11" },
	{ "2024-11-07", "a giveaway event until election day, November 5.",
	  "November 5", "DATE", "2024-11-05" },
	{ "2024-12-05", "officially came into effect on Wednesday, following",
	  "Wednesday", "DATE", "2024-12-04" },
	{ "2024-12-05", "Read next\n09:39\nNorth Korea fired", "09:39", "TIME",
	  "2024-12-05T09:39" },
	{ "2024-12-05", "marking its first test in two months.", "two months",
	  "DURATION", "P2M" },
	/* the issue's examples */
	{ "2024-11-07", "Tuesday", "Tuesday", "DATE", "2024-11-05" },
	{ "2024-12-06", "the plan was agreed in June", "June", "DATE",
	  "2024-06" },
	{ "2024-03-10", "prices rose in August, he said", "August", "DATE",
	  "2023-08" },
	{ "2024-12-06", "he left earlier this month", "earlier this month",
	  "DATE", "2024-12" },
	{ "2024-12-06", "it happened two days ago", "two days ago", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "elections are due next year", "next year", "DATE",
	  "2025" },
	{ "2024-12-06", "ministers met last year", "last year", "DATE",
	  "2023" },
	{ "2024-06-20", "talks were held June 19-20 in Paris", "June 19",
	  "DATE", "2024-06-19" },
	{ "2024-06-20", "talks were held June 19-20 in Paris", "20", "DATE",
	  "2024-06-20" },
	{ "2024-12-06", "from 2021 to 2023 the", "2021", "DATE", "2021" },
	{ "2024-12-06", "from 2021 to 2023 the", "2023", "DATE", "2023" },
	{ "2024-12-06", "on December 4th the", "December 4th", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "on 4 December 2024 the", "4 December 2024", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "signed on 05.12.2024 in Moscow", "05.12.2024", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "on 12.25.2024 at noon", "12.25.2024", "DATE",
	  "2024-12-25" },
	{ "2024-12-06", "signed 12/4/2024 in", "12/4/2024", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "at 2 p.m. local time on", "2 p.m. local time", "TIME",
	  "2024-12-06T14:00" },
	{ "2024-12-06", "the 1990s were", "the 1990s", "DATE", "199" },
	{ "2024-12-06", "in the 5th century BC", "", "", "" },
	{ "2024-12-06", "in the 5th century B.C.", "", "", "" },
	{ "2024-12-06", "the late 1800s", "late 1800s", "DATE", "18" },
	{ "2024-12-06", "in the early 1900s", "early 1900s", "DATE", "19" },
	{ "2024-12-06", "the late 2000s", "late 2000s", "DATE", "200" },
	{ "2024-12-06", "the mid-'80s", "mid-'80s", "DATE", "198" },
	{ "2024-12-06", "Summer 2024 was hot.", "Summer 2024", "DATE",
	  "2024-SU" },
	{ "2024-12-06", "the Fall 2024 semester", "the Fall 2024", "DATE",
	  "2024-FA" },
	{ "2024-12-06", "the Summer Olympics", "", "", "" },
	{ "2024-12-04", "The drills were held in the spring and summer.",
	  "summer", "DATE", "2024-SU" },
	{ "2024-12-04", "The drills were held in spring or autumn.", "autumn",
	  "DATE", "2024-FA" },
	{ "2024-12-04", "spring and summer clothes", "", "", "" },
	{ "2024-12-04", "in the summer and winter Olympics", "winter", "", "" },
	{ "2024-12-06", "profit in the third quarter rose", "the third quarter",
	  "DATE", "2024-Q3" },
	{ "2024-12-06", "fiscal 2023 results", "fiscal 2023", "DATE", "2023" },
	{ "2024-12-06", "sales this summer were", "this summer", "DATE",
	  "2024-SU" },
	{ "2024-12-06", "for three years he", "three years", "DURATION",
	  "P3Y" },
	{ "2024-12-06", "a two-hour meeting", "two-hour", "DURATION", "PT2H" },
	{ "2024-12-06", "they meet every Monday at", "every Monday", "SET",
	  "XXXX-WXX-1" },
	{ "2024-12-06", "prices are now higher", "now", "DATE",
	  "PRESENT_REF" },
	{ "2024-12-06", "he recently said", "recently", "DATE", "PAST_REF" },
	{ "2024-12-06", "plans for the future", "the future", "DATE",
	  "FUTURE_REF" },
	{ "2024-12-06", "the company currently employs", "currently", "DATE",
	  "PRESENT_REF" },
	{ "2024-12-06", "prices stay high in the near term.", "the near term",
	  "DATE", "FUTURE_REF" },
	{ "2024-12-06", "over the long term and", "the long term", "DATE",
	  "FUTURE_REF" },
	{ "2024-12-06", "the short term rate rose", "", "", "" },
	{ "2024-12-06", "the fee is paid annually", "annually", "SET", "P1Y" },
	{ "2024-12-06", "The board meets twice a year.", "twice a year", "SET",
	  "P1Y" },
	{ "2024-12-06", "tested three times a week", "three times a week",
	  "SET", "P1W" },
	{ "2024-12-06", "built once per day from", "once per day", "SET",
	  "P1D" },
	{ "2024-12-06", "several times a week", "several times a week", "SET",
	  "P1W" },
	{ "2024-12-06", "He came at once.", "", "", "" },
	{ "2024-12-06", "two times the size", "", "", "" },
	{ "2024-11-07", "they will meet on Friday", "Friday", "DATE",
	  "2024-11-08" },
	/* short and irregular verbs of the past ("died", "fled", "broke") */
	{ "2013-03-15", "She died Saturday.", "Saturday", "DATE",
	  "2013-03-09" },
	{ "2024-02-06", "Clashes broke out on Wednesday.", "Wednesday", "DATE",
	  "2024-01-31" },
	{ "2013-03-15", "He died at 6am on Saturday.", "6am on Saturday",
	  "TIME", "2013-03-09T06:00" },
	{ "2000-03-29", "when the case is heard in May", "May", "DATE",
	  "2000-05" },
	/* the verbs of Spanish, French, Italian and Portuguese */
	{ "2024-11-07", "El presidente dijo el martes que", "martes", "DATE",
	  "2024-11-05" },
	{ "2024-11-07", "El presidente se reunirá el martes con Putin.",
	  "martes", "DATE", "2024-11-12" },
	{ "2024-11-07", "Le président a déclaré mardi que", "mardi", "DATE",
	  "2024-11-05" },
	{ "2024-11-07", "Le sommet se tiendra mardi à Moscou.", "mardi",
	  "DATE", "2024-11-12" },
	{ "2024-11-07", "Il vertice si terrà martedì a Mosca.", "martedì",
	  "DATE", "2024-11-12" },
	{ "2024-11-07", "The sera were tested on Friday.", "Friday", "DATE",
	  "2024-11-01" },
	{ "2022-04-29", "había ordenado el pasado 21 de agosto la devolución",
	  "21 de agosto", "DATE", "2021-08-21" },
	{ "2022-05-03", "El presidente viajará mañana a Perú.", "mañana",
	  "DATE", "2022-05-04" },
	{ "2022-05-03", "Esta mañana el presidente habló.", "Esta mañana",
	  "TIME", "2022-05-03TMO" },
	{ "2022-05-03", "Llegó por la mañana.", "", "", "" },
	{ "2022-05-03", "Pasado mañana se reunirán.", "Pasado mañana", "DATE",
	  "2022-05-05" },
	{ "2022-05-03", "Se firmó esta semana.", "esta semana", "DATE",
	  "2022-W18" },
	{ "2022-05-03", "El pasado lunes se firmó.", "pasado lunes", "DATE",
	  "2022-05-02" },
	{ "2022-05-03", "el martes pasado se firmó", "martes pasado", "DATE",
	  "2022-04-26" },
	{ "2022-05-03", "Il se rendra à Paris mardi prochain.", "mardi prochain",
	  "DATE", "2022-05-10" },
	{ "2022-05-03", "le dernier mardi du mois", "mardi", "DATE",
	  "2022-05-03" },
	{ "2022-05-03", "Le président a annoncé hier que", "hier", "DATE",
	  "2022-05-02" },
	{ "2022-05-03", "Hier soir, la police a arrêté deux hommes.",
	  "Hier soir", "TIME", "2022-05-02TEV" },
	{ "2022-05-03", "Ich bin hier.", "", "", "" },
	{ "2022-05-03", "Hier, le président a parlé.", "Hier", "DATE",
	  "2022-05-02" },
	{ "2022-05-03", "Il est venu. Hier, à Paris, il est reparti.", "Hier",
	  "DATE", "2022-05-02" },
	{ "2022-05-03", "Hier, bitte.", "", "", "" },
	{ "2022-05-03", "Hier finden Sie alles.", "", "", "" },
	{ "2022-05-03", "Il trattato è entrato in vigore a marzo.", "marzo",
	  "DATE", "2022-03" },
	{ "2022-12-07", "vor vier Jahrzehnten", "vor vier Jahrzehnten", "DATE",
	  "198" },
	{ "2022-12-07", "vor einem Jahrhundert", "vor einem Jahrhundert",
	  "DATE", "19" },
	{ "2022-12-07", "im 19. Jahrhundert wuchs", "19. Jahrhundert", "DATE",
	  "18" },
	{ "2022-12-07", "des letzten Jahrhunderts", "letzten Jahrhunderts",
	  "DATE", "19" },
	{ "2022-12-07", "the late 19th and early 20th centuries",
	  "early 20th centuries", "DATE", "19" },
	{ "2022-05-03", "Le président a annoncé aujourd'hui que",
	  "aujourd'hui", "DATE", "2022-05-03" },
	{ "2022-05-03", "Aujourd\xe2\x80\x99hui, la Russie", "Aujourd\xe2\x80\x99hui",
	  "DATE", "2022-05-03" },
	{ "2022-05-03", "Im Café hier um die Ecke", "", "", "" },
	{ "2022-05-03", "Und was hier jetzt diskutiert wird", "", "", "" },
	{ "2022-05-03", "Wir sind hier morgen.", "morgen", "DATE",
	  "2022-05-04" },
	{ "2022-05-03", "ce vendredi matin", "vendredi matin", "TIME",
	  "2022-04-29TMO" },
	/* Polish */
	{ "2024-11-07", "Umowę podpisano 12 marca 2021 roku.",
	  "12 marca 2021 roku", "DATE", "2021-03-12" },
	{ "2024-11-07", "Spotkanie zaplanowano na 25 maja.", "25 maja", "DATE",
	  "2024-05-25" },
	{ "2024-11-07", "Maja Kowalska powiedziała.", "", "", "" },
	{ "2024-11-07", "Rząd w marcu przedstawił plan.", "marcu", "DATE",
	  "2024-03" },
	{ "2024-11-07", "Szkoła w marcu otworzy klasę.", "marcu", "DATE",
	  "2025-03" },
	{ "2024-11-07", "Minister zrobiła to w piątek.", "piątek", "DATE",
	  "2024-11-01" },
	{ "2024-11-07", "Szczyt odbędzie się w piątek.", "piątek", "DATE",
	  "2024-11-08" },
	{ "2024-11-07", "Wczoraj doszło do ataku.", "Wczoraj", "DATE",
	  "2024-11-06" },
	{ "2024-11-07", "W ubiegłym tygodniu rząd ogłosił.", "ubiegłym tygodniu",
	  "DATE", "2024-W44" },
	{ "2024-11-07", "we wrześniu ubiegłego roku", "wrześniu ubiegłego roku",
	  "DATE", "2023-09" },
	{ "2024-11-07", "To było piętnaście lat temu.", "piętnaście lat temu",
	  "DATE", "2009" },
	{ "2024-11-07", "W najbliższych tygodniach rząd zdecyduje.",
	  "najbliższych tygodniach", "DURATION", "PXW" },
	/* the present of a scheduled event looks forward; a noun does not */
	{ "2024-11-07", "Putin visits Pyongyang on Tuesday.", "Tuesday", "DATE",
	  "2024-11-12" },
	{ "2024-11-07", "The visits on Monday were short, officials said.",
	  "Monday", "DATE", "2024-11-04" },
	{ "2024-11-07", "Their visits on Monday were short, officials said.",
	  "Monday", "DATE", "2024-11-04" },
	{ "2024-11-07", "they met on Friday", "Friday", "DATE", "2024-11-01" },
	{ "2024-12-06", "on Christmas Eve", "Christmas Eve", "DATE",
	  "2024-12-24" },
	{ "2024-12-06", "the past two months were", "the past two months",
	  "DURATION", "P2M" },
	{ "2024-12-06", "Korean: 2024년 12월 6일 발표", "2024년 12월 6일", "DATE",
	  "2024-12-06" },
	{ "2024-12-06", "지난 4일 발표", "지난 4일", "DATE", "2024-12-04" },
	{ "2024-12-06", "12월 4일 발표", "12월 4일", "DATE", "2024-12-04" },
	{ "2024-12-06", "어제 발표했다", "어제", "DATE", "2024-12-05" },
	/* a time after a day ("at"), a day after a time ("on"), years
	 * "1950-53" */
	{ "2024-12-06", "The debate is on Nov. 5 at 8 p.m. there", "8 p.m.", "TIME",
	  "2024-11-05T20:00" },
	{ "2024-12-06", "They met on Tuesday at 10 a.m. in Seoul", "10 a.m.", "TIME",
	  "2024-12-03T10:00" },
	{ "2024-12-06", "The vote closes at 10 a.m. ET on Tuesday.",
	  "10 a.m. ET on Tuesday", "TIME", "2024-12-10T10:00" },
	{ "2024-12-06", "The strike came at 5 p.m. on Nov. 9, officials said",
	  "5 p.m. on Nov. 9", "TIME", "2024-11-09T17:00" },
	{ "2024-12-06", "They met at 9 a.m. on the ship", "9 a.m.", "TIME",
	  "2024-12-06T09:00" },
	/* a day after an aside names the time's day, and stays apart */
	{ "1998-08-08", "The blast occurred at about 10:35 a.m. (0735 GMT) "
	  "Friday, toppling", "10:35 a.m.", "TIME", "1998-08-07T10:35" },
	{ "2024-12-06", "It launched at 2 p.m. (local time) on Nov. 7.",
	  "2 p.m.", "TIME", "2024-11-07T14:00" },
	{ "2024-12-06", "It launched at 2 p.m. (local time) on Nov. 7.",
	  "Nov. 7", "DATE", "2024-11-07" },
	{ "2024-12-06", "It launched at 2 p.m. (KST) today.", "2 p.m.", "TIME",
	  "2024-12-06T14:00" },
	/* four digits and a zone after "at": a wire's time; in the aside
	 * after a local time, and with no "at", none */
	{ "2024-12-05", "The talks began at 2300 GMT.", "2300 GMT", "TIME",
	  "2024-12-05T23:00" },
	{ "2024-12-05", "It fired around 0100 GMT on Tuesday.", "0100 GMT on "
	  "Tuesday", "TIME", "2024-12-03T01:00" },
	{ "2024-12-05", "It changed in 2024 GMT rules.", "2024", "DATE",
	  "2024" },
	{ "2024-12-05", "The strike began at 0900 local time.",
	  "0900 local time", "TIME", "2024-12-05T09:00" },
	{ "2024-12-05", "Curfew starts at 2100 hours on Friday.",
	  "2100 hours on Friday", "TIME", "2024-12-06T21:00" },
	{ "2024-12-05", "The convoy left at 0630 and", "0630", "TIME",
	  "2024-12-05T06:30" },
	{ "2024-12-05", "He flew at 2100 hours a year.", "2100 hours",
	  "DURATION", "PT2100H" },
	{ "2024-12-05", "Call us at 0800 123 456.", "", "", "" },
	{ "2024-12-05", "Call us at 0800-123-456.", "", "", "" },
	/* a race's time is no clock time */
	{ "2024-12-05", "Sie lief 2:55,42 im Finale.", "", "", "" },
	{ "2024-12-05", "eine Zwischenzeit von 3:05 Minuten", "", "", "" },
	{ "2024-12-05", "He won in 1:46 min ahead of", "", "", "" },
	{ "2024-12-05", "around 23:00hrs they heard", "23:00", "TIME",
	  "2024-12-05T23:00" },
	{ "2024-12-05", "It begins at 10:30 hours IST.", "10:30", "TIME",
	  "2024-12-05T10:30" },
	/* the dots of "a.m." and "U.S." end no clause: "will" still counts */
	{ "2024-11-08", "The talks will start at 10 a.m. in the city on "
	  "Monday.", "Monday", "DATE", "2024-11-11" },
	{ "2024-11-08", "The talks will start at 10 a.m. (0100 GMT) on "
	  "Monday.", "10 a.m.", "TIME", "2024-11-11T10:00" },
	/* "next to" is a place, not a time to come */
	{ "1998-08-08", "a bomb ripped through a building next to the U.S. "
	  "embassy in Nairobi, Kenya Friday morning.", "Friday morning", "TIME",
	  "1998-08-07TMO" },
	/* the present of a scheduled event: "returns", "takes effect",
	 * "goes into effect", "comes into force" */
	{ "2024-12-05", "He left for Moscow on Tuesday and returns on Saturday.",
	  "Saturday", "DATE", "2024-12-07" },
	{ "2024-12-05", "The law takes effect Monday.", "Monday", "DATE",
	  "2024-12-09" },
	{ "2024-12-05", "The ban goes into effect on Sunday.", "Sunday", "DATE",
	  "2024-12-08" },
	{ "2024-12-05", "The returns on Monday were late.", "Monday", "DATE",
	  "2024-12-02" },
	/* "is planned", "planned for": a plan still to come; "plans for"
	 * is a noun's */
	{ "2024-12-05", "A rally is planned for Saturday.", "Saturday", "DATE",
	  "2024-12-07" },
	{ "2024-12-05", "Protests are planned this weekend.", "this weekend",
	  "DATE", "2024-W49-WE" },
	{ "2024-12-05", "The ministry unveiled plans for talks on Monday.",
	  "Monday", "DATE", "2024-12-02" },
	/* put off until a day: the day to come */
	{ "2000-03-30", "Officials postponed until Tuesday morning any action",
	  "Tuesday morning", "TIME", "2000-04-04TMO" },
	{ "1989-10-30", "The banks extended loans through January, as well",
	  "January", "DATE", "1990-01" },
	{ "2024-11-08", "The vote was delayed to Monday.", "Monday", "DATE",
	  "2024-11-11" },
	{ "2024-11-08", "He was delayed on Monday.", "Monday", "DATE",
	  "2024-11-04" },
	{ "2024-12-06", "The 1950-53 Korean War ended", "53", "DATE",
	  "1953" },
	{ "2024-12-06", "The 1999-00 season was long", "00", "DATE",
	  "2000" },
	{ "2024-12-06", "The 2024-25 season starts", "25", "DATE",
	  "2025" },
	/* Korean: particles out of the extent, anchors, the verb's tense */
	/* a particle of the word before a date is not the date's */
	{ "2024-12-06", "조약은 12월 4일 발효됐다", "12월 4일", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "푸틴 대통령은 6월 평양을 방문했다", "6월", "DATE",
	  "2024-06" },
	{ "2024-12-06", "그는 상반기에 왔다", "상반기", "DATE", "2024-H1" },
	{ "2024-12-06", "어제는 비가 왔다", "어제", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "지난 2일부터 훈련했다", "지난 2일", "DATE",
	  "2024-12-02" },
	{ "2024-12-06", "5일까지 훈련했다", "5일", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "12월 4일에 발효됐다", "12월 4일", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "북한은 지난달 4일 조약을 비준했다", "지난달 4일", "DATE",
	  "2024-11-04" },
	{ "2024-12-06", "올해 6월 방문했다", "올해 6월", "DATE",
	  "2024-06" },
	{ "2024-12-06", "지난해 11월 협상이 시작됐다", "지난해 11월", "DATE",
	  "2023-11" },
	{ "2024-12-06", "내년 상반기 완료한다", "내년 상반기", "DATE",
	  "2025-H1" },
	{ "2024-12-06", "2024년 1분기 실적", "2024년 1분기", "DATE",
	  "2024-Q1" },
	{ "2024-12-06", "12월 말까지 완료한다", "12월 말", "DATE",
	  "2024-12" },
	{ "2024-12-06", "1950년대 전쟁을 겪었다", "1950년대", "DATE", "195" },
	{ "2024-12-06", "내년 3월부터 5월까지 진행된다.", "5월", "DATE",
	  "2025-05" },
	{ "2024-12-06", "4월1일부터 6월24일까지 방문한다.", "6월24일", "DATE",
	  "2025-06-24" },
	{ "2024-12-06", "내년 11월부터 2월까지", "2월", "DATE", "2026-02" },
	{ "2024-12-06", "80년대에 태어났다", "80년대", "DATE", "198" },
	{ "2024-12-06", "1950~1960년대 작품", "1950", "DATE", "195" },
	{ "2024-12-06", "1950~1960년대 작품", "1960년대", "DATE", "196" },
	{ "2024-12-06", "2000년대 들어 늘었다", "2000년대", "DATE", "200" },
	{ "2024-12-06", "오는 12일 회담이 열린다", "오는 12일", "DATE",
	  "2024-12-12" },
	{ "2024-12-06", "12일 열린다", "12일", "DATE",
	  "2024-12-12" },
	{ "2024-12-06", "12일 열렸다", "12일", "DATE",
	  "2024-11-12" },
	{ "2024-12-06", "6일 발표했다", "6일", "DATE",
	  "2024-12-06" },
	{ "2024-12-06", "회의가 12일 열린다고 밝혔다", "12일", "DATE",
	  "2024-12-12" },
	{ "2024-12-06", "다음 주 발표할 예정이다", "다음 주", "DATE",
	  "2024-W50" },
	{ "2024-12-06", "이번 주 금요일 발표한다", "이번 주 금요일", "DATE",
	  "2024-12-06" },
	{ "2024-12-06", "지난주 목요일 만났다", "지난주 목요일", "DATE",
	  "2024-11-28" },
	{ "2024-12-06", "수요일 발표했다", "수요일", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "월요일 발표할 예정이다", "월요일", "DATE",
	  "2024-12-09" },
	{ "2024-12-06", "오전 10시 30분에 발사했다", "오전 10시 30분", "TIME",
	  "2024-12-06T10:30" },
	{ "2024-12-06", "오후 3시 기자회견을 열었다", "오후 3시", "TIME",
	  "2024-12-06T15:00" },
	{ "2024-12-06", "밤 11시 도착했다", "밤 11시", "TIME",
	  "2024-12-06T23:00" },
	{ "2024-12-06", "어제 오후 3시 반 도착했다", "어제 오후 3시 반", "TIME",
	  "2024-12-05T15:30" },
	{ "2024-12-06", "12월 4일 오전 10시 발효됐다", "12월 4일 오전 10시", "TIME",
	  "2024-12-04T10:00" },
	{ "2024-12-06", "오늘 새벽 공습이 있었다", "오늘 새벽", "TIME",
	  "2024-12-06TMO" },
	{ "2024-12-06", "3일 전 발표했다", "3일 전", "DATE",
	  "2024-12-03" },
	{ "2024-12-06", "2주 후 열린다", "2주 후", "DATE",
	  "2024-W51" },
	{ "2024-12-06", "2주 동안 훈련했다", "2주 동안", "DURATION",
	  "P2W" },
	{ "2024-12-06", "3일간 훈련했다", "3일간", "DURATION",
	  "P3D" },
	{ "2024-12-06", "3개월간 조사했다", "3개월간", "DURATION",
	  "P3M" },
	{ "2024-12-06", "5시간 동안 회의했다", "5시간 동안", "DURATION",
	  "PT5H" },
	{ "2024-12-06", "내달 10일 열린다", "내달 10일", "DATE",
	  "2025-01-10" },
	{ "2024-12-06", "이달 초 발표했다", "이달 초", "DATE",
	  "2024-12" },
	{ "2024-12-06", "어제 정오 발표했다", "어제 정오", "TIME",
	  "2024-12-05T12:00" },
	{ "2024-12-06", "매일 훈련한다", "매일", "SET",
	  "P1D" },
	{ "2024-12-06", "매주 월요일에 회의를 한다", "매주 월요일", "SET",
	  "XXXX-WXX-1" },
	{ "2024-12-06", "매달 15일 급여가 나온다", "매달 15일", "SET",
	  "XXXX-XX-15" },
	{ "2024-12-06", "매년 6월 축제가 열린다", "매년 6월", "SET", "XXXX-06" },
	{ "2024-12-06", "매년 6월 25일에 기념식이 열린다", "매년 6월 25일",
	  "SET", "XXXX-06-25" },
	{ "2024-12-06", "매년 13월", "매년", "SET", "P1Y" },
	{ "2024-12-06", "2박 3일 일정으로 방한했다", "2박 3일", "DURATION",
	  "P3D" },
	{ "2024-12-06", "12월 첫째 주", "12월 첫째 주", "DATE", "2024-W49" },
	{ "2024-12-06", "내년 1월 둘째 주에 열린다", "내년 1월 둘째 주", "DATE",
	  "2025-W02" },
	{ "2024-12-06", "11월 마지막 주", "11월 마지막 주", "DATE", "2024-W48" },
	{ "2024-12-06", "이틀 전 발표했다", "이틀 전", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "사흘 만에 풀려났다", "사흘", "DURATION",
	  "P3D" },
	{ "2024-12-06", "정부는 연내 발표할 계획이다", "연내", "DATE", "2024" },
	{ "2024-12-06", "약 반년 만에 발효됐다", "반년", "DURATION", "P6M" },
	{ "2024-12-06", "반년 전 발표했다", "반년 전", "DATE", "2024-06" },
	{ "2024-12-06", "이틀간 회담했다", "이틀간", "DURATION",
	  "P2D" },
	{ "2024-12-06", "두 달간 조사했다", "두 달간", "DURATION",
	  "P2M" },
	{ "2024-12-06", "한 달 전 발표했다", "한 달 전", "DATE",
	  "2024-11" },
	{ "2024-12-06", "이날 오후 발표했다", "이날 오후", "TIME",
	  "2024-12-06TAF" },
	{ "2024-12-06", "하루 평균 100명이 왔다", "", "",
	  "" },
	{ "2024-12-06", "한 사람이 왔다", "", "",
	  "" },
	/* "올" (this year's) before a month, a half or the year's end;
	 * alone it is a verb's */
	{ "2024-12-06", "올 9월 30일 시행된다", "올 9월 30일", "DATE",
	  "2024-09-30" },
	{ "2024-12-06", "올 하반기 열린다", "올 하반기", "DATE", "2024-H2" },
	{ "2024-12-06", "올 연말 발표한다", "올 연말", "DATE", "2024" },
	{ "2024-12-06", "비가 올 때 만났다", "", "", "" },
	/* seasons and weekends, apart or in one word */
	{ "2024-12-06", "올여름 회담이 열렸다", "올여름", "DATE", "2024-SU" },
	{ "2024-12-06", "지난여름 회담했다", "지난여름", "DATE", "2024-SU" },
	{ "2024-12-06", "지난 겨울에 회담했다", "지난 겨울", "DATE",
	  "2023-WI" },
	{ "2025-01-20", "지난 여름 회담했다", "지난 여름", "DATE",
	  "2024-SU" },
	{ "2025-01-20", "올겨울 가장 추웠다", "올겨울", "DATE", "2024-WI" },
	{ "2024-12-06", "다음 봄에 열린다", "다음 봄", "DATE", "2025-SP" },
	{ "2024-12-06", "올해 여름 방문했다", "올해 여름", "DATE",
	  "2024-SU" },
	{ "2024-12-06", "지난해 겨울 시작됐다", "지난해 겨울", "DATE",
	  "2023-WI" },
	{ "2024-12-06", "지난 주말 발표했다", "지난 주말", "DATE",
	  "2024-W48-WE" },
	{ "2024-12-06", "이번 주말에 만난다", "이번 주말", "DATE",
	  "2024-W49-WE" },
	{ "2024-12-06", "다음주말 방문한다", "다음주말", "DATE",
	  "2024-W50-WE" },
	{ "2024-12-05", "오는 주말 만난다", "오는 주말", "DATE",
	  "2024-W49-WE" },
	/* counts with "여" (or more): "10여 년 전", "1년여 만에" */
	{ "2024-12-06", "10여 년 전 만났다", "10여 년 전", "DATE", "2014" },
	{ "2024-12-06", "1년여 만에 풀려났다", "1년여", "DURATION", "P1Y" },
	{ "2024-12-06", "10여년간 협상했다", "10여년간", "DURATION",
	  "P10Y" },
	{ "2024-12-06", "100여 명이 왔다", "", "", "" },
	/* holidays in Korean, North Korea's too, and a year before them */
	{ "2024-12-06", "광복절 경축사에서 말했다", "광복절", "DATE",
	  "2024-08-15" },
	{ "2024-12-06", "태양절을 맞아 참배했다", "태양절", "DATE",
	  "2024-04-15" },
	{ "2024-12-06", "2023년 광복절 행사", "2023년 광복절", "DATE",
	  "2023-08-15" },
	{ "2024-12-06", "지난해 성탄절에 만났다", "지난해 성탄절", "DATE",
	  "2023-12-25" },
	{ "2024-12-06", "지난 성탄절 예배", "지난 성탄절", "DATE",
	  "2023-12-25" },
	{ "2024-12-06", "오는 광복절에 발표한다", "오는 광복절", "DATE",
	  "2025-08-15" },
	{ "2024-12-06", "We met last Christmas.", "last Christmas", "DATE",
	  "2023-12-25" },
	{ "2024-12-06", "North Korea marked the Day of the Sun.",
	  "Day of the Sun", "DATE", "2024-04-15" },
	{ "2024-12-06", "国庆节期间游客增加", "国庆节", "DATE",
	  "2024-10-01" },
	/* dates in Chinese numerals; "一日" alone is as often one day */
	{ "2024-12-06", "条约于十二月四日生效", "十二月四日", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "二〇二四年十二月五日，朝中社报道",
	  "二〇二四年十二月五日", "DATE", "2024-12-05" },
	{ "2024-12-06", "普京于六月访问平壤", "六月", "DATE", "2024-06" },
	{ "2024-12-06", "十二月二十四日", "十二月二十四日", "DATE",
	  "2024-12-24" },
	{ "2024-12-06", "一日三餐", "", "", "" },
	/* a Korean past tense is sure: last February's, not the next */
	{ "2024-12-05", "2월 16일에 행사를 열었다", "2월 16일", "DATE",
	  "2024-02-16" },
	{ "2024-12-05", "2월 16일에 행사를 연다", "2월 16일", "DATE",
	  "2025-02-16" },
	{ "2024-12-05", "북한은 광명성절에 행사를 열었다", "광명성절", "DATE",
	  "2024-02-16" },
	/* years of Japanese eras */
	{ "2024-12-06", "令和6年12月5日に発表した", "令和6年12月5日", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "令和元年5月1日", "令和元年5月1日", "DATE",
	  "2019-05-01" },
	{ "2024-12-06", "平成31年", "平成31年", "DATE", "2019" },
	{ "2024-12-06", "平成の時代", "", "", "" },
	{ "2024-12-06", "五日内完成", "", "", "" },
	{ "2024-12-06", "元日本代表の選手", "", "", "" },
	/* the day last mentioned: "같은 날", "그날" */
	{ "2024-12-06", "같은 날 오후 발표했다", "같은 날 오후", "TIME",
	  "2024-12-06TAF" },
	{ "2024-12-06", "그날부터 시작됐다", "그날", "DATE", "2024-12-06" },
	{ "2024-12-06", "같은 나라에서 왔다", "", "", "" },
	/* counts of no number: "며칠" (a few days), "몇" (a few), "수"
	 * (several); "수주" (a won contract) is no weeks */
	{ "2024-12-06", "며칠 전 발표했다", "며칠 전", "DATE", "PAST_REF" },
	{ "2024-12-06", "며칠간 협상했다", "며칠간", "DURATION", "PXD" },
	{ "2024-12-06", "몇 년 전 만났다", "몇 년 전", "DATE", "PAST_REF" },
	{ "2024-12-06", "몇 주 후 발표한다", "몇 주 후", "DATE",
	  "FUTURE_REF" },
	{ "2024-12-06", "몇 달 동안 조사했다", "몇 달 동안", "DURATION",
	  "PXM" },
	{ "2024-12-06", "수년간 협상했다", "수년간", "DURATION", "PXY" },
	{ "2024-12-06", "수개월 동안 준비했다", "수개월 동안", "DURATION",
	  "PXM" },
	{ "2024-12-06", "대형 공사를 수주했다", "", "", "" },
	{ "2024-12-06", "몇 명이 왔다", "", "", "" },
	/* Chinese and Japanese */
	{ "2024-12-06", "2024年12月5日，朝中社报道", "2024年12月5日", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "条约于12月4日生效", "12月4日", "DATE", "2024-12-04" },
	{ "2024-12-06", "普京于6月访问平壤", "6月", "DATE", "2024-06" },
	{ "2024-12-06", "2023年的报告", "2023年", "DATE", "2023" },
	{ "2024-12-06", "2024年13月", "2024年", "DATE", "2024" },
	{ "2024-12-06", "朝中社4日报道", "4日", "DATE", "2024-12-04" },
	{ "2024-12-06", "本月5号签署", "本月5号", "DATE", "2024-12-05" },
	{ "2024-12-06", "上个月4日签署", "上个月4日", "DATE", "2024-11-04" },
	{ "2024-12-06", "今年3月签署", "今年3月", "DATE", "2024-03" },
	{ "2024-12-06", "去年12月5日签署", "去年12月5日", "DATE",
	  "2023-12-05" },
	{ "2024-12-06", "昨天，双方交换了批准书", "昨天", "DATE", "2024-12-05" },
	{ "2024-12-06", "上周举行", "上周", "DATE", "2024-W48" },
	{ "2024-12-06", "上周三举行", "上周三", "DATE", "2024-11-27" },
	{ "2024-12-06", "去年举行", "去年", "DATE", "2023" },
	{ "2024-12-06", "星期三举行", "星期三", "DATE", "2024-12-04" },
	{ "2024-12-06", "昨日、批准書を交換した", "昨日", "DATE", "2024-12-05" },
	{ "2024-12-06", "来月に訪問する", "来月", "DATE", "2025-01" },
	{ "2024-12-06", "先週、会った", "先週", "DATE", "2024-W48" },
	{ "2024-12-06", "条約は12月4日に発効した", "12月4日", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "4日上午10时30分签署", "4日上午10时30分", "TIME",
	  "2024-12-04T10:30" },
	{ "2024-12-06", "昨天下午3点抵达", "昨天下午3点", "TIME",
	  "2024-12-05T15:00" },
	{ "2024-12-06", "上周三晚上9点抵达", "上周三晚上9点", "TIME",
	  "2024-11-27T21:00" },
	{ "2024-12-06", "下午3点半抵达", "下午3点半", "TIME", "2024-12-06T15:30" },
	{ "2024-12-06", "12月4日午前10時に", "12月4日午前10時", "TIME",
	  "2024-12-04T10:00" },
	{ "2024-12-06", "凌晨2点发射", "凌晨2点", "TIME", "2024-12-06T02:00" },
	/* Chinese halves and quarters, alone or after a year; spans with
	 * "至"; "近日", "目前" */
	{ "2024-12-05", "明年上半年", "明年上半年", "DATE", "2025-H1" },
	{ "2024-12-05", "2023年下半年", "2023年下半年", "DATE", "2023-H2" },
	{ "2024-12-05", "今年第三季度", "今年第三季度", "DATE", "2024-Q3" },
	{ "2024-12-05", "去年第四季度", "去年第四季度", "DATE", "2023-Q4" },
	{ "2024-12-05", "三季度经济增长", "三季度", "DATE", "2024-Q3" },
	{ "2024-12-05", "住在四季酒店", "", "", "" },
	{ "2024-12-05", "今年1至10月出口", "1", "DATE", "2024-01" },
	{ "2024-12-05", "近日，双方举行会谈", "近日", "DATE", "PAST_REF" },
	{ "2024-12-05", "目前局势紧张", "目前", "DATE", "PRESENT_REF" },
	/* full-width digits */
	{ "2024-12-06", "条約は１２月４日に発効した", "１２月４日", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "２０２４年１２月５日、", "２０２４年１２月５日", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "午後３時３０分に", "午後３時３０分", "TIME",
	  "2024-12-06T15:30" },
	{ "2024-12-06", "尹锡悦3日晚宣布", "3日晚", "TIME", "2024-12-03TEV" },
	{ "2024-12-06", "双方代表当天在莫斯科交换了批准书", "当天", "DATE",
	  "2024-12-06" },
	{ "2024-12-06", "次日，双方再次会谈", "次日", "DATE", "2024-12-07" },
	{ "2024-12-06", "会談は来週水曜日に開かれる", "来週水曜日", "DATE",
	  "2024-12-11" },
	{ "2024-12-06", "先週の水曜日に会った", "先週の水曜日", "DATE",
	  "2024-11-27" },
	{ "2024-12-06", "大統領は3日夜、宣布した", "3日夜", "TIME",
	  "2024-12-03TNI" },
	{ "2024-12-06", "昨天3点抵达", "昨天3点", "TIME", "2024-12-05T03:00" },
	/* the tense of a Chinese or Japanese clause decides the year */
	{ "2024-12-05", "双方于3月5日签署了协议。", "3月5日", "DATE",
	  "2024-03-05" },
	{ "2024-12-05", "会议将于3月5日举行。", "3月5日", "DATE", "2025-03-05" },
	{ "2024-12-05", "他3月访问了北京。", "3月", "DATE", "2024-03" },
	{ "2024-12-05", "3月5日に署名した。", "3月5日", "DATE", "2024-03-05" },
	{ "2024-12-05", "会談は3月5日に開かれる予定だ。", "3月5日", "DATE",
	  "2025-03-05" },
	{ "2024-12-05", "会談は3月5日に開かれると述べた。", "3月5日", "DATE",
	  "2025-03-05" },
	{ "2024-12-05", "3月に会談した。", "3月", "DATE", "2024-03" },
	{ "2024-12-05", "星期一将举行会谈。", "星期一", "DATE", "2024-12-09" },
	{ "2024-12-05", "月曜日に会談した。", "月曜日", "DATE", "2024-12-02" },
	{ "2024-12-05", "今週末に発表する。", "今週末", "DATE", "2024-W49-WE" },
	{ "2024-12-05", "上周末举行", "上周末", "DATE", "2024-W48-WE" },
	/* "为了" (so as to) marks no tense: March the nearest way */
	{ "2024-12-05", "为了3月的会议", "3月", "DATE", "2025-03" },
	/* a day of the month to come is on or after the reference day */
	{ "2024-12-05", "25日に会談する。", "25日", "DATE", "2024-12-25" },
	{ "2024-12-05", "오는 25일 회담한다.", "오는 25일", "DATE",
	  "2024-12-25" },
	{ "2024-12-05", "The meeting will be held on the 3rd.", "the 3rd", "DATE",
	  "2025-01-03" },
	{ "2025-01-31", "They will meet on the 30th.", "the 30th", "DATE",
	  "2025-03-30" },
	/* "예정됐던" (had been scheduled): a plan gone by is no future */
	{ "2024-12-05", "26일로 예정됐던 방한을 연기했다.", "26일", "DATE",
	  "2024-11-26" },
	{ "2024-12-05", "26일 방한할 예정이다.", "26일", "DATE", "2024-12-26" },
	/* "日本" (Japan) and words opening with "一" are no days */
	{ "2024-12-06", "上周日本央行加息", "上周", "DATE", "2024-W48" },
	{ "2024-12-06", "他上周一直在北京", "上周", "DATE", "2024-W48" },
	{ "2024-12-06", "中国同日本关系", "", "", "" },
	{ "2024-12-06", "一周一次", "", "", "" },
	{ "2024-12-06", "2024年間", "", "", "" },
	{ "2024-12-06", "政府はきょう発表した", "きょう", "DATE", "2024-12-06" },
	{ "2024-12-06", "あすから始まる", "あす", "DATE", "2024-12-07" },
	{ "2024-12-06", "ことしの夏", "ことし", "DATE", "2024" },
	{ "2024-12-06", "きょうだいがいる", "", "", "" },
	{ "2024-12-06", "あすかさんが来た", "", "", "" },
	{ "2024-12-06", "每天训练", "每天", "SET", "P1D" },
	{ "2024-12-06", "每周一开会", "每周一", "SET", "XXXX-WXX-1" },
	{ "2024-12-06", "毎年開かれる", "毎年", "SET", "P1Y" },
	/* counts of time */
	{ "2024-12-06", "約6時間後に解除した", "6時間後", "DATE", "2024-12-06" },
	{ "2024-12-06", "3天前发射", "3天前", "DATE", "2024-12-03" },
	{ "2024-12-06", "3个月以后", "3个月以后", "DATE", "2025-03" },
	{ "2024-12-06", "3か月後に", "3か月後", "DATE", "2025-03" },
	{ "2024-12-06", "5年前的", "5年前", "DATE", "2019" },
	{ "2024-12-06", "会谈持续了3天", "3天", "DURATION", "P3D" },
	{ "2024-12-06", "3日間の訪問", "3日間", "DURATION", "P3D" },
	{ "2024-12-06", "访问了3日间", "3日间", "DURATION", "P3D" },
	{ "2024-12-06", "3時間の会談", "3時間", "DURATION", "PT3H" },
	/* "the quarter ended July 31": the calendar quarter of most of it */
	{ "1989-10-30", "In the quarter ended July 31, Jayark had 5.6 million "
	  "shares", "the quarter", "DATE", "1989-Q2" },
	{ "1989-10-30", "Sales rose in the quarter ended Jan. 31.",
	  "the quarter", "DATE", "1988-Q4" },
	/* "daily" as a newspaper is no time; as an adverb or a modifier it
	 * is */
	{ "2000-01-28", "The Communist Party daily Granma compared", "", "", "" },
	{ "2024-12-05", "the ruling party's Rodong Sinmun daily said.", "", "",
	  "" },
	{ "2024-12-05", "the Seoul-based daily reported.", "", "", "" },
	{ "2024-12-05", "the daily said.", "", "", "" },
	{ "2024-12-05", "Flights run daily.", "daily", "SET", "P1D" },
	{ "2024-12-05", "Qantas plans daily flights.", "daily", "SET", "P1D" },
	/* "this past week": the last one */
	{ "2014-01-28", "This past week marked the opening night.",
	  "This past week", "DATE", "2014-W04" },
	{ "2014-01-28", "Crowds came this past weekend.", "this past weekend",
	  "DATE", "2014-W04-WE" },
	/* "the year before", "the month after" on their own: from the date
	 * last mentioned; before a noun, the span or nothing */
	{ "1998-09-07", "Revenues dropped to $300 million last year, down from "
	  "$450 million the year before.", "the year before", "DATE", "1996" },
	{ "2014-01-28", "This is a decrease from the year before, when it was "
	  "forty percent.", "the year before", "DATE", "2013" },
	{ "2014-01-28", "the week after the vote", "", "", "" },
	{ "2014-01-28", "in the year before the election", "the year",
	  "DURATION", "P1Y" },
	/* a year-like count before a unit is no span */
	{ "2018-06-19", "FIFA World Cup 2018 day five: Sweden win", "", "", "" },
	/* a unit of no count before "ago", "later", "earlier": "months
	 * ago" is some time gone by, "Days later" a span of days */
	{ "2024-12-05", "The deal was struck months ago.", "months ago", "DATE",
	  "PAST_REF" },
	{ "2024-12-05", "Days later, he quit.", "Days", "DURATION", "PXD" },
	{ "2024-12-05", "He quit hours later.", "hours", "DURATION", "PTXH" },
	{ "2024-12-05", "the Days later band", "", "", "" },
	/* "consecutive", "straight", "successive" inside a count */
	{ "2024-12-05", "The troops fought for 10 consecutive days.",
	  "10 consecutive days", "DURATION", "P10D" },
	{ "2024-12-05", "Stocks fell for three straight days.",
	  "three straight days", "DURATION", "P3D" },
	{ "2024-12-05", "for two successive years", "two successive years",
	  "DURATION", "P2Y" },
	{ "2024-12-05", "for a fifth straight day", "", "", "" },
	/* counts that are no time */
	{ "2024-12-06", "提出3点意见", "", "", "" },
	{ "2024-12-06", "判处3年", "", "", "" },
	{ "", "in June", "June", "DATE", "XXXX-06" },
	{ "", "yesterday", "yesterday", "DATE", "XXXX-XX-XX" },
	/* a month with "last year": one expression */
	{ "2024-12-06", "the talks began in June last year in Paris",
	  "June last year", "DATE", "2023-06" },
	{ "2024-03-06", "to become members in April next year when",
	  "April next year", "DATE", "2025-04" },
	/* a weekday before or after the day last named */
	{ "2024-06-20", "On June 5 he left and returned the following "
	  "Tuesday.", "the following Tuesday", "DATE", "2024-06-11" },
	{ "2024-06-20", "up 4% from the previous Friday", "the previous "
	  "Friday", "DATE", "2024-06-14" },
	/* "of tomorrow" after a noun: a time to come, no day */
	{ "2024-06-20", "the leaders of tomorrow", "", "", "" },
	{ "2024-06-20", "The ban applies as of tomorrow.", "tomorrow", "DATE",
	  "2024-06-21" },
	/* any week; the last day of this month */
	{ "2024-06-20", "What day of the week is it?", "", "", "" },
	{ "2024-06-20", "Monday is the busiest day of the week.", "Monday",
	  "DATE", "2024-06-17" },
	{ "2024-06-20", "It expires on the last day of the month.",
	  "the last day of the month", "DATE", "2024-06-30" },
	{ "2024-06-20", "from the first day of the year", "the first day of "
	  "the year", "DATE", "2024-01-01" },
	/* "of last year", a day or a season with it */
	{ "2022-02-01", "in March of last year, he said", "March of last year",
	  "DATE", "2021-03" },
	{ "2022-02-01", "in December of next year", "December of next year",
	  "DATE", "2023-12" },
	{ "2022-02-01", "it opened on March 5 of last year",
	  "March 5 of last year", "DATE", "2021-03-05" },
	{ "2024-12-06", "The festival runs through March 11 this year.",
	  "March 11 this year", "DATE", "2024-03-11" },
	{ "2022-02-01", "signed on 5 March last year", "5 March last year",
	  "DATE", "2021-03-05" },
	{ "2022-02-01", "filed in spring of last year, and",
	  "spring of last year", "DATE", "2021-SP" },
	{ "2022-02-01", "in the fall of this year", "the fall of this year",
	  "DATE", "2022-FA" },
	{ "2022-02-01", "On March 5, last year's winner won.", "March 5",
	  "DATE", "2022-03-05" },
	/* "the year": the current one, a span when it ends on a date */
	{ "2024-12-06", "For the year, volume was flat", "the year", "DATE",
	  "2024" },
	{ "2024-12-06", "net income for the year ended March 31 rose",
	  "the year", "DURATION", "P1Y" },
	/* movable holidays without a year: the nearest, mostly past */
	{ "2024-01-10", "he was found on Thanksgiving Day at sea",
	  "Thanksgiving Day", "DATE", "2023-11-23" },
	{ "2024-02-10", "rescued at sea last Thanksgiving after",
	  "last Thanksgiving", "DATE", "2023-11-23" },
	/* the first Tuesday on or after 2 November */
	{ "1998-10-26", "the race is close a week before Election Day",
	  "Election Day", "DATE", "1998-11-03" },
	{ "2024-10-20", "ballots must arrive by Election Day in most states",
	  "Election Day", "DATE", "2024-11-05" },
	{ "2024-01-10", "turnout on Election Day 2022 fell",
	  "Election Day 2022", "DATE", "2022-11-08" },
	/* "last" with a season: last year's */
	{ "2024-02-06", "a surge that began last fall, when", "last fall",
	  "DATE", "2023-FA" },
	{ "2024-10-26", "a strike that began last spring.", "last spring",
	  "DATE", "2023-SP" },
	/* capitalised units are titles */
	{ "2024-12-06", "speaking on ABC's \"This Week\" program", "", "",
	  "" },
	{ "2024-12-06", "he told CBS's \"60 Minutes\" that", "", "", "" },
	/* the tense of the clause: "would be paid" is not the past */
	{ "2024-10-26", "would be paid on a still unspecified date in January",
	  "January", "DATE", "2025-01" },
	{ "2024-03-22", "talks that are supposed to conclude by May, he said",
	  "May", "DATE", "2024-05" },
	{ "2024-12-02", "traders squared positions ahead of the weekend.",
	  "the weekend", "DATE", "2024-W49-WE" },
	/* a bare weekday: tomorrow's when no tense says otherwise */
	{ "2024-12-02", "the court hearing resumes Tuesday in Miami",
	  "Tuesday", "DATE", "2024-12-03" },
	{ "2024-12-02", "the court hearing opened Tuesday in Miami",
	  "Tuesday", "DATE", "2024-11-26" },
	{ "2024-12-05", "the hearing in Miami on Tuesday", "Tuesday", "DATE",
	  "2024-12-03" },
	/* a year-earlier figure in results is the quarter a year before */
	{ "2024-12-06", "net of $5 million in the third quarter, compared "
	  "with a year-earlier loss", "year-earlier", "DATE", "2023-Q3" },
	/* months joined as a span: a quarter, or one year for both ends */
	{ "2024-12-05", "GDP grew 0.1 percent in the July-September quarter.",
	  "the July-September quarter", "DATE", "2024-Q3" },
	{ "2024-12-05", "in the January-March quarter of 2023", "the "
	  "January-March quarter of 2023", "DATE", "2023-Q1" },
	{ "2024-12-05", "exports in the January-October period rose",
	  "January", "DATE", "2024-01" },
	{ "2024-12-05", "from November to February", "November", "DATE",
	  "2024-11" },
	{ "2024-12-05", "from November to February", "February", "DATE",
	  "2025-02" },
	/* holidays of the lunisolar calendar, in Korea's time or China's */
	{ "2017-02-01", "설날에 고향을 찾았다.", "설날", "DATE", "2017-01-28" },
	{ "2020-10-05", "Families gathered for Chuseok.", "Chuseok", "DATE",
	  "2020-10-01" },
	{ "2020-05-05", "부처님오신날에 절을 찾았다.", "부처님오신날", "DATE",
	  "2020-04-30" },
	{ "1997-02-10", "They celebrated Seollal.", "Seollal", "DATE",
	  "1997-02-08" },
	{ "1997-02-10", "They celebrated the Spring Festival.", "Spring "
	  "Festival", "DATE", "1997-02-07" },
	{ "1997-02-10", "春节期间", "春节", "DATE", "1997-02-07" },
	{ "2024-12-05", "2023년 추석", "2023년 추석", "DATE", "2023-09-29" },
	/* years of a leap month: the months are counted from the winter
	 * solstice, not named by the sun's term they hold */
	{ "2024-12-05", "1985년 설날", "1985년 설날", "DATE", "1985-02-20" },
	{ "2024-12-05", "2033년 추석", "2033년 추석", "DATE", "2033-09-08" },
	{ "2024-12-05", "2034년 설날", "2034년 설날", "DATE", "2034-02-19" },
	{ "2024-12-05", "내년 설날에 만나자", "내년 설날", "DATE",
	  "2025-01-29" },
	{ "2025-10-10", "They celebrated the Mid-Autumn Festival.", "Mid-Autumn "
	  "Festival", "DATE", "2025-10-06" },
	{ "2024-12-05", "Families will gather for Chuseok.", "Chuseok", "DATE",
	  "2025-10-06" },
	{ "2024-12-05", "설 연휴 기간 북한이 도발할 것으로 보인다.", "설 연휴",
	  "DATE", "2025-01-29" },
	{ "2024-12-05", "The store will close on Labor Day.", "Labor Day",
	  "DATE", "2025-09-01" },
	/* "earlier in the day", "later in the month": today, this month */
	{ "2024-12-05", "Earlier in the day, Yoon met the envoy.", "the day",
	  "DATE", "2024-12-05" },
	{ "2024-12-05", "Prices rose earlier in the month.", "the month", "DATE",
	  "2024-12" },
	/* the weekend of a day, as the week of a day */
	{ "2024-12-05", "Protests grew on the weekend of Nov. 30.", "the weekend "
	  "of Nov. 30", "DATE", "2024-W48-WE" },
	/* a clock time right after a day is that day's */
	{ "2024-12-05", "Christa Winfrey 08/08/2000 11:36 AM have you heard",
	  "11:36 AM", "TIME", "2000-08-08T11:36" },
	{ "2024-12-05", "Posted Dec. 4, 2024 10:00 KST", "10:00 KST", "TIME",
	  "2024-12-04T10:00" },
	{ "2024-12-05", "On Dec. 4 12 soldiers died.", "Dec. 4", "DATE",
	  "2024-12-04" },
	/* the first and the last day of a month or a year */
	{ "2024-12-05", "on the last day of the year", "the last day of the "
	  "year", "DATE", "2024-12-31" },
	{ "2024-12-05", "the first day of June", "the first day of June",
	  "DATE", "2024-06-01" },
	{ "2024-12-05", "the last day of February 2024", "the last day of "
	  "February 2024", "DATE", "2024-02-29" },
	/* "my last day" is the final one, no span */
	{ "2024-12-05", "Today is my last day in the office.", "Today", "DATE",
	  "2024-12-05" },
	{ "2024-12-05", "It was its last week in office.", "", "", "" },
	/* Korean month and day spans: "1~10월", "2∼4일" */
	{ "2024-12-05", "1~10월 수출은 늘었다.", "1", "DATE", "2024-01" },
	{ "2024-12-05", "1~10월 수출은 늘었다.", "10월", "DATE", "2024-10" },
	{ "2024-12-05", "2∼4일 열린 회의", "2", "DATE", "2024-12-02" },
	{ "2024-12-05", "2023년 1～3월", "2023년 1", "DATE", "2023-01" },
	{ "2024-12-05", "5~10명", "", "", "" },
	/* Korean spans after "향후", "앞으로", "지난", "과거", "최근", the
	 * word in the extent; weeks in "주일" and "일주일"; a bare count of
	 * years stays none */
	{ "2024-12-05", "향후 10년 동안의 계획", "향후 10년 동안", "DURATION",
	  "P10Y" },
	{ "2024-12-05", "향후 10년 계획", "향후 10년", "DURATION", "P10Y" },
	{ "2024-12-05", "앞으로 5년 안에", "앞으로 5년", "DURATION", "P5Y" },
	{ "2024-12-05", "지난 10년 성장률", "지난 10년", "DURATION", "P10Y" },
	{ "2024-12-05", "최근 3년간 교역이 늘었다", "최근 3년간", "DURATION",
	  "P3Y" },
	{ "2024-12-05", "최근 3년간 교역이 늘었다", "최근", "", "" },
	{ "2024-12-05", "최근에 3년간", "최근", "DATE", "PAST_REF" },
	{ "2024-12-05", "최근에 3년간", "3년간", "DURATION", "P3Y" },
	{ "2024-12-05", "1주일 전 발표했다", "1주일 전", "DATE", "2024-W48" },
	{ "2024-12-05", "일주일 만에 풀려났다", "일주일", "DURATION", "P1W" },
	{ "2024-12-05", "징역 3년을 선고했다", "", "", "" },
	/* Korean quarters: "지난 분기", "이번 분기"; "전년" alone; "3일 전"
	 * stays a count */
	{ "2024-12-05", "지난 분기 실적", "지난 분기", "DATE", "2024-Q3" },
	{ "2024-12-05", "이번 분기 실적", "이번 분기", "DATE", "2024-Q4" },
	{ "2024-12-05", "전년 대비 8% 증가", "전년", "DATE", "2023" },
	{ "2024-12-05", "전 분기 대비", "전 분기", "DATE", "2024-Q3" },
	{ "2024-12-05", "3일 전 분기 실적을 냈다", "3일 전", "DATE",
	  "2024-12-02" },
	/* "the previous quarter" is before the one last mentioned */
	{ "2024-12-05", "GDP grew in the third quarter from the previous "
	  "quarter.", "the previous quarter", "DATE", "2024-Q2" },
	{ "2024-12-05", "Sales fell in the first quarter of 2023 but rose in "
	  "the following quarter.", "the following quarter", "DATE",
	  "2023-Q2" },
	{ "2024-12-05", "in the previous quarter", "the previous quarter",
	  "DATE", "2024-Q3" },
	/* counted from now: "three days from now", "in two weeks' time" */
	{ "2024-12-05", "The vote is three days from now.", "three days from "
	  "now", "DATE", "2024-12-08" },
	{ "2024-12-05", "They meet again in two weeks' time.", "two weeks' time",
	  "DATE", "2024-W51" },
	{ "2024-12-05", "in a year's time", "a year's time", "DATE", "2025" },
	{ "", "in a year's time", "a year's time", "DATE", "FUTURE_REF" },
	{ "2024-12-05", "48 hours from now", "48 hours from now", "DATE",
	  "2024-12-07" },
	/* counted from a day: "a week from Friday", the coming one */
	{ "2024-12-04", "They meet a week from Friday.", "a week from Friday",
	  "DATE", "2024-12-13" },
	{ "2024-12-04", "ten days from tomorrow", "ten days from tomorrow",
	  "DATE", "2024-12-15" },
	{ "2024-12-04", "two weeks from Monday", "two weeks from Monday",
	  "DATE", "2024-12-23" },
	{ "2024-12-04", "He moved it a week from Friday to Monday.", "a week",
	  "DURATION", "P1W" },
	{ "2024-12-04", "We are a week from Christmas.", "a week", "DURATION",
	  "P1W" },
	/* "three and a half years", "1.5 years": the half in the span */
	{ "2024-12-05", "He spent nearly three and a half years there.",
	  "nearly three and a half years", "DURATION", "P3Y6M" },
	{ "2024-12-05", "in one and a half years", "one and a half years",
	  "DURATION", "P1Y6M" },
	{ "2024-12-05", "within 1.5 years", "1.5 years", "DURATION", "P1Y6M" },
	{ "2024-12-05", "four and a half months later", "four and a half "
	  "months", "DURATION", "P4M15D" },
	{ "2024-12-05", "two and a half weeks", "two and a half weeks",
	  "DURATION", "P17DT12H" },
	{ "2024-12-05", "two and a half decades", "two and a half decades",
	  "DURATION", "P25Y" },
	{ "2024-12-05", "rates rose 2.5 percent", "", "", "" },
	/* halves and quarters of a year named from the reference */
	{ "2024-12-05", "The deal is expected in the first half of next year.",
	  "the first half of next year", "DATE", "2025-H1" },
	{ "2024-12-05", "Sales rose in the second quarter of last year.",
	  "the second quarter of last year", "DATE", "2023-Q2" },
	{ "2024-12-05", "in the first quarter of the current year", "the first "
	  "quarter of the current year", "DATE", "2024-Q1" },
	{ "2024-12-05", "by the last quarter of this year", "the last quarter "
	  "of this year", "DATE", "2024-Q4" },
	{ "2024-12-05", "Sales fell in the last quarter.", "the last quarter",
	  "DATE", "2024-Q3" },
	{ "2024-12-05", "sales in the first half of the years", "the first half",
	  "DATE", "2024-H1" },
	{ "2024-12-06", "they lived in camps for 2 1/2 years.", "2 1/2 years",
	  "DURATION", "P2Y6M" },
	{ "2024-12-06", "an hour and a half later the", "an hour and a half",
	  "DURATION", "PT1H30M" },
	/* spelled years and centuries without "the" */
	{ "2024-12-06", "Atlanta, nineteen ninety-six. A bomb",
	  "nineteen ninety-six", "DATE", "1996" },
	{ "2024-12-06", "she is a 20th century democrat", "20th century",
	  "DATE", "19" },
	/* "the past" alone, but not before a count */
	{ "2024-12-06", "they said in the past that they could", "the past",
	  "DATE", "PAST_REF" },
	{ "2024-12-06", "prices rose over the past two months", "the past two months",
	  "DURATION", "P2M" },
	/* a verb right before a weekday sets the tense; compounds do not */
	{ "2024-12-05", "they would appeal the decision, announced Wednesday "
	  "by the court", "Wednesday", "DATE", "2024-12-04" },
	{ "2024-12-06", "after reporting lower-than-expected earnings when "
	  "the market closed Wednesday", "Wednesday", "DATE", "2024-12-04" },
	{ "2024-12-06", "the shares are to resume trading in Paris Tuesday.",
	  "Tuesday", "DATE", "2024-12-10" },
	{ "2024-12-06", "The vote is to be held Tuesday.", "Tuesday", "DATE",
	  "2024-12-10" },
	/* "this past spring": the last spring gone by, not last year's */
	{ "2024-10-30", "it scrapped the unit this past spring, he said",
	  "this past spring", "DATE", "2024-SP" },
	/* in January, the fall gone by is the last year's, the next spring
	 * this year's, as in Korean */
	{ "2025-01-20", "Sales rose this past fall.", "this past fall", "DATE",
	  "2024-FA" },
	{ "2025-01-20", "The plant will open next spring.", "next spring", "DATE",
	  "2025-SP" },
	{ "2025-01-20", "다음 봄에 열린다", "다음 봄", "DATE", "2025-SP" },
	{ "2024-10-30", "it scrapped the unit last spring, he said",
	  "last spring", "DATE", "2023-SP" },
	/* a weekday's event is news of the past unless a future follows */
	{ "2024-12-06", "they would look for ways to get around Wednesday's "
	  "ruling", "Wednesday", "DATE", "2024-12-04" },
	{ "2024-12-06", "Monday's vote will decide it", "Monday", "DATE",
	  "2024-12-09" },
	/* a decimal point does not end the sentence for the quarter */
	{ "2024-11-02", "Revenue fell to $85.7 million, from $93.3 million a "
	  "year earlier.", "a year earlier", "DATE", "2023-Q3" },
	/* "effective" looks ahead */
	{ "2024-10-26", "the new labor pact effective June 1.", "June 1",
	  "DATE", "2025-06-01" },
	{ "2024-10-26", "the rule, effective Oct. 1, was", "Oct. 1", "DATE",
	  "2024-10-01" },
	/* a time with its day after a comma; the week of a day */
	{ "2024-10-30", "the offer runs until 5 p.m. EST, Nov. 6.",
	  "5 p.m. EST, Nov. 6", "TIME", "2024-11-06T17:00" },
	{ "2024-02-24", "a court hearing the week of March 6, he said",
	  "the week of March 6", "DATE", "2024-W10" },
	/* counted hours, decades and quarters ago */
	{ "2024-04-01", "launched the revolution more than four decades ago",
	  "more than four decades ago", "DATE", "198" },
	{ "2024-04-01", "the blast two hours ago", "two hours ago", "DATE",
	  "2024-04-01" },
	{ "2024-04-01", "the blast 48 hours ago", "48 hours ago", "DATE",
	  "2024-03-30" },
	{ "2024-04-01", "sales two quarters ago", "two quarters ago", "DATE",
	  "2023-Q4" },
	/* a time of their own, with no name of a unit, month or day: the
	 * filter that skips sentences without dates must keep them */
	{ "2024-12-06", "there are no shipments at the moment.", "the moment",
	  "DATE", "PRESENT_REF" },
	{ "2024-12-06", "at present the rules apply", "present", "DATE",
	  "PRESENT_REF" },
	{ "2024-12-06", "sales in the latest period rose",
	  "the latest period", "DATE", "2024-Q3" },
	{ "2013-03-15", "Lunch is at 12:00 noon.", "12:00 noon", "TIME",
	  "2013-03-15T12:00" },
	{ "2013-03-15", "the 12 midnight deadline", "12 midnight", "TIME",
	  "2013-03-15T24:00" },
	{ "2013-03-15", "Police were called from 1 to 3 p.m. Tuesday.", "1",
	  "TIME", "2013-03-12T13:00" },
	{ "2013-03-15", "Polls close between 2 and 4 p.m.", "2", "TIME",
	  "2013-03-15T14:00" },
	{ "2013-03-15", "open from 11 to 1 p.m.", "11", "TIME",
	  "2013-03-15T11:00" },
	{ "2013-03-15", "prices rose from 2 to 3 percent", "", "", "" },
	{ "2013-03-15", "He arrived around 3 in the afternoon.",
	  "3 in the afternoon", "TIME", "2013-03-15T15:00" },
	{ "2013-03-15", "The quake struck at 5 p.m. on March 11, 2011.",
	  "5 p.m. on March 11, 2011", "TIME", "2011-03-11T17:00" },
	{ "2024-12-06", "we meet at noon.", "noon", "TIME",
	  "2024-12-06T12:00" },
	{ "2024-12-06", "they leave tonight.", "tonight", "TIME",
	  "2024-12-06TNI" },
	{ "2024-12-06", "in the past they fought.", "the past", "DATE",
	  "PAST_REF" },
	{ "2024-12-06", "the recent talks", "recent", "DATE", "PAST_REF" },
	/* stray UTF-8 continuation bytes around the last trigger */
	{ "2024-12-06", "it was in 2024\x80", "2024", "DATE", "2024" },
	{ "2024-12-06", "\x80\xbf now \xbf", "now", "DATE", "PRESENT_REF" },
	/* "the" before a count belongs to the span */
	{ "2024-11-02", "net for the nine months rose 5%", "the nine months",
	  "DURATION", "P9M" },
	/* "more" inside a count */
	{ "2024-12-06", "he will stay for at least two more weeks even if",
	  "at least two more weeks", "DURATION", "P2W" },
	/* a count before "later": the span, its event rarely dated */
	{ "2024-12-06", "Three days later, the talks resumed", "Three days",
	  "DURATION", "P3D" },
	{ "2024-12-06", "A few days later, the firm said", "A few days",
	  "DURATION", "PXD" },
	/* a plan gone by: "had been due" is the past */
	{ "2024-12-09", "It had been due to expire Friday evening.",
	  "Friday evening", "TIME", "2024-12-06TEV" },
	{ "2024-12-04", "On Friday, the government planned to ban it.",
	  "Friday", "DATE", "2024-11-29" },
	/* decades spelled out: the last such decade */
	{ "1998-03-03", "numbers dropping through the nineties, but",
	  "the nineties", "DATE", "199" },
	{ "2024-12-06", "a boom in the twenties", "the twenties", "DATE",
	  "202" },
	{ "2000-02-24", "but the post-1959 politics have", "1959", "DATE",
	  "1959" },
	{ "1989-11-02", "In London at mid-afternoon yesterday, shares rose",
	  "mid-afternoon yesterday", "TIME", "1989-11-01TAF" },
	{ "1998-03-03", "Islam will one day be the second largest",
	  "one day", "DATE", "FUTURE_REF" },
	{ "1989-10-26", "Over the next couple of years we would",
	  "the next couple of years", "DURATION", "P2Y" },
	{ "1989-10-26", "through the first two quarters of 1990, when",
	  "the first two quarters of 1990", "DATE", "1990-H1" },
	{ "1989-10-26", "earnings for the last half of 1989 and",
	  "the last half of 1989", "DATE", "1989-H2" },
	/* results compared a year before: the quarter, or the longer span */
	{ "1989-11-01", "net of $1.8 million for the corresponding period "
	  "last year.", "the corresponding period last year", "DATE",
	  "1988-Q3" },
	{ "1989-10-26", "For the quarter a year ago, Columbia reported",
	  "the quarter a year ago", "DATE", "1988-Q3" },
	{ "1989-10-26", "For the nine months, net was $18.9 million, compared "
	  "with a loss of $9.7 million a year earlier.", "a year earlier",
	  "DATE", "1988" },
	{ "1989-10-26", "net rose in the fiscal first quarter ended Sept. 30, "
	  "from $2 million a year earlier.", "a year earlier", "DATE",
	  "1988-Q1" },
	/* plural parts of days are sets */
	{ "1998-02-13", "flights would leave on Monday and Tuesday nights",
	  "Tuesday nights", "SET", "XXXX-WXX-2TNI" },
	{ "1998-02-13", "flights would leave on Monday and Tuesday nights",
	  "Monday", "SET", "XXXX-WXX-1TNI" },
	{ "2000-04-03", "their third day-long meeting", "day-long", "DURATION",
	  "P1D" },
	{ "1989-10-30", "Eight trading days after the crash", "Eight trading days",
	  "DURATION", "P8D" },
	{ "1989-11-02", "extended for an additional year with", "an additional year",
	  "DURATION", "P1Y" },
	{ "1989-10-26", "to complete the transaction by year-end.", "year-end",
	  "DATE", "1989" },
	{ "1989-10-26", "the percentage change is since year-end.", "year-end",
	  "DATE", "1988" },
	/* Russian */
	{ "2024-12-06", "Договор вступил в силу 4 декабря 2024 года.",
	  "4 декабря 2024 года", "DATE", "2024-12-04" },
	{ "2024-12-06", "Путин подписал закон 9 ноября.", "9 ноября", "DATE",
	  "2024-11-09" },
	{ "2024-12-06", "Переговоры прошли 20 января.", "20 января", "DATE",
	  "2024-01-20" },
	{ "2024-12-06", "Встреча состоится 9 января.", "9 января", "DATE",
	  "2025-01-09" },
	{ "2024-12-06", "Это произошло в декабре.", "декабре", "DATE",
	  "2024-12" },
	{ "2024-12-06", "В пятницу Путин заявил.", "пятницу", "DATE",
	  "2024-12-06" },
	{ "2024-12-06", "в среду вечером", "среду вечером", "TIME",
	  "2024-12-04TEV" },
	{ "2024-12-06", "защищать окружающую среду", "", "", "" },
	{ "2024-12-06", "Вчера в Пхеньяне прошли переговоры.", "Вчера", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "На прошлой неделе Ким встретился с министром.",
	  "прошлой неделе", "DATE", "2024-W48" },
	{ "2024-12-06", "В прошлом году торговля выросла.", "прошлом году",
	  "DATE", "2023" },
	{ "2024-12-06", "в следующем месяце", "следующем месяце", "DATE",
	  "2025-01" },
	{ "2024-12-06", "в 2023 году", "2023 году", "DATE", "2023" },
	{ "2024-12-06", "в июне 2024 г. в Пхеньяне", "июне 2024 г.", "DATE",
	  "2024-06" },
	{ "2024-12-06", "три дня назад", "три дня назад", "DATE", "2024-12-03" },
	{ "2024-12-06", "в начале декабря", "начале декабря", "DATE",
	  "2024-12" },
	{ "2024-12-06", "с 5 по 7 декабря", "5", "DATE", "2024-12-05" },
	{ "2024-12-06", "с 5 по 7 декабря", "7 декабря", "DATE", "2024-12-07" },
	{ "2024-12-06", "Летом цены растут.", "Летом", "DATE", "2024-SU" },
	{ "2024-12-06", "прошлой зимой было холодно", "прошлой зимой", "DATE",
	  "2023-WI" },
	{ "2024-12-06", "Этим летом он приехал.", "Этим летом", "DATE",
	  "2024-SU" },
	{ "2024-12-06", "Лето было жарким.", "", "", "" },
	{ "2024-12-06", "в третьем квартале 2024 года",
	  "третьем квартале 2024 года", "DATE", "2024-Q3" },
	{ "2024-12-06", "в первом квартале следующего года",
	  "первом квартале следующего года", "DATE", "2025-Q1" },
	{ "2024-12-06", "во второй половине года", "второй половине года",
	  "DATE", "2024-H2" },
	{ "2024-12-06", "в первой половине 2025 года",
	  "первой половине 2025 года", "DATE", "2025-H1" },
	{ "2024-12-06", "половине населения", "", "", "" },
	{ "2024-12-06", "посетил Россию в сентябре прошлого года",
	  "сентябре прошлого года", "DATE", "2023-09" },
	{ "2024-12-06", "5-6 декабря", "5", "DATE", "2024-12-05" },
	{ "2024-12-06", "5-6 декабря", "6 декабря", "DATE", "2024-12-06" },
	{ "2024-12-06", "the summit on 19-20 June", "19", "DATE", "2024-06-19" },
	{ "2024-12-06", "the summit on 5th-7th May", "5th", "DATE",
	  "2025-05-05" },
	{ "2024-12-06", "the summit on 5th-7th May", "7th May", "DATE",
	  "2025-05-07" },
	{ "2024-12-06", "on the 5th and 6th of December", "the 5th", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "on the 5th and 6th of December", "6th of December",
	  "DATE", "2024-12-06" },
	{ "2024-12-06", "people aged 13-17 may travel", "", "", "" },
	{ "2024-12-06", "The program runs from April 1 to June 24.", "June 24",
	  "DATE", "2025-06-24" },
	{ "2024-12-06", "is to run from January 23 through March 9",
	  "March 9", "DATE", "2025-03-09" },
	{ "2024-12-06", "I was on vacation from October 4th to October 19th",
	  "October 19th", "DATE", "2024-10-19" },
	{ "2024-12-06", "between October and February", "February", "DATE",
	  "2025-02" },
	{ "2024-12-06", "from March to May next year", "March", "DATE",
	  "2025-03" },
	{ "2024-12-10", "It ran from November 20 to January 5.", "November 20",
	  "DATE", "2023-11-20" },
	{ "2024-12-10", "It ran from November 20 to January 5.", "January 5",
	  "DATE", "2024-01-05" },
	{ "2024-12-10", "It will run from November 20 to January 5.",
	  "November 20", "DATE", "2024-11-20" },
	{ "2024-12-10", "The fair ran from Nov. 20 to Dec. 15.", "Nov. 20",
	  "DATE", "2024-11-20" },
	{ "2024-12-10", "It ran Nov. 20-Jan. 5.", "Jan. 5", "DATE",
	  "2024-01-05" },
	{ "2024-12-10", "The show runs Nov. 20-Jan. 5.", "Jan. 5", "DATE",
	  "2025-01-05" },
	{ "2024-04-12", "The fair runs June 3-5, 2019.", "June 3", "DATE",
	  "2019-06-03" },
	{ "2024-04-12", "The fair runs June 3-5, 2019.", "5, 2019", "DATE",
	  "2019-06-05" },
	{ "2024-04-12", "The fair ran June 3-5 2019 in Paris.", "5 2019",
	  "DATE", "2019-06-05" },
	{ "2024-04-12", "It ran from Nov. 3 to Dec. 5, 2019.", "Nov. 3", "DATE",
	  "2019-11-03" },
	{ "2024-04-12", "It closed from Dec. 28 to Jan. 3, 2020.", "Dec. 28",
	  "DATE", "2019-12-28" },
	{ "2024-04-12", "shown January 23 - March 9 2014", "January 23", "DATE",
	  "2014-01-23" },
	{ "2024-04-12", "It lasted from 23 January to 9 March 2014.",
	  "23 January", "DATE", "2014-01-23" },
	{ "2024-04-12", "They met on Sept. 5 and Oct. 3, 2019.", "Sept. 5",
	  "DATE", "2019-09-05" },
	{ "2024-04-12", "Die Messe lief vom 3. Juni bis 5. Juli 2019.",
	  "3. Juni", "DATE", "2019-06-03" },
	{ "2024-04-12", "La feria fue del 3 de junio al 5 de julio de 2019.",
	  "3 de junio", "DATE", "2019-06-03" },
	{ "2024-04-12", "He met on June 3 and 5,000 people came in 2019.",
	  "June 3", "DATE", "2023-06-03" },
	{ "2024-04-12", "talks from June 3 to 5 p.m. 2019", "June 3", "DATE",
	  "2024-06-03" },
	{ "2024-11-23", "We will decide after the first of the year.",
	  "the first of the year", "DATE", "2025-01-01" },
	{ "2024-11-23", "Prices rise on the first of next year.",
	  "the first of next year", "DATE", "2025-01-01" },
	{ "2024-11-23", "It was the first of the year 2020",
	  "the first of the year 2020", "DATE", "2020-01-01" },
	{ "2024-11-23", "He was the first of the year's winners.", "", "", "" },
	{ "2024-11-23", "The rules took effect on Jan. 1.", "Jan. 1", "DATE",
	  "2024-01-01" },
	{ "2024-11-23", "The treaty came into force on Dec. 10.", "Dec. 10",
	  "DATE", "2023-12-10" },
	{ "2024-11-23", "He took office on Dec. 20.", "Dec. 20", "DATE",
	  "2023-12-20" },
	{ "2024-11-23", "The law will take effect on Jan. 1.", "Jan. 1", "DATE",
	  "2025-01-01" },
	{ "2024-12-06", "We meet every Monday and Thursday.", "Thursday", "SET",
	  "XXXX-WXX-4" },
	{ "2024-12-06", "They meet each Monday, Wednesday, and Friday.",
	  "Friday", "SET", "XXXX-WXX-5" },
	{ "2024-12-06", "He met Monday and Thursday.", "Thursday", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "He visits every other week.", "every other week",
	  "SET", "P2W" },
	{ "2024-12-06", "It floods every summer.", "every summer", "SET",
	  "XXXX-SU" },
	{ "2005-09-22", "Light sweet crude for delivery in November rose.",
	  "November", "DATE", "2005-11" },
	{ "2005-09-22", "Brent crude for November delivery advanced.",
	  "November", "DATE", "2005-11" },
	{ "2005-09-22", "The August contract expired.", "August", "DATE",
	  "2005-08" },
	{ "2005-01-10", "The December contract fell.", "December", "DATE",
	  "2004-12" },
	{ "2005-09-22", "Prices rose in November.", "November", "DATE",
	  "2004-11" },
	{ "2004-11-11", "It did not bode well for the January elections.",
	  "January", "DATE", "2005-01" },
	{ "2004-11-11", "He lost the March primary.", "March", "DATE",
	  "2004-03" },
	{ "2004-11-11", "He won the March primary by 5 points.", "March",
	  "DATE", "2004-03" },
	{ "2004-11-11", "It cost 5,000 won on Tuesday.", "Tuesday", "DATE",
	  "2004-11-09" },
	{ "2024-12-06", "On the 15th, a deal was struck.", "the 15th", "DATE",
	  "2024-11-15" },
	{ "2024-12-06", "The vote is on the 15th.", "the 15th", "DATE",
	  "2024-12-15" },
	{ "2024-10-26", "Putin said on the 24th that the treaty holds.",
	  "the 24th", "DATE", "2024-10-24" },
	{ "2024-10-26", "the 24th amendment", "", "", "" },
	{ "2024-10-26", "patches follow the next year-month release", "", "",
	  "" },
	{ "2005-09-22", "Greg worked from 7 PM until 4 AM.", "4 AM", "TIME",
	  "2005-09-23T04:00" },
	{ "2005-09-22", "between 11 p.m. and 1 a.m.", "1 a.m", "TIME",
	  "2005-09-23T01:00" },
	{ "2005-09-22", "at 7 PM and 4 AM", "4 AM", "TIME",
	  "2005-09-22T04:00" },
	{ "2005-09-22", "from 1:30 to 2:30 p.m.", "1:30", "TIME",
	  "2005-09-22T13:30" },
	{ "2005-09-22", "from 11:30 to 1 p.m.", "11:30", "TIME",
	  "2005-09-22T11:30" },
	{ "2005-09-22", "between 01:30 and 2:30 p.m.", "01:30", "TIME",
	  "2005-09-22T01:30" },
	{ "2024-12-04", "The vote is Friday.", "Friday", "DATE", "2024-12-06" },
	{ "2024-12-04", "By Friday, the deal must be done.", "Friday", "DATE",
	  "2024-12-06" },
	{ "2024-12-04", "By Friday, 30 people had died.", "Friday", "DATE",
	  "2024-11-29" },
	{ "2024-12-04", "The store is closed until Friday.", "Friday", "DATE",
	  "2024-12-06" },
	{ "2024-12-04", "The deadline was Friday.", "Friday", "DATE",
	  "2024-11-29" },
	{ "2024-12-04", "Stores are open Monday-Friday.", "Friday", "DATE",
	  "2024-12-06" },
	{ "2024-12-04", "The talks run from Thursday to Saturday.", "Saturday",
	  "DATE", "2024-12-07" },
	{ "2024-12-04", "from Monday to Wednesday morning",
	  "Wednesday morning", "TIME", "2024-12-04TMO" },
	{ "2024-12-04", "Talks ran from Monday to Wednesday.", "Wednesday",
	  "DATE", "2024-12-04" },
	{ "2024-12-04", "from Friday to Monday", "Monday", "DATE",
	  "2024-12-02" },
	{ "2024-12-06", "from 9 p.m. to 11:30", "11:30", "TIME",
	  "2024-12-06T23:30" },
	{ "2024-12-06", "from 9 p.m. until 1:30", "1:30", "TIME",
	  "2024-12-07T01:30" },
	{ "2024-12-06", "The meeting ran from 2 p.m. to 4.", "4", "TIME",
	  "2024-12-06T16:00" },
	{ "2024-12-06", "from 10 a.m. to 2 on Friday", "2 on Friday", "TIME",
	  "2024-12-06T14:00" },
	{ "2024-12-06", "between 9 a.m. and 11", "11", "TIME",
	  "2024-12-06T11:00" },
	{ "2024-12-06", "from noon to 3", "3", "TIME", "2024-12-06T15:00" },
	{ "2024-12-06", "rates rose from 2 p.m. to 4 percent", "4", "", "" },
	{ "2024-12-06", "from 2 p.m. to 4 people", "4", "", "" },
	{ "2024-12-06", "from 09:00 to 11:00", "11:00", "TIME",
	  "2024-12-06T11:00" },
	{ "2024-12-06", "오후 9시부터 11시 30분까지", "11시 30분", "TIME",
	  "2024-12-06T23:30" },
	{ "2024-12-06", "2시부터 오후 4시까지", "2시", "TIME",
	  "2024-12-06T14:00" },
	{ "2024-12-06", "오전 10시부터 2시까지", "2시", "TIME",
	  "2024-12-06T14:00" },
	{ "2024-12-06", "오후 10시부터 2시까지", "2시", "TIME",
	  "2024-12-07T02:00" },
	{ "2024-12-06", "오전 9시~11시", "11시", "TIME", "2024-12-06T11:00" },
	{ "2024-12-06", "오후 2~4시", "오후 2", "TIME", "2024-12-06T14:00" },
	{ "2024-12-06", "오후 2~4시", "4시", "TIME", "2024-12-06T16:00" },
	{ "2024-12-06", "2~4시", "2", "TIME", "2024-12-06T02:00" },
	{ "2024-12-06", "2~3시간 걸린다", "3시간", "DURATION", "PT3H" },
	{ "2024-12-06", "내일 오후 2~4시 회의", "4시", "TIME",
	  "2024-12-07T16:00" },
	{ "2024-12-06", "지난 4일 오후 2~3시께", "3시", "TIME",
	  "2024-12-04T15:00" },
	{ "2005-09-22", "It was the year we got him.", "", "", "" },
	{ "2005-09-22", "He left at the last minute.", "", "", "" },
	{ "2005-09-22", "last minute changes", "", "", "" },
	{ "2005-09-22", "over the last hour", "the last hour", "DURATION",
	  "PT1H" },
	{ "2005-09-22", "in the weeks to come", "the weeks to come",
	  "DURATION", "PXW" },
	{ "2024-12-06", "In the year ahead, growth will slow.",
	  "the year ahead", "DURATION", "P1Y" },
	{ "2024-12-06", "the days ahead of the vote", "", "", "" },
	{ "2024-12-06", "a year-long probe", "year-long", "DURATION", "P1Y" },
	{ "2024-12-06", "a year-long probe", "a year", "", "" },
	{ "2013-03-21", "Home prices rose 8.1% in January from a year "
	  "earlier.", "a year earlier", "DATE", "2012-01" },
	{ "2013-03-21", "Retail sales fell 1% in February from a year ago.",
	  "a year ago", "DATE", "2012-02" },
	{ "2013-03-21", "In January, he left. A year earlier, he arrived.",
	  "A year earlier", "DATE", "2012" },
	{ "2013-03-21", "Talks are expected to last several days.",
	  "several days", "DURATION", "PXD" },
	{ "2013-03-21", "The storm will last two days.", "two days",
	  "DURATION", "P2D" },
	{ "2013-03-21", "over the last two weeks", "the last two weeks",
	  "DURATION", "P2W" },
	{ "2024-12-06", "The market is closed on Sundays.", "Sundays", "SET",
	  "XXXX-WXX-7" },
	{ "2024-12-06", "They march with Fridays for Future.", "", "", "" },
	{ "2024-12-06", "die Fridays-for-Future-Bewegung", "", "", "" },
	{ "2024-12-06", "They meet every day at 9 a.m. sharp.",
	  "every day at 9 a.m.", "SET", "XXXX-XX-XXT09:00" },
	{ "2024-12-06", "every Tuesday at 3 p.m., the board meets",
	  "every Tuesday at 3 p.m.", "SET", "XXXX-WXX-2T15:00" },
	{ "2024-12-06", "매주 화요일 오후 3시", "매주 화요일 오후 3시", "SET",
	  "XXXX-WXX-2T15:00" },
	{ "2024-12-06", "daily at noon", "daily at noon", "SET",
	  "XXXX-XX-XXT12:00" },
	{ "2024-12-06", "every year at Christmas", "every year", "SET", "P1Y" },
	{ "2024-12-06", "it is so different from most people's every day lives",
	  "", "", "" },
	{ "2024-12-06", "people in his every day life", "", "", "" },
	{ "2024-12-06", "I run every day.", "every day", "SET", "P1D" },
	{ "2024-12-06", "every morning", "every morning", "SET",
	  "XXXX-XX-XXTMO" },
	{ "2024-12-06", "every few years", "every few years", "SET", "PXY" },
	{ "2024-12-06", "every Dec. 25", "every Dec. 25", "SET", "XXXX-12-25" },
	{ "2024-12-06", "every December", "every December", "SET", "XXXX-12" },
	{ "2024-12-06", "a year and a half ago", "a year and a half ago",
	  "DATE", "2023-06" },
	{ "2024-12-06", "half a year ago", "half a year ago", "DATE",
	  "2024-06" },
	{ "2024-12-06", "half an hour ago", "half an hour ago", "DATE",
	  "2024-12-06" },
	{ "2024-12-06", "A half-century ago, they ruled.", "A half-century ago",
	  "DATE", "1974" },
	{ "2024-12-06", "a half-hour show", "a half-hour", "DURATION",
	  "PT30M" },
	{ "2024-12-06", "for a half hour", "a half hour", "DURATION", "PT30M" },
	{ "2024-12-06", "a half percent", "", "", "" },
	{ "2024-12-06", "for a quarter of a century, he ruled",
	  "a quarter of a century", "DURATION", "P25Y" },
	{ "2024-12-06", "a quarter of an hour", "a quarter of an hour",
	  "DURATION", "PT15M" },
	{ "2024-12-06", "only a quarter of citizens favoured it", "", "", "" },
	{ "2024-12-06", "about one-quarter of US oil operations", "", "", "" },
	{ "1989-10-30", "after several quarters of losses", "several quarters",
	  "DURATION", "PXQ" },
	{ "2024-12-06", "lol like 2day", "", "", "" },
	{ "2024-12-06", "2hrs later", "2hrs", "DURATION", "PT2H" },
	{ "2024-12-06", "5days", "5days", "DURATION", "P5D" },
	{ "2024-12-06", "a decade-old treaty", "", "", "" },
	{ "2024-12-06", "Voters would choose a flag early in 2016.",
	  "early in 2016", "DATE", "2016" },
	{ "2024-12-06", "late in the year", "late in the year", "DATE", "2024" },
	{ "2024-12-06", "Sales are up from this time last year.",
	  "this time last year", "DATE", "2023-12-06" },
	{ "2024-02-29", "this time next year", "this time next year", "DATE",
	  "2025-02-28" },
	{ "2024-12-06", "the 2024/25 season", "25", "DATE", "2025" },
	{ "2024-12-06", "on 2024/25/12", "", "", "" },
	{ "2020-01-13", "Reflections on Python 3\n\nJanuary 13, 2020",
	  "January 13, 2020", "DATE", "2020-01-13" },
	{ "2020-01-13", "Am 3.\nJanuar kam er.", "3.\nJanuar", "DATE",
	  "2020-01-03" },
	{ "2024-12-06", "nearly a quarter century of rule",
	  "nearly a quarter century", "DURATION", "P25Y" },
	{ "2024-12-06", "a quarter-century ago", "a quarter-century ago", "DATE",
	  "1999" },
	{ "2024-12-06", "We will add interviews weekly throughout March.",
	  "March", "DATE", "2025-03" },
	{ "2024-12-06", "was raised at the June CITT meeting", "June", "DATE",
	  "2024-06" },
	{ "2024-12-06", "the June Carter show", "", "", "" },
	{ "2024-03-15", "We meet this evening at 6:30.", "6:30", "TIME",
	  "2024-03-15T18:30" },
	{ "2024-03-15", "He spoke Sunday night at 9:30.", "9:30", "TIME",
	  "2024-03-10T21:30" },
	{ "2024-03-15", "We met this afternoon at 2:15.", "2:15", "TIME",
	  "2024-03-15T14:15" },
	{ "2024-03-15", "He woke this morning at 6:45.", "6:45", "TIME",
	  "2024-03-15T06:45" },
	{ "2024-03-15", "The game is tonight at 8.", "8", "TIME",
	  "2024-03-15T20:00" },
	{ "2024-03-15", "The show starts at 8 tonight.", "8", "TIME",
	  "2024-03-15T20:00" },
	{ "2024-03-15", "a happy hour tonight beginning around 5:00", "5:00",
	  "TIME", "2024-03-15T17:00" },
	{ "2024-03-15", "Tonight, 06:30 is the time.", "06:30", "TIME",
	  "2024-03-15T06:30" },
	{ "2022-04-19", "del 21 al 24 de abril en Glasgow", "21", "DATE",
	  "2022-04-21" },
	{ "2024-06-06", "Das Treffen findet Ende des Jahres statt.",
	  "Ende des Jahres", "DATE", "2024" },
	{ "2024-06-06", "Anfang der Woche", "Anfang der Woche", "DATE",
	  "2024-W23" },
	{ "2024-06-06", "Ende des Krieges", "", "", "" },
	{ "2024-12-06", "Am Dienstagabend trafen sich die Minister.",
	  "Dienstagabend", "TIME", "2024-12-03TEV" },
	{ "2024-12-06", "Am Montag, dem 2. Dezember, kam er.",
	  "Montag, dem 2. Dezember", "DATE", "2024-12-02" },
	{ "2024-02-10", "on Thursday, November 7, the talks",
	  "Thursday, November 7", "DATE", "2024-11-07" },
	{ "2024-02-10", "on Sunday, March 27, the talks", "Sunday, March 27",
	  "DATE", "2022-03-27" },
	{ "2024-02-10", "el domingo 27 de marzo", "domingo 27 de marzo", "DATE",
	  "2022-03-27" },
	{ "2024-02-10", "El accidente ocurrió a las 3:41 del domingo 27 de marzo.",
	  "3:41", "TIME", "2022-03-27T03:41" },
	{ "2024-02-10", "a las 10:00 del lunes", "10:00", "TIME",
	  "2024-02-05T10:00" },
	{ "2024-02-10", "on Saturday, Feb. 10", "Saturday, Feb. 10", "DATE",
	  "2024-02-10" },
	{ "2024-12-06", "in dec. we met", "", "", "" },
	{ "2022-05-05", "O presidente falou na segunda-feira.", "segunda-feira",
	  "DATE", "2022-05-02" },
	{ "2022-05-05", "Três integrantes foram presos nesta terça-feira (3).",
	  "nesta terça-feira (3)", "DATE", "2022-05-03" },
	{ "2024-12-04", "Luana desapareceu na madrugada de sábado (23).",
	  "sábado (23)", "DATE", "2024-11-23" },
	{ "2024-12-04", "no domingo (1º), o governo", "domingo (1º)", "DATE",
	  "2024-12-01" },
	{ "2024-12-04", "A reunião será na quinta-feira (5).",
	  "quinta-feira (5)", "DATE", "2024-12-05" },
	{ "2024-12-30", "A reunião será na quinta-feira (2).",
	  "quinta-feira (2)", "DATE", "2025-01-02" },
	{ "2024-12-04", "O jogo de sábado (24) foi", "sábado", "DATE",
	  "2024-11-30" },
	{ "2024-12-04", "O jogo de sábado (24) foi", "24", "", "" },
	{ "2024-12-04", "the police said on Friday (29) that", "Friday (29)",
	  "DATE", "2024-11-29" },
	{ "2022-05-05", "A reunião será na próxima quarta-feira.",
	  "próxima quarta-feira", "DATE", "2022-05-11" },
	{ "2022-05-05", "A quinta-feira passada foi quente.",
	  "quinta-feira passada", "DATE", "2022-04-28" },
	{ "2022-05-05", "Ele chegou na segunda vez.", "", "", "" },
	{ "2024-12-06", "Il a rencontré Poutine en juin.", "juin", "DATE",
	  "2024-06" },
	{ "2024-12-06", "Putin visitó Pyongyang en marzo.", "marzo", "DATE",
	  "2024-03" },
	{ "2024-12-06", "La sonde est arrivée sur Mars en mars.", "mars", "DATE",
	  "2024-03" },
	{ "2024-12-06", "Putin visitará Pyongyang en marzo.", "marzo", "DATE",
	  "2025-03" },
	{ "2024-12-06", "Putin ha visitato Pyongyang a marzo.", "marzo", "DATE",
	  "2024-03" },
	{ "2024-12-06", "Putin visitou Pyongyang em março.", "março", "DATE",
	  "2024-03" },
	{ "2024-12-06", "Los precios suben desde marzo.", "marzo", "DATE",
	  "2024-03" },
	{ "2024-12-06", "Julio Iglesias cantó.", "", "", "" },
	{ "2022-05-03", "Em fevereiro do ano passado, a Secretaria informou.",
	  "fevereiro do ano passado", "DATE", "2021-02" },
	{ "2022-05-03", "en juin de l'année dernière",
	  "juin de l'année dernière", "DATE", "2021-06" },
	{ "2022-05-03", "nel giugno dell'anno scorso", "giugno dell'anno scorso",
	  "DATE", "2021-06" },
	{ "2022-05-03", "en junio del próximo año", "junio del próximo año",
	  "DATE", "2023-06" },
	{ "2022-05-03", "L'alerte avait été donnée en juin dernier.",
	  "juin dernier", "DATE", "2021-06" },
	{ "2022-05-03", "Il viendra en juin prochain.", "juin prochain", "DATE",
	  "2022-06" },
	{ "2022-05-03", "el martes 1° de marzo", "martes 1° de marzo", "DATE",
	  "2022-03-01" },
	{ "2022-05-03", "el 1º de mayo", "1º de mayo", "DATE", "2022-05-01" },
	{ "2022-05-03", "a 25° de temperatura", "", "", "" },
	{ "2022-04-19", "los días 5 y 6 de mayo", "5", "DATE", "2022-05-05" },
	{ "2022-04-19", "du 3 au 5 mars 2023", "3", "DATE", "2023-03-03" },
	{ "2022-04-19", "entre 10 y 15 de ellos", "", "", "" },
	{ "2024-12-06", "в 7 часов вечера", "7 часов вечера", "TIME",
	  "2024-12-06T19:00" },
	{ "2024-12-06", "5 декабря в 10:00 по московскому времени", "10:00",
	  "TIME", "2024-12-05T10:00" },
	{ "2024-12-06", "в прошлый четверг", "прошлый четверг", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "в течение 10 часов", "10 часов", "DURATION", "PT10H" },
	{ "2024-12-06", "около двух часов", "около двух часов", "DURATION",
	  "PT2H" },
	{ "2024-12-06", "в 1990-х годах", "1990-х годах", "DATE", "199" },
	{ "2024-12-06", "Парад в День Победы прошел.", "День Победы", "DATE",
	  "2024-05-09" },
	{ "2024-12-06", "накануне Дня Победы Путин заявил", "Дня Победы",
	  "DATE", "2024-05-09" },
	/* a verb in the past right before a month and day: the past one */
	{ "2024-12-06", "Talks were held on Feb. 20.", "Feb. 20", "DATE",
	  "2024-02-20" },
	{ "2024-12-06", "The offer expired Dec. 20.", "Dec. 20", "DATE",
	  "2023-12-20" },
	{ "2024-12-05", "Prices fell in January.", "January", "DATE",
	  "2024-01" },
	{ "2024-12-05", "It will open in January.", "January", "DATE",
	  "2025-01" },
	{ "2024-12-05", "He was born on Jan. 20.", "Jan. 20", "DATE",
	  "2024-01-20" },
	{ "2024-12-05", "The deal was expected in January.", "January", "DATE",
	  "2025-01" },
	{ "2024-12-06", "declared a dividend, payable Dec. 7", "Dec. 7", "DATE",
	  "2024-12-07" },
	{ "2024-12-04", "He visited Moscow in January.", "January", "DATE",
	  "2024-01" },
	{ "2024-12-04", "He met him in January.", "January", "DATE",
	  "2024-01" },
	{ "2024-12-04", "Prices fell sharply in January.", "January", "DATE",
	  "2024-01" },
	{ "2024-12-04", "Putin met Kim Jong-un on Jan. 6.", "Jan. 6", "DATE",
	  "2024-01-06" },
	{ "2024-12-04", "Putin met Kim Jong Un on Jan. 6.", "Jan. 6", "DATE",
	  "2024-01-06" },
	{ "2024-12-04", "He visited the White House on Jan. 6.", "Jan. 6",
	  "DATE", "2024-01-06" },
	{ "2024-12-04", "He promised elections in January.", "January", "DATE",
	  "2025-01" },
	{ "2024-12-04", "Officials said the talks would resume in January.",
	  "January", "DATE", "2025-01" },
	/* Korean words of a year, a month or a week from now */
	{ "2024-12-05", "재작년 대비 증가했다.", "재작년", "DATE", "2022" },
	{ "2024-12-05", "내후년에 완공된다.", "내후년", "DATE", "2026" },
	{ "2024-12-05", "내주 회의가 열린다.", "내주", "DATE", "2024-W50" },
	{ "2024-12-05", "차주 월요일", "차주 월요일", "DATE", "2024-12-09" },
	{ "2024-12-05", "익월 10일까지 납부한다.", "익월 10일", "DATE",
	  "2025-01-10" },
	/* "the weeks ahead", as "the coming weeks" */
	{ "2024-12-05", "prices may fall in the weeks ahead", "the weeks ahead",
	  "DURATION", "PXW" },
	{ "2024-12-05", "the months ahead will be hard", "the months ahead",
	  "DURATION", "PXM" },
	/* the day before or after a day named */
	{ "2000-02-24", "The day before last Tuesday's hearing, he went home.",
	  "The day before last Tuesday", "DATE", "2000-02-21" },
	{ "2000-02-24", "they met the day after Christmas", "the day after Christmas",
	  "DATE", "1999-12-26" },
	{ "2024-12-06", "He left the day before Dec. 4.", "the day before Dec. 4",
	  "DATE", "2024-12-03" },
	/* parts of the day after, before or of the day last named */
	{ "2024-12-06", "he appeared in court the next morning.",
	  "the next morning", "TIME", "2024-12-07TMO" },
	{ "2024-12-06", "The previous night, he had fled.", "The previous night",
	  "TIME", "2024-12-05TNI" },
	{ "2024-12-06", "That evening, crowds gathered.", "That evening", "TIME",
	  "2024-12-06TEV" },
	/* "March" and "May" after "the", before a noun, are months */
	{ "1999-02-10", "The March accession will enable the three countries",
	  "March", "DATE", "1999-03" },
	{ "2024-12-05", "after the May election, he resigned", "May", "DATE",
	  "2024-05" },
	{ "2024-12-05", "the March on Washington drew crowds", "", "", "" },
	{ "2024-12-05", "The March of Dimes raised funds", "", "", "" },
	/* what began "since" a date lies in the past, whatever the tense */
	{ "2024-06-20", "North Korea has sent troops to Russia since October.",
	  "October", "DATE", "2023-10" },
	{ "2024-12-05", "Kim has not been seen in public since Dec. 12.",
	  "Dec. 12", "DATE", "2023-12-12" },
	{ "2024-12-05", "Prices have fallen since January.", "January", "DATE",
	  "2024-01" },
	{ "2024-12-05", "Sales have risen since mid-January.", "mid-January",
	  "DATE", "2024-01" },
	{ "2024-12-05", "Trading has been halted since Monday.", "Monday",
	  "DATE", "2024-12-02" },
	{ "2024-12-05", "It has been closed since early December.",
	  "early December", "DATE", "2024-12" },
	{ "1989-10-26", "the deal should close around year end.",
	  "around year end", "DATE", "1989" },
	{ "1989-10-26", "cuts of 6,000 jobs by year's end", "year's end", "DATE",
	  "1989" },
	{ "1989-10-26", "after the 30-day waiting period", "30-day", "DURATION",
	  "P30D" },
	{ "1989-10-26", "despite the third-quarter loss", "third-quarter", "DATE",
	  "1989-Q3" },
	{ "2024-12-06", "as recently as last month", "recently", "", "" },
	{ "2024-12-06", "as recently as last month", "last month", "DATE",
	  "2024-11" },
	{ "2024-12-06", "until recently", "recently", "DATE", "PAST_REF" },
	{ "2024-12-06", "The talks will be held in the spring.", "the spring",
	  "DATE", "2025-SP" },
	{ "2024-12-06", "The talks were held in the spring.", "the spring",
	  "DATE", "2024-SP" },
	{ "1998-02-06", "The talks will be held in the spring.", "the spring",
	  "DATE", "1998-SP" },
	{ "2024-08-06", "The plan will be done by the fall.", "the fall",
	  "DATE", "2024-FA" },
	{ "2024-12-06", "상반기 중 방러할 예정이다", "상반기", "DATE", "2025-H1" },
	{ "2024-12-06", "상반기에 방러했다", "상반기", "DATE", "2024-H1" },
	{ "2024-12-06", "1분기에 착공할 계획이다", "1분기", "DATE", "2025-Q1" },
	{ "2024-02-06", "3분기 실적이 개선됐다", "3분기", "DATE", "2023-Q3" },
	{ "2024-12-06", "The plant will open in the first quarter.",
	  "the first quarter", "DATE", "2025-Q1" },
	{ "2024-12-06", "The two sides will hold talks in the first half.",
	  "the first half", "DATE", "2025-H1" },
	{ "2024-12-06", "Profit rose in the third quarter.",
	  "the third quarter", "DATE", "2024-Q3" },
	{ "2024-08-06", "Profit will rise in the second quarter.",
	  "the second quarter", "DATE", "2024-Q2" },
	{ "2024-12-06", "in 2H24", "2H24", "DATE", "2024-H2" },
	{ "2024-12-06", "1Q25 results", "1Q25", "DATE", "2025-Q1" },
	{ "2024-12-06", "3Q 2024 sales", "3Q 2024", "DATE", "2024-Q3" },
	{ "2024-12-06", "in Q3'24", "Q3'24", "DATE", "2024-Q3" },
	{ "2024-12-06", "the 3Q results", "", "", "" },
	{ "2024-12-06", "H2O and 2H2 gas", "", "", "" },
	{ "2024-12-06", "in the fourth quarter of fiscal 2025",
	  "the fourth quarter of fiscal 2025", "DATE", "2025-Q4" },
	{ "2024-12-06", "the third quarter of fiscal year 2024",
	  "the third quarter of fiscal year 2024", "DATE", "2024-Q3" },
	{ "2024-12-06", "by end-2024", "end-2024", "DATE", "2024" },
	{ "2024-12-06", "down from 15.9 percent at end-June", "end-June", "DATE",
	  "2024-06" },
	{ "2024-12-06", "in early-2025", "early-2025", "DATE", "2025" },
	{ "2024-12-06", "the end-user", "", "", "" },
	{ "2024-12-04", "Sales rose in the September quarter.",
	  "the September quarter", "DATE", "2024-Q3" },
	{ "2024-12-04", "in the June quarter last year",
	  "the June quarter last year", "DATE", "2023-Q2" },
	{ "2024-12-04", "the December quarter of 2023",
	  "the December quarter of 2023", "DATE", "2023-Q4" },
	{ "2024-12-04", "the October quarter", "October", "DATE", "2024-10" },
	{ "1989-10-26", "Now the plan is dead.", "Now", "DATE", "PRESENT_REF" },
	/* not dates */
	{ "2024-12-06", "the film High Noon was shown", "", "", "" },
	{ "2016-09-07", "She came with illustrator Johnnie Christmas.", "", "",
	  "" },
	{ "2016-09-07", "They wished us a Merry Christmas.", "", "", "" },
	{ "2024-12-04", "He wished them a Happy New Year.", "", "", "" },
	{ "2024-12-04", "The Jewish New Year begins at sundown.", "", "", "" },
	{ "2024-12-04", "Talks will resume after the New Year holiday.",
	  "New Year", "DATE", "2025-01-01" },
	{ "2024-12-04", "Talks will resume after New Year's.", "New Year's",
	  "DATE", "2025-01-01" },
	{ "2024-03-04", "New Year celebrations were cancelled.", "New Year",
	  "DATE", "2024-01-01" },
	{ "2024-12-04", "on New Year's Eve", "New Year's Eve", "DATE",
	  "2024-12-31" },
	{ "2024-12-04", "during the Korean New Year holiday", "Korean New Year",
	  "DATE", "2024-02-10" },
	{ "2024-12-04", "Parliament will vote on it in the new year.",
	  "the new year", "DATE", "2025" },
	{ "2020-01-10", "Just a week into the new year, the estimate is in.",
	  "the new year", "DATE", "2020" },
	{ "2024-12-04", "the new year-long plan", "the new year", "", "" },
	{ "2024-12-04", "in the new years ahead", "", "", "" },
	{ "2024-12-06", "Events were held to mark International Holocaust "
	  "Remembrance Day in many cities.", "", "", "" },
	{ "2016-09-07", "Before Christmas, sales rose.", "Christmas", "DATE",
	  "2015-12-25" },
	{ "2023-11-20", "Black Friday Deal jetzt sichern", "Black Friday",
	  "DATE", "2023-11-24" },
	{ "2016-09-07", "Sales Rise Before Christmas", "Christmas", "DATE",
	  "2016-12-25" },
	{ "2024-12-06", "a quarter of the population voted", "", "", "" },
	{ "2024-12-06", "about one-quarter of its staff left", "", "", "" },
	{ "1989-10-26", "Now, he says, the plan is dead.", "", "", "" },
	{ "1989-10-26", "year-end results were weak", "", "", "" },
	{ "2024-12-06", "it will save $500 million a year in costs", "", "",
	  "" },
	{ "2024-12-06", "up from four flights a week", "", "",
	  "" },
	{ "2024-12-06", "dozens of interviews a day", "", "", "" },
	{ "2024-12-06", "it costs $5 a month", "", "", "" },
	{ "2024-12-06", "he won 2 1/2 points", "", "", "" },
	{ "2024-12-06", "sent 10,000 troops", "", "", "" },
	{ "2024-12-06", "in No. 4 and Article 4 of the treaty", "", "", "" },
	{ "2024-12-06", "call 02-555-1234 now", "now", "DATE", "PRESENT_REF" },
	{ "2024-12-06", "a former minister, version 2.1.3", "", "", "" },
	{ "2024-12-06", "they won 3-2 at home", "", "", "" },
	{ "2024-12-06", "the 16th BRICS Summit", "", "", "" },
	{ "2024-12-06", "1500 troops and 1996 soldiers", "", "", "" },
	{ "2024-12-06", "she may leave; troops march on", "", "", "" },
	/* words of any case and length around triggers, ending the text */
	{ "2024-12-06", "police said on Wednesday", "Wednesday", "DATE",
	  "2024-12-04" },
	{ "2024-12-06", "SALES FELL IN JANUARY", "JANUARY", "DATE", "2024-01" },
	{ "2024-12-06", "internationally acknowledged yesterday", "yesterday",
	  "DATE", "2024-12-05" },
	{ "2024-12-06", "a supercalifragilisticexpialidociousword came Monday",
	  "Monday", "DATE", "2024-12-02" },
	{ "2024-12-06", "the deal is due in Nov", "", "", "" },
	/* values of each shape, with and without a reference date */
	{ "", "talks resumed on June 19", "June 19", "DATE", "XXXX-06-19" },
	{ "", "in the third quarter", "the third quarter", "DATE", "XXXX-Q3" },
	{ "2024-12-06", "the fourth quarter", "the fourth quarter", "DATE",
	  "2024-Q4" },
	{ "2024-12-06", "last weekend", "last weekend", "DATE", "2024-W48-WE" },
	/* a Russian unit with no number after a modifier is one; weekends */
	{ "2024-12-05", "переговоры длились более часа", "более часа",
	  "DURATION", "PT1H" },
	{ "2024-12-05", "это случилось около года назад", "около года назад",
	  "DATE", "2023" },
	{ "2024-12-05", "саммит пройдет в эти выходные", "эти выходные", "DATE",
	  "2024-W49-WE" },
	{ "2024-12-05", "в прошлые выходные", "прошлые выходные", "DATE",
	  "2024-W48-WE" },
	{ "2024-12-05", "в следующие выходные", "следующие выходные", "DATE",
	  "2024-W50-WE" },
	{ "2024-12-05", "under two years", "under two years", "DURATION",
	  "P2Y" },
	{ "2024-12-05", "under the deal", "", "", "" },
	/* counts in Chinese numerals, and of no number ("数", "几", "半") */
	{ "2024-12-05", "朝鲜三天前发射了导弹。", "三天前", "DATE", "2024-12-02" },
	{ "2024-12-05", "会谈将于两天后恢复。", "两天后", "DATE", "2024-12-07" },
	{ "2024-12-05", "二十年前", "二十年前", "DATE", "2004" },
	{ "2024-12-05", "两个月前", "两个月前", "DATE", "2024-10" },
	{ "2024-12-05", "为期三天的访问", "三天", "DURATION", "P3D" },
	{ "2024-12-05", "十年来首次", "十年来", "DURATION", "P10Y" },
	{ "2024-12-05", "数日前に発表した", "数日前", "DATE", "PAST_REF" },
	{ "2024-12-05", "几个月来", "几个月来", "DURATION", "PXM" },
	{ "2024-12-05", "半年前", "半年前", "DATE", "2024-06" },
	{ "2024-12-05", "今年上半年", "今年上半年", "DATE", "2024-H1" },
	{ "2024-12-05", "有一天他来了", "", "", "" },
	{ "2024-12-05", "第三天", "", "", "" },
	{ "2024-12-05", "建交三周年", "", "", "" },
	{ "2024-12-05", "十分重要", "", "", "" },
	{ "2024-12-05", "一時停止した", "", "", "" },
	{ "2024-12-05", "数十年来", "", "", "" },
	{ "2024-12-05", "这是她时隔四年后重回", "四年", "DURATION", "P4Y" },
	{ "2024-12-05", "5年ぶりに再開", "5年", "DURATION", "P5Y" },
	/* Japanese days ago or later; a day before a month stays a day */
	{ "2024-12-05", "3日前に会った", "3日前", "DATE", "2024-12-02" },
	{ "2024-12-05", "会合は五日後に開かれる", "五日後", "DATE", "2024-12-10" },
	{ "2024-12-05", "1月5日前に提出", "1月5日", "DATE", "2025-01-05" },
	{ "2024-12-05", "请于5日前提交", "5日", "DATE", "2024-12-05" },
	/* "前日": the day before the last in Japanese, two days ago in
	 * Chinese */
	{ "2024-12-05", "首脳は4日に会談した。前日には外相が会った。", "前日",
	  "DATE", "2024-12-03" },
	{ "2024-12-05", "前日，外交部发言人表示", "前日", "DATE", "2024-12-03" },
	{ "2024-12-06", "前日に会談した。", "前日", "DATE", "2024-12-05" },
	{ "2024-12-05", "日本の前日銀総裁", "", "", "" },
	{ "2024-12-05", "青年初中生", "", "", "" },
	{ "2024-12-05", "正月末", "", "", "" },
	/* years later count from the year last named, in the past */
	{ "2024-12-05", "The plan began in 2016. Four years later, it ended.",
	  "Four years later", "DATE", "2020" },
	{ "2024-12-05", "1730년 왕위를 물려주고 2년 뒤 죽었다.", "2년 뒤", "DATE",
	  "1732" },
	{ "2024-12-05", "2016年计划开始，四年后结束了。", "四年后", "DATE", "2020" },
	{ "2024-12-05", "2016年の五輪の4年後に開かれる予定だ。", "4年後", "DATE",
	  "2028" },
	{ "2024-12-05", "내년 연초 발표", "내년 연초", "DATE", "2025" },
	{ "2024-12-05", "주초에 만난다", "주초", "DATE", "2024-W49" },
	/* a count of "several", "a few" or "many" is a span of its own */
	{ "1998-03-05", "in an interview several months before he entered",
	  "several months", "DURATION", "PXM" },
	{ "1998-03-05", "It took a few weeks.", "a few weeks", "DURATION",
	  "PXW" },
	{ "1998-03-05", "How many days will it take?", "", "", "" },
	{ "1998-03-05", "over the years many more patients", "the years",
	  "DURATION", "PXY" },
	/* years of the Juche era, as North Korea writes them */
	{ "2024-12-05", "주체113(2024)년 6월 19일 평양에서", "주체113(2024)년 6월 19일",
	  "DATE", "2024-06-19" },
	{ "2024-12-05", "주체113년에", "주체113년", "DATE", "2024" },
	{ "2024-12-05", "주체사상", "", "", "" },
	/* "last", "next" or "this" before a holiday is part of it */
	{ "2024-12-05", "since last Thanksgiving", "last Thanksgiving", "DATE",
	  "2024-11-28" },
	{ "2024-12-05", "Last Christmas, he came home.", "Last Christmas", "DATE",
	  "2023-12-25" },
	/* a month, "the" and its day */
	{ "2024-12-05", "It ends December the 6th.", "December the 6th", "DATE",
	  "2024-12-06" },
	{ "2024-12-05", "in March the second round", "March", "DATE",
	  "2025-03" },
	/* a clock time with the part of its day after it */
	{ "2024-12-05", "the vote at 10 in the morning on Friday",
	  "10 in the morning on Friday", "TIME", "2024-12-06T10:00" },
	{ "2024-12-05", "at 8 o'clock in the evening", "8 o'clock in the evening",
	  "TIME", "2024-12-05T20:00" },
	{ "2024-12-05", "scored 10 in the morning session", "the morning", "TIME",
	  "2024-12-05TMO" },
	/* Russian plurals, "ближайшие", "спустя", "конца года", "в 10
	 * утра", "90-е годы" */
	{ "2024-12-05", "в последние годы", "последние годы", "DURATION",
	  "PXY" },
	{ "2024-12-05", "в ближайшие дни", "ближайшие дни", "DURATION", "PXD" },
	{ "2024-12-05", "Он вернулся два года спустя.", "два года спустя",
	  "DATE", "2026" },
	{ "2024-12-05", "до конца года", "конца года", "DATE", "2024" },
	{ "2024-12-05", "в начале месяца", "начале месяца", "DATE", "2024-12" },
	{ "2024-12-05", "в конце концов", "", "", "" },
	{ "2024-12-05", "4 декабря в 10 утра", "10 утра", "TIME",
	  "2024-12-04T10:00" },
	{ "2024-12-05", "в 3 дня", "3 дня", "DURATION", "P3D" },
	{ "2024-12-05", "в 90-е годы", "90-е годы", "DATE", "199" },
	{ "2024-12-05", "90-е место", "", "", "" },
	/* spans of two units are one ("two years and three months") */
	{ "2024-12-05", "He served two years and three months.",
	  "two years and three months", "DURATION", "P2Y3M" },
	{ "2024-12-05", "after 2 hours 30 minutes", "2 hours 30 minutes",
	  "DURATION", "PT2H30M" },
	{ "2024-12-05", "3 days and 2 hours", "3 days and 2 hours", "DURATION",
	  "P3DT2H" },
	{ "2024-12-05", "two hours and three months", "two hours", "DURATION",
	  "PT2H" },
	{ "2024-12-05", "a week and two days", "a week", "DURATION", "P1W" },
	{ "2024-12-05", "1 год и 6 месяцев", "1 год и 6 месяцев", "DURATION",
	  "P1Y6M" },
	{ "2024-12-05", "1년 6개월 동안", "1년 6개월 동안", "DURATION", "P1Y6M" },
	{ "2024-12-05", "1년 6개월 전", "1년 6개월 전", "DATE", "2023-06" },
	{ "2024-12-05", "1年6个月", "1年6个月", "DURATION", "P1Y6M" },
	{ "2024-12-05", "1年6个月前", "1年6个月前", "DATE", "2023-06" },
	{ "2024-12-05", "2時間30分", "2時間30分", "DURATION", "PT2H30M" },
	{ "2024-12-05", "1年半前", "1年半前", "DATE", "2023-06" },
	{ "2024-12-05", "1년 반 동안", "1년 반 동안", "DURATION", "P1Y6M" },
	{ "2024-12-06", "한 달여 만에 재개됐다", "한 달여", "DURATION", "P1M" },
	{ "2024-12-06", "4일(수) 오후 2시 기자회견", "4일(수) 오후 2시", "TIME",
	  "2024-12-04T14:00" },
	{ "2024-12-06", "5일(현지시간) 새벽 공격했다", "5일(현지시간) 새벽",
	  "TIME", "2024-12-05TMO" },
	{ "2024-12-06", "24일(현지시간) 크렘린궁은 성명을 냈다", "24일", "DATE",
	  "2024-11-24" },
	{ "2024-12-06", "2일 오전 9시~오후 6시", "오후 6시", "TIME",
	  "2024-12-02T18:00" },
	{ "2024-12-06", "내년 1월 1일부로 시행된다", "내년 1월 1일", "DATE",
	  "2025-01-01" },
	{ "2024-12-06", "어젯밤 11시께 발사했다", "어젯밤 11시", "TIME",
	  "2024-12-05T23:00" },
	{ "2024-12-06", "어젯밤 북한은 미사일을 쐈다", "어젯밤", "TIME",
	  "2024-12-05TNI" },
	{ "2024-12-06", "간밤에 눈이 왔다", "간밤", "TIME", "2024-12-05TNI" },
	{ "2024-12-06", "오늘밤 10시 발표", "오늘밤 10시", "TIME",
	  "2024-12-06T22:00" },
	{ "2024-12-06", "昨晚8点", "昨晚8点", "TIME", "2024-12-05T20:00" },
	{ "2024-12-06", "今晚举行", "今晚", "TIME", "2024-12-06TEV" },
	{ "2024-12-06", "어제 10시", "어제 10시", "TIME", "2024-12-05T10:00" },
	{ "2024-12-06", "두 달여 동안", "두 달여 동안", "DURATION", "P2M" },
	{ "2024-12-06", "한 달 반 만에", "한 달 반", "DURATION", "P1M15D" },
	{ "2024-12-06", "두 달 반 전", "두 달 반 전", "DATE", "2024-09-22" },
	{ "2024-12-06", "일주일여 만에", "일주일여", "DURATION", "P1W" },
	{ "2024-12-06", "사흘여 만에", "사흘여", "DURATION", "P3D" },
	{ "2024-12-06", "3개월여가 지났다", "3개월여", "DURATION", "P3M" },
	{ "2024-12-05", "3시간 반", "3시간 반", "DURATION", "PT3H30M" },
	{ "2024-12-05", "3시 반", "3시 반", "TIME", "2024-12-05T03:30" },
	/* halves: "H1 2025", "in H2", "of the year"; a match's is none */
	{ "2024-12-05", "H1 2025 results", "H1 2025", "DATE", "2025-H1" },
	{ "2024-12-05", "in H2, sales rose", "H2", "DATE", "2024-H2" },
	{ "2024-12-05", "the H1N1 outbreak", "", "", "" },
	{ "2025-02-05", "in the second half of the year", "the second half of the year",
	  "DATE", "2025-H2" },
	{ "2025-02-05", "Net income rose in the second half.", "the second half",
	  "DATE", "2024-H2" },
	{ "2025-02-05", "The company expects growth in the second half.",
	  "the second half", "DATE", "2025-H2" },
	{ "2025-02-05", "In the second half, he was booked for a foul.", "", "",
	  "" },
	/* a headline in title case: its capitals are no names */
	{ "2024-12-05", "Treaty Takes Effect Next Week", "Next Week", "DATE",
	  "2024-W50" },
	{ "2024-12-05", "Kim Met Putin Last Year", "Last Year", "DATE", "2023" },
	{ "2024-12-05", "Talks Collapsed Last Night", "Last Night", "TIME",
	  "2024-12-04TNI" },
	{ "2024-12-05", "Leaders To Meet Next Summer", "Next Summer", "DATE",
	  "2025-SU" },
	{ "2024-12-05", "Envoy Visited Pyongyang on Tuesday", "Tuesday", "DATE",
	  "2024-12-03" },
	{ "2024-12-05", "He appeared on This Week with George.", "", "", "" },
	{ "2024-12-05", "Tweet of the Week #67: Dealing With Chikan", "", "", "" },
	/* a relative word in a name: "Russia Today", "the Future ... Hub" */
	{ "2024-12-05", "in a video of the channel Russia Today, he", "", "",
	  "" },
	{ "2024-12-05", "according to Medical News Today.", "", "", "" },
	{ "2024-12-05", "formats such as the Future Strategists Hub", "", "",
	  "" },
	{ "2024-12-05", "published in the journal Current Biology", "", "",
	  "" },
	{ "2024-12-05", "\"Today we act,\" he said.", "Today", "DATE",
	  "2024-12-05" },
	{ "2024-12-05", "Today, he said, the treaty holds.", "Today", "DATE",
	  "2024-12-05" },
	{ "2024-12-05", "CALL TODAY AND SCHEDULE", "TODAY", "DATE",
	  "2024-12-05" },
	/* named days: a holiday, or no date of this week at all */
	{ "2023-11-07", "Black Friday sales rose", "Black Friday", "DATE",
	  "2023-11-24" },
	{ "2022-12-08", "deals on Cyber Monday", "Cyber Monday", "DATE",
	  "2022-11-28" },
	{ "2024-12-05", "Ash Wednesday fell on Feb. 14", "Ash Wednesday",
	  "DATE", "2024-02-14" },
	{ "2020-02-19", "in the Super Tuesday states", "", "", "" },
	{ "2024-12-05", "the Bloody Sunday inquiry", "", "", "" },
	{ "2014-01-22", "He appeared on Saturday Night Live.", "", "", "" },
	{ "2014-01-22", "The Good Friday Agreement ended it.", "", "", "" },
	{ "2014-01-22", "On Saturday night live music played.",
	  "Saturday night", "DATE", "2014-01-18" },
	{ "2024-12-05", "He met Putin on Tuesday.", "Tuesday", "DATE",
	  "2024-12-03" },
	{ "2020-09-26", "a Mail on Sunday poll today", "today", "DATE",
	  "2020-09-26" },
	{ "2020-09-26", "He told The Sunday Times on Monday.", "Monday", "DATE",
	  "2020-09-21" },
	{ "2020-09-26", "We go there about 5 times a year.", "5 times a year",
	  "SET", "P1Y" },
	{ "2020-09-26", "They ran four flights a week.", "", "", "" },
	/* "ahead of Tuesday's debate": a day to come */
	{ "2020-02-24", "The stakes are high ahead of Tuesday's debate.",
	  "Tuesday", "DATE", "2020-02-25" },
	{ "2020-02-24", "in advance of Friday's vote", "Friday", "DATE",
	  "2020-02-28" },
	{ "2020-02-24", "after Friday's vote", "Friday", "DATE", "2020-02-21" },
	/* "winter-like": a word made of a date */
	{ "2023-11-07", "the winter-like weather will return", "", "", "" },
	{ "2023-11-07", "spring-like temperatures", "", "", "" },
	/* an aside takes the day named after it */
	{ "2019-08-21", "begins at 10:00 a.m. PDT (5 p.m. UTC) on August 28",
	  "5 p.m. UTC", "TIME", "2019-08-28T17:00" },
	/* Russian: "накануне" is the day before, but not before a noun */
	{ "2024-12-05", "Накануне Путин заявил", "Накануне", "DATE",
	  "2024-12-04" },
	{ "2024-12-05", "накануне заявил министр", "накануне", "DATE",
	  "2024-12-04" },
	{ "2024-12-05", "накануне саммита в Пхеньяне", "", "", "" },
	/* Russian references of two words */
	{ "2024-12-05", "В последнее время ситуация ухудшилась.",
	  "последнее время", "DATE", "PAST_REF" },
	{ "2024-12-05", "Встреча состоится в ближайшее время.",
	  "ближайшее время", "DATE", "FUTURE_REF" },
	{ "2024-12-05", "В настоящее время переговоры идут.",
	  "настоящее время", "DATE", "PRESENT_REF" },
	{ "2024-12-05", "На днях Путин заявил", "На днях", "DATE",
	  "PAST_REF" },
	{ "2024-12-05", "на днях состоится встреча", "на днях", "DATE",
	  "FUTURE_REF" },
	{ "2024-12-05", "в последнее слово", "", "", "" },
	{ "2024-12-05", "в минувшую пятницу", "минувшую пятницу", "DATE",
	  "2024-11-29" },
	/* a count of people is no year: "of 1709 schoolchildren" */
	{ "2006-02-23", "a survey of 1709 schoolchildren", "", "", "" },
	{ "2006-02-23", "1500 men marched", "", "", "" },
	{ "2006-02-23", "In 2022 sales rose", "2022", "DATE", "2022" },
	/* "Last Year" opening a sentence is the time; "Last Week Tonight"
	 * further in a title */
	{ "2007-03-05", "Last Year over 4 million visitors came.", "Last Year",
	  "DATE", "2006" },
	{ "2007-03-05", "He hosts Last Week Tonight.", "", "", "" },
	/* "Edmonton Sun, August 16": a paper, not Sunday */
	{ "2008-08-15", "- Edmonton Sun, August 16, 2008", "August 16, 2008",
	  "DATE", "2008-08-16" },
	{ "2008-08-15", "Sun, August 16, 2008", "Sun, August 16, 2008", "DATE",
	  "2008-08-16" },
	{ "2013-03-21", "Thu Mar 21, 2013 4:35pm EDT", "Thu Mar 21, 2013",
	  "DATE", "2013-03-21" },
	{ "2013-03-21", "Fri 8 Nov 2013", "Fri 8 Nov 2013", "DATE",
	  "2013-11-08" },
	{ "2013-03-21", "- Edmonton Sun Mar 21", "Mar 21", "DATE",
	  "2013-03-21" },
	/* a holiday's week and weekend */
	{ "2000-04-17", "during Easter week", "Easter week", "DATE",
	  "2000-W16" },
	{ "2000-04-17", "over the Easter weekend", "Easter weekend", "DATE",
	  "2000-W16-WE" },
	{ "2000-04-17", "Memorial Day weekend", "Memorial Day weekend", "DATE",
	  "1999-W21-WE" },
	/* a month in a clause about what is to come is the next one,
	 * however far, a day when it would be a month and more back; a verb
	 * in the past before "plans to" dates the plan; "the Aug. 7 blasts"
	 * are the nearer ones whatever the tense */
	{ "2025-01-03", "The summit is planned for December.", "December",
	  "DATE", "2025-12" },
	{ "2025-01-03", "It will be held in December.", "December", "DATE",
	  "2025-12" },
	{ "1989-10-30", "In September, it announced plans to acquire it.",
	  "September", "DATE", "1989-09" },
	{ "2025-01-03", "The vote will be held on Dec. 1.", "Dec. 1", "DATE",
	  "2025-12-01" },
	{ "2024-12-05", "Treaty goes into effect Dec. 4: state media",
	  "Dec. 4", "DATE", "2024-12-04" },
	{ "2024-12-05", "She hoped she would bring aid where the Aug. 7 "
	  "blasts killed 257.", "Aug. 7", "DATE", "2024-08-07" },
	/* within this year or month, and the start of the new year */
	{ "2024-12-05", "年内に合意する見通し", "年内", "DATE", "2024" },
	{ "2024-12-05", "月内に発表する", "月内", "DATE", "2024-12" },
	{ "2024-12-05", "年明けに再開する", "年明け", "DATE", "2025" },
	{ "2024-12-05", "十年内完成", "", "", "" },
	{ "2024-12-05", "青年内部", "", "", "" },
	{ "2024-12-05", "연내 타결을 목표로", "연내", "DATE", "2024" },
	/* "去年同月": last year's month of the reference date */
	{ "2024-12-05", "与去年同月相比增长5%", "去年同月", "DATE", "2023-12" },
	/* "May" and "March" as a text alone are months, a year of long
	 * ago a year */
	{ "2024-12-05", "May", "May", "DATE", "2024-05" },
	{ "2024-12-05", "May I help?", "", "", "" },
	{ "2000-01-28", "1898", "1898", "DATE", "1898" },
	{ "2000-01-28", "1898 people", "", "", "" },
	/* "early" before a part of a day */
	{ "2024-12-05", "troops moved early Wednesday morning",
	  "early Wednesday morning", "TIME", "2024-12-04TMO" },
	/* a Russian verb in the past after the date it follows */
	{ "2024-12-05", "В январе прошли переговоры", "январе", "DATE",
	  "2024-01" },
	{ "2024-12-05", "В январе пройдут переговоры", "январе", "DATE",
	  "2025-01" },
	{ "2024-12-05", "20 января 2024 года подписали", "20 января 2024 года",
	  "DATE", "2024-01-20" },
	/* Christmas as the Orthodox keep it */
	{ "2024-12-05", "on Orthodox Christmas", "Orthodox Christmas", "DATE",
	  "2025-01-07" },
	{ "2024-12-05", "накануне Рождества", "Рождества", "DATE",
	  "2025-01-07" },
	/* Korean pages' dates and times: "2024. 12. 5.", "오후 3:20" */
	{ "2024-12-06", "입력 2024. 12. 5. 오후 3:20", "2024. 12. 5.", "DATE",
	  "2024-12-05" },
	{ "2024-12-06", "입력 2024. 12. 5. 오후 3:20", "오후 3:20", "TIME",
	  "2024-12-05T15:20" },
	{ "2024-12-06", "수정 2024. 12. 5. 16:02", "16:02", "TIME",
	  "2024-12-05T16:02" },
	{ "2024-12-06", "오전 10:30", "오전 10:30", "TIME", "2024-12-06T10:30" },
	{ "2024-12-06", "입력 2024.12.04. 오전 9:30", "오전 9:30", "TIME",
	  "2024-12-04T09:30" },
	{ "2024-12-06", "입력 2024.12.04 오후 3:15", "오후 3:15", "TIME",
	  "2024-12-04T15:15" },
	{ "2024-12-06", "12월 4일 오후 3:15", "12월 4일 오후 3:15", "TIME",
	  "2024-12-04T15:15" },
	{ "2024-12-06", "어제 오후 3:15에", "어제 오후 3:15", "TIME",
	  "2024-12-05T15:15" },
	/* British pages' stamps, and a time before the date it is on */
	{ "2024-12-06", "Wed 4 Dec 2024 09.30 GMT", "09.30 GMT", "TIME",
	  "2024-12-04T09:30" },
	{ "2024-12-06", "The vote opens at 9.30 GMT.", "9.30 GMT", "TIME",
	  "2024-12-06T09:30" },
	{ "2024-12-06", "Shares rose 3.50 GMT", "", "", "" },
	{ "2024-12-06", "Published: 12:30 PM EST, Wed December 4, 2024",
	  "12:30 PM EST, Wed December 4, 2024", "TIME", "2024-12-04T12:30" },
	{ "2024-12-06", "at 5 p.m. on Wednesday, Dec. 4, the",
	  "5 p.m. on Wednesday, Dec. 4", "TIME", "2024-12-04T17:00" },
	{ "2024-12-06", "1.5 million in 2024. 12. 5 people", "2024", "DATE",
	  "2024" },
	/* "the 5th of last month"; dates as tables write them */
	{ "2024-12-05", "the 5th of last month", "the 5th of last month",
	  "DATE", "2024-11-05" },
	{ "2024-12-05", "the 20th of next month", "the 20th of next month",
	  "DATE", "2025-01-20" },
	{ "2024-12-05", "5-Dec-2024", "5-Dec-2024", "DATE", "2024-12-05" },
	{ "2024-12-05", "05-Dec-24", "05-Dec-24", "DATE", "2024-12-05" },
	{ "2024-12-05", "31-Jan-99", "31-Jan-99", "DATE", "1999-01-31" },
	{ "2024-12-05", "the 2-Dec-3 ratio", "", "", "" },
	/* abbreviated months joined as a span */
	{ "2024-12-05", "Exports in Jan.-Oct. grew.", "Jan.", "DATE",
	  "2024-01" },
	{ "2024-12-05", "Exports in Jan.-Oct. grew.", "Oct.", "DATE",
	  "2024-10" },
	{ "2024-12-05", "in Jan.-Oct. 2023", "Jan.", "DATE", "2023-01" },
	{ "2024-12-05", "Jan. alone", "", "", "" },
	/* a city's time; clock times in words */
	{ "2024-12-05", "at 10 a.m. Moscow time on Wednesday",
	  "10 a.m. Moscow time on Wednesday", "TIME", "2024-12-04T10:00" },
	{ "2024-12-05", "at 5 p.m. Putin said", "5 p.m", "TIME",
	  "2024-12-05T17:00" },
	{ "2024-12-05", "at half past two", "half past two", "TIME",
	  "2024-12-05T02:30" },
	{ "2024-12-05", "at a quarter to five", "a quarter to five", "TIME",
	  "2024-12-05T04:45" },
	{ "2024-12-05", "half past 7 pm", "half past 7 pm", "TIME",
	  "2024-12-05T19:30" },
	{ "2024-12-05", "a quarter of the budget", "", "", "" },
	{ "2024-12-05", "It ended at five o'clock.", "five o'clock", "TIME",
	  "2024-12-05T05:00" },
	{ "2024-12-05", "at ten in the evening on Friday",
	  "ten in the evening on Friday", "TIME", "2024-12-06T22:00" },
	{ "2024-12-05", "one of five in the group", "", "", "" },
	/* a time after a day, after "from", "," or "between", and a time
	 * after that one: the same day's */
	{ "2000-08-16", "The meeting is on Aug. 29 from 1:30 p.m. to 2:30 p.m.",
	  "2:30 p.m", "TIME", "2000-08-29T14:30" },
	{ "2000-08-16", "The meeting is on Aug. 29 from 1:30 p.m. on.",
	  "1:30 p.m.", "TIME", "2000-08-29T13:30" },
	{ "2000-08-16", "The meeting is on Aug. 29, 1:30 p.m.", "1:30 p.m",
	  "TIME", "2000-08-29T13:30" },
	{ "2000-08-16", "On Aug. 29, 10 people died.", "Aug. 29", "DATE",
	  "2000-08-29" },
	{ "2000-08-16", "On Aug. 29, at 10 a.m., he left.", "10 a.m.", "TIME",
	  "2000-08-29T10:00" },
	/* "the week before last", "the first week of January" */
	{ "2024-12-05", "the week before last", "the week before last", "DATE",
	  "2024-W47" },
	{ "2024-12-05", "the year before last, sales", "the year before last",
	  "DATE", "2022" },
	{ "2024-12-06", "the first week of next month",
	  "the first week of next month", "DATE", "2025-W01" },
	{ "2024-12-06", "the second week of last month",
	  "the second week of last month", "DATE", "2024-W46" },
	{ "2024-12-06", "this past October", "this past October", "DATE",
	  "2024-10" },
	{ "2024-12-06", "this past December", "this past December", "DATE",
	  "2023-12" },
	{ "2024-12-06", "the final week of November",
	  "the final week of November", "DATE", "2024-W48" },
	{ "2024-12-06", "in the last week of the year",
	  "the last week of the year", "DATE", "2024-W52" },
	{ "2024-12-06", "the second week of 2025", "the second week of 2025",
	  "DATE", "2025-W02" },
	{ "2024-12-06", "in the first days of January",
	  "the first days of January", "DATE", "2025-01" },
	{ "2024-12-06", "the last days of 2024", "the last days of 2024", "DATE",
	  "2024" },
	{ "2024-12-06", "the final days of the year",
	  "the final days of the year", "DATE", "2024" },
	{ "2024-12-06", "in the second half of December",
	  "the second half of December", "DATE", "2024-12" },
	{ "2024-12-06", "the first half of the month",
	  "the first half of the month", "DATE", "2024-12" },
	{ "2024-12-06", "the first days of the war", "the first days",
	  "DURATION", "PXD" },
	{ "2024-12-06", "the second half of next year",
	  "the second half of next year", "DATE", "2025-H2" },
	{ "2024-12-05", "The summit is the week after next.",
	  "the week after next", "DATE", "2024-W51" },
	{ "2024-12-05", "the month after next", "the month after next", "DATE",
	  "2025-02" },
	{ "2024-12-05", "the week after next year's vote", "next year", "DATE",
	  "2025" },
	{ "2024-12-05", "by the end of the decade", "the end of the decade",
	  "DATE", "202" },
	{ "2024-12-05", "the start of the century", "the start of the century",
	  "DATE", "20" },
	{ "2024-12-05", "the decade that followed", "", "", "" },
	{ "2024-12-05", "the end of the decade-long war", "decade-long",
	  "DURATION", "P10Y" },
	{ "2024-12-05", "in the first week of January", "the first week of "
	  "January", "DATE", "2025-W01" },
	{ "2024-12-05", "the last week of November", "the last week of November",
	  "DATE", "2024-W48" },
	{ "2024-12-05", "the third week of June 2023", "the third week of June "
	  "2023", "DATE", "2023-W24" },
	{ "2024-12-05", "the first week of the war", "the first week",
	  "DURATION", "P1W" },
	/* a weekday that the words before point ahead to */
	{ "2024-12-05", "Putin is visiting Pyongyang on Tuesday.", "Tuesday",
	  "DATE", "2024-12-10" },
	{ "2024-12-05", "Putin was visiting Pyongyang on Tuesday.", "Tuesday",
	  "DATE", "2024-12-03" },
	{ "2024-12-05", "Putin heads to Pyongyang Tuesday.", "Tuesday", "DATE",
	  "2024-12-10" },
	{ "2024-12-05", "Until Tuesday, talks continue.", "Tuesday", "DATE",
	  "2024-12-10" },
	{ "2024-12-05", "The shop remained closed until Tuesday.", "Tuesday",
	  "DATE", "2024-12-03" },
	{ "2024-12-05", "Starting Monday, flights resume.", "Monday", "DATE",
	  "2024-12-09" },
	{ "2024-12-05", "Kim could visit as early as Tuesday.", "Tuesday",
	  "DATE", "2024-12-10" },
	/* the tense: "should", "is forecast to", a subject's verb */
	{ "2023-11-07", "The cold should peak before temperatures climb on "
	  "Thursday.", "Thursday", "DATE", "2023-11-09" },
	{ "2023-11-07", "He should have left on Friday.", "Friday", "DATE",
	  "2023-11-03" },
	{ "2023-11-07", "He would have met Kim on Friday.", "Friday", "DATE",
	  "2023-11-03" },
	{ "2023-11-07", "He will have met Kim by Friday.", "Friday", "DATE",
	  "2023-11-10" },
	{ "2023-11-07", "Alerts were issued for Tuesday, and Wednesday is "
	  "forecast to be colder.", "Wednesday", "DATE", "2023-11-08" },
	{ "2023-11-07", "Prices are likely to rise on Thursday.", "Thursday",
	  "DATE", "2023-11-09" },
	{ "2023-11-07", "He said Friday was calm.", "Friday", "DATE",
	  "2023-11-03" },
	/* German: "am 12. November 2015", the months no English word shares */
	{ "2023-11-07", "Am 12. November 2015 kam er.", "12. November 2015",
	  "DATE", "2015-11-12" },
	{ "2023-11-07", "bis 3. Oktober", "3. Oktober", "DATE", "2023-10-03" },
	{ "2023-11-07", "Seit Dezember 2021 ist", "Dezember 2021", "DATE",
	  "2021-12" },
	{ "2023-11-07", "Chapter 12. November was cold.", "November", "DATE",
	  "2023-11" },
	/* German words of time, with their capitals and umlauts */
	{ "2022-02-01", "Die Zahl stieg im vergangenen Jahr.", "vergangenen "
	  "Jahr", "DATE", "2021" },
	{ "2022-02-01", "Letzte Woche sagte er", "Letzte Woche", "DATE",
	  "2022-W04" },
	{ "2022-02-01", "in der nächsten Woche", "nächsten Woche", "DATE",
	  "2022-W06" },
	{ "2022-02-01", "Nächstes Jahr wird gewählt.", "Nächstes Jahr", "DATE",
	  "2023" },
	{ "2022-02-01", "Gestern war er in Berlin.", "Gestern", "DATE",
	  "2022-01-31" },
	{ "2022-02-01", "Übermorgen kommt er.", "Übermorgen", "DATE",
	  "2022-02-03" },
	{ "2022-02-01", "Am Mittwoch traf Kim Putin.", "Mittwoch", "DATE",
	  "2022-01-26" },
	{ "2022-02-01", "Am Mittwoch wird Kim Putin treffen.", "Mittwoch",
	  "DATE", "2022-02-02" },
	{ "2022-02-01", "Im Oktober wird ein Treffen ausgerichtet.",
	  "Oktober", "DATE", "2022-10" },
	{ "2022-02-01", "Am Montag soll Putin das gesagt haben.", "Montag",
	  "DATE", "2022-01-31" },
	{ "2022-02-01", "Am Montag soll Putin kommen.", "Montag", "DATE",
	  "2022-02-07" },
	{ "2022-02-01", "Im November wurde eine Variante entdeckt.",
	  "November", "DATE", "2021-11" },
	{ "2022-02-01", "Bis September dieses Jahres wird es umgesetzt.",
	  "September dieses Jahres", "DATE", "2022-09" },
	{ "2022-02-01", "Er kam Ende letzten Jahres.", "Ende letzten Jahres",
	  "DATE", "2021" },
	{ "2022-02-01", "Anfang März", "Anfang März", "DATE", "2022-03" },
	{ "2022-02-01", "Vor zwei Jahren begann der Krieg.", "Vor zwei Jahren",
	  "DATE", "2020" },
	{ "2022-02-01", "vor einigen Jahren", "vor einigen Jahren", "DATE",
	  "PAST_REF" },
	{ "2022-02-01", "seit drei Jahren", "drei Jahren", "DURATION", "P3Y" },
	{ "2022-02-01", "in den kommenden Wochen", "kommenden Wochen",
	  "DURATION", "PXW" },
	{ "2022-02-01", "im vergangenen Herbst", "vergangenen Herbst", "DATE",
	  "2021-FA" },
	{ "2022-02-01", "Am 5. März 2024 um 14 Uhr", "14 Uhr", "TIME",
	  "2024-03-05T14:00" },
	{ "2022-02-01", "gegen 17.50 Uhr", "17.50 Uhr", "TIME",
	  "2022-02-01T17:50" },
	{ "2020-02-25", "Am Donnerstag, den 20. Februar habe ich",
	  "Donnerstag, den 20. Februar", "DATE", "2020-02-20" },
	{ "2022-02-01", "Vom 26. November bis 2. Dezember 2022 trifft sich",
	  "2. Dezember 2022", "DATE", "2022-12-02" },
	{ "2022-02-01", "Im Jahre 1949 erfolgte ein Umbau", "1949", "DATE",
	  "1949" },
	{ "2022-02-01", "14.12.2021Über zwei Jahre", "14.12.2021", "DATE",
	  "2021-12-14" },
	{ "2022-02-01", "Er kommt morgen.", "morgen", "DATE", "2022-02-02" },
	{ "2022-02-01", "Am Morgen kam er.", "", "", "" },
	{ "2022-02-01", "heute Morgen", "heute Morgen", "TIME",
	  "2022-02-01TMO" },
	{ "2022-02-01", "gestern Abend sagte er", "gestern Abend", "TIME",
	  "2022-01-31TEV" },
	{ "2022-02-01", "in diesem fall", "", "", "" },
	{ "2022-02-01", "die Uhr tickt", "", "", "" },
	{ "2022-02-01", "He lives in Chiang Mai.", "", "", "" },
	{ "2022-02-01", "Mai said the plan failed.", "", "", "" },
	{ "2022-02-01", "Er kam im Mai.", "Mai", "DATE", "2021-05" },
	{ "2022-05-01", "in den 1960er Jahren", "1960er Jahren", "DATE",
	  "196" },
	{ "2022-05-01", "der 1970er-Jahre", "1970er-Jahre", "DATE", "197" },
	/* Spanish, Portuguese, French and Italian months beside a day or
	 * a year only */
	{ "2022-05-01", "el 5 de marzo de 2023", "5 de marzo de 2023", "DATE",
	  "2023-03-05" },
	{ "2022-05-01", "en octubre del 2021", "octubre del 2021", "DATE",
	  "2021-10" },
	{ "2022-05-01", "3 de março de 2021", "3 de março de 2021", "DATE",
	  "2021-03-03" },
	{ "2022-05-01", "le 1er décembre 2024", "1er décembre 2024", "DATE",
	  "2024-12-01" },
	{ "2022-05-01", "il 12 marzo 2023", "12 marzo 2023", "DATE",
	  "2023-03-12" },
	{ "2022-05-01", "Managua, 26 abril 2022 a las 17:48", "17:48", "TIME",
	  "2022-04-26T17:48" },
	{ "2022-05-01", "Julio Iglesias sang", "", "", "" },
	{ "2022-05-01", "Mars is red", "", "", "" },
	{ "2022-05-01", "a banni en juin 12 pesticides", "juin", "DATE",
	  "2022-06" },
	{ "2022-05-01", "plus de 2500 chercheurs", "", "", "" },
	{ "2022-05-01", "in Mayo County", "", "", "" },
	{ "2024-12-06", "in May", "May", "DATE", "2024-05" },
	{ "2019-12-20", "Le président a déclaré mardi que", "mardi", "DATE",
	  "2019-12-17" },
	{ "2019-12-20", "El presidente dijo el jueves que", "jueves", "DATE",
	  "2019-12-19" },
	{ "2019-12-20", "mercredi 11 septembre 2019", "mercredi 11 septembre "
	  "2019", "DATE", "2019-09-11" },
	{ "2019-12-20", "ayer, el ministro", "ayer", "DATE", "2019-12-19" },
	{ "2019-12-20", "oggi il governo", "oggi", "DATE", "2019-12-20" },
	{ "2019-12-20", "Plácido Domingo sang", "", "", "" },
	{ "2019-12-20", "Santo Domingo", "", "", "" },
	{ "2019-12-20", "Hier findest Du alles.", "", "", "" },
	{ "2022-05-11", "la semana pasada", "semana pasada", "DATE",
	  "2022-W18" },
	{ "2022-05-11", "le mois dernier", "mois dernier", "DATE", "2022-04" },
	{ "2022-05-11", "l'anno scorso", "anno scorso", "DATE", "2021" },
	{ "2022-05-11", "la semaine prochaine", "semaine prochaine", "DATE",
	  "2022-W20" },
	{ "2022-05-11", "la próxima semana", "próxima semana", "DATE",
	  "2022-W20" },
	{ "2022-05-11", "le dernier jour", "", "", "" },
	{ "2022-05-11", "mes amis", "", "", "" },
	{ "2022-05-05", "continuará el próximo miércoles 18 de mayo",
	  "miércoles 18 de mayo", "DATE", "2022-05-18" },
	/* an accented word is one word: "Nową" holds no "now" */
	{ "2022-02-01", "Nową Hutę", "", "", "" },
	{ "2022-02-01", "un récurrent", "", "", "" },
	/* a year that opens the sentence sets its story: the months and
	 * days after it with no year of their own are that year's */
	{ "2020-01-02", "In 2003 she signed, and on June 6 released an album.",
	  "June 6", "DATE", "2003-06-06" },
	{ "2020-01-02", "2016年7月受邀参加节目；8月，作为导师参加节目", "8月",
	  "DATE", "2016-08" },
	{ "2020-01-02", "2009年移居台湾；8月19日发行专辑", "8月19日", "DATE",
	  "2009-08-19" },
	{ "", "2016年7月受邀参加节目；8月27日在台北举办演唱会", "8月27日",
	  "DATE", "2016-08-27" },
	{ "2021-11-02", "Am 13. August 1919 sperrte er aus, zum 23. August.",
	  "23. August", "DATE", "1919-08-23" },
	{ "2024-12-05", "1900년 5월 20일에 진급했고 6월 17일 임명되었다.",
	  "6월 17일", "DATE", "1900-06-17" },
	/* ... but not a year further in, a year near the report's, a year
	 * before a noun, a clause in the future or the next sentence */
	{ "2020-01-02", "Under a program approved in 1987 that did not say so, "
	  "it bought shares through Sept. 29.", "Sept. 29", "DATE",
	  "2019-09-29" },
	{ "2022-12-12", "Das im Februar 2018 gegründete Start-up erhielt im "
	  "Oktober ein Zertifikat.", "Oktober", "DATE", "2022-10" },
	{ "2020-01-02", "In 2019 sales rose, the company said on Dec. 6.",
	  "Dec. 6", "DATE", "2019-12-06" },
	{ "2024-12-05", "In 1961, the two sides signed a treaty on July 6.",
	  "July 6", "DATE", "1961-07-06" },
	{ "2024-12-05", "The treaty revives a 1961 pact and was signed on "
	  "June 19.", "June 19", "DATE", "2024-06-19" },
	{ "2024-12-05", "1961年的条约于6月签署", "6月", "DATE", "2024-06" },
	{ "1999-02-27", "In July 1997 they were invited, and they will join on "
	  "March 12.", "March 12", "DATE", "1999-03-12" },
	{ "2020-01-02", "In 2003 she signed. On June 6 she left.", "June 6",
	  "DATE", "2019-06-06" },
	/* a month before a name is a first name: "June Carter" */
	{ "2023-11-07", "June Carter sang", "", "", "" },
	{ "2023-11-07", "as April Ryan asked", "", "", "" },
	{ "2023-11-07", "August F. wrote", "", "", "" },
	{ "2023-11-07", "In April Putin signed it", "April", "DATE", "2023-04" },
	/* the ASCII part of a word with accents is no word */
	{ "2024-12-05", "otwiera nową erę", "", "", "" },
	{ "2024-12-05", "Thème récurrent", "", "", "" },
	{ "2024-12-05", "résumé in May", "May", "DATE", "2024-05" },
};

/* Anaphora: each sequence is one document, checked in order. */
struct seq {
	const char	*text;
	const char	*want;
	const char	*value;
};

static const struct seq seq002[] = {
	{ "On the 25th (local time), Putin said so.", "the 25th", "2024-10-25" },
	{ "At the press conference the day before, he said.", "the day before",
	  "2024-10-24" },
	{ "He spoke in Kazan on the 24th when asked.", "the 24th", "2024-10-24" },
	{ "His remarks contrast with the previous day, when", "the previous day",
	  "2024-10-23" },
	{ "confirmed it on the same day, saying", "the same day", "2024-10-23" },
	{ NULL, NULL, NULL }
};

static const struct seq seq003[] = {
	{ "According to TASS News on Tuesday, Peskov said.", "Tuesday",
	  "2024-11-05" },
	{ "ratification in the lower house in November.", "November", "2024-11" },
	{ "He submitted the treaty the previous day.", "the previous day",
	  "2024-11-04" },
	{ NULL, NULL, NULL }
};

/* a quarter the report named keeps its name when it ends later */
static const struct seq seqfq[] = {
	{ "Sun reported results for its fiscal first quarter.",
	  "fiscal first quarter", "1989-Q1" },
	{ "Sales for the quarter ended Sept. 29 rose 39%.", "the quarter",
	  "1989-Q1" },
	{ NULL, NULL, NULL }
};

/* months in Korean joined as a span after a year: one year for both */
static const struct seq seqko[] = {
	{ "지난해 11∼12월 수출이 늘었다.", "지난해 11", "2023-11" },
	{ "지난해 11∼12월 수출이 늘었다.", "12월", "2023-12" },
	{ NULL, NULL, NULL }
};

/* the periods a Korean report compares with: from the one it names */
static const struct seq seqkocmp[] = {
	{ "11월 수출은 전년 동월 대비 1.4% 늘었다.", "전년 동월", "2023-11" },
	{ "전월 대비로는 0.3% 줄었다.", "전월", "2024-10" },
	{ "3분기 영업이익은 전년 동기 대비 늘었다.", "전년 동기", "2023-Q3" },
	{ "직전 분기 대비 5% 줄었다.", "직전 분기", "2024-Q2" },
	{ "전 분기보다 늘었다.", "전 분기", "2024-Q2" },
	{ NULL, NULL, NULL }
};

/* "later in the day": the day last mentioned, a time's day too */
static const struct seq seqlater[] = {
	{ "Her first stop is Tuesday morning in Dar es Salaam.",
	  "Tuesday morning", "1998-08-18TMO" },
	{ "She will be in Nairobi later in the day.", "the day", "1998-08-18" },
	{ NULL, NULL, NULL }
};

/* a time before "the next day" is that day's */
static const struct seq seqnextday[] = {
	{ "The election was held on Sunday.", "Sunday", "2016-09-04" },
	{ "The last ballot was cast at 2:30 the next day.", "2:30",
	  "2016-09-05T02:30" },
	{ "He left at 9 p.m. that day.", "9 p.m.", "2016-09-05T21:00" },
	{ NULL, NULL, NULL }
};

/* "that same day": the day last named, or a day of the month last named */
static const struct seq seqthatday[] = {
	{ "The talks opened on Nov. 12 in Geneva.", "Nov. 12", "2024-11-12" },
	{ "That same day, markets rallied.", "That same day", "2024-11-12" },
	{ "On the 15th, a deal was struck.", "the 15th", "2024-11-15" },
	{ "The envoy had arrived in October.", "October", "2024-10" },
	{ "That same day, he resigned.", "That same day", "2024-10-XX" },
	{ NULL, NULL, NULL }
};

/* "the next week" after a day: the week after it, but a span after "in" */
static const struct seq seqnextweek[] = {
	{ "Fighting erupted on March 3.", "March 3", "2024-03-03" },
	{ "The next week, troops returned.", "The next week", "2024-W10" },
	{ "Troops will return in the next week.", "the next week", "P1W" },
	{ "Over the next year, prices doubled.", "the next year", "P1Y" },
	{ "He left the next year.", "the next year", "2025" },
	{ NULL, NULL, NULL }
};

/* seasons named from the year last mentioned */
static const struct seq seqseason[] = {
	{ "By 2022, revenue had tripled.", "2022", "2022" },
	{ "That summer, it expanded to Asia.", "That summer", "2022-SU" },
	{ "The following spring, a new CEO took over.", "The following spring",
	  "2023-SP" },
	{ "In March 2023, it moved.", "March 2023", "2023-03" },
	{ "The previous fall, it had grown.", "The previous fall", "2022-FA" },
	{ "In summer 2020, it rained.", "summer 2020", "2020-SU" },
	{ "The following year, it snowed.", "The following year", "2021" },
	{ NULL, NULL, NULL }
};

/* "同年", "同月" and "그해": the year and month last named; "翌年",
 * "이듬해", "次月": the ones after */
static const struct seq seqsame[] = {
	{ "2015年，她发行专辑。", "2015年", "2015" },
	{ "同年10月，和华纳约满", "同年10月", "2015-10" },
	{ "并于同月9日结束合约", "同月9日", "2015-10-09" },
	{ "同年，他离开。", "同年", "2015" },
	{ "2010년 3월 천안함이 침몰했다.", "2010년 3월", "2010-03" },
	{ "그해 11월 연평도 포격이 있었다.", "그해 11월", "2010-11" },
	{ "그해 그는 떠났다.", "그해", "2010" },
	{ "이듬해 퇴사했다.", "이듬해", "2011" },
	{ "2008年12月加入公司。", "2008年12月", "2008-12" },
	{ "次月5日离开。", "次月5日", "2009-01-05" },
	{ "翌年3月に退社した。", "翌年3月", "2010-03" },
	{ NULL, NULL, NULL }
};

/* TimeML's modifiers: the expression and its mod ("" for none) */
struct mcase {
	const char	*ref;
	const char	*text;
	const char	*want;
	const char	*mod;
};

static const struct mcase mods[] = {
	{ "2024-12-05", "the plant opens early next year", "early next year",
	  "START" },
	{ "2024-12-05", "troops moved early Wednesday morning",
	  "early Wednesday morning", "START" },
	{ "2024-12-05", "they met late yesterday afternoon",
	  "late yesterday afternoon", "END" },
	{ "2024-12-05", "talks resume in mid-November", "mid-November", "MID" },
	{ "2024-12-05", "it ends in late 2023", "late 2023", "END" },
	{ "2024-06-06", "Das Treffen findet Ende des Jahres statt.",
	  "Ende des Jahres", "END" },
	{ "2024-06-06", "Seit Anfang des Jahres stiegen die Preise.",
	  "Anfang des Jahres", "START" },
	{ "2024-12-05", "by the end of the month", "the end of the month",
	  "END" },
	{ "2024-12-05", "the mid-'80s", "mid-'80s", "MID" },
	{ "2024-12-05", "by end-2024", "end-2024", "END" },
	{ "2024-12-05", "in early-2025", "early-2025", "START" },
	{ "2024-12-05", "in the first days of January",
	  "the first days of January", "START" },
	{ "2024-12-05", "in the second half of December",
	  "the second half of December", "END" },
	{ "2024-12-05", "the final days of the year",
	  "the final days of the year", "END" },
	{ "2024-12-05", "the late 1800s", "late 1800s", "END" },
	{ "2024-12-05", "by the end of the decade", "the end of the decade",
	  "END" },
	{ "2024-12-05", "at the beginning of the year", "the beginning of the year",
	  "START" },
	{ "2024-12-05", "sales rose earlier this year", "earlier this year",
	  "START" },
	{ "2024-12-05", "to close by year-end.", "year-end", "END" },
	{ "2024-12-05", "shortly after mid-afternoon", "mid-afternoon", "MID" },
	{ "2024-12-05", "the talks lasted about two hours", "about two hours",
	  "APPROX" },
	{ "2024-12-05", "it took nearly a decade", "nearly a decade",
	  "LESS_THAN" },
	{ "2024-12-05", "for more than a week", "more than a week", "MORE_THAN" },
	{ "2024-12-05", "for at least 72 hours", "at least 72 hours",
	  "EQUAL_OR_MORE" },
	{ "2024-12-05", "jail terms of up to three years", "up to three years",
	  "EQUAL_OR_LESS" },
	{ "2024-12-05", "built more than four decades ago",
	  "more than four decades ago", "BEFORE" },
	{ "2024-12-05", "it opened almost two years ago", "almost two years ago",
	  "AFTER" },
	{ "2024-12-05", "12월 말까지 마친다", "12월 말", "END" },
	{ "2024-12-05", "12월 초 발표", "12월 초", "START" },
	{ "2024-12-05", "1990년대 초 위기", "1990년대 초", "START" },
	{ "2024-12-05", "12月中旬に発表", "12月中旬", "MID" },
	{ "2024-12-05", "2024年底前完成", "2024年底", "END" },
	{ "2024-12-05", "12月初め", "12月初め", "START" },
	{ "2024-12-05", "к концу 2024 года", "концу 2024 года", "END" },
	{ "2024-12-05", "в середине ноября", "середине ноября", "MID" },
	{ "2024-12-05", "встреча пройдет в начале следующего года",
	  "начале следующего года", "START" },
	{ "2024-12-05", "почти два года назад", "почти два года назад",
	  "AFTER" },
	{ "2024-12-05", "за почти три года", "почти три года", "LESS_THAN" },
	{ "2024-12-05", "менее часа", "менее часа", "LESS_THAN" },
	{ "2024-12-05", "for under a week", "under a week", "LESS_THAN" },
	{ "2024-12-05", "Summit Set For Early Next Year", "Early Next Year",
	  "START" },
	{ "2024-12-05", "до конца года", "конца года", "END" },
	{ "2024-12-05", "연말까지 마친다", "연말", "END" },
	{ "2024-12-05", "내년 연초 발표", "내년 연초", "START" },
	{ "2024-12-05", "월말 결산", "월말", "END" },
	{ "2024-12-05", "올 연말", "올 연말", "END" },
	{ "2024-12-05", "上个月底", "上个月底", "END" },
	{ "2024-12-05", "明年初", "明年初", "START" },
	{ "2024-12-05", "去年年底", "去年年底", "END" },
	{ "2024-12-05", "来年初めに", "来年初め", "START" },
	{ "2024-12-05", "下个月中旬", "下个月中旬", "MID" },
	{ "2024-12-05", "预计年底前完成", "年底", "END" },
	{ "2024-12-05", "今月末まで", "今月末", "END" },

	{ "2024-12-05", "they met on Tuesday", "Tuesday", "" },
	{ "2024-12-05", "the talks lasted two hours", "two hours", "" },
	{ NULL, NULL, NULL, NULL }
};

static struct wire_timex_ctx *
load(void)
{
	char path[1024], err[256];
	const char *dir = getenv("WIRE_DATADIR");
	struct wire_timex_ctx *cx;

	snprintf(path, sizeof(path), "%s/timex/en.txt", dir ? dir : "data");
	if ((cx = wire_timex_load(path, err, sizeof(err))) == NULL)
		diag("%s", err);
	return cx;
}

static void
ref_doc(struct wire_timex_doc *doc, const char *ref)
{
	int y = 0, m = 0, d = 0;

	if (*ref != '\0' && wire_timex_parse_ref(ref, strlen(ref), &y, &m, &d) < 0)
		diag("bad reference %s", ref);
	wire_timex_doc_init(doc, y, m, d);
}

/* The expression whose text is want, or NULL. */
static const struct wire_timex *
find(const char *text, const struct wire_timex *tx, size_t n, const char *want)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (tx[i].end - tx[i].start == strlen(want) &&
		    memcmp(text + tx[i].start, want, strlen(want)) == 0)
			return &tx[i];
	return NULL;
}

static void
show(const char *text, const struct wire_timex *tx, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		diag("  found \"%.*s\" %s %s", (int)(tx[i].end - tx[i].start),
		    text + tx[i].start, wire_timex_type_name(tx[i].type),
		    tx[i].value);
}

static void
run_cases(const struct wire_timex_ctx *cx, struct wire_timex **tx, size_t *cap)
{
	const struct tcase *c;
	const struct wire_timex *x;
	struct wire_timex_doc doc;
	size_t i, n;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		c = &cases[i];
		ref_doc(&doc, c->ref);
		n = wire_timex_find(cx, &doc, c->text, strlen(c->text), tx, cap);
		if (*c->want == '\0') {
			if (!is_int(n, 0, "case %zu: no date", i))
				show(c->text, *tx, n);
			continue;
		}
		x = find(c->text, *tx, n, c->want);
		if (*c->type == '\0') {
			if (!ok(x == NULL, "case %zu: no \"%s\"", i, c->want))
				show(c->text, *tx, n);
			continue;
		}
		if (!ok(x != NULL, "case %zu: \"%s\" found", i, c->want)) {
			show(c->text, *tx, n);
			continue;
		}
		is_str(x->value, c->value, "\"%s\" (ref %s) value", c->want,
		    c->ref);
		is_str(wire_timex_type_name(x->type), c->type, "\"%s\" type",
		    c->want);
	}
}

static void
run_mods(const struct wire_timex_ctx *cx, struct wire_timex **tx, size_t *cap)
{
	const struct mcase *c;
	const struct wire_timex *x;
	struct wire_timex_doc doc;
	const char *mod;
	size_t n;

	for (c = mods; c->text != NULL; c++) {
		ref_doc(&doc, c->ref);
		n = wire_timex_find(cx, &doc, c->text, strlen(c->text), tx, cap);
		x = find(c->text, *tx, n, c->want);
		if (!ok(x != NULL, "mod: \"%s\" found", c->want)) {
			show(c->text, *tx, n);
			continue;
		}
		mod = wire_timex_mod_name(x->mod);
		is_str(mod != NULL ? mod : "", c->mod, "\"%s\" mod", c->want);
	}
	ok(wire_timex_mod_name(-1) == NULL && wire_timex_mod_name(99) == NULL,
	    "no name for a modifier out of range");
}

static void
run_seq(const struct wire_timex_ctx *cx, const char *ref, const struct seq *s,
    struct wire_timex **tx, size_t *cap)
{
	const struct wire_timex *x;
	struct wire_timex_doc doc;
	size_t n;

	ref_doc(&doc, ref);
	for (; s->text != NULL; s++) {
		n = wire_timex_find(cx, &doc, s->text, strlen(s->text), tx, cap);
		x = find(s->text, *tx, n, s->want);
		if (!ok(x != NULL, "sequence: \"%s\" found", s->want)) {
			show(s->text, *tx, n);
			continue;
		}
		is_str(x->value, s->value, "sequence: \"%s\" value", s->want);
	}
}

static void
test_parse_ref(void)
{
	static const struct {
		const char	*s;
		int		 ok, y, m, d;
	} r[] = {
		{ "2024-12-06", 1, 2024, 12, 6 },
		{ "2024-12-06T09:00:00+09:00", 1, 2024, 12, 6 },
		{ "2024-12-06 09:00", 1, 2024, 12, 6 },
		{ "20241206", 1, 2024, 12, 6 },
		{ "Fri, 06 Dec 2024 09:00:00 +0900", 1, 2024, 12, 6 },
		{ "6 Dec 2024", 1, 2024, 12, 6 },
		{ "2024/12/06", 1, 2024, 12, 6 },
		{ "2024.12.06 15:20", 1, 2024, 12, 6 },
		{ "December 6, 2024", 1, 2024, 12, 6 },
		{ "Dec. 6, 2024 09:00", 1, 2024, 12, 6 },
		{ "Sept. 6, 2024", 1, 2024, 9, 6 },
		{ "2024-12/06", 0, 0, 0, 0 },
		{ "Decem 6, 2024", 0, 0, 0, 0 },
		{ "May 6 2024", 0, 0, 0, 0 },
		{ "Feb 30, 2024", 0, 0, 0, 0 },
		{ "2024-02-30", 0, 0, 0, 0 },
		{ "yesterday", 0, 0, 0, 0 },
		{ "", 0, 0, 0, 0 },
		{ "2024-12", 0, 0, 0, 0 },
	};
	size_t i;
	int y, m, d, rc;

	for (i = 0; i < sizeof(r) / sizeof(r[0]); i++) {
		y = m = d = 0;
		rc = wire_timex_parse_ref(r[i].s, strlen(r[i].s), &y, &m, &d);
		is_int(rc == 0, r[i].ok, "parse_ref \"%s\"", r[i].s);
		if (r[i].ok)
			ok(y == r[i].y && m == r[i].m && d == r[i].d,
			    "parse_ref \"%s\" date", r[i].s);
	}
}

static void
test_misc(const struct wire_timex_ctx *cx, struct wire_timex **tx, size_t *cap)
{
	/* 설날 (Seollal) 2017-2026, then 추석 (Chuseok) */
	static const char *const lunar[] = { "2017-01-28", "2018-02-16",
	    "2019-02-05", "2020-01-25", "2021-02-12", "2022-02-01",
	    "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17",
	    "2017-10-04", "2018-09-24", "2019-09-13", "2020-10-01",
	    "2021-09-21", "2022-09-10", "2023-09-29", "2024-09-17",
	    "2025-10-06", "2026-09-25" };
	static const char junk[] = "9 June 2024-12- the 1st of ,:/.\xe2\x80\x99\xff"
	    "Monday 12/4/ last No. 3:2 a.m. \xed\x95\x9c 5\xec\x9d\xbc";
	struct wire_timex_doc doc;
	struct wire_timex_ctx *cx2;
	char err[128], *big;
	size_t n, i;

	/* the lunisolar holidays against the official calendar of Korea,
	 * ten years of each, "2017년 설날" to "2026년 추석" */
	for (i = 0; i < sizeof(lunar) / sizeof(lunar[0]); i++) {
		char text[64];

		wire_timex_doc_init(&doc, 2024, 12, 6);
		snprintf(text, sizeof(text), "%d\xeb\x85\x84 %s", 2017 +
		    (int)(i % 10), i < 10 ? "\xec\x84\xa4\xeb\x82\xa0" :
		    "\xec\xb6\x94\xec\x84\x9d");
		n = wire_timex_find(cx, &doc, text, strlen(text), tx, cap);
		ok(n == 1 && strcmp((*tx)[0].value, lunar[i]) == 0,
		    "%s is %s", text, lunar[i]);
	}
	/* --date-order dmy */
	wire_timex_doc_init(&doc, 2024, 12, 6);
	doc.order = WIRE_TX_DMY;
	n = wire_timex_find(cx, &doc, "on 4/12/2024", 12, tx, cap);
	ok(n == 1 && strcmp((*tx)[0].value, "2024-12-04") == 0, "dmy 4/12/2024");
	/* bad data */
	ok(wire_timex_new("month 13 smarch\n", 16, err, sizeof(err)) == NULL,
	    "bad month rejected: %s", err);
	ok(wire_timex_new("bogus 1 x\n", 10, err, sizeof(err)) == NULL,
	    "bad class rejected: %s", err);
	ok(wire_timex_new("holiday 11-02+8 poll day\n", 24, err,
	    sizeof(err)) == NULL, "bad weekday of a holiday rejected: %s", err);
	ok(wire_timex_new("holiday 02-30+2 poll day\n", 24, err,
	    sizeof(err)) == NULL, "bad day of a holiday rejected: %s", err);
	ok(wire_timex_new("gram nosuch foo\n", 16, err, sizeof(err)) == NULL,
	    "a grammar word of no English one rejected: %s", err);
	if (ok((cx2 = wire_timex_new("gram last letzten\nunit week woche\n",
	    34, err, sizeof(err))) != NULL, "a grammar word of data loads")) {
		wire_timex_doc_init(&doc, 2024, 12, 6);
		n = wire_timex_find(cx2, &doc, "in der letzten woche", 20, tx,
		    cap);
		ok(n == 1 && strcmp((*tx)[0].value, "2024-W48") == 0,
		    "it works as the English one");
		wire_timex_free(cx2);
	}
	/* hostile text: long runs of digits, letters, punctuation, bytes */
	big = malloc(1 << 20);
	if (big == NULL)
		return;
	for (i = 0; i < (1 << 20); i++)
		big[i] = junk[i % (sizeof(junk) - 1)];
	wire_timex_doc_init(&doc, 2024, 12, 6);
	n = wire_timex_find(cx, &doc, big, 1 << 20, tx, cap);
	ok(n != (size_t)-1 && n <= WIRE_TIMEX_MAX, "hostile text: %zu found", n);
	for (i = 0; i < n && i < WIRE_TIMEX_MAX; i++)
		if ((*tx)[i].end > (1 << 20) || (*tx)[i].start >= (*tx)[i].end)
			break;
	ok(i == n, "hostile text: offsets in range");
	memset(big, 'a', 1 << 20);
	n = wire_timex_find(cx, &doc, big, 1 << 20, tx, cap);
	is_int(n, 0, "one huge word");
	free(big);
	n = wire_timex_find(cx, &doc, "", 0, tx, cap);
	is_int(n, 0, "empty text");
}

/*
 * A trigger word at every place of the 64-byte blocks the trigger pass
 * reads, after words that run across them: found wherever it stands, and
 * a word that is none ("Juno") wakes nothing.
 */
static void
test_blocks(const struct wire_timex_ctx *cx, struct wire_timex **tx,
    size_t *cap)
{
	struct wire_timex_doc doc;
	char text[256];
	size_t o, k, n, len;
	int bad = 0, j;

	for (j = 0; j < 2; j++)
		for (o = 0; o < 150; o++)
			for (len = o + 4; len <= o + 5; len++) {
				for (k = 0; k < len; k++)
					text[k] = k % 23 == 22 ? ' ' : 'q';
				if (o > 0)
					text[o - 1] = ' ';
				memcpy(text + o, j == 0 ? "June" : "Juno", 4);
				if (len > o + 4)
					text[o + 4] = ' ';
				wire_timex_doc_init(&doc, 2024, 12, 6);
				n = wire_timex_find(cx, &doc, text, len, tx, cap);
				if (j == 0 ? n != 1 || (*tx)[0].start != o ||
				    strcmp((*tx)[0].value, "2024-06") != 0 : n != 0)
					bad++;
			}
	is_int(bad, 0, "a trigger word at every place of a block");
}

int
main(void)
{
	struct wire_timex_ctx *cx;
	struct wire_timex *tx = NULL;
	size_t cap = 0;

	test_parse_ref();
	if (!ok((cx = load()) != NULL, "lexicon loads"))
		return tap_done();
	run_cases(cx, &tx, &cap);
	run_mods(cx, &tx, &cap);
	run_seq(cx, "2024-10-26", seq002, &tx, &cap);
	run_seq(cx, "2024-11-07", seq003, &tx, &cap);
	run_seq(cx, "1989-10-26", seqfq, &tx, &cap);
	run_seq(cx, "2024-12-05", seqko, &tx, &cap);
	run_seq(cx, "2024-12-05", seqkocmp, &tx, &cap);
	run_seq(cx, "1998-08-17", seqlater, &tx, &cap);
	run_seq(cx, "2024-12-05", seqsame, &tx, &cap);
	run_seq(cx, "2016-09-09", seqnextday, &tx, &cap);
	run_seq(cx, "2024-12-06", seqthatday, &tx, &cap);
	run_seq(cx, "2024-12-06", seqnextweek, &tx, &cap);
	run_seq(cx, "2024-12-06", seqseason, &tx, &cap);
	test_misc(cx, &tx, &cap);
	test_blocks(cx, &tx, &cap);
	free(tx);
	wire_timex_free(cx);
	return tap_done();
}
