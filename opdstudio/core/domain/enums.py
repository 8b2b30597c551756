"""Closed vocabularies of the domain (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    REVIEWER = "reviewer"
    OVERSIGHT = "oversight"
    OPERATOR = "operator"


class OrgKind(StrEnum):
    PEMKAB = "pemkab"
    DINAS = "dinas"
    BADAN = "badan"
    KECAMATAN = "kecamatan"
    KELURAHAN = "kelurahan"
    DESA = "desa"
    SEKOLAH = "sekolah"
    PUSKESMAS = "puskesmas"
    BUMD = "bumd"
    BIDANG = "bidang"


class PostKind(StrEnum):
    SOCIAL = "social"
    ARTICLE = "article"


class PostStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    REJECTED = "rejected"


class Decision(StrEnum):
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    REJECT = "reject"


class AccountStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    CLOSED = "closed"


class PolicyCondition(StrEnum):
    """When an approval level is required for a post."""

    ALWAYS = "always"
    ON_WARNING = "on_warning"
    ON_REGENT_MENTION = "on_regent_mention"
    ON_WARNING_OR_REGENT = "on_warning_or_regent"


class AuditAction(StrEnum):
    CREATED = "created"
    EDITED = "edited"
    SUBMITTED = "submitted"
    WITHDRAWN = "withdrawn"
    APPROVED = "approved"
    LEVEL_APPROVED = "level_approved"
    CHANGES_REQUESTED = "changes_requested"
    REJECTED = "rejected"
    APPROVAL_VOIDED = "approval_voided"
    PUBLISHED = "published"
