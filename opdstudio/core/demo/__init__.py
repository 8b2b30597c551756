"""Demo data: a small regency with agencies, people, accounts, posts in every state and photos."""

from .seed import DemoSummary, seed_demo

__all__ = ["DemoSummary", "seed_demo"]
