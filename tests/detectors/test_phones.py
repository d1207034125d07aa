"""The cheap phone shape test never skips a window in which phonenumbers finds a number."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chartekit.detectors._phones import may_hold_number

REGIONS = ("FR", "US", "GB", "BE", "DE", "IT", "BR")


def _found(window: str, region: str) -> bool:
    matcher = phonenumbers.PhoneNumberMatcher(window, region,
                                              leniency=phonenumbers.Leniency.VALID)
    return any(True for _ in matcher)


_groups = st.lists(st.text("0123456789", min_size=1, max_size=6)
                   | st.text("0123456789٠٦٣０６", min_size=1, max_size=4), min_size=1, max_size=6)
_separators = st.sampled_from([" ", "", ".", "-", "/", " - ", "(", ")", ": ", ", ", "  ",
                               "★", " ★ ", "－", "‑", "\u00a0", "\u3000", "x"])
_windows = st.builds(
    lambda before, groups, seps, after: before + "".join(
        g + (seps[i % len(seps)] if i < len(groups) - 1 else "") for i, g in enumerate(groups))
    + after,
    st.sampled_from(["", "call ", "tel: ", "au ", "n° ", "(", "x", "0", "1 ", "★ ", "☎ "]),
    _groups,
    st.lists(_separators, min_size=1, max_size=3), st.sampled_from(["", " ", " now", ".", "€"]))


@given(_windows, st.sampled_from(REGIONS))
@settings(max_examples=4000, deadline=None)
def test_a_skipped_window_holds_no_number(window: str, region: str) -> None:
    if not may_hold_number(window, region):
        assert not _found(window, region), window


# Numbers of each shape the test has to let through, and look-alikes it skips.
@pytest.mark.parametrize(("window", "region"), [
    ("appelle au 06 12 34 56 78", "FR"), ("call 0612345678", "FR"),
    ("0033 6 12 34 56 78", "FR"), ("33 6 12 34 56 78", "FR"), ("+33 6 12 34 56 78", "US"),
    ("call (415) 555-0132 now", "US"), ("1 415 555 0132", "US"), ("011 44 7911 123456", "US"),
    ("call 08000930705 now", "GB"), ("07911 123456", "GB"), ("44 7911 123456", "GB"),
    ("SPA ★718-622-0221 - 24", "US"), ("appelle au ０６ １２ ３４ ５６ ７８", "FR"),
])
def test_numbers_are_read(window: str, region: str) -> None:
    assert _found(window, region)
    assert may_hold_number(window, region)


@pytest.mark.parametrize(("window", "region"), [
    ("call 08000930705 now", "FR"), ("call 08000930705 now", "US"),
    ("order 12345678901234", "FR"), ("(415) 555-0132", "FR"), ("SPA ★718-622-0221", "FR"),
])
def test_look_alikes_are_skipped(window: str, region: str) -> None:
    assert not _found(window, region)
    assert not may_hold_number(window, region)
