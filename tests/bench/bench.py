#!/usr/bin/env python3
"""The speed and memory benchmark of the transcript extension (issue 9). Checks nothing.

  python3 tests/bench/bench.py [--ext build/transcript] [--quick] [--runs N] [--only 1,5,8]
                               [--compare OTHER_MODULE]

It builds SQLite databases docs(id INTEGER PRIMARY KEY, name TEXT, fmt TEXT, body TEXT) in a
scratch directory and runs the queries through the sqlite3 shell, as a user would:

  * bulk: every file below ../shared/corpus/bulk (when present);
  * one generated bulk per layout family: the family's files (../shared/corpus/<family>, or the
    project's fixtures tests/fixtures/<layout> when the corpus is absent) repeated as rows;
  * one huge transcript per family, built by repeating the family's text, in the sizes of the
    doubling series (12, 25, 50, 100, 200 MB).

Sections (in-process times come from the shell's `.timer on`, median of --runs):
  1. the bare scan SELECT sum(length(body)) FROM docs: the floor, every ratio is to it;
  2. count(*), sum(length(text)) over transcript_turns, auto and forced (each row forced to the
     layout that auto picks for it, fmt = transcript_format(body));
  3. count(*) alone (no column built) and a WHERE speaker_key = ... filter;
  4. transcript_entities and entities_in over the bodies (skipped while they do not exist);
  5. the 100 MB transcript per family: full query, LIMIT 1, in one process and as whole sqlite3
     processes (cold memory), and peak resident memory of a sqlite3 process (wait4 ru_maxrss)
     against the size;
  6. speaker_of(body, pos) over a table of 1,000 positions, against a constant position, and
     with the transcript bound as a parameter (@t);
  7. the doubling series 12 .. 200 MB per family: time and MB/s (flat MB/s = linear);
  8. whole sqlite3 processes (the issue's acceptance): `sqlite3 db 'select sum(length(body))
     from docs'` against the same with .load and the turns query, bulk and every family.
MB are 10^6 bytes. --quick shrinks every size (under a minute on an idle machine).
"""
import argparse
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
MB = 1e6

TURNS = "SELECT count(*), sum(length(text)) FROM docs, transcript_turns(docs.body{fmt}){where}"


def log(msg=""):
    print(msg, flush=True)


# ---------------------------------------------------------------- the sqlite3 shell

class Shell:
    def __init__(self, args):
        self.sqlite = args.sqlite
        self.ext = args.ext
        self.cpu = args.clock == "cpu"
        self.spawner = Spawner(self.cpu)

    def session(self, db, statements, load=True, setup=""):
        """Runs statements in one sqlite3 process; returns [(seconds, [result lines])] in order.
        setup: shell lines run first, untimed."""
        script = ".bail on\n" + setup + ".timer on\n" + "".join(s.rstrip().rstrip(";") + ";\n" for s in statements)
        cmd = [self.sqlite, db] + (["-cmd", f".load {self.ext}"] if load else [])
        p = subprocess.run(cmd, input=script, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"sqlite3 failed ({p.returncode}): {p.stderr.strip()[:500]}")
        out, rows = [], []
        for line in p.stdout.splitlines():
            m = re.match(r"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)", line)
            if m:
                t = float(m.group(2)) + float(m.group(3)) if self.cpu else float(m.group(1))
                out.append((t, rows))
                rows = []
            else:
                rows.append(line)
        if len(out) != len(statements):
            raise RuntimeError(f"expected {len(statements)} timings, got {len(out)}: {p.stdout[-500:]}")
        return out

    def value(self, db, sql, load=True):
        return self.session(db, [sql], load)[0][1]

    def works(self, db, sql):
        try:
            self.session(db, [sql])
            return True
        except RuntimeError:
            return False

    def timed(self, db, queries, runs, load=True, setup=""):
        """Median seconds of each query, its runs interleaved within one process."""
        stmts = [q for _ in range(runs) for q in queries]
        res = self.session(db, stmts, load, setup)
        times = {q: [] for q in queries}
        result = {}
        for q, (t, rows) in zip(stmts, res):
            times[q].append(t)
            result[q] = rows
        return {q: (statistics.median(times[q]), result[q]) for q in queries}

    def process(self, db, sql, load, ext=None):
        """One whole sqlite3 process: (seconds, peak RSS bytes, stdout); ext: another module."""
        cmd = [self.sqlite, db] + (["-cmd", f".load {ext or self.ext}"] if load else []) + [sql]
        return self.spawner.run(cmd)


