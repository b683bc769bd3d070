"""What app/ tells people, in a form an interface can translate: a stable code and plain parameters.

``app/`` cannot use Qt's translation system (it never imports Qt), and the CLI speaks English. So every
error and notice that reaches a person is a :class:`Message`: a ``code`` from :data:`ENGLISH` and the
values its text needs. ``str()`` of a message, and of an :class:`AppError`, is the English text the CLI
prints; the desktop app looks the code up in its own catalogue (``ui/app_messages.py``) and fills in the
same parameters, so a Japanese window shows a Japanese sentence rather than English inside one.

A parameter is plain text, a number, another message (a part that is itself translated, such as where
in the hours text a problem is), or a :class:`Listing` of messages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

_HOURS_HINT = (
    "hours look like 'mon-fri 09:00-17:00; sat 10:00-12:00' "
    "(days: mon..sun, ranges like mon-fri, lists like mon,wed,fri, or daily; "
    "times HH:MM-HH:MM, 24:00 allowed as an end)"
)
_DUE_HINT = "use 'YYYY-MM-DD HH:MM' on the client's clock, or 'YYYY-MM-DD eod' for the end of their day"

ENGLISH: dict[str, str] = {
    # app.hours: the hours grammar. {where} is an hours.where* message.
    "hours.where": "'{text}'",
    "hours.where_segment": "segment {number} ('{text}')",
    "hours.weekday_range": "weekday {weekday} is not 0 (Monday) .. 6 (Sunday)",
    "hours.start_range": "start {start} is not a minute of the day (0..1439)",
    "hours.end_range": "end {end} is not in 1..1440",
    "hours.empty_block": "a range cannot start and end at the same time",
    "hours.not_a_time": "{where}: '{text}' is not a time; use HH:MM with two digits each, like 09:00",
    "hours.bad_minutes": "{where}: '{text}' has {minutes} minutes; minutes run 00..59",
    "hours.start_at_24": "{where}: a range cannot start at 24:00; use 00:00 of the next day",
    "hours.bad_hour": "{where}: '{text}' has hour {hour}; hours run 00..23 (24:00 only as an end)",
    "hours.not_a_range": "{where}: '{text}' is not a time range; use HH:MM-HH:MM, like 09:00-17:00",
    "hours.same_start_end": (
        "{where}: '{text}' starts and ends at the same time; for a whole day use 00:00-24:00"
    ),
    "hours.not_a_day": "{where}: '{name}' is not a day; use mon, tue, wed, thu, fri, sat, sun or daily",
    "hours.empty_day": "{where}: empty day in '{text}'; separate days with single commas",
    "hours.not_a_day_range": "{where}: '{text}' is not a day range; use e.g. mon-fri",
    "hours.control_character": "hours contain a control character; " + _HOURS_HINT,
    "hours.empty": "hours are empty; " + _HOURS_HINT,
    "hours.days_then_range": "{where}: give the days and then at least one range; " + _HOURS_HINT,
    # app.availability: days off and time away
    "away.not_a_date": "'{text}' is not a date; write dates as YYYY-MM-DD, like 2026-12-24",
    "away.not_a_range": (
        "'{text}' is not a date or a range of dates; write 2026-12-24, or 2026-12-28..2027-01-01 for a range"
    ),
    "away.backwards": "'{text}' ends before it starts; write the first date, then the last",
    "away.too_long": "'{text}' covers more than {limit} days; split it, or change the usual hours instead",
    "away.bad_zone": "'{text}': {problem}",
    "away.bad_hours": "'{text}': {problem}; or write off for days without hours",
    "away.overlap": "{first} and {second} share dates; give each date one place and one set of hours",
    "away.control_character": "the dates contain a control character; write them as YYYY-MM-DD",
    # app.meetings: a booked meeting in the people file
    "meeting.bad_uid": "'{text}' is not a calendar UID (1 to 255 printable ASCII characters)",
    "meeting.bad_length": "a meeting of {value} minutes; a booked meeting lasts 1 to {limit} minutes",
    "meeting.bad_sequence": "'{value}' is not a revision number (SEQUENCE is a whole number from 0)",
    "meeting.not_an_object": "a booked meeting is not an object",
    "meeting.bad_clients": "a booked meeting names no client",
    "meeting.bad_start": "'{text}' is not a start time; it is written like 2026-12-07T14:00:00Z",
    "meeting.bad_title": "a booked meeting's title is not text",
    # app.zones
    "zone.empty": "the zone is empty; use an IANA name such as America/New_York or Asia/Tokyo",
    "zone.unknown": (
        "unknown time zone '{name}' Use an IANA name such as America/New_York, Europe/Berlin or Asia/Tokyo"
    ),
    "zone.unknown_close": (
        "unknown time zone '{name}' — did you mean {close}? Use an IANA name such as America/New_York, "
        "Europe/Berlin or Asia/Tokyo"
    ),
    # app.publicholidays
    "holidays.not_a_code": (
        "'{text}' is not a holiday code; use a country code with an optional subdivision, "
        "like US, JP or DE-BY"
    ),
    "holidays.unknown_country": (
        "no public holidays known for country '{country}'; use an ISO 3166 two-letter code such as "
        "US, GB, DE, JP or BR ({count} countries are known)"
    ),
    "holidays.unknown_subdivision": (
        "{country} has no subdivision '{subdivision}'; its subdivisions are: {accepted}"
    ),
    "holidays.no_subdivisions": (
        "{country} has no subdivision '{subdivision}'; its subdivisions are: none (use the country alone)"
    ),
    # app.proposal: {accepted} lists locale.any and locale.exact messages.
    "locale.any": "{name} (any {name}_XX)",
    "locale.exact": "{name}",
    "locale.not_a_locale": "'{text}' is not a locale; use one such as en_US or ja_JP: {accepted}",
    "locale.unknown": "unknown locale '{text}'; use one of {accepted}",
    "locale.no_template": "no proposal text in '{name}' yet; use one of {accepted}",
    "locale.no_template_short": "no proposal text in '{name}'",
    # app.profiles: what is wrong with one field of a person
    "profile.name_empty": "give a name, such as the client's company or first name",
    "profile.name_control": "the name contains a control character ({char}); remove it",
    "profile.name_too_long": "the name is longer than {limit} characters",
    "profile.own_zone_needed": "your own time zone is needed",
    "profile.bad_language": "'{text}' is not a locale code; use one like en_US, de_DE or ja_JP",
    "profile.bad_holidays": (
        "'{text}' is not a country code; use a country such as US or JP, "
        "or a country and subdivision such as DE-BY"
    ),
    "profile.invalid_field": "{field}: {problem}",
    "profile.not_one_me": "exactly one profile is the freelancer's own, not {count}",
    "profile.notes_unwritable": "notes: a character cannot be written ({reason})",
    # app.profiles: what a value in a damaged file was instead of what was expected
    "kind.bool": "true or false",
    "kind.number": "a number",
    "kind.list": "a list",
    "kind.object": "an object",
    "kind.null": "empty (null)",
    "kind.other": "{name}",
    # app.profiles: the fields of a person, as the repairs name them ("the name was missing")
    "field.name": "name was",
    "field.zone": "time zone was",
    "field.hours": "hours were",
    "field.language": "proposal language was",
    "field.holidays": "holiday code was",
    "field.notes": "notes were",
    "field.greet_as": "greeting name was",
    "field.days_off": "days off were",
    "field.away": "time away was",
    # app.profiles: what a repair did to a field
    "action.called": "called '{name}' for now",
    "action.renamed": "now '{name}'",
    "action.zone_set": "set to {zone}",
    "action.zone_unknown": "marked as not known yet",
    "action.hours_set": "set to '{hours}'",
    "action.language_set": "set to {language}",
    "action.removed": "removed",
    "action.emptied": "emptied",
    "action.greet_by_name": "greeting by the first word of the name",
    # app.profiles: repairs of a damaged file; {fixes} lists repair.* messages
    "repair.missing": "the {field} missing — {action}",
    "repair.not_text": "the {field} {kind}, not text — {action}",
    "repair.invalid": "{problem} — {action}",
    "repair.sample_mark": "the sample mark was {kind}, not true or false — cleared",
    "repair.broken_notes": "the notes held a broken character — replaced by �",
    "repair.unknown_fields": "fields Coretime does not know were left out ({fields})",
    "repair.me": "your own profile: {fixes}",
    "repair.client": "'{name}': {fixes}",
    "repair.me_replaced": "your own profile was {kind} — set to default hours on {zone}",
    "repair.no_people_list": "the list of people was {kind}, so no clients could be read",
    "repair.no_client_list": "the client list was {kind}, so no clients could be read",
    "repair.no_meeting_list": "the booked meetings were {kind}, not a list — left out",
    "repair.meeting_left_out": "booked meeting {number} was left out: {problem}",
    "repair.client_not_person": "client {number} was {kind}, not a person — left out",
    # app.profiles: why a whole people file cannot be used; each finishes "Your people file ..."
    "unusable.empty": "is empty",
    "unusable.not_text": "is not text",
    "unusable.incomplete_json": "is not complete JSON ({detail}, line {line})",
    "unusable.unreadable_json": "is not JSON Coretime can read ({detail})",
    "unusable.not_a_document": "is {kind}, not a Coretime people file",
    "unusable.no_format": "has no format number, so it is not a Coretime people file",
    "unusable.newer": "was written by a newer Coretime (format {version}; this one reads up to {supported})",
    "unusable.unknown_format": "has format number {version}, which no Coretime has written",
    # app.profiles: what loading the people file tells the user. {reason} of an OSError is the system's.
    "store.unreadable_blocked": (
        "Your people file {path} could not be read ({reason}) nor set aside ({move_reason}). Changes are "
        "not saved until it can be read, so that it is not overwritten."
    ),
    "store.unreadable_moved": (
        "Your people file {path} could not be read ({reason}). It was moved, as it was, to {kept}."
    ),
    "store.unusable_blocked": (
        "Your people file {path} {reason}, and could not be set aside ({move_reason}). Changes are not "
        "saved, so that it is not overwritten."
    ),
    "store.unusable_kept": "Your people file {reason}. It was kept, untouched, as {kept}.",
    "store.repaired": "Parts of your people file could not be used and were repaired: {repairs}. {where}",
    "store.repaired_more": (
        "Parts of your people file could not be used and were repaired: {repairs}; and {more} more. {where}"
    ),
    "store.copy_kept": "The file as it was is kept as {kept}.",
    "store.copy_failed": "A copy of the file as it was could not be kept ({reason}).",
    "store.afresh_no_backup": "Coretime starts afresh: there is no backup to restore from.",
    "store.backup_unreadable": (
        "The backup {backup} could not be read either ({reason}); Coretime starts afresh."
    ),
    "store.backup_unusable": "The backup {reason} as well ({where}); Coretime starts afresh.",
    "store.backup_kept": "kept as {kept}",
    "store.backup_left": "left in place ({reason})",
    "store.restored": "Your people were restored from the backup {backup}.",
    "store.restored_missing": "{name} was missing; your people were restored from {backup}.",
    "file.not_regular": "it is {kind}, not a regular file",
    "file.too_large": "it is larger than the {limit} MB Coretime reads",
    "file.kind_fifo": "a named pipe (FIFO)",
    "file.kind_char_device": "a character device",
    "file.kind_block_device": "a block device",
    "file.kind_socket": "a socket",
    "file.kind_folder": "a folder",
    "file.kind_other": "a special file",
    "store.backup_unreadable_moved": (
        "The backup {backup} could not be read ({reason}), so it was not overwritten: it was moved, "
        "as it was, to {kept}."
    ),
    "store.backup_unreadable_left": (
        "The backup {backup} could not be read ({reason}) nor set aside ({move_reason}); it is left "
        "as it is, and saves keep no backup until it can be read."
    ),
    "repair.duplicate_keys": "fields given more than once ({fields}): the last of each was used",
    "store.zone_assumed": (
        "Your system's time zone setting ({given}) names no zone Coretime knows, so your own hours "
        "are on UTC for now: set your zone in your profile."
    ),
    "store.merged": (
        "Your people file {path} was changed elsewhere (another Coretime, the command line or a "
        "synced copy) while this window was open; those changes were taken in."
    ),
    "store.changed_damaged": (
        "Your people file {path} was changed elsewhere and could not be read as a whole; it was kept,"
        " as it was, as {kept}, and whatever could be read of it was taken in."
    ),
    # app.checkin
    "checkin.bad_window": "the window and the step are whole minutes from 1 to 24 hours",
    "checkin.no_hours": "the client has no hours, so there is no start of their day to check in at",
    "checkin.none_left": "there is no check-in left in the plan's year",
    # app.deadline
    "deadline.bad_minute": "minute {minute} is not in 0..1440",
    "deadline.not_a_deadline": "'{text}' is not a deadline; " + _DUE_HINT,
    "deadline.not_a_day": "'{text}' is not a day of the calendar; " + _DUE_HINT,
    "deadline.out_of_range": "{day} is out of range; use a date from {earliest} to {latest}",
    "deadline.not_a_time": "'{text}' is not a time; use 00:00 to 24:00",
    "deadline.no_end_of_day": (
        "the client has no hours on {weekday} {day}, so it has no end of day; "
        "give a time instead, like '{day} 17:00'"
    ),
    "deadline.negative": "the buffer and the margin are zero or more",
    # app.ics. {what} is an ics.what.* message.
    "ics.what.title": "title",
    "ics.what.description": "description",
    "ics.what.location": "location",
    "ics.what.other": "{name}",
    "ics.control_character": "the {what} contains a control character ({char}); remove it",
    "ics.broken_character": "the {what} contains a broken character ({char}); remove it",
    "ics.byte_order_mark": "the {what} contains an invisible byte-order mark (U+FEFF); remove it",
    "ics.not_an_email": "'{text}' is not an e-mail address; use the form name@example.com",
    "ics.zero_length": "a meeting must last longer than zero minutes",
    "ics.bad_sequence": "a SEQUENCE is a whole number from 0 up, not '{value}'",
    "ics.bad_uid": "a UID is 1 to 255 visible ASCII characters without spaces, not '{text}'",
    "ics.alarm_after": "a reminder comes before the meeting: use a timedelta of zero or more",
    "ics.no_title": "a meeting needs a title",
    "ics.not_a_url": "'{text}' is not a web address; use https://…",
    "ics.count_or_until": "a weekly series needs either a count or an until date, not both or neither",
    "ics.count_range": "a weekly series has 1 to {most} meetings, not {count}",
    "ics.no_weekdays": "a weekly series on chosen weekdays needs at least one weekday",
    "ics.no_attendee": "an invitation needs at least one attendee",
    "ics.first_off_weekdays": "the series' first meeting, {weekday} {day}, is not on one of its weekdays",
    "ics.ends_before": "the series ends on {until}, before its first meeting on {day}",
    "ics.too_many": "a weekly series has at most {most} meetings; this one would have {count}",
    "ics.time_skipped": (
        "the series' time {time} does not exist on {day} in {zone} (the clocks skip it); "
        "pick another time or end the series before that day"
    ),
    "ics.no_options": "there are no options to hold",
    # app.convert: reading a time from a client's words. {zone} is an IANA id or an offset (UTC+05:30).
    "convert.empty": "there is no text to read; paste the client's sentence, like 'Tuesday 3pm EST'",
    "convert.too_long": (
        "the text is {length} characters long; paste just the sentence with the time (at most {most})"
    ),
    "convert.control_character": (
        "the text contains a control character ({character}); paste it as plain text"
    ),
    "convert.no_time": "found no time of day in '{text}'; write one like 3pm, 15:00, 15h or 15時",
    "convert.bad_time": "'{text}' is not a time of day",
    "convert.bad_offset": "'{text}' is not an offset from UTC; offsets run from UTC-12 to UTC+14",
    "convert.bad_date": "'{text}' is not a day of the calendar",
    "convert.read_offset": "'{phrase}' read as a fixed offset, {offset}",
    "convert.read_client_phrase": "'{phrase}' read as the client's clock ({zone})",
    "convert.read_your_phrase": "'{phrase}' read as your own clock ({zone})",
    "convert.read_place": "'{phrase}' read as {zone}",
    "convert.read_utc": "{abbr} read as UTC",
    "convert.read_client_clock": "no zone given: read on the client's clock ({zone})",
    "convert.abbr_client": "{abbr} read as {name} ({zone}), from the client's zone",
    "convert.abbr_country": "{abbr} read as {name} ({zone}), from the client's country",
    "convert.abbr_common": "{abbr} read as {name} ({zone}), its most common meaning",
    "convert.abbr_other_variant": (
        "{abbr} read as {city} time, which is on {actual} on that date — {time} {actual}"
    ),
    "convert.no_day": "no day given: read as the next time the clock shows it, on {day}",
    "convert.moved_week": "'{phrase}' is already past at that time: read as the one a week later",
    "convert.moved_year": "'{phrase}' is already past this year: read as next year's",
    "convert.in_past": "this time is already past",
    "convert.fold": (
        "{time} happens twice on {day} in {zone} (the clocks go back): read as the first, {abbr}"
    ),
    "convert.gap": "{time} does not exist on {day} in {zone} (the clocks skip it): read as {actual}",
    "convert.other_times": "read the first time given; the text also mentions {others}",
    "convert.other_dates": "read '{phrase}' as the day; the text also mentions {others}",
    "convert.weekday_mismatch": "'{phrase}' is not a {weekday}: the date was taken",
    "convert.alt_zone": "{abbr} as {name} ({zone})",
    "convert.alt_literal": "{abbr} as its own offset, {offset}",
    "convert.alt_fold": "the second {time}, {abbr}",
    "convert.alt_gap": "{time} on the clock before the change",
    "convert.alt_first": "the first reading",
    "convert.bare_hour": "'{text}' has no AM or PM: read as {time}",
    "convert.alt_bare": "{time}, in the afternoon or evening",
    "convert.holiday": "{day} is a public holiday {who}: {name}",
    "convert.busy": "you are busy then: a meeting booked in Coretime, or busy time in your calendars",
    "convert.whose_mine": "for you",
    "convert.whose_client": "for the client",
    # Short weekday names inside messages: the C locale's, as strftime's %a wrote them before.
    # app.busy and app.calendar_fetch: the freelancer's calendars
    "busy.not_a_calendar": "{source}: not a calendar ({reason})",
    "busy.unreadable": "{source}: cannot be read ({reason})",
    "busy.unknown_zone": "{source}: unknown time zone '{zone}'; its times are read on your clock",
    "busy.bad_address": "{source}: not a calendar address; use https://… or webcal://…",
    "busy.http_status": "{source}: the server answered with status {status}",
    "busy.timeout": "{source}: no answer within {seconds} seconds",
    "busy.unreachable": "{source}: cannot be reached ({reason})",
    "busy.too_large": "{source}: larger than {limit} MB",
    "busy.cache_unwritable": "the calendar's copy cannot be saved ({reason})",
    "weekday.0": "Mon",
    "weekday.1": "Tue",
    "weekday.2": "Wed",
    "weekday.3": "Thu",
    "weekday.4": "Fri",
    "weekday.5": "Sat",
    "weekday.6": "Sun",
}  # fmt: skip
"""Code → the English text, with ``{named}`` placeholders for the parameters."""


class Listing(NamedTuple):
    """Several messages shown as one list, joined by ``separator`` (which an interface translates)."""

    items: tuple[Message, ...]
    separator: Literal["; ", ", "] = "; "


@dataclass(frozen=True, slots=True)
class Message:
    """One thing to tell a person: a code from :data:`ENGLISH` and the values its text needs."""

    code: str
    params: Mapping[str, str | int | Message | Listing] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A typo in a code would show the bare code to a user; fail where the message is made instead.
        if self.code not in ENGLISH:
            raise KeyError(f"no message {self.code!r} in app.messages.ENGLISH")

    def english(self) -> str:
        return ENGLISH[self.code].format(**{k: _english(v) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.english()


def _english(value: str | int | Message | Listing) -> str:
    if isinstance(value, Listing):
        return value.separator.join(item.english() for item in value.items)
    return str(value)


def message(code: str, /, **params: str | int | Message | Listing) -> Message:
    return Message(code, params)


def weekday(number: int) -> Message:
    """The short name of weekday ``number`` (0 = Monday), as a message."""
    return Message(f"weekday.{number}")


class AppError(ValueError):
    """An error whose text is a :class:`Message`: ``str(error)`` is the English, ``error.message`` what
    an interface translates."""

    def __init__(self, code: str, /, **params: str | int | Message | Listing) -> None:
        self.message = Message(code, params)
        # The English is written when asked for: a file of ten thousand unknown zones raises as many
        # errors while it is read, and only the few shown are ever put in words.
        super().__init__(code)

    def __str__(self) -> str:
        return self.message.english()

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def params(self) -> Mapping[str, str | int | Message | Listing]:
        return self.message.params
