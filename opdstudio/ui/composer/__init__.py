"""The composer: write a post's text per platform, attach photos, preview, fix lint findings."""

from .window import ComposerDialog

__all__ = ["ComposerDialog"]