# A child's ru_maxrss counts what its parent held when it forked (Linux keeps the high-water mark
# across exec), so whole processes are started by a small helper process, itself started before
# this script holds any large text: a child's peak is at least the helper's (about 10 MB).
SPAWNER = r"""
import os, subprocess, sys, tempfile, time, json
for line in sys.stdin:
    cmd = json.loads(line)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        out.seek(0); err.seek(0)
        print(json.dumps([wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss * 1024, os.waitstatus_to_exitcode(status),
                          out.read().decode(errors="replace"), err.read().decode(errors="replace")]), flush=True)
"""


class Spawner:
    def __init__(self, cpu):
        self.cpu = cpu
        self.helper = subprocess.Popen([sys.executable, "-c", SPAWNER], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, text=True)

    def run(self, cmd):
        self.helper.stdin.write(json.dumps(cmd) + "\n")
        self.helper.stdin.flush()
        wall, cpu, rss, rc, out, err = json.loads(self.helper.stdout.readline())
        if rc != 0:
            raise RuntimeError(f"sqlite3 failed: {err.strip()[:300]}")
        return (cpu if self.cpu else wall), rss, out


# ---------------------------------------------------------------- inputs

def read_text(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (UnicodeDecodeError, OSError):
        return None


def files_below(d):
    out = []
    for base, _, names in os.walk(d):
        out += [os.path.join(base, n) for n in names]
    return sorted(p for p in out if os.path.isfile(p))


def families(args):
    """{family: [texts]}: the corpus' families, or the project's fixtures by layout."""
    fams = {}
    root = args.corpus
    if os.path.isdir(root):
        for fam in sorted(os.listdir(root)):
            d = os.path.join(root, fam)
            if fam == "bulk" or not os.path.isdir(d):
                continue
            texts = [t for t in (read_text(p) for p in files_below(d)) if t and t.strip()]
            if texts:
                fams[fam] = texts
    if not fams:
        fix = os.path.join(ROOT, "tests", "fixtures")
        for fam in sorted(os.listdir(fix)):
            texts = [t for t in (read_text(p) for p in files_below(os.path.join(fix, fam))) if t and t.strip()]
            if texts:
                fams[fam] = texts
    if args.family:
        fams = {k: v for k, v in fams.items() if k in args.family}
    return fams


def make_db(path, rows):
    """rows: [(name, body)]; fmt is filled by the extension afterwards."""
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, name TEXT, fmt TEXT, body TEXT)")
    con.executemany("INSERT INTO docs(name, body) VALUES (?, ?)", rows)
    con.commit()
    con.close()


def fill_formats(shell, db):
    shell.session(db, ["UPDATE docs SET fmt = transcript_format(body)"])


def repeat_to(texts, size):
    """Whole texts, round-robin, until `size` bytes of UTF-8."""
    out, n, i = [], 0, 0
    while n < size:
        t = texts[i % len(texts)]
        out.append(t)
        n += len(t.encode())
        i += 1
    return out


