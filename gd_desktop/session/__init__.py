"""The session layer (pure Python, no Qt): what the app is, independent of drawing.

The experiment (runs, their configs, names and colours), the selected run, the
run state, the records received, the cursor on the timeline and the target;
commands; plain-Python events; and the data each view draws.
"""
