#!/usr/bin/env python3
"""Checks Debrief's German and French translations against the glossary.

Reads the term table and the exceptions of translations/GLOSSARY.md (the one
list of terms; see "How the checker reads this table" there) and every
message of the given .ts files, and reports:

  term        the English source contains a glossary term, but the
              translation contains none of the term's renderings;
  spacing     French: no no-break space before : ; ? ! or inside « »;
  quotes      straight " in running text, or quotes of the wrong language;
  placeholder the translation drops or adds a %1…%99 placeholder;
  accelerator the source has a keyboard accelerator (&) and the translation
              has none, or more than one (or the other way round).

Exits 1 when anything is reported, naming the file, line, context, message
and term; 0 otherwise. Run on the default files it also reports exceptions
that no message needs any more. Unfinished (empty) translations are left to
check-translations.sh. Needs Python 3 only: no Qt, no build, no display.

Usage: scripts/check-glossary.py [--glossary GLOSSARY.md] [FILE.ts ...]
       (default: translations/debrief_de.ts and translations/debrief_fr.ts)
"""

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

NBSP = "\u00a0"
NNBSP = "\u202f"
FRENCH_SPACES = NBSP + NNBSP
CHECKS = ("term", "spacing", "quotes", "placeholder", "accelerator")


@dataclass
class Term:
    english: list  # patterns as written in the table
    renderings: dict  # language -> list of accepted substrings
    line: int
    regex: re.Pattern = None
    length: int = 0


@dataclass
class GlossaryException:
    languages: set
    term: str  # first English pattern of the term, or a check name
    context: str
    source_start: str
    line: int
    used: set = field(default_factory=set)  # languages it was needed for


@dataclass
class Message:
    context: str
    source: str
    translations: list  # one per plural form
    line: int


@dataclass
class Glossary:
    terms: list = field(default_factory=list)
    exceptions: list = field(default_factory=list)


# --- GLOSSARY.md ------------------------------------------------------------

CODE_SPAN = re.compile(r"`([^`]+)`")


def table_rows(lines, heading):
    """Yields (line number, cells) of the first table after `heading`."""
    in_section = False
    in_table = False
    for number, line in enumerate(lines, 1):
        if line.startswith("## "):
            if in_table:
                return
            in_section = line.strip() == heading
            continue
        if not in_section:
            continue
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not in_table:  # the header row
                in_table = True
                continue
            if all(set(c) <= set("-: ") for c in cells):  # the separator row
                continue
            yield number, cells
        elif in_table:
            return


def spans(cell):
    return [s.rstrip("…").strip() for s in CODE_SPAN.findall(cell)]


def english_regex(patterns):
    alternatives = []
    for pattern in sorted(patterns, key=len, reverse=True):
        words = [re.escape(w) for w in pattern.split()]
        # A plural s/es and a possessive are part of the word; spaces in a
        # pattern match any run of spaces.
        alternatives.append(r"\s+".join(words) + r"(?:e?s)?")
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)


def read_glossary(path):
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    glossary = Glossary()
    for number, cells in table_rows(lines, "## Terms"):
        if len(cells) < 3:
            raise SystemExit(f"{path}:{number}: a term row needs English, German and French")
        english = spans(cells[0])
        if not english:
            continue  # documentation only
        renderings = {"de": spans(cells[1]), "fr": spans(cells[2])}
        for language, accepted in renderings.items():
            if not accepted:
                raise SystemExit(
                    f"{path}:{number}: the term `{english[0]}` has no {language} rendering in backticks"
                )
        term = Term(english, renderings, number)
        term.regex = english_regex(english)
        term.length = max(len(e) for e in english)
        glossary.terms.append(term)
    # An exception may name a term by any of its English spellings.
    canonical = {c: c for c in CHECKS}
    for term in glossary.terms:
        for spelling in term.english:
            canonical.setdefault(spelling.lower(), term.english[0].lower())
    for number, cells in table_rows(lines, "## Exceptions"):
        if len(cells) < 4:
            raise SystemExit(f"{path}:{number}: an exception needs language, term, context and source")
        term = (spans(cells[1]) or [""])[0]
        context = (spans(cells[2]) or [""])[0]
        source = (spans(cells[3]) or [""])[0]
        languages = set(cells[0].split())
        if not languages <= {"de", "fr"} or term.lower() not in canonical or not context or not source:
            raise SystemExit(
                f"{path}:{number}: an exception names languages de/fr, a term of the table "
                f"or one of {', '.join(CHECKS)}, a context and a source"
            )
        glossary.exceptions.append(GlossaryException(languages, canonical[term.lower()], context, source, number))
    glossary.terms.sort(key=lambda t: t.length, reverse=True)
    return glossary


