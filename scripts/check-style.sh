#!/bin/sh
# check-style.sh: checks the C sources for wire's KNF-like style.
#
# Usage: sh scripts/check-style.sh [file ...]
#
# Without arguments it checks every *.c and *.h under cmd/ lib/ include/
# tests/unit/ tests/fuzz/ bench/.  Prints "path:line: what" for each
# violation and exits 1 if there is any, else prints nothing and exits 0.
#
# The rules:
#  - indentation with tabs: no space before a tab, no run of 8 spaces, and
#    no statement indented with spaces only (a continuation line may end its
#    indentation with up to 7 spaces, as in KNF's 4-space continuation);
#    lines inside block comments are free
#  - no trailing white space
#  - lines at most 100 columns, tabs counting to the next multiple of 8
#  - function definitions: the return type on its own line, the name at
#    column 0, the opening brace alone on the line after the parameters
#  - no // comments
#  - a comment block right above every non-static function defined in
#    lib/*.c (its contract)
#  - every .c file under cmd/ and lib/ starts with a header comment
set -eu

# Files named on the command line are taken as given; otherwise the tree.
[ $# -gt 0 ] || cd "$(dirname "$0")/.."

if ! command -v python3 >/dev/null 2>&1; then
	echo "check-style.sh: python3 is needed (sh scripts/deps.sh)" >&2
	exit 2
fi

exec python3 - "$@" <<'EOF'
import os
import re
import sys

DIRS = ["cmd", "lib", "include", "tests/unit", "tests/fuzz", "bench"]
MAXCOL = 100

problems = []


def report(path, line, what):
    problems.append((path, line, what))


def lex(text):
    """Splits C text into lines and, for each, returns (raw, code, info).

    code is the line with comments and the insides of string and character
    literals blanked to spaces; info holds 'incomment' (the line starts
    inside a block comment), 'pp' (part of a preprocessor directive) and
    'slashslash' (column of a // comment, or -1)."""
    raw_lines = text.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    out = []
    state = "code"      # code, comment, string, char
    pp = False          # inside a preprocessor directive
    for raw in raw_lines:
        info = {"incomment": state == "comment", "pp": False,
                "slashslash": -1}
        line = raw.rstrip("\r")
        if state == "code" and not pp and line.lstrip().startswith("#"):
            pp = True
        info["pp"] = pp
        code = []
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            nxt = line[i + 1] if i + 1 < n else ""
            if state == "comment":
                if c == "*" and nxt == "/":
                    code.append("  ")
                    state = "code"
                    i += 2
                    continue
                code.append(" ")
            elif state in ("string", "char"):
                quote = '"' if state == "string" else "'"
                if c == "\\":
                    code.append("  " if nxt else " ")
                    i += 2
                    continue
                if c == quote:
                    code.append(c)
                    state = "code"
                else:
                    code.append(" ")
            else:
                if c == "/" and nxt == "*":
                    code.append("  ")
                    state = "comment"
                    i += 2
                    continue
                if c == "/" and nxt == "/":
                    info["slashslash"] = i
                    code.append(" " * (n - i))
                    break
                if c == '"':
                    state = "string"
                elif c == "'":
                    state = "char"
                code.append(c)
            i += 1
        # A string or character literal ends at the end of the line unless
        # the line is continued with a backslash.
        continued = line.endswith("\\")
        if state in ("string", "char") and not continued:
            state = "code"
        if pp and not continued:
            pp = False
        out.append((raw, "".join(code), info))
    return out


def columns(s):
    col = 0
    for c in s:
        if c == "\t":
            col = (col // 8 + 1) * 8
        else:
            col += 1
    return col


IDENT_PAREN = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(")
NOT_FUNCS = {"if", "for", "while", "switch", "return", "sizeof",
             "typedef", "do", "else", "case", "defined", "_Static_assert",
             "__attribute__", "__typeof__", "typeof", "_Alignas"}


def find_definitions(lines):
    """Yields (name, name_line, open_line, brace_line, brace_alone,
    name_at_col0) for each function definition whose header starts at
    column 0 (0-based line numbers)."""
    codes = [c for (_, c, info) in lines]
    pps = [info["pp"] for (_, _, info) in lines]
    n = len(lines)
    i = 0
    while i < n:
        code = codes[i]
        if pps[i] or not code or not (code[0].isalpha() or code[0] == "_"):
            i += 1
            continue
        # A candidate at column 0: find the first "name(" before any ';',
        # '=' or '{' on this line.
        m = None
        for mm in IDENT_PAREN.finditer(code):
            if mm.group(1) in NOT_FUNCS:
                continue
            m = mm
            break
        if m is None or re.search(r"[;={]", code[:m.start()]):
            i += 1
            continue
        # Balance the parentheses from the name's '(' on, across lines.
        depth = 0
        j = i
        k = m.end() - 1
        close = None
        while j < n and j < i + 40:
            if pps[j] and j != i:
                break
            s = codes[j]
            while k < len(s):
                if s[k] == "(":
                    depth += 1
                elif s[k] == ")":
                    depth -= 1
                    if depth == 0:
                        close = (j, k)
                        break
                elif s[k] in ";{}" and depth > 0:
                    break
                k += 1
            if close or (k < len(s)):
                break
            j += 1
            k = 0
        if close is None:
            i += 1
            continue
        # What follows the parameter list: '{' makes a definition.
        j, k = close
        k += 1
        brace = None
        while j < n and j < close[0] + 3:
            rest = codes[j][k:] if not pps[j] else ""
            t = rest.strip()
            if t:
                if t.startswith("{"):
                    brace = (j, codes[j].strip() == "{")
                break
            j += 1
            k = 0
        if brace is not None:
            yield (m.group(1), i, close[0], brace[0], brace[1],
                   m.start() == 0)
            i = brace[0] + 1
        else:
            i = close[0] + 1


def check_file(path):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        report(path, 0, "cannot read: %s" % e.strerror)
        return
    text = data.decode("utf-8", errors="replace")
    lines = lex(text)
    parent = os.path.basename(os.path.dirname(os.path.normpath(path)))
    is_c = path.endswith(".c")

    if is_c and parent in ("cmd", "lib"):
        if not lines or not lines[0][0].startswith("/*"):
            report(path, 1, "no header comment at the top of the file")

    prev_code = None    # the last line with code, for continuations
    depth = 0           # parentheses open at the start of the line
    for no, (raw, code, info) in enumerate(lines, 1):
        if raw != raw.rstrip(" \t\f\v") or "\r" in raw:
            report(path, no, "trailing white space")
        if columns(raw) > MAXCOL:
            report(path, no, "line longer than %d columns (%d)" %
                   (MAXCOL, columns(raw)))
        if info["slashslash"] >= 0:
            report(path, no, "// comment; use /* */")
        stripped = raw.strip()
        if not info["incomment"] and stripped:
            ws = raw[:len(raw) - len(raw.lstrip(" \t"))]
            if " \t" in ws:
                report(path, no, "space before tab in indentation")
            elif " " * 8 in ws:
                report(path, no, "indentation with spaces; use tabs")
            elif ws.endswith(" ") and not info["pp"]:
                pc = prev_code.rstrip() if prev_code is not None else ""
                if depth == 0 and (pc == "" or pc[-1] in ";{}"):
                    report(path, no, "indentation with spaces; use tabs")
        if code.strip():
            prev_code = code
        if not info["pp"]:
            depth = max(0, depth + code.count("(") - code.count(")"))
            if code.rstrip() in ("{", "}"):
                depth = 0

    for (name, nl, cl, bl, alone, col0) in find_definitions(lines):
        if not col0:
            report(path, nl + 1, "function %s: return type not on its own "
                   "line" % name)
        if bl == cl or not alone:
            report(path, bl + 1, "function %s: opening brace not alone on "
                   "its own line" % name)
        if not (is_c and parent == "lib"):
            continue
        # The return type: on the name's line (already reported) or on the
        # lines right above it; then the contract comment.
        static = re.search(r"\bstatic\b", lines[nl][1]) is not None
        j = nl - 1
        if col0:
            while j >= 0 and j >= nl - 3:
                raw, code, info = lines[j]
                c = code.strip()
                if not c or c[-1] in ";{}" or info["pp"]:
                    break
                if re.search(r"\bstatic\b", code):
                    static = True
                j -= 1
        if static:
            continue
        if j < 0 or not lines[j][0].rstrip().endswith("*/"):
            report(path, nl + 1, "function %s: no comment right above it "
                   "(its contract)" % name)


def main(argv):
    if argv:
        files = argv
    else:
        files = []
        for d in DIRS:
            for root, dirs, names in os.walk(d):
                dirs.sort()
                for nm in sorted(names):
                    if nm.endswith(".c") or nm.endswith(".h"):
                        files.append(os.path.join(root, nm))
    for p in files:
        start = len(problems)
        check_file(p)
        problems[start:] = sorted(problems[start:], key=lambda t: t[1])
    for p in problems:
        print("%s:%d: %s" % p)
    return 1 if problems else 0


sys.exit(main(sys.argv[1:]))
EOF
