"""Coretime's .ics files read back by parsers that share no code with icalendar (vobject, ics.py),
and checked line by line: CRLF, at most 75 octets, no fold inside a UTF-8 character."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import ics as ics_py
import ics.utils
import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.atomic import write_atomically
from app.ics import (
    IcsError,
    Invite,
    Meeting,
    Weekly,
    email_address,
    holds_calendar,
    invite_calendar,
    meeting_calendar,
    series_calendar,
)
from app.intervals import Interval

NOW = datetime(2026, 3, 1, 8, 30, 15, tzinfo=UTC)
START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
HARD_TEXT = "Kick-off, part 1; notes\\next\nline two — 日本語の打ち合わせ 🎉👩‍💻\ttabbed"


def meeting(**changes: object) -> Meeting:
    fields: dict[str, object] = {
        "start": START, "duration": timedelta(minutes=45), "title": HARD_TEXT, "description": HARD_TEXT * 3,
    }  # fmt: skip
    fields.update(changes)
    return Meeting(**fields)  # type: ignore[arg-type]


def every_kind() -> dict[str, bytes]:
    m = meeting(location="https://meet.example.com/abc-defg", url="https://meet.example.com/abc-defg",
                alarm=timedelta(minutes=15))  # fmt: skip
    weekly = Weekly(ZoneInfo("America/New_York"), count=30)
    invite = Invite("me@example.com", ("client@example.org", "pm@example.co.jp"))
    options = [Interval(START + timedelta(days=d), START + timedelta(days=d, minutes=30)) for d in range(3)]
    return {
        "single": meeting_calendar(meeting=m, now=NOW),
        "series": series_calendar(meeting=m, weekly=weekly, now=NOW),
        "invite": invite_calendar(meeting=m, invite=invite, now=NOW),
        "invite-series": invite_calendar(meeting=m, invite=invite, now=NOW, weekly=weekly),
        "holds": holds_calendar(options, title=HARD_TEXT, description=HARD_TEXT, now=NOW),
    }


def ics_py_reading(text: str) -> str:
    """What ics.py 0.7 returns for ``text`` escaped as RFC 5545 says (escaped here, independently).

    ics.py unescapes with one ``str.replace`` after another, so a backslash that the text itself
    holds before ``n``, ``,`` or ``;`` comes back changed — its bug (vobject reads the same
    bytes right), and the reason this compares against ics.py's own unescaping of correct input.
    """
    escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    return str(ics.utils.unescape_string(escaped))


def assert_physical_lines_are_clean(data: bytes) -> None:
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert b"\r" not in line, "every line ends CRLF, nothing else"
        assert b"\n" not in line, "every line ends CRLF, nothing else"
        assert len(line) <= 75, f"{len(line)} octets: {line!r}"
        line.decode("utf-8")  # each physical line is whole UTF-8: no fold split a character
    unfolded = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    unfolded.decode("utf-8")


@pytest.mark.parametrize("kind", ["single", "series", "invite", "invite-series", "holds"])
def test_every_kind_has_clean_lines(kind: str) -> None:
    assert_physical_lines_are_clean(every_kind()[kind])


def test_single_meeting_is_utc_publish_with_the_promised_properties() -> None:
    data = every_kind()["single"]
    assert b"METHOD:PUBLISH\r\n" in data
    assert b"DTSTART:20260310T130000Z\r\n" in data
    assert b"DTEND:20260310T134500Z\r\n" in data
    assert b"DTSTAMP:20260301T083015Z\r\n" in data
    assert b"TZID" not in data
    event = vobject.readOne(data.decode()).vevent
    assert event.url.value == "https://meet.example.com/abc-defg"
    assert event.location.value == "https://meet.example.com/abc-defg"
    alarm = event.valarm
    assert alarm.action.value == "DISPLAY"
    assert alarm.trigger.value == timedelta(minutes=-15)
    assert b"TRIGGER:-PT15M\r\n" in data


def test_uid_is_stable_for_the_same_meeting_and_differs_for_another() -> None:
    def uid(data: bytes) -> str:
        return str(vobject.readOne(data.decode()).vevent.uid.value)

    first = uid(meeting_calendar(meeting=meeting(), now=NOW))
    again = uid(meeting_calendar(meeting=meeting(description="new agenda"), now=NOW + timedelta(days=3)))
    later = uid(meeting_calendar(meeting=meeting(start=START + timedelta(hours=1)), now=NOW))
    assert first == again
    assert first != later


@pytest.mark.parametrize("kind", ["single", "series", "invite", "holds"])
def test_vobject_and_ics_py_read_the_same_meeting(kind: str) -> None:
    data = every_kind()[kind]
    parsed = vobject.readOne(data.decode())
    events = sorted(parsed.vevent_list, key=lambda e: e.dtstart.value)
    other = sorted(ics_py.Calendar(data.decode()).events, key=lambda e: e.begin)
    assert len(events) == len(other) == (3 if kind == "holds" else 1)
    for index, (event, twin) in enumerate(zip(events, other, strict=True)):
        start = START + timedelta(days=index)
        assert event.dtstart.value.astimezone(UTC) == start
        assert twin.begin.datetime.astimezone(UTC) == start
        assert twin.end.datetime - twin.begin.datetime == (timedelta(minutes=30 if kind == "holds" else 45))
        assert event.summary.value == HARD_TEXT
        assert twin.name == ics_py_reading(HARD_TEXT)
        expected = HARD_TEXT if kind == "holds" else HARD_TEXT * 3
        assert event.description.value == expected
        assert twin.description == ics_py_reading(expected)


def test_invite_has_organizer_and_attendees_who_are_asked_to_answer() -> None:
    data = every_kind()["invite"]
    assert b"METHOD:REQUEST\r\n" in data
    event = vobject.readOne(data.decode()).vevent
    assert event.organizer.value == "mailto:me@example.com"
    attendees = {a.value: a.params for a in event.attendee_list}
    assert set(attendees) == {"mailto:client@example.org", "mailto:pm@example.co.jp"}
    for params in attendees.values():
        assert params["RSVP"] == ["TRUE"]
        assert params["PARTSTAT"] == ["NEEDS-ACTION"]


def test_holds_are_tentative_each_with_its_own_uid() -> None:
    parsed = vobject.readOne(every_kind()["holds"].decode())
    assert parsed.method.value == "PUBLISH"
    assert [e.status.value for e in parsed.vevent_list] == ["TENTATIVE"] * 3
    assert len({e.uid.value for e in parsed.vevent_list}) == 3


def test_series_is_written_on_the_zones_clock_with_its_vtimezone() -> None:
    data = every_kind()["series"]
    assert b"DTSTART;TZID=America/New_York:20260310T090000\r\n" in data
    assert b"RRULE:FREQ=WEEKLY;COUNT=30\r\n" in data
    assert b"BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n" in data
    until = series_calendar(meeting=meeting(), weekly=Weekly(ZoneInfo("Europe/Berlin"), until=START.date()
                            + timedelta(weeks=4)), now=NOW)  # fmt: skip
    # The last meeting, 14:00 in Berlin as the first, is in summer time by then: 12:00 UTC.
    assert b"RRULE:FREQ=WEEKLY;UNTIL=20260407T120000Z\r\n" in until


def test_series_refuses_a_wall_time_the_clocks_skip() -> None:
    zone = ZoneInfo("America/New_York")
    first = datetime(2026, 2, 22, 2, 30, tzinfo=zone)  # two weeks later, 02:30 does not exist
    with pytest.raises(IcsError, match="02:30 does not exist on 2026-03-08"):
        series_calendar(meeting=meeting(start=first), weekly=Weekly(zone, count=5), now=NOW)
    series_calendar(meeting=meeting(start=first), weekly=Weekly(zone, count=2), now=NOW)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "a\x07b"}, r"title contains a control character \(U\+0007\)"),
        ({"description": "x\x00"}, "description contains a control character"),
        ({"location": "room\x1b[31m"}, "location contains a control character"),
        ({"title": "  "}, "needs a title"),
        ({"duration": timedelta(0)}, "longer than zero"),
        ({"alarm": timedelta(minutes=-5)}, "reminder comes before"),
        ({"url": "javascript:alert(1)"}, "not a web address"),
    ],
)
def test_bad_meetings_are_refused_with_a_reason(changes: dict[str, object], message: str) -> None:
    with pytest.raises(IcsError, match=message):
        meeting(**changes)


def test_naive_times_are_type_errors() -> None:
    with pytest.raises(TypeError, match="timezone-aware"):
        meeting(start=datetime(2026, 3, 10, 13))
    with pytest.raises(TypeError, match="timezone-aware"):
        meeting_calendar(meeting=meeting(), now=datetime(2026, 3, 1))


@pytest.mark.parametrize(
    "address",
    ["me", "me@host", "a b@example.com", "a@example.com;x", "<a@example.com>", "a@-example.com",
     "a..b@example.com", "mailto:", "a@example.com\nb"],
)  # fmt: skip
def test_bad_addresses_are_refused(address: str) -> None:
    with pytest.raises(IcsError, match="is not an e-mail address"):
        email_address(address)


def test_invites_need_someone_to_invite_and_drop_duplicates() -> None:
    with pytest.raises(IcsError, match="at least one attendee"):
        Invite("me@example.com", ())
    invite = Invite("mailto:me@example.com", ("a@example.com", "A@EXAMPLE.COM", "b@example.com"))
    assert invite.attendees == ("a@example.com", "b@example.com")
    assert invite.organizer == "me@example.com"


# Anything a person may type: every character but control characters and surrogates, and more
# often the ones iCalendar escapes, the N that a backslash before it makes a line break, and ones that
# take several octets.
texts = st.text(
    st.one_of(
        st.characters(blacklist_categories=("Cc", "Cs")),
        st.sampled_from(list(",;:\\\n\t\"'éN日本語🎉👩‍💻")),
    ),
    min_size=1,
    max_size=200,
).filter(lambda t: t.strip())


def test_a_backslash_before_a_capital_n_stays_as_typed(tmp_path: Path) -> None:
    # RFC 5545 writes a line break as \n or \N; a typed backslash is escaped, so a Windows path survives.
    path = r"Notes in C:\Notes\New, the brief in \\server\N-drive"
    made = meeting(title=r"Review \N", description=path, location=path, alarm=timedelta(minutes=10))
    data = meeting_calendar(meeting=made, now=NOW)
    assert rb"C:\\Notes\\New\, the brief in \\\\server\\N-drive" in data.replace(b"\r\n ", b"")
    event = read_back(data, tmp_path)
    assert (event.summary.value, event.description.value, event.location.value) == (r"Review \N", path, path)
    assert event.valarm.description.value == r"Review \N"


def _description(event: vobject.base.Component) -> str:
    """The event's description; an empty one is not written at all (libical drops it with an error)."""
    found = event.contents.get("description")
    if found is None:
        return ""
    value = found[0].value
    assert value, "a DESCRIPTION is written only when it says something"
    return str(value)


