#!/usr/bin/env python3
"""Parse .ics files with Python's icalendar package and print what it read.

An independent reader for the calendar invitations Debrief writes
(InterviewInvitation, IcsWriter): the tests compare its view of a file,
property by property, with what was written. For each file it prints one
JSON object (a list of them for several files):

  method, prodid, version, calscale, components (the names of the
  calendar's sub-components, in order),
  events ([{uid, dtstart, dtend, dtstamp (ISO 8601, with their zone),
            sequence, status, summary, location, url, description, class,
            organizer {name, address}, attendees [{name, address, role,
            partstat, rsvp, cutype}]}]),
  lines (a raw look at the bytes: count, longest line in octets, bare LF
  and bare CR counts, whether every physical line is valid UTF-8 on its own,
  whether the file ends in CRLF).

Exit status 0 when every file was read, 2 when a file could not be opened
or parsed, 3 when the icalendar package is missing (a test that needs it
must fail, not pass without it).
"""

import sys

from file_report import bare_line_ends, crlf_lines, run

try:
    import icalendar
except ImportError:  # pragma: no cover - reported to the test
    print("check_ics.py: the Python package 'icalendar' is missing "
          "(Debian: apt-get install python3-icalendar)", file=sys.stderr)
    sys.exit(3)


def raw_lines(data):
    bare_lf, bare_cr = bare_line_ends(data)
    lines = crlf_lines(data)

    def valid_utf8(line):
        try:
            line.decode("utf-8")
            return True
        except UnicodeDecodeError:
            return False

    return {
        "count": len(lines),
        "max_octets": max((len(line) for line in lines), default=0),
        "bare_lf": bare_lf,
        "bare_cr": bare_cr,
        "each_line_utf8": all(valid_utf8(line) for line in lines),
        "ends_with_crlf": data.endswith(b"\r\n"),
    }


def text(component, name):
    value = component.get(name)
    return None if value is None else str(value)


def when(component, name):
    value = component.get(name)
    return None if value is None else value.dt.isoformat()


def address(value):
    uri = str(value)
    return uri[len("mailto:"):] if uri.lower().startswith("mailto:") else uri


def person(value):
    params = value.params
    return {
        "name": str(params.get("CN")) if "CN" in params else None,
        "address": address(value),
        "role": params.get("ROLE"),
        "partstat": params.get("PARTSTAT"),
        "rsvp": params.get("RSVP"),
        "cutype": params.get("CUTYPE"),
    }


def describe_event(event):
    attendees = event.get("ATTENDEE")
    if attendees is None:
        attendees = []
    elif not isinstance(attendees, list):
        attendees = [attendees]
    organizer = event.get("ORGANIZER")
    sequence = event.get("SEQUENCE")
    return {
        "uid": text(event, "UID"),
        "dtstart": when(event, "DTSTART"),
        "dtend": when(event, "DTEND"),
        "dtstamp": when(event, "DTSTAMP"),
        "sequence": None if sequence is None else int(sequence),
        "status": text(event, "STATUS"),
        "summary": text(event, "SUMMARY"),
        "location": text(event, "LOCATION"),
        "url": text(event, "URL"),
        "description": text(event, "DESCRIPTION"),
        "class": text(event, "CLASS"),
        "organizer": None if organizer is None else person(organizer),
        "attendees": [person(a) for a in attendees],
    }


def describe(path):
    with open(path, "rb") as handle:
        data = handle.read()
    calendar = icalendar.Calendar.from_ical(data)
    return {
        "file": path,
        "name": calendar.name,
        "method": text(calendar, "METHOD"),
        "prodid": text(calendar, "PRODID"),
        "version": text(calendar, "VERSION"),
        "calscale": text(calendar, "CALSCALE"),
        "components": [c.name for c in calendar.subcomponents],
        "events": [describe_event(e) for e in calendar.walk("VEVENT")],
        "lines": raw_lines(data),
    }


def main(paths):
    return run(paths, "usage: check_ics.py FILE.ics [FILE.ics ...]", describe,
               (OSError, ValueError))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
