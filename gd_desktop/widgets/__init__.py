"""Qt widgets: one module per panel or view."""