# --- .ts files --------------------------------------------------------------


def read_ts(path):
    raw = Path(path).read_text(encoding="utf-8")
    root = ET.fromstring(raw)
    language = (root.get("language") or "")[:2]
    raw_lines = raw.splitlines()
    # ElementTree keeps no line numbers: find each <source> in the file, in order.
    source_lines = [i for i, line in enumerate(raw_lines, 1) if "<source>" in line]
    messages = []
    index = 0
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                index += 1
                continue
            forms = [n.text or "" for n in translation.findall("numerusform")] or [translation.text or ""]
            line = source_lines[index] if index < len(source_lines) else 0
            index += 1
            if not any(forms):
                continue
            messages.append(Message(name, message.findtext("source") or "", forms, line))
    return language, messages


# --- normalising texts ------------------------------------------------------

TAG = re.compile(r"<[^<>]*>")
ENTITY = re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
ACCELERATOR = re.compile(r"&(?=[^\s&])")


def plain(text):
    """The text as a reader sees it: no markup, no accelerators."""
    text = TAG.sub(" ", text)
    text = ENTITY.sub(" ", text)
    text = text.replace("&&", "\0")
    text = ACCELERATOR.sub("", text)
    return text.replace("\0", "&")


# Words in a source that are syntax, not prose: option names, command names,
# template tags, JSON paths, file names and field=column examples.
SYNTAX = re.compile(
    r"--[\w-]+"
    r"|\bdebrief-cli(?:\s+[a-z][\w-]*)?"
    r"|\b(?:import|export)-[a-z]+\b"
    r"|\{\{[^}]*\}\}"
    r"|\$\.[\w.]+"
    r"|\b[\w.-]+\.(?:json|csv|eml|pdf|md|ics)\b"
    r"|\b[a-z-]+=\S+"
    r"|\b(?:comparison|packet|calibration|summary)(?:\|[a-z]+)+"
)


def source_for_terms(source):
    text = plain(source)
    text = re.sub(r"\((e?s)\)", "", text)  # "scorecard(s)" reads as "scorecard"
    return SYNTAX.sub(" ", text)


# --- checks -----------------------------------------------------------------


def excepted(glossary, language, check, message):
    for exception in glossary.exceptions:
        if (
            language in exception.languages
            and exception.term == check
            and exception.context == message.context
            and message.source.startswith(exception.source_start)
        ):
            exception.used.add(language)
            return True
    return False


def term_problems(glossary, language, message):
    source = source_for_terms(message.source)
    translations = [plain(t).lower() for t in message.translations]
    for term in glossary.terms:  # longest first
        found = term.regex.search(source)
        if not found:
            continue
        # Mask every occurrence so that a shorter term inside it is not checked again.
        source = term.regex.sub(lambda m: " " * len(m.group(0)), source)
        accepted = term.renderings[language]
        missing = [t for t in translations if not any(a.lower() in t for a in accepted)]
        if missing and not excepted(glossary, language, term.english[0].lower(), message):
            yield (
                f"term '{found.group(0)}' ({term.english[0]}): expected "
                + " or ".join(f"'{a}'" for a in accepted)
            )


# Straight quotes that are syntax: JSON ("key": "value", "key":) and an
# option's quoted argument in a command-line example (--map "a=b").
JSON_OR_CLI_QUOTE = re.compile(r'"[^"\n]*"\s*:(?:\s*"[^"\n]*")?|--[\w-]+\s+"[^"\n]*"')


def literal_quotes(text, source):
    """Removes quoted passages that copy the source verbatim (syntax such as
    "Subject: …" or {{#if …}} quoted in a message) from `text`."""
    for opening, closing in (("«", "»"), ("„", "“")):
        for inner in re.findall(re.escape(opening) + r"(.*?)" + re.escape(closing), text, re.S):
            core = inner.strip(FRENCH_SPACES + " ")
            if core and core in source and not re.fullmatch(r"%\d+", core):
                text = text.replace(inner, inner.replace(core, "x" * len(core)), 1)
    return text


def quote_problems(language, message):
    for form in message.translations:
        text = plain(form)
        text = JSON_OR_CLI_QUOTE.sub(" ", text)
        if '"' in text:
            yield 'quotes: straight " in running text; use „…“ (German) or « … » (French)'
        if language == "de":
            if "«" in text or "»" in text or "”" in text or text.count("„") != text.count("“"):
                yield "quotes: German quotes are „…“"
        elif language == "fr":
            if any(q in text for q in "“”„"):
                yield "quotes: French quotes are « … »"


