"""The CLI's zone arguments take any place that names one zone; a place that could be several is bad
input, with the best matches on its one ``error:`` line."""

from __future__ import annotations

import pytest

from tests.cli.runner import PEOPLE, assert_usage_error, run, with_flag

SLOTS = ["slots", *PEOPLE, "--from", "2026-03-09", "--days", "1"]


@pytest.mark.parametrize(
    ("place", "zone"),
    [("Milwaukee", "America/Chicago"), ("New York", "America/New_York"), ("ドイツ", "Europe/Berlin")],
)
def test_a_client_by_place(capsys: pytest.CaptureFixture[str], place: str, zone: str) -> None:
    code, out, err = run(capsys, *with_flag(SLOTS, "--client", place))
    assert (code, err) == (0, "")
    assert f"client ({zone})" in out


def test_me_by_place_in_japanese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *with_flag(SLOTS, "--me", "東京"))
    assert code == 0
    assert "on your clock, Asia/Tokyo" in out


def test_also_and_zone_take_places(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *SLOTS, "--also", "Bengaluru=mon-fri 09:00-17:00", "--json")
    assert code == 0
    assert out.startswith("{")
    code, out, _ = run(
        capsys, "ics", "--at", "2026-03-10T09:00", "--zone", "Milwaukee", "--duration", "30",
        "--title", "Call", "--out", "-",
    )  # fmt: skip
    assert code == 0
    assert "DTSTART:20260310T140000Z" in out


def test_springfield_is_a_choice_largest_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *with_flag(SLOTS, "--client", "Springfield"))
    assert_usage_error(code, out, err, "'Springfield' could be several time zones")
    listed = err.split("most people first: ", 1)[1]
    assert listed.startswith("America/Chicago (Springfield, Missouri, United States); ")
    assert "America/New_York (Springfield, Massachusetts, United States)" in listed
    assert "give the IANA name of the one you mean" in err


def test_a_country_of_several_zones_is_a_choice(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *with_flag(SLOTS, "--client", "Australia"))
    assert_usage_error(code, out, err, "'Australia' could be several time zones")
    assert "Australia/Sydney (Australia); Australia/Melbourne (Australia)" in err


def test_what_is_no_place_is_still_an_unknown_zone(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *with_flag(SLOTS, "--client", "America/NewYork"))
    assert_usage_error(code, out, err, "did you mean America/New_York")
    code, out, err = run(capsys, *with_flag(SLOTS, "--client", "Atlantis Standard"))
    assert_usage_error(code, out, err, "unknown time zone 'Atlantis Standard'")
