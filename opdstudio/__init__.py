"""OPD Studio: drafts, lint, approval, publication records and reports for the social-media work of an agency."""

__version__ = "0.1.0"