# Punctuation that is syntax: %1:%2:%3: locations, times, file filters, a
# character shown in brackets ("( ; )"), URLs, template tags, JSON and
# command-line examples. (Text quoted verbatim from the source is skipped by
# literal_quotes.)
FRENCH_SYNTAX = re.compile(
    r"(?:%\d+:)+%\d+:?"
    r"|\d:\d"
    r"|;;"
    r"|\(\s[:;?!|,]\s\)"
    r"|\w+://\S*"
    r"|\{\{[^}]*\}\}"
    r"|" + JSON_OR_CLI_QUOTE.pattern
)


def spacing_problems(message):
    source = plain(message.source)
    found = []
    for form in message.translations:
        text = literal_quotes(plain(form), source)
        text = FRENCH_SYNTAX.sub(lambda m: "x" * len(m.group(0)), text)
        for mark in re.finditer(r"[:;?!]", text):
            position = mark.start()
            after = text[position + 1 : position + 2]
            if after and not after.isspace() and after not in "»)":
                continue  # inside a word: 10:30, a:b
            if position > 0 and text[position - 1] not in FRENCH_SPACES:
                found.append(f"spacing: no no-break space before '{mark.group(0)}'")
        if any(text[m.end() : m.end() + 1] not in FRENCH_SPACES for m in re.finditer("«", text)):
            found.append("spacing: no no-break space after «")
        if any(m.start() == 0 or text[m.start() - 1] not in FRENCH_SPACES for m in re.finditer("»", text)):
            found.append("spacing: no no-break space before »")
    return found  # problems() reports each once


PLACEHOLDER = re.compile(r"%(\d{1,2})")


def placeholder_problems(message):
    expected = set(PLACEHOLDER.findall(message.source))
    for form in message.translations:
        found = set(PLACEHOLDER.findall(form))
        if found != expected:
            missing = sorted(expected - found, key=int)
            extra = sorted(found - expected, key=int)
            detail = []
            if missing:
                detail.append("missing " + ", ".join("%" + m for m in missing))
            if extra:
                detail.append("unexpected " + ", ".join("%" + e for e in extra))
            yield "placeholder: " + "; ".join(detail)
            return


# An accelerator is & before a character, but not an entity (&nbsp;) or &&.
ACCELERATOR_MARK = re.compile(r"&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)(?=[^\s&])")


def accelerator_problems(message):
    expected = len(ACCELERATOR_MARK.findall(message.source.replace("&&", "")))
    for form in message.translations:
        found = len(ACCELERATOR_MARK.findall(form.replace("&&", "")))
        if found != expected:
            yield f"accelerator: {found} in the translation, {expected} in the source"
            return


def problems(glossary, language, message):
    yield from term_problems(glossary, language, message)
    for check, found in (
        ("quotes", quote_problems(language, message)),
        ("spacing", spacing_problems(message) if language == "fr" else ()),
        ("placeholder", placeholder_problems(message)),
        ("accelerator", accelerator_problems(message)),
    ):
        found = list(found)
        if found and not excepted(glossary, language, check, message):
            yield from dict.fromkeys(found)


def shorten(text, width=90):
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def main():
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--glossary", default=root / "translations" / "GLOSSARY.md")
    parser.add_argument("ts", nargs="*")
    args = parser.parse_args()
    files = args.ts or [root / "translations" / "debrief_de.ts", root / "translations" / "debrief_fr.ts"]

    glossary = read_glossary(args.glossary)
    count = 0
    checked = 0
    checked_languages = set()
    for path in files:
        language, messages = read_ts(path)
        checked_languages.add(language)
        if language not in ("de", "fr"):
            print(f"{path}: language '{language}' has no glossary column", file=sys.stderr)
            return 2
        for message in messages:
            checked += 1
            for problem in problems(glossary, language, message):
                count += 1
                print(f'{path}:{message.line}: [{message.context}] "{shorten(message.source)}": {problem}')
    # Only the real translations can show that an exception is no longer
    # needed; other files (the checker's own fixtures) lack those messages.
    for exception in glossary.exceptions if not args.ts else ():
        for language in sorted((exception.languages & checked_languages) - exception.used):
            count += 1
            print(
                f"{args.glossary}:{exception.line}: the {language} exception for `{exception.term}` "
                f"in {exception.context} is not needed any more; remove it"
            )
    if count:
        print(f"check-glossary: {count} problem(s) in {checked} messages")
        return 1
    print(f"check-glossary: {checked} messages of {len(files)} files follow the glossary ({len(glossary.terms)} terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
