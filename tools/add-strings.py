#!/usr/bin/env python3
"""Adds screen strings to Spd.Web/Localization/SharedResource.resx (Chinese) and .en.resx (English).

Usage: tools/add-strings.py KEY "中文" "English" [KEY "中文" "English" ...]
An existing key is updated. The files are locked while they are written, so several people (or
helpers) can add strings at the same time without losing each other's lines.
"""
import fcntl
import html
import pathlib
import re
import sys

folder = pathlib.Path(__file__).resolve().parent.parent / "Spd.Web" / "Localization"
args = sys.argv[1:]
if not args or len(args) % 3:
    sys.exit(__doc__)
triples = [args[i:i + 3] for i in range(0, len(args), 3)]

with open(folder / ".resx.lock", "w") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    for column, name in ((1, "SharedResource.resx"), (2, "SharedResource.en.resx")):
        path = folder / name
        text = path.read_text(encoding="utf-8")
        for triple in triples:
            key, value = triple[0], triple[column]
            line = f'  <data name="{html.escape(key)}" xml:space="preserve"><value>{html.escape(value, quote=False)}</value></data>\n'
            pattern = re.compile(rf'  <data name="{re.escape(html.escape(key))}" xml:space="preserve">.*?</data>\n', re.S)
            text = pattern.sub(lambda _: line, text) if pattern.search(text) else text.replace("</root>", line + "</root>")
        path.write_text(text, encoding="utf-8")
