"""Errors of the storage layer: a code for programs and one clear sentence for people."""

from __future__ import annotations


class StoreError(Exception):
    """A database file could not be used as asked.

    Codes: missing, not_sqlite, not_hdesk, newer, damaged, readonly, locked, io, too_large,
    schema.
    """

    def __init__(self, code: str, message: str):
        self.code = code
        super().__init__(message)