def test_an_empty_description_is_left_out() -> None:
    data = meeting_calendar(meeting=meeting(description=""), now=NOW)
    assert b"DESCRIPTION" not in data
    calendar = icalendar.Calendar.from_ical(data)
    assert "DESCRIPTION" not in next(iter(calendar.walk("VEVENT")))
    assert b"DESCRIPTION:Agenda\r\n" in meeting_calendar(meeting=meeting(description="Agenda"), now=NOW)


@settings(max_examples=60, deadline=None)
@given(title=texts, description=st.one_of(st.just(""), texts))
def test_any_text_round_trips_through_both_parsers(title: str, description: str) -> None:
    data = meeting_calendar(meeting=meeting(title=title, description=description), now=NOW)
    assert_physical_lines_are_clean(data)
    event = vobject.readOne(data.decode()).vevent
    assert event.summary.value == title
    assert _description(event) == description
    twin = next(iter(ics_py.Calendar(data.decode()).events))
    assert twin.begin.datetime.astimezone(UTC) == START
    # ics.py 0.7 skips every physical line that is only whitespace (grammar/parse.py, unfold_lines), so
    # when a fold leaves nothing but spaces on a continuation line it loses them. vobject, checked
    # above, reads those files exactly; ics.py is held to the text only where its reader is sound.
    if not any(line[:1] == " " and not line.strip() for line in data.decode().split("\r\n")):
        assert twin.name == ics_py_reading(title)
        assert (twin.description or "") == ics_py_reading(description)


