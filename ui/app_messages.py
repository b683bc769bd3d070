"""The desktop app's words for what app/ says: each :mod:`app.messages` code, translated.

``app/`` never imports Qt, so its errors and notices carry a code and plain parameters
(:class:`app.messages.Message`) beside their English text. Here each code has the same English text
passed through Qt's translation system (one context, the code as the disambiguating comment, so
``pyside6-lupdate`` finds every text and a translator sees which message it is), and
:func:`message_text` fills the translation with the message's parameters — those that are messages
themselves translated in turn. A code this file does not know shows the English text rather than
nothing; a test keeps both lists the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.messages import Listing, Message

CONTEXT = "AppMessages"
"""The translation context of every text here; written out in each call, as pyside6-lupdate reads only
literals."""


def catalogue() -> dict[str, str]:
    """Code → its text in the interface language. Built on each call: translators installed after
    import (the language is chosen at start-up, and switched in tests) must take effect."""
    return {
        "hours.where": QCoreApplication.translate("AppMessages", "'{text}'", "hours.where"),
        "hours.where_segment": QCoreApplication.translate(
            "AppMessages",
            "segment {number} ('{text}')",
            "hours.where_segment",
        ),
        "hours.weekday_range": QCoreApplication.translate(
            "AppMessages",
            "weekday {weekday} is not 0 (Monday) .. 6 (Sunday)",
            "hours.weekday_range",
        ),
        "hours.start_range": QCoreApplication.translate(
            "AppMessages",
            "start {start} is not a minute of the day (0..1439)",
            "hours.start_range",
        ),
        "hours.end_range": QCoreApplication.translate(
            "AppMessages",
            "end {end} is not in 1..1440",
            "hours.end_range",
        ),
        "hours.empty_block": QCoreApplication.translate(
            "AppMessages",
            "a range cannot start and end at the same time",
            "hours.empty_block",
        ),
        "hours.not_a_time": QCoreApplication.translate(
            "AppMessages",
            "{where}: '{text}' is not a time; use HH:MM with two digits each, like 09:00",
            "hours.not_a_time",
        ),
        "hours.bad_minutes": QCoreApplication.translate(
            "AppMessages",
            "{where}: '{text}' has {minutes} minutes; minutes run 00..59",
            "hours.bad_minutes",
        ),
        "hours.start_at_24": QCoreApplication.translate(
            "AppMessages",
            "{where}: a range cannot start at 24:00; use 00:00 of the next day",
            "hours.start_at_24",
        ),
        "hours.bad_hour": QCoreApplication.translate(
            "AppMessages",
            "{where}: '{text}' has hour {hour}; hours run 00..23 (24:00 only as an end)",
            "hours.bad_hour",
        ),
        "hours.not_a_range": QCoreApplication.translate(
            "AppMessages",
            "{where}: '{text}' is not a time range; use HH:MM-HH:MM, like 09:00-17:00",
            "hours.not_a_range",
        ),
        "hours.same_start_end": QCoreApplication.translate(
            "AppMessages",
            "{where}: '{text}' starts and ends at the same time; for a whole day use 00:00-24:00",
            "hours.same_start_end",
        ),
        "hours.not_a_day": QCoreApplication.translate(
            "AppMessages",
            "{where}: '{name}' is not a day; use mon, tue, wed, thu, fri, sat, sun or daily",
            "hours.not_a_day",
        ),
        "hours.empty_day": QCoreApplication.translate(
            "AppMessages",
            "{where}: empty day in '{text}'; separate days with single commas",
            "hours.empty_day",
        ),
        "hours.not_a_day_range": QCoreApplication.translate(
            "AppMessages",
            "{where}: '{text}' is not a day range; use e.g. mon-fri",
            "hours.not_a_day_range",
        ),
        "hours.control_character": QCoreApplication.translate(
            "AppMessages",
            "hours contain a control character; hours look like 'mon-fri 09:00-17:00; sat 10:00-12:00' "
            "(days: mon..sun, ranges like mon-fri, lists like mon,wed,fri, or daily; times HH:MM-HH:MM, "
            "24:00 allowed as an end)",
            "hours.control_character",
        ),
        "hours.empty": QCoreApplication.translate(
            "AppMessages",
            "hours are empty; hours look like 'mon-fri 09:00-17:00; sat 10:00-12:00' (days: mon..sun, "
            "ranges like mon-fri, lists like mon,wed,fri, or daily; times HH:MM-HH:MM, 24:00 allowed as an "
            "end)",
            "hours.empty",
        ),
        "hours.days_then_range": QCoreApplication.translate(
            "AppMessages",
            "{where}: give the days and then at least one range; hours look like 'mon-fri 09:00-17:00; sat "
            "10:00-12:00' (days: mon..sun, ranges like mon-fri, lists like mon,wed,fri, or daily; times "
            "HH:MM-HH:MM, 24:00 allowed as an end)",
            "hours.days_then_range",
        ),
        "zone.empty": QCoreApplication.translate(
            "AppMessages",
            "the zone is empty; use an IANA name such as America/New_York or Asia/Tokyo",
            "zone.empty",
        ),
        "zone.unknown": QCoreApplication.translate(
            "AppMessages",
            "unknown time zone '{name}' Use an IANA name such as America/New_York, Europe/Berlin or "
            "Asia/Tokyo",
            "zone.unknown",
        ),
        "zone.unknown_close": QCoreApplication.translate(
            "AppMessages",
            "unknown time zone '{name}' — did you mean {close}? Use an IANA name such as America/New_York, "
            "Europe/Berlin or Asia/Tokyo",
            "zone.unknown_close",
        ),
        "holidays.not_a_code": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a holiday code; use a country code with an optional subdivision, like US, JP "
            "or DE-BY",
            "holidays.not_a_code",
        ),
        "holidays.unknown_country": QCoreApplication.translate(
            "AppMessages",
            "no public holidays known for country '{country}'; use an ISO 3166 two-letter code such as US, "
            "GB, DE, JP or BR ({count} countries are known)",
            "holidays.unknown_country",
        ),
        "holidays.unknown_subdivision": QCoreApplication.translate(
            "AppMessages",
            "{country} has no subdivision '{subdivision}'; its subdivisions are: {accepted}",
            "holidays.unknown_subdivision",
        ),
        "holidays.no_subdivisions": QCoreApplication.translate(
            "AppMessages",
            "{country} has no subdivision '{subdivision}'; its subdivisions are: none (use the country "
            "alone)",
            "holidays.no_subdivisions",
        ),
        "locale.any": QCoreApplication.translate("AppMessages", "{name} (any {name}_XX)", "locale.any"),
        "locale.exact": QCoreApplication.translate("AppMessages", "{name}", "locale.exact"),
        "locale.not_a_locale": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a locale; use one such as en_US or ja_JP: {accepted}",
            "locale.not_a_locale",
        ),
        "locale.unknown": QCoreApplication.translate(
            "AppMessages",
            "unknown locale '{text}'; use one of {accepted}",
            "locale.unknown",
        ),
        "locale.no_template": QCoreApplication.translate(
            "AppMessages",
            "no proposal text in '{name}' yet; use one of {accepted}",
            "locale.no_template",
        ),
        "locale.no_template_short": QCoreApplication.translate(
            "AppMessages",
            "no proposal text in '{name}'",
            "locale.no_template_short",
        ),
        "profile.name_empty": QCoreApplication.translate(
            "AppMessages",
            "give a name, such as the client's company or first name",
            "profile.name_empty",
        ),
        "profile.name_control": QCoreApplication.translate(
            "AppMessages",
            "the name contains a control character ({char}); remove it",
            "profile.name_control",
        ),
        "profile.name_too_long": QCoreApplication.translate(
            "AppMessages",
            "the name is longer than {limit} characters",
            "profile.name_too_long",
        ),
        "profile.own_zone_needed": QCoreApplication.translate(
            "AppMessages",
            "your own time zone is needed",
            "profile.own_zone_needed",
        ),
        "profile.bad_language": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a locale code; use one like en_US, de_DE or ja_JP",
            "profile.bad_language",
        ),
        "profile.bad_holidays": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a country code; use a country such as US or JP, or a country and subdivision "
            "such as DE-BY",
            "profile.bad_holidays",
        ),
        "profile.invalid_field": QCoreApplication.translate(
            "AppMessages",
            "{field}: {problem}",
            "profile.invalid_field",
        ),
        "profile.not_one_me": QCoreApplication.translate(
            "AppMessages",
            "exactly one profile is the freelancer's own, not {count}",
            "profile.not_one_me",
        ),
        "profile.notes_unwritable": QCoreApplication.translate(
            "AppMessages",
            "notes: a character cannot be written ({reason})",
            "profile.notes_unwritable",
        ),
        "kind.bool": QCoreApplication.translate("AppMessages", "true or false", "kind.bool"),
        "kind.number": QCoreApplication.translate("AppMessages", "a number", "kind.number"),
        "kind.list": QCoreApplication.translate("AppMessages", "a list", "kind.list"),
        "kind.object": QCoreApplication.translate("AppMessages", "an object", "kind.object"),
        "kind.null": QCoreApplication.translate("AppMessages", "empty (null)", "kind.null"),
        "kind.other": QCoreApplication.translate("AppMessages", "{name}", "kind.other"),
        "field.name": QCoreApplication.translate("AppMessages", "name was", "field.name"),
        "field.zone": QCoreApplication.translate("AppMessages", "time zone was", "field.zone"),
        "field.hours": QCoreApplication.translate("AppMessages", "hours were", "field.hours"),
        "field.language": QCoreApplication.translate(
            "AppMessages",
            "proposal language was",
            "field.language",
        ),
        "field.holidays": QCoreApplication.translate("AppMessages", "holiday code was", "field.holidays"),
        "field.notes": QCoreApplication.translate("AppMessages", "notes were", "field.notes"),
        "field.greet_as": QCoreApplication.translate("AppMessages", "greeting name was", "field.greet_as"),
        "action.called": QCoreApplication.translate(
            "AppMessages",
            "called '{name}' for now",
            "action.called",
        ),
        "action.renamed": QCoreApplication.translate("AppMessages", "now '{name}'", "action.renamed"),
        "action.zone_set": QCoreApplication.translate("AppMessages", "set to {zone}", "action.zone_set"),
        "action.zone_unknown": QCoreApplication.translate(
            "AppMessages",
            "marked as not known yet",
            "action.zone_unknown",
        ),
        "action.hours_set": QCoreApplication.translate("AppMessages", "set to '{hours}'", "action.hours_set"),
        "action.language_set": QCoreApplication.translate(
            "AppMessages",
            "set to {language}",
            "action.language_set",
        ),
        "action.removed": QCoreApplication.translate("AppMessages", "removed", "action.removed"),
        "action.emptied": QCoreApplication.translate("AppMessages", "emptied", "action.emptied"),
        "action.greet_by_name": QCoreApplication.translate(
            "AppMessages", "greeting by the first word of the name", "action.greet_by_name"
        ),
        "repair.missing": QCoreApplication.translate(
            "AppMessages",
            "the {field} missing — {action}",
            "repair.missing",
        ),
        "repair.not_text": QCoreApplication.translate(
            "AppMessages",
            "the {field} {kind}, not text — {action}",
            "repair.not_text",
        ),
        "repair.invalid": QCoreApplication.translate("AppMessages", "{problem} — {action}", "repair.invalid"),
        "repair.sample_mark": QCoreApplication.translate(
            "AppMessages",
            "the sample mark was {kind}, not true or false — cleared",
            "repair.sample_mark",
        ),
        "repair.broken_notes": QCoreApplication.translate(
            "AppMessages",
            "the notes held a broken character — replaced by �",
            "repair.broken_notes",
        ),
        "repair.unknown_fields": QCoreApplication.translate(
            "AppMessages",
            "fields Coretime does not know were left out ({fields})",
            "repair.unknown_fields",
        ),
        "repair.me": QCoreApplication.translate("AppMessages", "your own profile: {fixes}", "repair.me"),
        "repair.client": QCoreApplication.translate("AppMessages", "'{name}': {fixes}", "repair.client"),
        "repair.me_replaced": QCoreApplication.translate(
            "AppMessages",
            "your own profile was {kind} — set to default hours on {zone}",
            "repair.me_replaced",
        ),
        "repair.no_people_list": QCoreApplication.translate(
            "AppMessages",
            "the list of people was {kind}, so no clients could be read",
            "repair.no_people_list",
        ),
        "repair.no_client_list": QCoreApplication.translate(
            "AppMessages",
            "the client list was {kind}, so no clients could be read",
            "repair.no_client_list",
        ),
        "repair.client_not_person": QCoreApplication.translate(
            "AppMessages",
            "client {number} was {kind}, not a person — left out",
            "repair.client_not_person",
        ),
        "unusable.empty": QCoreApplication.translate("AppMessages", "is empty", "unusable.empty"),
        "unusable.not_text": QCoreApplication.translate("AppMessages", "is not text", "unusable.not_text"),
        "unusable.incomplete_json": QCoreApplication.translate(
            "AppMessages",
            "is not complete JSON ({detail}, line {line})",
            "unusable.incomplete_json",
        ),
        "unusable.unreadable_json": QCoreApplication.translate(
            "AppMessages",
            "is not JSON Coretime can read ({detail})",
            "unusable.unreadable_json",
        ),
        "unusable.not_a_document": QCoreApplication.translate(
            "AppMessages",
            "is {kind}, not a Coretime people file",
            "unusable.not_a_document",
        ),
        "unusable.no_format": QCoreApplication.translate(
            "AppMessages",
            "has no format number, so it is not a Coretime people file",
            "unusable.no_format",
        ),
        "unusable.newer": QCoreApplication.translate(
            "AppMessages",
            "was written by a newer Coretime (format {version}; this one reads up to {supported})",
            "unusable.newer",
        ),
        "unusable.unknown_format": QCoreApplication.translate(
            "AppMessages",
            "has format number {version}, which no Coretime has written",
            "unusable.unknown_format",
        ),
        "store.unreadable_blocked": QCoreApplication.translate(
            "AppMessages",
            "Your people file {path} could not be read ({reason}) nor set aside ({move_reason}). Changes "
            "are not saved until it can be read, so that it is not overwritten.",
            "store.unreadable_blocked",
        ),
        "store.unreadable_moved": QCoreApplication.translate(
            "AppMessages",
            "Your people file {path} could not be read ({reason}). It was moved, as it was, to {kept}.",
            "store.unreadable_moved",
        ),
        "store.unusable_blocked": QCoreApplication.translate(
            "AppMessages",
            "Your people file {path} {reason}, and could not be set aside ({move_reason}). Changes are not "
            "saved, so that it is not overwritten.",
            "store.unusable_blocked",
        ),
        "store.unusable_kept": QCoreApplication.translate(
            "AppMessages",
            "Your people file {reason}. It was kept, untouched, as {kept}.",
            "store.unusable_kept",
        ),
        "store.repaired": QCoreApplication.translate(
            "AppMessages",
            "Parts of your people file could not be used and were repaired: {repairs}. {where}",
            "store.repaired",
        ),
        "store.repaired_more": QCoreApplication.translate(
            "AppMessages",
            "Parts of your people file could not be used and were repaired: {repairs}; and {more} more. "
            "{where}",
            "store.repaired_more",
        ),
        "store.copy_kept": QCoreApplication.translate(
            "AppMessages",
            "The file as it was is kept as {kept}.",
            "store.copy_kept",
        ),
        "store.copy_failed": QCoreApplication.translate(
            "AppMessages",
            "A copy of the file as it was could not be kept ({reason}).",
            "store.copy_failed",
        ),
        "store.afresh_no_backup": QCoreApplication.translate(
            "AppMessages",
            "Coretime starts afresh: there is no backup to restore from.",
            "store.afresh_no_backup",
        ),
        "store.backup_unreadable": QCoreApplication.translate(
            "AppMessages",
            "The backup {backup} could not be read either ({reason}); Coretime starts afresh.",
            "store.backup_unreadable",
        ),
        "store.backup_unusable": QCoreApplication.translate(
            "AppMessages",
            "The backup {reason} as well ({where}); Coretime starts afresh.",
            "store.backup_unusable",
        ),
        "store.backup_kept": QCoreApplication.translate("AppMessages", "kept as {kept}", "store.backup_kept"),
        "store.backup_left": QCoreApplication.translate(
            "AppMessages",
            "left in place ({reason})",
            "store.backup_left",
        ),
        "store.restored": QCoreApplication.translate(
            "AppMessages",
            "Your people were restored from the backup {backup}.",
            "store.restored",
        ),
        "store.restored_missing": QCoreApplication.translate(
            "AppMessages",
            "{name} was missing; your people were restored from {backup}.",
            "store.restored_missing",
        ),
        "file.not_regular": QCoreApplication.translate(
            "AppMessages",
            "it is {kind}, not a regular file",
            "file.not_regular",
        ),
        "file.too_large": QCoreApplication.translate(
            "AppMessages",
            "it is larger than the {limit} MB Coretime reads",
            "file.too_large",
        ),
        "file.kind_fifo": QCoreApplication.translate(
            "AppMessages",
            "a named pipe (FIFO)",
            "file.kind_fifo",
        ),
        "file.kind_char_device": QCoreApplication.translate(
            "AppMessages",
            "a character device",
            "file.kind_char_device",
        ),
        "file.kind_block_device": QCoreApplication.translate(
            "AppMessages",
            "a block device",
            "file.kind_block_device",
        ),
        "file.kind_socket": QCoreApplication.translate(
            "AppMessages",
            "a socket",
            "file.kind_socket",
        ),
        "file.kind_folder": QCoreApplication.translate(
            "AppMessages",
            "a folder",
            "file.kind_folder",
        ),
        "file.kind_other": QCoreApplication.translate(
            "AppMessages",
            "a special file",
            "file.kind_other",
        ),
        "store.backup_unreadable_moved": QCoreApplication.translate(
            "AppMessages",
            "The backup {backup} could not be read ({reason}), so it was not overwritten: it was "
            "moved, as it was, to {kept}.",
            "store.backup_unreadable_moved",
        ),
        "store.backup_unreadable_left": QCoreApplication.translate(
            "AppMessages",
            "The backup {backup} could not be read ({reason}) nor set aside ({move_reason}); it "
            "is left as it is, and saves keep no backup until it can be read.",
            "store.backup_unreadable_left",
        ),
        "repair.duplicate_keys": QCoreApplication.translate(
            "AppMessages",
            "fields given more than once ({fields}): the last of each was used",
            "repair.duplicate_keys",
        ),
        "store.zone_assumed": QCoreApplication.translate(
            "AppMessages",
            "Your system's time zone setting ({given}) names no zone Coretime knows, so your own "
            "hours are on UTC for now: set your zone in your profile.",
            "store.zone_assumed",
        ),
        "store.merged": QCoreApplication.translate(
            "AppMessages",
            "Your people file {path} was changed elsewhere (another Coretime, the command line or"
            " a synced copy) while this window was open; those changes were taken in.",
            "store.merged",
        ),
        "store.changed_damaged": QCoreApplication.translate(
            "AppMessages",
            "Your people file {path} was changed elsewhere and could not be read as a whole; it "
            "was kept, as it was, as {kept}, and whatever could be read of it was taken in.",
            "store.changed_damaged",
        ),
        "checkin.bad_window": QCoreApplication.translate(
            "AppMessages",
            "the window and the step are whole minutes from 1 to 24 hours",
            "checkin.bad_window",
        ),
        "checkin.no_hours": QCoreApplication.translate(
            "AppMessages",
            "the client has no hours, so there is no start of their day to check in at",
            "checkin.no_hours",
        ),
        "checkin.none_left": QCoreApplication.translate(
            "AppMessages",
            "there is no check-in left in the plan's year",
            "checkin.none_left",
        ),
        "deadline.bad_minute": QCoreApplication.translate(
            "AppMessages",
            "minute {minute} is not in 0..1440",
            "deadline.bad_minute",
        ),
        "deadline.not_a_deadline": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a deadline; use 'YYYY-MM-DD HH:MM' on the client's clock, or 'YYYY-MM-DD eod' "
            "for the end of their day",
            "deadline.not_a_deadline",
        ),
        "deadline.not_a_day": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a day of the calendar; use 'YYYY-MM-DD HH:MM' on the client's clock, or "
            "'YYYY-MM-DD eod' for the end of their day",
            "deadline.not_a_day",
        ),
        "deadline.out_of_range": QCoreApplication.translate(
            "AppMessages",
            "{day} is out of range; use a date from {earliest} to {latest}",
            "deadline.out_of_range",
        ),
        "deadline.not_a_time": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a time; use 00:00 to 24:00",
            "deadline.not_a_time",
        ),
        "deadline.no_end_of_day": QCoreApplication.translate(
            "AppMessages",
            "the client has no hours on {weekday} {day}, so it has no end of day; give a time instead, like "
            "'{day} 17:00'",
            "deadline.no_end_of_day",
        ),
        "deadline.negative": QCoreApplication.translate(
            "AppMessages",
            "the buffer and the margin are zero or more",
            "deadline.negative",
        ),
        "ics.what.title": QCoreApplication.translate("AppMessages", "title", "ics.what.title"),
        "ics.what.description": QCoreApplication.translate(
            "AppMessages",
            "description",
            "ics.what.description",
        ),
        "ics.what.location": QCoreApplication.translate("AppMessages", "location", "ics.what.location"),
        "ics.what.other": QCoreApplication.translate("AppMessages", "{name}", "ics.what.other"),
        "ics.control_character": QCoreApplication.translate(
            "AppMessages",
            "the {what} contains a control character ({char}); remove it",
            "ics.control_character",
        ),
        "ics.broken_character": QCoreApplication.translate(
            "AppMessages",
            "the {what} contains a broken character ({char}); remove it",
            "ics.broken_character",
        ),
        "ics.byte_order_mark": QCoreApplication.translate(
            "AppMessages",
            "the {what} contains an invisible byte-order mark (U+FEFF); remove it",
            "ics.byte_order_mark",
        ),
        "ics.not_an_email": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not an e-mail address; use the form name@example.com",
            "ics.not_an_email",
        ),
        "ics.bad_sequence": QCoreApplication.translate(
            "AppMessages", "a SEQUENCE is a whole number from 0 up, not '{value}'", "ics.bad_sequence"
        ),
        "ics.bad_uid": QCoreApplication.translate(
            "AppMessages",
            "a UID is 1 to 255 visible ASCII characters without spaces, not '{text}'",
            "ics.bad_uid",
        ),
        "ics.zero_length": QCoreApplication.translate(
            "AppMessages",
            "a meeting must last longer than zero minutes",
            "ics.zero_length",
        ),
        "ics.alarm_after": QCoreApplication.translate(
            "AppMessages",
            "a reminder comes before the meeting: use a timedelta of zero or more",
            "ics.alarm_after",
        ),
        "ics.no_title": QCoreApplication.translate("AppMessages", "a meeting needs a title", "ics.no_title"),
        "ics.not_a_url": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a web address; use https://…",
            "ics.not_a_url",
        ),
        "ics.count_or_until": QCoreApplication.translate(
            "AppMessages",
            "a weekly series needs either a count or an until date, not both or neither",
            "ics.count_or_until",
        ),
        "ics.count_range": QCoreApplication.translate(
            "AppMessages",
            "a weekly series has 1 to {most} meetings, not {count}",
            "ics.count_range",
        ),
        "ics.no_weekdays": QCoreApplication.translate(
            "AppMessages",
            "a weekly series on chosen weekdays needs at least one weekday",
            "ics.no_weekdays",
        ),
        "ics.no_attendee": QCoreApplication.translate(
            "AppMessages",
            "an invitation needs at least one attendee",
            "ics.no_attendee",
        ),
        "ics.first_off_weekdays": QCoreApplication.translate(
            "AppMessages",
            "the series' first meeting, {weekday} {day}, is not on one of its weekdays",
            "ics.first_off_weekdays",
        ),
        "ics.ends_before": QCoreApplication.translate(
            "AppMessages",
            "the series ends on {until}, before its first meeting on {day}",
            "ics.ends_before",
        ),
        "ics.too_many": QCoreApplication.translate(
            "AppMessages",
            "a weekly series has at most {most} meetings; this one would have {count}",
            "ics.too_many",
        ),
        "ics.time_skipped": QCoreApplication.translate(
            "AppMessages",
            "the series' time {time} does not exist on {day} in {zone} (the clocks skip it); pick another "
            "time or end the series before that day",
            "ics.time_skipped",
        ),
        "ics.no_options": QCoreApplication.translate(
            "AppMessages",
            "there are no options to hold",
            "ics.no_options",
        ),
        "busy.not_a_calendar": QCoreApplication.translate(
            "AppMessages",
            "{source}: not a calendar ({reason})",
            "busy.not_a_calendar",
        ),
        "busy.unreadable": QCoreApplication.translate(
            "AppMessages",
            "{source}: cannot be read ({reason})",
            "busy.unreadable",
        ),
        "busy.unknown_zone": QCoreApplication.translate(
            "AppMessages",
            "{source}: unknown time zone '{zone}'; its times are read on your clock",
            "busy.unknown_zone",
        ),
        "busy.bad_address": QCoreApplication.translate(
            "AppMessages",
            "{source}: not a calendar address; use https://… or webcal://…",
            "busy.bad_address",
        ),
        "busy.http_status": QCoreApplication.translate(
            "AppMessages",
            "{source}: the server answered with status {status}",
            "busy.http_status",
        ),
        "busy.timeout": QCoreApplication.translate(
            "AppMessages",
            "{source}: no answer within {seconds} seconds",
            "busy.timeout",
        ),
        "busy.unreachable": QCoreApplication.translate(
            "AppMessages",
            "{source}: cannot be reached ({reason})",
            "busy.unreachable",
        ),
        "busy.too_large": QCoreApplication.translate(
            "AppMessages",
            "{source}: larger than {limit} MB",
            "busy.too_large",
        ),
        "busy.cache_unwritable": QCoreApplication.translate(
            "AppMessages",
            "the calendar's copy cannot be saved ({reason})",
            "busy.cache_unwritable",
        ),
        "convert.empty": QCoreApplication.translate(
            "AppMessages",
            "there is no text to read; paste the client's sentence, like 'Tuesday 3pm EST'",
            "convert.empty",
        ),
        "convert.too_long": QCoreApplication.translate(
            "AppMessages",
            "the text is {length} characters long; paste just the sentence with the time (at most {most})",
            "convert.too_long",
        ),
        "convert.control_character": QCoreApplication.translate(
            "AppMessages",
            "the text contains a control character ({character}); paste it as plain text",
            "convert.control_character",
        ),
        "convert.no_time": QCoreApplication.translate(
            "AppMessages",
            "found no time of day in '{text}'; write one like 3pm, 15:00, 15h or 15時",
            "convert.no_time",
        ),
        "convert.bad_time": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a time of day",
            "convert.bad_time",
        ),
        "convert.bad_offset": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not an offset from UTC; offsets run from UTC-12 to UTC+14",
            "convert.bad_offset",
        ),
        "convert.bad_date": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a day of the calendar",
            "convert.bad_date",
        ),
        "convert.read_offset": QCoreApplication.translate(
            "AppMessages",
            "'{phrase}' read as a fixed offset, {offset}",
            "convert.read_offset",
        ),
        "convert.read_client_phrase": QCoreApplication.translate(
            "AppMessages",
            "'{phrase}' read as the client's clock ({zone})",
            "convert.read_client_phrase",
        ),
        "convert.read_your_phrase": QCoreApplication.translate(
            "AppMessages",
            "'{phrase}' read as your own clock ({zone})",
            "convert.read_your_phrase",
        ),
        "convert.read_place": QCoreApplication.translate(
            "AppMessages",
            "'{phrase}' read as {zone}",
            "convert.read_place",
        ),
        "convert.read_utc": QCoreApplication.translate(
            "AppMessages",
            "{abbr} read as UTC",
            "convert.read_utc",
        ),
        "convert.read_client_clock": QCoreApplication.translate(
            "AppMessages",
            "no zone given: read on the client's clock ({zone})",
            "convert.read_client_clock",
        ),
        "convert.abbr_client": QCoreApplication.translate(
            "AppMessages",
            "{abbr} read as {name} ({zone}), from the client's zone",
            "convert.abbr_client",
        ),
        "convert.abbr_country": QCoreApplication.translate(
            "AppMessages",
            "{abbr} read as {name} ({zone}), from the client's country",
            "convert.abbr_country",
        ),
        "convert.abbr_common": QCoreApplication.translate(
            "AppMessages",
            "{abbr} read as {name} ({zone}), its most common meaning",
            "convert.abbr_common",
        ),
        "convert.abbr_other_variant": QCoreApplication.translate(
            "AppMessages",
            "{abbr} read as {city} time, which is on {actual} on that date — {time} {actual}",
            "convert.abbr_other_variant",
        ),
        "convert.no_day": QCoreApplication.translate(
            "AppMessages",
            "no day given: read as the next time the clock shows it, on {day}",
            "convert.no_day",
        ),
        "convert.moved_week": QCoreApplication.translate(
            "AppMessages",
            "'{phrase}' is already past at that time: read as the one a week later",
            "convert.moved_week",
        ),
        "convert.moved_year": QCoreApplication.translate(
            "AppMessages",
            "'{phrase}' is already past this year: read as next year's",
            "convert.moved_year",
        ),
        "convert.in_past": QCoreApplication.translate(
            "AppMessages",
            "this time is already past",
            "convert.in_past",
        ),
        "convert.fold": QCoreApplication.translate(
            "AppMessages",
            "{time} happens twice on {day} in {zone} (the clocks go back): read as the first, {abbr}",
            "convert.fold",
        ),
        "convert.gap": QCoreApplication.translate(
            "AppMessages",
            "{time} does not exist on {day} in {zone} (the clocks skip it): read as {actual}",
            "convert.gap",
        ),
        "convert.other_times": QCoreApplication.translate(
            "AppMessages",
            "read the first time given; the text also mentions {others}",
            "convert.other_times",
        ),
        "convert.other_dates": QCoreApplication.translate(
            "AppMessages",
            "read '{phrase}' as the day; the text also mentions {others}",
            "convert.other_dates",
        ),
        "convert.weekday_mismatch": QCoreApplication.translate(
            "AppMessages",
            "'{phrase}' is not a {weekday}: the date was taken",
            "convert.weekday_mismatch",
        ),
        "convert.alt_zone": QCoreApplication.translate(
            "AppMessages",
            "{abbr} as {name} ({zone})",
            "convert.alt_zone",
        ),
        "convert.alt_literal": QCoreApplication.translate(
            "AppMessages",
            "{abbr} as its own offset, {offset}",
            "convert.alt_literal",
        ),
        "convert.alt_fold": QCoreApplication.translate(
            "AppMessages",
            "the second {time}, {abbr}",
            "convert.alt_fold",
        ),
        "convert.alt_gap": QCoreApplication.translate(
            "AppMessages",
            "{time} on the clock before the change",
            "convert.alt_gap",
        ),
        "convert.alt_first": QCoreApplication.translate(
            "AppMessages",
            "the first reading",
            "convert.alt_first",
        ),
        "convert.bare_hour": QCoreApplication.translate(
            "AppMessages",
            "'{text}' has no AM or PM: read as {time}",
            "convert.bare_hour",
        ),
        "convert.alt_bare": QCoreApplication.translate(
            "AppMessages",
            "{time}, in the afternoon or evening",
            "convert.alt_bare",
        ),
        "convert.holiday": QCoreApplication.translate(
            "AppMessages",
            "{day} is a public holiday {who}: {name}",
            "convert.holiday",
        ),
        "convert.whose_mine": QCoreApplication.translate(
            "AppMessages",
            "for you",
            "convert.whose_mine",
        ),
        "convert.whose_client": QCoreApplication.translate(
            "AppMessages",
            "for the client",
            "convert.whose_client",
        ),
        "weekday.0": QCoreApplication.translate("AppMessages", "Mon", "weekday.0"),
        "weekday.1": QCoreApplication.translate("AppMessages", "Tue", "weekday.1"),
        "weekday.2": QCoreApplication.translate("AppMessages", "Wed", "weekday.2"),
        "weekday.3": QCoreApplication.translate("AppMessages", "Thu", "weekday.3"),
        "weekday.4": QCoreApplication.translate("AppMessages", "Fri", "weekday.4"),
        "weekday.5": QCoreApplication.translate("AppMessages", "Sat", "weekday.5"),
        "weekday.6": QCoreApplication.translate("AppMessages", "Sun", "weekday.6"),
        "meeting.bad_uid": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a calendar UID (1 to 255 printable ASCII characters)",
            "meeting.bad_uid",
        ),
        "meeting.bad_length": QCoreApplication.translate(
            "AppMessages",
            "a meeting of {value} minutes; a booked meeting lasts 1 to {limit} minutes",
            "meeting.bad_length",
        ),
        "meeting.bad_sequence": QCoreApplication.translate(
            "AppMessages",
            "'{value}' is not a revision number (SEQUENCE is a whole number from 0)",
            "meeting.bad_sequence",
        ),
        "meeting.not_an_object": QCoreApplication.translate(
            "AppMessages",
            "a booked meeting is not an object",
            "meeting.not_an_object",
        ),
        "meeting.bad_clients": QCoreApplication.translate(
            "AppMessages",
            "a booked meeting names no client",
            "meeting.bad_clients",
        ),
        "meeting.bad_start": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a start time; it is written like 2026-12-07T14:00:00Z",
            "meeting.bad_start",
        ),
        "meeting.bad_title": QCoreApplication.translate(
            "AppMessages",
            "a booked meeting's title is not text",
            "meeting.bad_title",
        ),
        "repair.no_meeting_list": QCoreApplication.translate(
            "AppMessages",
            "the booked meetings were {kind}, not a list — left out",
            "repair.no_meeting_list",
        ),
        "repair.meeting_left_out": QCoreApplication.translate(
            "AppMessages",
            "booked meeting {number} was left out: {problem}",
            "repair.meeting_left_out",
        ),
        "field.days_off": QCoreApplication.translate(
            "AppMessages",
            "days off were",
            "field.days_off",
        ),
        "field.away": QCoreApplication.translate(
            "AppMessages",
            "time away was",
            "field.away",
        ),
        "away.not_a_date": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a date; write dates as YYYY-MM-DD, like 2026-12-24",
            "away.not_a_date",
        ),
        "away.not_a_range": QCoreApplication.translate(
            "AppMessages",
            "'{text}' is not a date or a range of dates; write 2026-12-24, or 2026-12-28..2027-01-01 for a "
            "range",
            "away.not_a_range",
        ),
        "away.backwards": QCoreApplication.translate(
            "AppMessages",
            "'{text}' ends before it starts; write the first date, then the last",
            "away.backwards",
        ),
        "away.too_long": QCoreApplication.translate(
            "AppMessages",
            "'{text}' covers more than {limit} days; split it, or change the usual hours instead",
            "away.too_long",
        ),
        "away.bad_zone": QCoreApplication.translate(
            "AppMessages",
            "'{text}': {problem}",
            "away.bad_zone",
        ),
        "away.bad_hours": QCoreApplication.translate(
            "AppMessages",
            "'{text}': {problem}; or write off for days without hours",
            "away.bad_hours",
        ),
        "away.overlap": QCoreApplication.translate(
            "AppMessages",
            "{first} and {second} share dates; give each date one place and one set of hours",
            "away.overlap",
        ),
        "away.control_character": QCoreApplication.translate(
            "AppMessages",
            "the dates contain a control character; write them as YYYY-MM-DD",
            "away.control_character",
        ),
        "convert.busy": QCoreApplication.translate(
            "AppMessages",
            "you are busy then: a meeting booked in Coretime, or busy time in your calendars",
            "convert.busy",
        ),
    }


def _separators() -> dict[str, str]:
    return {
        "; ": QCoreApplication.translate("AppMessages", "; ", "between the items of a list of problems"),
        ", ": QCoreApplication.translate(
            "AppMessages", ", ", "between the items of a list of names or codes"
        ),
    }


def message_text(message: Message) -> str:
    """``message`` in the interface language; its English text when its code has no entry here."""
    return _text(message, catalogue(), _separators())


def error_text(error: BaseException) -> str:
    """What went wrong, in the interface language: an app/ error's message translated, any other
    error's own text (an ``OSError``'s reason is the system's, already in the system's language)."""
    found = getattr(error, "message", None)
    return message_text(found) if isinstance(found, Message) else str(error)


def _text(message: Message, texts: dict[str, str], separators: dict[str, str]) -> str:
    template = texts.get(message.code)
    if template is None:
        return message.english()
    values: dict[str, str] = {}
    for key, value in message.params.items():
        if isinstance(value, Message):
            values[key] = _text(value, texts, separators)
        elif isinstance(value, Listing):
            joiner = separators.get(value.separator, value.separator)
            values[key] = joiner.join(_text(item, texts, separators) for item in value.items)
        else:
            values[key] = str(value)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        # A translation that names a placeholder the message does not have (the catalogue test
        # catches it before a release): the English text, rather than an error dialog about it.
        return message.english()
