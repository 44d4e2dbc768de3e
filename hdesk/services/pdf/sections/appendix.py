"""The Fundamental Principles appendix, in the language of the printout."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether

from hdesk.core.principles import all_principles
from hdesk.services.pdf import safe_text
from hdesk.services.pdf.context import Ctx
from hdesk.services.pdf.para import Para


def principles(ctx: Ctx) -> list[Any]:
    out: list[Any] = [ctx.h1(ctx.L("appendix"))]
    for p in all_principles(ctx.L.lang):
        out.append(KeepTogether([ctx.h2(p.name, toc=False), Para(safe_text.line(p.text, 4000), ctx.st.body)]))
    return out
