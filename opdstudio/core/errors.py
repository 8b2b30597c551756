"""Errors fit to show a person: every message exists in Indonesian and English."""

from __future__ import annotations


class OpdError(Exception):
    """Base error carrying an Indonesian message (the default) and its English twin."""

    def __init__(self, message_id: str, message_en: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.message_en = message_en

    def message(self, lang: str = "id") -> str:
        """The message in ``lang`` ('id' or 'en')."""
        return self.message_en if lang == "en" else self.message_id


class DomainError(OpdError):
    """An action the workflow rules do not allow."""


class ProfileError(OpdError):
    """The local profile cannot be opened as it is (e.g. made by a newer OPD Studio)."""


class AuthError(OpdError):
    """Signing in failed."""


class ApprovalVoidRequired(DomainError):
    """The edit would void an approval; repeat it with ``void_approval=True`` once the person agreed."""
