#!/usr/bin/env python3
"""transcript_format() against the layout of every file of the shared corpus.

  check_formats.py --ext build/transcript [--corpus ../shared/corpus]

The corpus is not part of the repository; where it is absent this says so and exits 0 (a
skip, not a pass: the project's own tests use its fixtures). The expected layout comes from
the corpus folder (and, for captions, the file's extension).
"""
import argparse, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILY = {"broadcast": "broadcast", "seed": "broadcast", "hearing": "hearing", "legal": "court",
          "podcast_interview": "dialogue", "script": "play", "timestamped": "timestamped",
          "chat": "chat"}
CAPTIONS = {".vtt": "webvtt", ".srt": "srt", ".txt": "captions"}


def expected(family, name):
    if family == "captions":
        return CAPTIONS.get(os.path.splitext(name)[1])
    return FAMILY.get(family)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ext", required=True)
    ap.add_argument("--corpus", default=os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "corpus")))
    ap.add_argument("--sqlite", default="sqlite3")
    ap.add_argument("--bulk", type=int, default=20, help="how many files of corpus/bulk to check (0: none)")
    args = ap.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"check_formats: SKIPPED: no corpus at {args.corpus}")
        return 0
    files = []
    for family in sorted(os.listdir(args.corpus)):
        d = os.path.join(args.corpus, family)
        if family == "bulk":
            for sub in sorted(os.listdir(d)):
                names = sorted(os.listdir(os.path.join(d, sub)))[: args.bulk]
                files += [(os.path.join(d, sub, n), "hearing") for n in names]
            continue
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            want = expected(family, name)
            if want:
                files.append((os.path.join(d, name), want))
    sql = ";\n".join(f"SELECT transcript_format(CAST(readfile('{p.replace(chr(39), chr(39) * 2)}') AS TEXT))"
                     for p, _ in files) + ";"
    out = subprocess.run([args.sqlite, ":memory:", "-cmd", f".load {args.ext}"], input=sql,
                         capture_output=True, text=True, check=True).stdout.split()
    bad = [(p, w, g) for (p, w), g in zip(files, out) if w != g]
    for p, w, g in bad:
        print(f"check_formats: {os.path.relpath(p, args.corpus)}: expected {w}, got {g}")
    print(f"check_formats: {len(files) - len(bad)} of {len(files)} corpus files detected as their layout")
    return 1 if bad or len(out) != len(files) else 0


if __name__ == "__main__":
    sys.exit(main())
