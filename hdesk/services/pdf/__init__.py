"""The printed annual plan (the board document), built with ReportLab platypus; no Qt here."""

from hdesk.services.pdf.data import NoPlanError
from hdesk.services.pdf.document import ExportCancelled
from hdesk.services.pdf.export import export_plan_pdf

__all__ = ["ExportCancelled", "NoPlanError", "export_plan_pdf"]
