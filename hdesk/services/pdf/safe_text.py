"""Make user text safe for ReportLab (RELIABILITY.md 27-29).

User text must never become layout markup: it is escaped before it meets a Paragraph. Very long
text is capped and split (one huge paragraph takes minutes to lay out), letters the font lacks
are replaced visibly, control characters are stripped and bidi overrides neutralised.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab import rl_config

from hdesk.services.pdf import fonts

CHUNK = 2000  # characters per paragraph when long text is split
CAP = 12_000  # characters of one field that are printed at all
MISSING = "\ufffd"  # printed in place of a letter the font cannot show
_BIDI = dict.fromkeys(
    [0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)],
)


def lock_down_reportlab() -> None:
    """No host and no URL scheme is trusted: an <img> or link can never fetch anything."""
    rl_config.trustedHosts = []
    rl_config.trustedSchemes = []


_ASCII_CONTROLS = dict.fromkeys([*range(32), 0x7F])  # tab and line breaks are handled before
del _ASCII_CONTROLS[10]
_decided: dict[int, str | None] = {}  # code point -> its replacement (None: dropped), once decided


def _decide(ch: str, coverage: frozenset[int]) -> str | None:
    """What a character past ASCII becomes: itself, None (dropped) or MISSING."""
    code, category = ord(ch), unicodedata.category(ch)
    if 0x7F <= code < 0xA0 or category in ("Cs", "Co", "Cn"):
        return None
    if code not in coverage:
        return None if category == "Cf" else MISSING  # invisible formatting (zero-width joiners etc.) goes
    return ch


def clean(text: object, multiline: bool = True) -> str:
    """Plain text the font can print: NFC, no control or bidi-override characters, gaps marked."""
    if text is None:
        return ""
    value = str(text)
    ascii_only = value.isascii()
    if not ascii_only:
        value = unicodedata.normalize("NFC", value).translate(_BIDI)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if not multiline:
        value = value.replace("\n", " ")
    if ascii_only:  # the common case: only control characters can be wrong
        return value if value.isprintable() else value.translate(_ASCII_CONTROLS)
    coverage = fonts.register()
    fixes: dict[int, str | None] = {}
    for ch in set(value):  # decide once per distinct character: long texts stay fast
        code = ord(ch)
        if code < 0x7F:
            if code < 32 and code != 10:
                fixes[code] = None
            continue
        if code not in _decided:
            _decided[code] = _decide(ch, coverage)
        if _decided[code] != ch:
            fixes[code] = _decided[code]
    return value.translate(fixes) if fixes else value


def line(text: object, limit: int = 300) -> str:
    """One escaped line for a table cell or heading, shortened with an ellipsis past `limit`."""
    value = clean(text, multiline=False).strip()
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return escape(value)


def plain(text: object, limit: int = 300) -> str:
    """One unescaped line for canvas or graphics strings (no markup there)."""
    value = clean(text, multiline=False).strip()
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def paragraphs(text: object, note: str = "", cap: int = CAP, chunk: int = CHUNK) -> list[str]:
    """Escaped markup for a long text: capped at `cap`, split into pieces of at most `chunk`.

    `note` is a format string with {count} (characters left out); it is appended when text was cut.
    """
    value = clean(text).strip()
    if not value:
        return []
    dropped = max(0, len(value) - cap)
    value = value[:cap]
    pieces: list[str] = []
    for block in re.split(r"\n\s*\n", value):
        block = block.strip()
        while len(block) > chunk:
            cut = block.rfind(" ", chunk // 2, chunk)
            cut = cut if cut > 0 else chunk
            pieces.append(block[:cut])
            block = block[cut:].lstrip()
        if block:
            pieces.append(block)
    out = [escape(p).replace("\n", "<br/>") for p in pieces]
    if dropped and note:
        out.append("<i>[" + escape(note.format(count=f"{dropped:,}")) + "]</i>")
    return out
