"""Headless commands, one module per area; each exposes ``register(subparsers)``."""
