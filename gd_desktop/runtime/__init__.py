"""The runtime layer (QtCore only): the worker thread and the engine process.

It feeds immutable snapshots of records and run state into the session.
"""
