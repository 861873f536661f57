#!/usr/bin/env python3
"""Writes the voice function's shade includes for jcodec.

jcodec (2 MB) is mostly video codecs and containers; voice notes need only its MP3 decoder, the JAAD
AAC decoder it carries, and jcodec's Logger (muted by PcmDecoder). Kept: the closure of class
references (jdeps) from those entry points, about 130 classes.

FunctionJarClosureTest (local-runner) checks the closure of the shaded voice jar, and
VoiceJarTest decodes MP3 and M4A notes with that jar alone, so a class this misses after an
upgrade fails the build. Run after changing jcodec.version:

    python3 scripts/jcodec-classes.py

It rewrites the block between the markers in functions/voice/pom.xml.
"""
import collections
import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROOTS = [
    "org.jcodec.codecs.mpa.Mp3Decoder",
    "net.sourceforge.jaad.aac.Decoder",
    "net.sourceforge.jaad.aac.SampleBuffer",
    "net.sourceforge.jaad.aac.AACException",
    "org.jcodec.common.logging.Logger",
    "org.jcodec.common.logging.LogLevel",
]
OURS = re.compile(r"^(org\.jcodec|net\.sourceforge\.jaad)\.")
# Rapport's patched copy in shared (its PNS noise generator, docs/voice.md) replaces jcodec's in the jar.
VENDORED = {"net.sourceforge.jaad.aac.syntax.ICStream"}


def main():
    version = re.search(r"<jcodec.version>(.+?)</jcodec.version>", (ROOT / "pom.xml").read_text()).group(1)
    jar = Path(os.path.expanduser(f"~/.m2/repository/org/jcodec/jcodec/{version}/jcodec-{version}.jar"))
    out = subprocess.run(["jdeps", "-verbose:class", "-filter:none", str(jar)],
                         capture_output=True, text=True, check=True).stdout
    edges = collections.defaultdict(set)
    for line in out.splitlines():
        match = re.match(r"^\s+(\S+)\s+->\s+(\S+)", line)
        if match:
            edges[match.group(1)].add(match.group(2))
    seen, todo = set(ROOTS), list(ROOTS)
    while todo:
        for used in edges.get(todo.pop(), ()):
            if OURS.match(used) and used not in seen:
                seen.add(used)
                todo.append(used)
    includes = "".join(f"                    <include>{name.replace('.', '/')}.class</include>\n"
                       for name in sorted(seen - VENDORED))
    pom = ROOT / "functions/voice/pom.xml"
    text = pom.read_text()
    start = text.index("<!-- jcodec-includes:start")
    start = text.index("\n", start) + 1
    end = text.rindex("\n", 0, text.index("<!-- jcodec-includes:end")) + 1
    pom.write_text(text[:start] + includes + text[end:])
    print(f"{len(seen - VENDORED)} classes of jcodec {version}")


if __name__ == "__main__":
    main()
