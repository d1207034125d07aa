"""Whether a stretch of text can hold a valid phone number of a region: a cheap test
that spares ``phonenumbers.PhoneNumberMatcher`` the windows it would read for nothing.

The matcher costs 50-500 µs a window, most of it when it finds nothing: an English SMS's
``08000930705`` is read as French, then American, then British. A number it accepts
without a ``+`` is a run of consecutive digit groups of the window (its candidates and
their inner matches start and end at separators) whose digits are a national number of
the region (the general pattern of ``phonenumbers``' metadata), that number after the
region's national prefix ("0", "1"), or after its country code ("33", "1"); or it starts
with the region's international prefix ("00", "011"). When no run of groups is any of
these, the region's matcher cannot find a valid number there. The test only ever skips
work: a window with a ``+``, a digit group longer than the matcher's blocks or written in
another script's digits, or a region whose metadata rewrites prefixes is always read.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["may_hold_number"]

_GROUPS = re.compile(r"\d+")
_MAX_DIGITS = 20  # the matcher reads digits in blocks of at most 20; no number is longer


class _Shape:
    """What a region's numbers look like, from ``phonenumbers``' metadata."""

    __slots__ = ("country_code", "international", "national", "prefix", "readable")

    def __init__(self, metadata: Any) -> None:
        self.country_code = ""
        self.national: re.Pattern[str] | None = None
        self.prefix: re.Pattern[str] | None = None
        self.international: re.Pattern[str] | None = None
        self.readable = (metadata is not None and not metadata.national_prefix_transform_rule
                         and metadata.general_desc is not None
                         and bool(metadata.general_desc.national_number_pattern))
        if not self.readable:
            return
        self.country_code = str(metadata.country_code)
        self.national = re.compile(metadata.general_desc.national_number_pattern)
        prefix = metadata.national_prefix_for_parsing or metadata.national_prefix
        self.prefix = re.compile(prefix) if prefix else None
        international = metadata.international_prefix
        self.international = re.compile(international) if international else None

    def national_number(self, digits: str) -> bool:
        """``digits`` is a national number, maybe after the national prefix."""
        national = self.national
        assert national is not None
        if national.fullmatch(digits):
            return True
        prefix = self.prefix
        if prefix is not None:
            m = prefix.match(digits)
            if m is not None and m.end() > 0 and national.fullmatch(digits, m.end()):
                return True
        return False

    def may_be_number(self, digits: str) -> bool:
        if self.international is not None and self.international.match(digits):
            return True  # an international prefix: any country's number may follow
        if self.national_number(digits):
            return True
        code = self.country_code
        return (len(digits) > len(code) and digits.startswith(code)
                and self.national_number(digits[len(code) :]))


_SHAPES: dict[str, _Shape] = {}


def _shape(region: str) -> _Shape:
    shape = _SHAPES.get(region)
    if shape is None:
        from phonenumbers.phonemetadata import PhoneMetadata

        shape = _SHAPES[region] = _Shape(PhoneMetadata.metadata_for_region(region))
    return shape


def may_hold_number(window: str, region: str) -> bool:
    """False only when ``PhoneNumberMatcher(window, region)`` can find no valid number."""
    if "+" in window or "＋" in window:
        return True
    shape = _shape(region)
    if not shape.readable:
        return True
    groups = _GROUPS.findall(window)
    if any(len(group) > _MAX_DIGITS or not group.isascii() for group in groups):
        return True  # blocks split mid-group, or digits of another script ("٠٦")
    for first in range(len(groups)):
        digits = ""
        for group in groups[first:]:
            digits += group
            if len(digits) > _MAX_DIGITS:
                break
            if shape.may_be_number(digits):
                return True
    return False