# Any Unicode at all, control characters and lone surrogates included, with the awkward ones often.
any_text = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(list("\r\n\t\x00\x07\x1b\x7f\x85\u2028\u2029\ufeff\ud800\udfff,;:\\")),
    ),
    max_size=120,
)


def read_back(data: bytes, folder: Path) -> vobject.base.Component:
    """The event as an independent parser reads the exported file from disk."""
    target = folder / "export.ics"
    write_atomically(target, data)
    return vobject.readOne(target.read_bytes().decode("utf-8")).vevent


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=any_text, description=any_text, location=any_text, repeat=st.sampled_from([1, 1, 40, 400]))
def test_any_text_round_trips_exactly_or_is_refused_clearly(
    tmp_path: Path, title: str, description: str, location: str, repeat: int
) -> None:
    title, description, location = title * repeat, description * repeat, location * repeat
    fields = {"title": title, "description": description, "location": location}
    try:
        made = meeting(title=title, description=description, location=location or None)
        data = meeting_calendar(meeting=made, now=NOW)
    except IcsError as error:
        message = str(error)
        if message == "a meeting needs a title":
            assert not title.strip()
            return
        field = message.split()[1]
        assert field in fields, message
        code = int(message.split("(U+")[1][:4], 16)
        assert chr(code) in fields[field], "the message names a character the field holds"
        assert (unicodedata.category(chr(code)) in ("Cc", "Cs") and chr(code) not in "\n\t") or code == 0xFEFF
        assert message.endswith("remove it")
        return
    assert title.strip(), "an empty title is refused, never written"
    assert_physical_lines_are_clean(data)
    event = read_back(data, tmp_path)
    # The one normalisation: a CRLF line break is written (and read back) as a plain newline.
    assert event.summary.value == title.replace("\r\n", "\n")
    assert _description(event) == description.replace("\r\n", "\n")
    if location:
        assert event.location.value == location.replace("\r\n", "\n")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("a\ud800b", "broken character (U+D800)"),
        ("\udfff", "broken character (U+DFFF)"),
        ("\ufeffCall", "byte-order mark (U+FEFF)"),
        ("bell\x07", "control character (U+0007)"),
        ("nel\x85", "control character (U+0085)"),
        ("cr\ronly", "control character (U+000D)"),
    ],
)
def test_text_that_cannot_come_back_is_refused_with_the_character_named(text: str, says: str) -> None:
    for field in ("title", "description", "location"):
        with pytest.raises(IcsError, match=re.escape(f"the {field} contains") + ".*" + re.escape(says)):
            meeting(**{field: text})


