"""File > Export: records, pictures of the views and of the window, animations, the log."""
