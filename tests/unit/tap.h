/*
 * tap.h: a header-only Test Anything Protocol helper for the unit tests.
 *
 *	ok(cond, fmt, ...)			passes when cond is true
 *	is_int(got, want, fmt, ...)		compares as long long
 *	is_str(got, want, fmt, ...)		compares strings, NULL allowed
 *	is_mem(got, gotlen, want, wantlen, fmt, ...)	compares bytes
 *	diag(fmt, ...)				a "# " diagnostic line
 *	return tap_done();			prints the plan; 0 if all passed
 *
 * Each check prints "ok N - what" or "not ok N - what" followed by "# "
 * lines telling where and what was got and wanted.  The counters are
 * static: one test program per .c file.
 */
#ifndef WIRE_TAP_H
#define WIRE_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#if defined(__GNUC__)
#define TAP_PRINTF(f, a)	__attribute__((format(printf, f, a)))
#else
#define TAP_PRINTF(f, a)
#endif

static int	tap_run_;	/* tests run */
static int	tap_failed_;	/* tests failed */

#define ok(cond, ...)							\
	tap_ok_(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...)						\
	tap_is_int_((long long)(got), (long long)(want), __FILE__,	\
	    __LINE__, __VA_ARGS__)
#define is_str(got, want, ...)						\
	tap_is_str_((got), (want), __FILE__, __LINE__, __VA_ARGS__)
#define is_mem(got, gotlen, want, wantlen, ...)				\
	tap_is_mem_((got), (gotlen), (want), (wantlen), __FILE__,	\
	    __LINE__, __VA_ARGS__)

static inline void TAP_PRINTF(4, 0)
tap_vresult_(int pass, const char *file, int line, const char *fmt,
    va_list ap)
{
	tap_run_++;
	if (!pass)
		tap_failed_++;
	printf("%sok %d - ", pass ? "" : "not ", tap_run_);
	vprintf(fmt, ap);
	putchar('\n');
	if (!pass)
		printf("#   Failed test at %s line %d.\n", file, line);
	fflush(stdout);
}

/* Prints a diagnostic line "# ...". */
static inline void TAP_PRINTF(1, 2)
diag(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	fflush(stdout);
}

/* Prints n bytes of s quoted, escaping what is not printable ASCII. */
static inline void
tap_quote_(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i;

	if (s == NULL) {
		fputs("NULL", stdout);
		return;
	}
	putchar('"');
	for (i = 0; i < n; i++) {
		if (u[i] == '"' || u[i] == '\\')
			printf("\\%c", u[i]);
		else if (u[i] == '\n')
			fputs("\\n", stdout);
		else if (u[i] == '\t')
			fputs("\\t", stdout);
		else if (u[i] < 0x20 || u[i] >= 0x7f)
			printf("\\x%02x", u[i]);
		else
			putchar(u[i]);
	}
	putchar('"');
}

static inline void
tap_got_want_(const char *got, size_t gotlen, const char *want,
    size_t wantlen)
{
	fputs("#      got: ", stdout);
	tap_quote_(got, gotlen);
	if (got != NULL)
		printf(" (%zu bytes)", gotlen);
	fputs("\n# expected: ", stdout);
	tap_quote_(want, wantlen);
	if (want != NULL)
		printf(" (%zu bytes)", wantlen);
	putchar('\n');
	fflush(stdout);
}

static inline int TAP_PRINTF(4, 5)
tap_ok_(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	tap_vresult_(pass, file, line, fmt, ap);
	va_end(ap);
	return pass;
}

static inline int TAP_PRINTF(5, 6)
tap_is_int_(long long got, long long want, const char *file, int line,
    const char *fmt, ...)
{
	va_list ap;
	int pass = got == want;

	va_start(ap, fmt);
	tap_vresult_(pass, file, line, fmt, ap);
	va_end(ap);
	if (!pass) {
		printf("#      got: %lld\n# expected: %lld\n", got, want);
		fflush(stdout);
	}
	return pass;
}

static inline int TAP_PRINTF(5, 6)
tap_is_str_(const char *got, const char *want, const char *file, int line,
    const char *fmt, ...)
{
	va_list ap;
	int pass;

	if (got == NULL || want == NULL)
		pass = got == want;
	else
		pass = strcmp(got, want) == 0;
	va_start(ap, fmt);
	tap_vresult_(pass, file, line, fmt, ap);
	va_end(ap);
	if (!pass)
		tap_got_want_(got, got ? strlen(got) : 0, want,
		    want ? strlen(want) : 0);
	return pass;
}

static inline int TAP_PRINTF(7, 8)
tap_is_mem_(const void *got, size_t gotlen, const void *want, size_t wantlen,
    const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	int pass;

	if (got == NULL || want == NULL)
		pass = got == want || gotlen + wantlen == 0;
	else
		pass = gotlen == wantlen && memcmp(got, want, gotlen) == 0;
	va_start(ap, fmt);
	tap_vresult_(pass, file, line, fmt, ap);
	va_end(ap);
	if (!pass)
		tap_got_want_(got, gotlen, want, wantlen);
	return pass;
}

/*
 * Prints the plan "1..N" and a summary of failures.  Returns the exit
 * status of the test program: 0 when every test passed, else 1.
 */
static inline int
tap_done(void)
{
	printf("1..%d\n", tap_run_);
	if (tap_failed_ > 0)
		printf("# failed %d of %d tests\n", tap_failed_, tap_run_);
	fflush(stdout);
	return tap_failed_ > 0 ? 1 : 0;
}

#endif
