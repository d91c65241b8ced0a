"""A person's name from its two parts, as CRMs export them (FirstName/LastName, "First Name"/"Last Name", 名/姓).

Definitions: ``full_name(first, last)`` is ``first + " " + last``; when both parts are written in Chinese,
Japanese or Korean script (CJK ideographs, kana, hangul) it is ``last + first`` with no space, the family name
first as those languages write it (姓 张 + 名 伟 = 张伟); one part alone is the name; no part gives None.
"""
from __future__ import annotations

# Unicode blocks of the scripts that write the family name first without a space: CJK ideographs (with their
# extensions and compatibility forms), hiragana and katakana, hangul syllables and jamo.
_CJK_RANGES = (
    (0x1100, 0x11FF), (0x3040, 0x30FF), (0x3130, 0x318F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF), (0x20000, 0x3134F),
)
_NAME_DOTS = "·・"  # the middle dot inside transliterated names (阿卜杜拉·买买提) does not make a part non-CJK


def is_cjk(text: str) -> bool:
    """True when every letter of ``text`` is in a CJK script (spaces and name dots ignored)."""
    letters = [ch for ch in text if not ch.isspace() and ch not in _NAME_DOTS]
    return bool(letters) and all(any(low <= ord(ch) <= high for low, high in _CJK_RANGES) for ch in letters)


def full_name(first: str | None, last: str | None) -> str | None:
    """The name that a first and a last name make (see the module docstring)."""
    first, last = (first or "").strip(), (last or "").strip()
    if first and last:
        return last + first if is_cjk(first) and is_cjk(last) else f"{first} {last}"
    return first or last or None