def test_very_long_text_in_every_field_round_trips(tmp_path: Path) -> None:
    long = ("日本語の打ち合わせ; notes, \\ 🎉👩‍💻 \u2028 " * 4000)[:100_000]
    data = meeting_calendar(meeting=meeting(title=long, description=long, location=long), now=NOW)
    assert_physical_lines_are_clean(data)
    event = read_back(data, tmp_path)
    assert event.summary.value == event.description.value == event.location.value == long


def test_weekly_skip_writes_one_exdate_per_skipped_meeting_at_the_series_wall_time() -> None:
    zone = ZoneInfo("Europe/Berlin")
    first = datetime(2026, 3, 23, 9, tzinfo=zone)  # a Monday; Berlin's clocks go forward on 29 March
    skip = (
        first.date() + timedelta(days=7),
        first.date() + timedelta(days=8),
        first.date() + timedelta(days=2),
    )
    weekly = Weekly(zone, count=4, days=(0,), skip=skip)  # the Tuesday and Wednesday are no meetings: ignored
    data = series_calendar(meeting=meeting(start=first), weekly=weekly, now=NOW)
    assert b"EXDATE;TZID=Europe/Berlin:20260330T090000\r\n" in data
    assert data.count(b"EXDATE") == 1
    event = vobject.readOne(data.decode()).vevent
    starts = [s.astimezone(zone) for s in event.getrruleset()]
    assert [(s.day, s.hour) for s in starts] == [(23, 9), (6, 9), (13, 9)]


def test_weekly_skip_takes_dates_only() -> None:
    with pytest.raises(TypeError, match="dates"):
        Weekly(ZoneInfo("UTC"), count=3, skip=(datetime(2026, 3, 2, tzinfo=UTC),))
