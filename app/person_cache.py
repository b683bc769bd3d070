"""Each profile's planner view (:class:`app.people.Person`), worked out once per profile: with ten
thousand clients, an add or an edit works out the one person that changed, not every client again."""

from __future__ import annotations

from collections.abc import Iterable

from app.people import Person
from app.profiles import Profile


class PersonCache:
    """``profile.person()`` for each profile, kept while that very profile object is in use.

    Profiles are immutable, so a profile seen before has the same person; an edit makes a new profile
    object, which is worked out afresh. :meth:`keep_only` forgets the profiles no longer shown.

    >>> cache = PersonCache()
    >>> sarah = Profile(id="s", name="Sarah", zone="Europe/Berlin", hours="mon-fri 09:00-17:00")
    >>> cache.person(sarah) is cache.person(sarah)
    True
    >>> cache.person(Profile(id="x", name="X", zone=None, hours="daily 09:00-17:00")) is None
    True
    """

    def __init__(self) -> None:
        # By identity; the profile is held with its person, so its id() is not reused while it is here.
        self._known: dict[int, tuple[Profile, Person | None]] = {}

    def person(self, profile: Profile) -> Person | None:
        """The planner's view of ``profile``, or ``None`` while its zone is unknown."""
        found = self._known.get(id(profile))
        if found is not None and found[0] is profile:
            return found[1]
        person = profile.person()
        self._known[id(profile)] = (profile, person)
        return person

    def keep_only(self, profiles: Iterable[Profile]) -> None:
        """Forget every profile but ``profiles`` (those removed or replaced by an edit)."""
        wanted = {id(profile) for profile in profiles}
        for key in [key for key in self._known if key not in wanted]:
            del self._known[key]

    def __len__(self) -> int:
        return len(self._known)
