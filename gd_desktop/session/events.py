"""Plain-Python events: views and panels subscribe to what the session says happened."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any


class Event(Enum):
    """What happened in the session (past tense); the payload of each is listed."""

    LOADED = "loaded"  # a new race is in place: ()
    LOAD_FAILED = "load_failed"  # (problems, reverted): the race shown stays; reverted:
    # the selection went back to the run it shows
    RECORDS_ARRIVED = "records_arrived"  # (lane,): new records; a frame is due
    STATE_CHANGED = "state_changed"  # (state,)
    SELECTION_CHANGED = "selection_changed"  # (lane,)
    VISIBILITY_CHANGED = "visibility_changed"  # (lane, visible)
    LANE_DIVERGED = "lane_diverged"  # (lane,): one run of a race diverged
    FINISHED = "finished"  # (reason,): the race has stopped
    ENGINE_FAILED = "engine_failed"  # (problem,): what is drawn stays; only Reset goes on
    TARGET_CHANGED = "target_changed"  # (target,)
    RATE_CHANGED = "rate_changed"  # (lane, learning_rate)
    CURSOR_MOVED = "cursor_moved"  # (cursor,): None follows the latest record


Listener = Callable[..., None]


class EventHub:
    """Subscribers per event, called in the order they subscribed."""

    def __init__(self) -> None:
        self._listeners: dict[Event, list[Listener]] = {}

    def subscribe(self, event: Event, listener: Listener) -> None:
        self._listeners.setdefault(event, []).append(listener)

    def unsubscribe(self, event: Event, listener: Listener) -> None:
        listeners = self._listeners.get(event, [])
        if listener in listeners:
            listeners.remove(listener)

    def emit(self, event: Event, *payload: Any) -> None:
        for listener in list(self._listeners.get(event, ())):
            listener(*payload)
