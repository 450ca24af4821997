"""What check_eml.py and check_ics.py share.

Both read files named on the command line with an independent parser and
print what it saw as JSON for a test to compare; both formats end every
line in CRLF, so both report bare line ends the same way.
"""

import json
import sys


def bare_line_ends(data):
    """The number of LF bytes without a CR before them, and of CR bytes
    without an LF after them."""
    bare_lf = sum(1 for i, b in enumerate(data) if b == 0x0A and (i == 0 or data[i - 1] != 0x0D))
    bare_cr = sum(1 for i, b in enumerate(data)
                  if b == 0x0D and (i + 1 >= len(data) or data[i + 1] != 0x0A))
    return bare_lf, bare_cr


def crlf_lines(data):
    """The lines between CRLFs, without the empty one after a final CRLF."""
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def run(paths, usage, describe, errors=(OSError,)):
    """Prints describe(path) of every path as JSON (one object, or a list
    for several files). Returns the exit status: 0 when every file was
    read, 2 when one could not be (the reason goes to stderr)."""
    sys.stdout.reconfigure(encoding="utf-8")
    if not paths:
        print(usage, file=sys.stderr)
        return 2
    results = []
    for path in paths:
        try:
            results.append(describe(path))
        except errors as error:
            print(f"{path}: {getattr(error, 'strerror', None) or error}", file=sys.stderr)
            return 2
    out = results[0] if len(results) == 1 else results
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0
