"""The meetings Coretime arranged, as the window keeps them: booked from an option, an exported slot or a
time pasted from the chat; moved to another slot (the calendar file then an update of the same event,
``SEQUENCE`` one more); cancelled (a ``METHOD:CANCEL`` file with the same ``UID``). The list itself and
every rule about it are plain functions in :mod:`app.meetings`; this object asks where files go, writes
them, and says what it did."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from app.intervals import Interval
from app.meetings import BookedMeeting, booked, cancelled
from app.people import Person

if TYPE_CHECKING:
    from app.ics import Meeting

SavePathChooser = Callable[[QWidget, str], "str | None"]
PeopleOf = Callable[[BookedMeeting], "tuple[list[Person], list[str], str] | None"]
"""For a meeting: the freelancer and its clients as persons (the freelancer first), the clients' names,
and the locale its description is written in; ``None`` when none of its clients is known any more."""


class Bookings(QObject):
    """The booked meetings and their calendar files.

    Signals:
        changed(): the meetings changed (booked, moved, cancelled): save them, draw and remind of them.
        told(str): a line for the status bar.
        failed(str): a problem for the notice bar (a file that could not be made or saved).
    """

    changed = Signal()
    told = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        meetings: Sequence[BookedMeeting],
        *,
        settings: QSettings,
        clock: Callable[[], datetime],
        choose_save_path: SavePathChooser,
        people_of: PeopleOf,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._meetings = tuple(meetings)
        self._settings = settings
        self._clock = clock
        self._choose_save_path = choose_save_path
        self._people_of = people_of
        self._window = parent

    def meetings(self) -> tuple[BookedMeeting, ...]:
        return self._meetings

    def find(self, uid: str) -> BookedMeeting | None:
        return next((m for m in self._meetings if m.uid == uid), None)

    def take_in(self, meetings: Sequence[BookedMeeting]) -> None:
        """The meetings as saved after changes made elsewhere were merged in (no ``changed``: not a change
        made here)."""
        self._meetings = tuple(meetings)

    def set_meetings(self, meetings: Sequence[BookedMeeting]) -> None:
        """Replace the list (clients were removed, say) and say so."""
        if tuple(meetings) != self._meetings:
            self._meetings = tuple(meetings)
            self.changed.emit()

    def record(self, meeting: BookedMeeting) -> None:
        """Keep ``meeting`` (in place of one with its ``UID``: an exported file made again)."""
        self._meetings = tuple(booked(self._meetings, meeting))
        self.changed.emit()

    def book(self, interval: Interval, clients: Sequence[str], title: str, uid: str) -> BookedMeeting | None:
        """Book ``interval`` with ``clients`` (ids): recorded, or ``None`` when it has begun already."""
        if interval.start < self._clock():
            self.failed.emit(self.tr("That time has begun already: pick a later one to book."))
            return None
        earlier = self.find(uid)
        minutes = max(int(interval.duration.total_seconds() // 60), 1)
        meeting = BookedMeeting(uid, tuple(clients), interval.start, minutes, title)
        if earlier is not None and (earlier.start, earlier.minutes) != (meeting.start, meeting.minutes):
            meeting = earlier.moved(meeting.start, minutes)
        elif earlier is not None:
            meeting = earlier
        self.record(meeting)
        return meeting

    def move(self, uid: str, interval: Interval) -> BookedMeeting | None:
        """Move the meeting to ``interval``: the next revision of its event, whose file is written next."""
        meeting = self.find(uid)
        if meeting is None:
            return None
        if interval.start < self._clock():
            self.failed.emit(self.tr("That time has begun already: pick a later one to move the meeting to."))
            return None
        minutes = max(int(interval.duration.total_seconds() // 60), 1)
        moved = meeting.moved(interval.start, minutes)
        self.record(moved)
        self.export(uid, update=True)
        return moved

    def _ics_meeting(
        self, meeting: BookedMeeting, *, sequence: int
    ) -> tuple[Meeting, list[str], Person] | None:
        from app.ics import Meeting  # noqa: PLC0415
        from app.proposal_state import meeting_description  # noqa: PLC0415

        found = self._people_of(meeting)
        if found is None:
            return None
        people, names, locale = found
        description = meeting_description(meeting.interval, people, locale)
        event = Meeting(
            meeting.start,
            timedelta(minutes=meeting.minutes),
            meeting.title or f"Call: {', '.join(names)}",
            description,
            uid=meeting.uid,
            sequence=sequence,
        )
        return event, names, people[1]

    def export(self, uid: str, *, update: bool = False) -> Path | None:
        """Write the meeting's calendar file where the freelancer chooses; the path, or ``None``."""
        from app.ics import meeting_calendar  # noqa: PLC0415

        meeting = self.find(uid)
        made = None if meeting is None else self._ics_meeting(meeting, sequence=meeting.sequence)
        if meeting is None or made is None:
            return None
        event, names, client = made
        data = meeting_calendar(meeting=event, now=self._clock())
        path = self._write("update" if update else "slot", names, meeting, client, data)
        if path is not None:
            what = self.tr("Saved the update of the meeting to {path}") if update else self.tr("Saved {path}")
            self.told.emit(what.format(path=path))
        return path

    def cancel(self, uid: str, *, with_file: bool) -> bool:
        """Cancel the meeting; ``with_file``: first write the cancellation for the calendars (and keep the
        meeting when that is not done)."""
        from app.ics import cancel_calendar  # noqa: PLC0415

        meeting = self.find(uid)
        if meeting is None:
            return False
        if with_file:
            made = self._ics_meeting(meeting, sequence=meeting.sequence + 1)
            if made is not None:
                event, names, client = made
                data = cancel_calendar(meeting=event, now=self._clock())
                path = self._write("cancel", names, meeting, client, data)
                if path is None:
                    return False
                self.told.emit(self.tr("Cancelled; saved the cancellation to {path}").format(path=path))
        else:
            self.told.emit(self.tr("Cancelled; no file was written"))
        self._meetings = tuple(cancelled(self._meetings, uid))
        self.changed.emit()
        return True

    def _write(
        self, kind: str, names: list[str], meeting: BookedMeeting, client: Person, data: bytes
    ) -> Path | None:
        from app.atomic import write_atomically  # noqa: PLC0415
        from app.proposal_state import export_file_name  # noqa: PLC0415

        name = export_file_name(kind, names, meeting.start, client)
        folder = str(self._settings.value("export/folder", "") or "")
        chosen = self._choose_save_path(self._window, str(Path(folder) / name) if folder else name)
        if chosen is None:
            return None
        try:
            write_atomically(chosen, data)
        except OSError as error:
            self.failed.emit(self.tr("The calendar file could not be saved: {error}").format(error=error))
            return None
        self._settings.setValue("export/folder", str(Path(chosen).resolve().parent))
        return Path(chosen)
