#!/usr/bin/env python3
"""Parse .eml files with Python's own e-mail package and print what it read.

An independent reader for the files Debrief writes (EmlWriter): the tests
compare its view of a message, field by field, with what was written. For
each file it prints one JSON object (a list of them for several files):

  subject, from, to, date (ISO 8601), message_id, content_type,
  from_addresses / to_addresses ([{"name", "address"}]),
  parts ([{"content_type", "charset", "transfer_encoding"}] of the leaves),
  plain, html (the decoded bodies as they are, CRLF line endings
  included, or null), defects (every defect the
  parser noted in the message, its parts and its headers),
  lines (a raw look at the bytes: count, longest line, longest header line,
  bare LF and bare CR counts, 8-bit bytes).

Exit status 0 when every file was read, 2 when a file could not be opened.
"""

import email
import email.policy
import sys

from file_report import bare_line_ends, crlf_lines, run


def raw_lines(data):
    """Facts about line endings and lengths, read from the bytes alone."""
    bare_lf, bare_cr = bare_line_ends(data)
    lines = crlf_lines(data)
    header_end = lines.index(b"") if b"" in lines else len(lines)
    return {
        "count": len(lines),
        "max_length": max((len(line) for line in lines), default=0),
        "max_header_length": max((len(line) for line in lines[:header_end]), default=0),
        "bare_lf": bare_lf,
        "bare_cr": bare_cr,
        "eight_bit": sum(1 for b in data if b > 0x7F),
        "ends_with_crlf": data.endswith(b"\r\n"),
    }


def addresses(header):
    if header is None:
        return []
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def defects_of(message):
    found = [type(d).__name__ + ": " + str(d) for d in message.defects]
    for name, value in message.items():
        for defect in getattr(value, "defects", ()):
            found.append(name + ": " + type(defect).__name__ + ": " + str(defect))
    return found


def body_text(message, subtype):
    part = message.get_body(preferencelist=(subtype,))
    if part is None or part.get_content_subtype() != subtype:
        return None
    return part.get_content()


def describe(path):
    with open(path, "rb") as handle:
        data = handle.read()
    message = email.message_from_bytes(data, policy=email.policy.default)
    defects = defects_of(message)
    parts = []
    for part in message.walk():
        if part is not message:
            defects.extend(defects_of(part))
        if part.is_multipart():
            continue
        parts.append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding"),
        })
    date = message["date"]
    return {
        "file": path,
        "subject": str(message["subject"]) if message["subject"] is not None else None,
        "from": str(message["from"]) if message["from"] is not None else None,
        "to": str(message["to"]) if message["to"] is not None else None,
        "from_addresses": addresses(message["from"]),
        "to_addresses": addresses(message["to"]),
        "date": date.datetime.isoformat() if date is not None and date.datetime else None,
        "message_id": str(message["message-id"]) if message["message-id"] else None,
        "mime_version": str(message["mime-version"]) if message["mime-version"] else None,
        "content_type": message.get_content_type(),
        "parts": parts,
        "plain": body_text(message, "plain"),
        "html": body_text(message, "html"),
        "defects": defects,
        "lines": raw_lines(data),
    }


def main(paths):
    return run(paths, "usage: check_eml.py FILE.eml [FILE.eml ...]", describe)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
