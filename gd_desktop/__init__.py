"""GD Desktop: gradient descent, made visible."""

__version__ = "0.1.0"