def huge_text(shell, scratch, texts, size):
    """One transcript of at least `size` bytes: the family's texts of its main layout, repeated."""
    probe = os.path.join(scratch, "probe.db")
    make_db(probe, [(str(i), t) for i, t in enumerate(texts)])
    fmts = shell.value(probe, "SELECT fmt FROM (SELECT transcript_format(body) AS fmt, sum(length(body)) AS n "
                              "FROM docs GROUP BY 1) ORDER BY n DESC LIMIT 1")
    main = fmts[0] if fmts else None
    rows = shell.value(probe, f"SELECT id FROM docs WHERE transcript_format(body) = '{main}' ORDER BY id")
    os.remove(probe)
    chosen = [texts[int(r) - 1] for r in rows] or texts
    unit = "\n\n".join(t.strip("\n") for t in chosen) + "\n\n"
    ub = unit.encode()
    reps = max(1, -(-size // len(ub)))
    return (ub * reps).decode(), main


def cut(body_bytes, size):
    """The first `size` bytes, cut back to a line end (so the text stays whole lines, valid UTF-8)."""
    if size >= len(body_bytes):
        return body_bytes.decode()
    nl = body_bytes.rfind(b"\n", 0, size)
    return body_bytes[: nl + 1 if nl > 0 else size].decode(errors="ignore")


# ---------------------------------------------------------------- report helpers

def fmt_row(name, mbytes, t, scan_t, extra=""):
    rate = mbytes / t if t > 0 else float("inf")
    ratio = t / scan_t if scan_t > 0 else float("nan")
    return f"  {name:<34} {t:8.3f} s {rate:9.1f} MB/s {ratio:7.2f}x scan  {extra}"


def first_speaker_key(shell, db):
    rows = shell.value(db, "SELECT speaker_key FROM (SELECT body FROM docs ORDER BY id LIMIT 1) AS d, "
                           "transcript_turns(d.body) WHERE speaker_key IS NOT NULL "
                           "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    return rows[0] if rows else "nobody"


def has_entities(shell, db):
    return shell.works(db, "SELECT entities_in('x')")


# ---------------------------------------------------------------- sections

def sections_1_to_4(args, shell, dbs):
    log("== 1-4. in-process queries (sqlite3 .timer, median of %d); ratios to the bare scan of the same rows" % args.runs)
    entities = None
    for name, (db, nbytes) in dbs.items():
        key = first_speaker_key(shell, db).replace("'", "''")
        q_scan = "SELECT sum(length(body)) FROM docs"
        q_auto = TURNS.format(fmt="", where="")
        q_forced = TURNS.format(fmt=", docs.fmt", where="")
        q_count = "SELECT count(*) FROM docs, transcript_turns(docs.body)"
        q_filter = f"SELECT count(*) FROM docs, transcript_turns(docs.body) WHERE speaker_key = '{key}'"
        qs = [q_scan, q_auto, q_forced, q_count, q_filter]
        if entities is None:
            entities = has_entities(shell, db)
            if not entities:
                log("  (4. skipped: entities_in() / transcript_entities() do not exist in this build yet)")
        q_ent = "SELECT count(*) FROM docs, transcript_entities(docs.body)"
        q_ein = "SELECT sum(length(entities_in(body))) FROM docs"
        if entities:
            qs += [q_ent, q_ein]
        res = shell.timed(db, qs, args.runs)
        fmts = shell.value(db, "SELECT group_concat(fmt || ' ' || n, ', ') FROM "
                               "(SELECT fmt, count(*) AS n FROM docs GROUP BY fmt ORDER BY n DESC)")
        mb = nbytes / MB
        scan = res[q_scan][0]
        log(f"{name}: {mb:.1f} MB, layouts by auto: {fmts[0] if fmts else '?'}")
        log(fmt_row("1 scan sum(length(body))", mb, scan, scan))
        rows = "|".join(res[q_auto][1])
        log(fmt_row("2 turns auto", mb, res[q_auto][0], scan, f"rows|chars {rows}"))
        log(fmt_row("2 turns forced (fmt)", mb, res[q_forced][0], scan))
        log(fmt_row("3 count(*) only", mb, res[q_count][0], scan))
        log(fmt_row("3 WHERE speaker_key = ...", mb, res[q_filter][0], scan, f"key '{key}': {'|'.join(res[q_filter][1])}"))
        if entities:
            log(fmt_row("4 transcript_entities count(*)", mb, res[q_ent][0], scan))
            log(fmt_row("4 entities_in(body)", mb, res[q_ein][0], scan))
    log()


def section_5_7(args, shell, scratch, fams):
    log("== 5. one huge transcript per family (in-process medians, then whole sqlite3 processes; peak RSS of a whole process)")
    log("== 7. doubling series per family (turns query, in-process)")
    sizes = args.sizes
    big = args.big
    series = {}
    for fam, texts in fams.items():
        body, main = huge_text(shell, scratch, texts, int(max(sizes + [big]) * MB))
        bb = body.encode()
        del body
        db = os.path.join(scratch, f"huge_{fam}.db")
        wanted = sorted(set(sizes + [big]))
        make_db(db, [(f"{s}MB", cut(bb, int(s * MB))) for s in wanted])
        del bb
        ids = {s: i + 1 for i, s in enumerate(wanted)}
        lengths = dict(zip(wanted, (int(r) for r in shell.value(db, "SELECT length(CAST(body AS BLOB)) FROM docs ORDER BY id"))))
        # 5: the big one
        i = ids[big]
        nb = lengths[big]
        w = f" WHERE docs.id = {i}"
        q_scan = f"SELECT sum(length(body)) FROM docs{w}"
        q_full = TURNS.format(fmt="", where=w)
        q_lim = f"SELECT turn, speaker, length(text) FROM docs, transcript_turns(docs.body){w} LIMIT 1"
        q_half = f"SELECT max(turn) FROM (SELECT turn FROM docs, transcript_turns(docs.body){w} LIMIT 1000)"
        runs = max(1, args.runs if big <= 50 else min(args.runs, 3))
        res = shell.timed(db, [q_scan, q_full, q_lim], runs)
        scan, full, lim = res[q_scan][0], res[q_full][0], res[q_lim][0]
        # The same as whole processes, which also give the peak RSS: a fresh process's memory is
        # cold (every page the parse writes is a page fault), where the in-process runs repeat the
        # query on a heap that the first run has already grown.
        whole = {q_scan: [], q_full: [], q_lim: []}
        peak = {}
        for _ in range(runs):
            for q in whole:
                t, rss, _ = shell.process(db, q, q != q_scan)
                whole[q].append(t)
                peak[q] = max(peak.get(q, 0), rss)
        rss_scan, rss_full, rss_lim = peak[q_scan], peak[q_full], peak[q_lim]
        _, rss_half, _ = shell.process(db, q_half, True)
        w_scan, w_full, w_lim = (statistics.median(whole[q]) for q in (q_scan, q_full, q_lim))
        mb = nb / MB
        log(f"{fam} ({main}): {mb:.1f} MB in one transcript, {'|'.join(res[q_full][1])} rows|chars")
        log(fmt_row("5 scan", mb, scan, scan))
        log(fmt_row("5 turns (all rows)", mb, full, scan))
        beyond = (lim - scan) / (full - scan) if full > scan else float("nan")
        log(fmt_row("5 LIMIT 1", mb, lim, scan, f"{beyond:.2f} of the full query's time beyond the scan"))
        w_beyond = (w_lim - w_scan) / (w_full - w_scan) if w_full > w_scan else float("nan")
        log(f"  whole processes  scan {w_scan:.3f} s   turns {w_full:.3f} s ({w_full / w_scan:.2f}x)   "
            f"LIMIT 1 {w_lim:.3f} s ({w_lim / w_scan:.2f}x, {w_beyond:.2f} of the full query's time beyond the scan)")
        log(f"  peak RSS  scan {rss_scan / MB:7.1f} MB ({rss_scan / nb:.2f}x)   turns {rss_full / MB:7.1f} MB "
            f"({rss_full / nb:.2f}x size)   LIMIT 1 {rss_lim / MB:7.1f} MB ({rss_lim / nb:.2f}x)   "
            f"LIMIT 1000 {rss_half / MB:7.1f} MB ({rss_half / nb:.2f}x)")
        # 7: the series
        qs = {s: TURNS.format(fmt="", where=f" WHERE docs.id = {ids[s]}") for s in sizes}
        res = shell.timed(db, list(qs.values()), 1 if max(sizes) > 50 else args.runs)
        series[fam] = [(lengths[s] / MB, res[qs[s]][0]) for s in sizes]
        os.remove(db)
    log()
    log("  7. doubling series: seconds (MB/s) per size; 'x' = time ratio to the previous size (2.0 = linear)")
    log("  %-20s" % "family" + "".join(f"{s:>22}" for s in sizes))
    for fam, pts in series.items():
        cells, prev = [], None
        for mb, t in pts:
            r = f" x{t / prev:.2f}" if prev else ""
            cells.append(f"{t:7.3f}s {mb / t:6.1f}{r}".rjust(22))
            prev = t if t > 0 else None
        log("  %-20s" % fam + "".join(cells))
    log()


def section_6(args, shell, scratch, fams, bulk_dir):
    log("== 6. speaker_of(body, pos) over a table of 1,000 positions")
    text = None
    if bulk_dir:
        paths = files_below(bulk_dir)
        texts = [t for t in (read_text(p) for p in paths[:50]) if t]
        text = max(texts, key=len) if texts else None
    if text is None:  # the largest text of a family whose speakers are named by labels
        named = [f for f in ("broadcast", "hearing", "legal", "timestamped") if f in fams] or list(fams)
        text = max((t for f in named for t in fams[f]), key=len)
    db = os.path.join(scratch, "speaker_of.db")
    make_db(db, [("one", text)])
    n = len(text)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE pos(p INTEGER)")
    con.executemany("INSERT INTO pos VALUES (?)", [(1 + (k * n) // 1000,) for k in range(1000)])
    con.commit()
    con.close()
    q_col = "SELECT count(speaker_of(docs.body, pos.p)) FROM docs, pos"
    q_const = f"SELECT count(speaker_of(docs.body, {n // 2})) FROM docs, pos"
    # The transcript as a bound parameter, as an application passes one: a constant to SQLite.
    q_bound = "SELECT count(speaker_of(@t, pos.p)) FROM pos"
    q_parse = "SELECT count(*) FROM docs, transcript_turns(docs.body)"
    res = shell.timed(db, [q_parse, q_col, q_const, q_bound], args.runs,
                      setup='.parameter set @t "(SELECT body FROM docs)"\n')
    log(f"  transcript of {len(text.encode()) / MB:.2f} MB")
    log(f"  one parse (turns count)           {res[q_parse][0]:8.3f} s")
    log(f"  1,000 positions from a column      {res[q_col][0]:8.3f} s   ({res[q_col][1][0]} named)")
    log(f"  1,000 rows, a constant position    {res[q_const][0]:8.3f} s")
    log(f"  1,000 positions, bound transcript  {res[q_bound][0]:8.3f} s   ({res[q_bound][1][0]} named)")
    os.remove(db)
    log()


def section_8(args, shell, dbs):
    log(f"== 8. whole sqlite3 processes (median of {args.runs}, interleaved): the issue's acceptance (<= 2.0x)")
    q_scan = "select sum(length(body)) from docs"
    q_turns = TURNS.format(fmt="", where="")
    if args.compare:
        log(f"  (and --compare {args.compare}, interleaved in the same runs)")
    for name, (db, nbytes) in dbs.items():
        ts, tt, tc = [], [], []
        for _ in range(args.runs):
            ts.append(shell.process(db, q_scan, False)[0])
            tt.append(shell.process(db, q_turns, True)[0])
            if args.compare:
                tc.append(shell.process(db, q_turns, True, args.compare)[0])
        s, t = statistics.median(ts), statistics.median(tt)
        line = f"  {name:<24} {nbytes / MB:7.1f} MB   scan {s:7.3f} s   .load + turns {t:7.3f} s   ratio {t / s:5.2f}x"
        if tc:
            c = statistics.median(tc)
            line += f"   compared {c:7.3f} s   ratio {c / s:5.2f}x"
        log(line)
    log()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ext", default=os.path.join(ROOT, "build", "transcript"), help="the module to .load")
    ap.add_argument("--sqlite", default="sqlite3")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"),
                    help="corpus root with bulk/ and one directory per family (default ../shared/corpus)")
    ap.add_argument("--quick", action="store_true", help="small sizes: a minute or less")
    ap.add_argument("--runs", type=int, default=None, help="repetitions per query (default 5, quick 3)")
    ap.add_argument("--only", default="1,2,3,4,5,6,7,8", help="sections to run, e.g. 5,7")
    ap.add_argument("--compare", default=None,
                    help="section 8: another build of the module (e.g. the code before a change), "
                         "timed in the same runs, interleaved, since the machine's speed drifts between runs")
    ap.add_argument("--family", action="append", help="only this family (repeatable)")
    ap.add_argument("--clock", choices=["real", "cpu"], default="real",
                    help="real: wall time; cpu: user + sys time, steadier on a busy machine (default real)")
    ap.add_argument("--work", default=None, help="scratch directory (default: a temporary one, removed)")
    ap.add_argument("--cpu", type=int, default=None,
                    help="run every process on this CPU only (on a VM whose CPUs differ in speed, "
                         "figures from different CPUs do not compare)")
    args = ap.parse_args()
    args.corpus = os.path.normpath(args.corpus)
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})  # inherited by every sqlite3 process started below
    if args.runs is None:
        args.runs = 3 if args.quick else 5
    only = {int(x) for x in args.only.split(",") if x.strip()}
    if args.quick:
        args.sizes, args.big, fam_bulk, bulk_cap = [1.5, 3, 6], 6, 2 * MB, 4 * MB
    else:
        args.sizes, args.big, fam_bulk, bulk_cap = [12, 25, 50, 100, 200], 100, 20 * MB, None
    if not shutil.which(args.sqlite):
        sys.exit(f"bench: no {args.sqlite} shell on PATH")
    shell = Shell(args)
    scratch = args.work or tempfile.mkdtemp(prefix="transcript_bench_")
    os.makedirs(scratch, exist_ok=True)
    try:
        t0 = time.perf_counter()
        version = shell.value(":memory:", "SELECT transcript_version() || ' / sqlite ' || sqlite_version()")
        log(f"transcript bench: module {args.ext} ({version[0]}), {'quick' if args.quick else 'full'} mode, "
            f"{args.runs} runs, {args.clock} time, scratch {scratch}")
        fams = families(args)
        bulk_dir = os.path.join(args.corpus, "bulk")
        bulk_dir = bulk_dir if os.path.isdir(bulk_dir) and not args.family else None
        dbs = {}
        if only & {1, 2, 3, 4, 8}:
            if bulk_dir:
                rows, n = [], 0
                for p in files_below(bulk_dir):
                    t = read_text(p)
                    if t is None:
                        continue
                    if bulk_cap and n >= bulk_cap:
                        break
                    rows.append((os.path.relpath(p, bulk_dir), t))
                    n += len(t.encode())
                db = os.path.join(scratch, "bulk.db")
                make_db(db, rows)
                fill_formats(shell, db)
                dbs["bulk"] = (db, n)
            for fam, texts in fams.items():
                chosen = repeat_to(texts, fam_bulk)
                db = os.path.join(scratch, f"bulk_{fam}.db")
                make_db(db, [(str(i), t) for i, t in enumerate(chosen)])
                fill_formats(shell, db)
                dbs[f"bulk_{fam}"] = (db, sum(len(t.encode()) for t in chosen))
            log(f"databases: " + ", ".join(f"{k} {v[1] / MB:.1f} MB" for k, v in dbs.items()))
            log()
        if only & {1, 2, 3, 4}:
            sections_1_to_4(args, shell, dbs)
        if only & {5, 7}:
            section_5_7(args, shell, scratch, fams)
        if 6 in only:
            section_6(args, shell, scratch, fams, bulk_dir)
        if 8 in only:
            section_8(args, shell, dbs)
        log(f"done in {time.perf_counter() - t0:.0f} s")
    finally:
        if not args.work:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
