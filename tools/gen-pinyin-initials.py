#!/usr/bin/env python3
"""Regenerates Spd.Domain/Catalog/PinyinInitials.txt from the Unicode Han database.

The table holds one letter per code point of the CJK Unified Ideographs block
(U+4E00..U+9FFF): the initial of the character's most common Mandarin reading (Unihan
kMandarin), or '_' where Unihan gives none. Source: Debian's unicode-data package
(/usr/share/unicode/Unihan_Readings.txt.bz2); `apt-get install unicode-data` first.
"""
import bz2
import pathlib
import unicodedata

FIRST, LAST = 0x4E00, 0x9FFF
source = pathlib.Path("/usr/share/unicode/Unihan_Readings.txt.bz2")
target = pathlib.Path(__file__).resolve().parent.parent / "Spd.Domain/Catalog/PinyinInitials.txt"

table = ["_"] * (LAST - FIRST + 1)
with bz2.open(source, "rt", encoding="utf-8") as lines:
    for line in lines:
        if line.startswith("#") or "\tkMandarin\t" not in line:
            continue
        code, _, reading = line.rstrip("\n").split("\t")
        point = int(code[2:], 16)
        if FIRST <= point <= LAST:
            first = unicodedata.normalize("NFD", reading.split()[0])[0].lower()
            if "a" <= first <= "z":
                table[point - FIRST] = first

target.write_text("".join(table), encoding="ascii")
print(f"{target}: {sum(c != '_' for c in table)} of {len(table)} characters have an initial")
