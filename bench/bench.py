#!/usr/bin/env python3
"""Interleaved benchmark of swunc, crun and runc (stdlib only).

Every runtime command is started with fork+exec from this (single-threaded)
process and reaped with os.wait4, which gives its wall time (perf_counter
around fork..wait4), CPU time (ru_utime + ru_stime) and peak RSS (ru_maxrss).
The rusage covers the runtime process and any children it waited for itself
(e.g. the container process of a foreground `run`).

crun 1.8.1 refuses the hybrid cgroup layout of these hosts, so its commands
are exec'd inside a private mount namespace without /sys/fs/cgroup/unified:
a holder process is made once with `unshare -m`, and crun's forked child
setns()es into it before exec (a single syscall, no extra process).

Called by bench/run.sh; see bench/README.md.
"""
import argparse
import ctypes
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

CLONE_NEWNS = 0x00020000
PR_SET_CHILD_SUBREAPER = 36
libc = ctypes.CDLL(None, use_errno=True)

RUNTIMES = ["swunc", "crun", "runc"]


class Bench:
    def __init__(self, args):
        self.args = args
        self.bins = {"swunc": args.swunc, "crun": shutil.which("crun"),
                     "runc": shutil.which("runc")}
        self.roots = {rt: f"/run/bench-{rt}" for rt in RUNTIMES}
        self.nsfd = None
        self.holder = None
        self.seq = 0
        self.live = {rt: set() for rt in RUNTIMES}  # ids that may need cleanup
        self.errlog = tempfile.NamedTemporaryFile(prefix="bench-err-", delete=False)
        # results[op][rt] = list of (wall_ms, cpu_ms, maxrss_kib)
        self.results = {}
        # Peak RSS needs a small parent: a child forked from Python keeps
        # Python's RSS as its ru_maxrss across exec. So RSS comes from a
        # separate pass under /usr/bin/time -f %M (time's own RSS ~1 MiB).
        self.rss_mode = False
        self.rssfile = tempfile.mktemp(prefix="bench-rss-")
        self.rss = {}

    # ---------- process plumbing ----------
    def setup(self):
        for rt in RUNTIMES:
            shutil.rmtree(self.roots[rt], ignore_errors=True)
            os.makedirs(self.roots[rt])
        # Orphaned container processes get reparented to us: reap them here,
        # not by a pid 1 we know nothing about.
        libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
        # Mount namespace for crun: private propagation, cgroup2 unmounted.
        r, w = os.pipe()
        self.holder = subprocess.Popen(
            ["unshare", "-m", "--propagation", "private", "sh", "-c",
             f"umount /sys/fs/cgroup/unified && echo ok >&{w} && exec sleep 100000 {w}>&-"],
            pass_fds=(w,), stdin=subprocess.DEVNULL)
        os.close(w)
        got = os.read(r, 10)
        os.close(r)
        if got.strip() != b"ok":
            raise SystemExit("could not prepare crun's mount namespace")
        self.nsfd = os.open(f"/proc/{self.holder.pid}/ns/mnt", os.O_RDONLY)

    def spawn(self, rt, argv, stdout_fd=None):
        """fork+exec `runtime --root R argv...`; returns (pid, t0)."""
        full = [self.bins[rt], "--root", self.roots[rt]] + argv
        if self.rss_mode:
            full = ["/usr/bin/time", "-f", "%M", "-o", self.rssfile] + full
        nsfd = self.nsfd if rt == "crun" else None
        errfd = self.errlog.fileno()
        t0 = time.perf_counter_ns()
        pid = os.fork()
        if pid == 0:
            try:
                if nsfd is not None:
                    if libc.setns(nsfd, CLONE_NEWNS) != 0:
                        os._exit(126)
                    os.chdir("/")
                dn = os.open("/dev/null", os.O_RDWR)
                os.dup2(dn, 0)
                os.dup2(stdout_fd if stdout_fd is not None else dn, 1)
                os.dup2(errfd, 2)
                os.execv(full[0], full)
            finally:
                os._exit(127)
        return pid, t0

    def finish(self, pid, t0):
        _, status, ru = os.wait4(pid, 0)
        t1 = time.perf_counter_ns()
        code = os.waitstatus_to_exitcode(status)
        return code, (t1 - t0) / 1e6, (ru.ru_utime + ru.ru_stime) * 1000.0, ru.ru_maxrss

    def call(self, rt, argv, op=None, check=True, stdout_fd=None):
        pid, t0 = self.spawn(rt, argv, stdout_fd)
        code, wall, cpu, rss = self.finish(pid, t0)
        if check and code != 0:
            self.errlog.flush()
            with open(self.errlog.name, "rb") as f:
                tail = f.read()[-2000:].decode(errors="replace")
            raise RuntimeError(f"{rt} {' '.join(argv)} exited {code}\n{tail}")
        if op:
            self.record(op, rt, wall, cpu, rss)
        return code, wall, cpu, rss

    def record(self, op, rt, wall, cpu, rss):
        if self.rss_mode:
            with open(self.rssfile) as f:
                kib = int(f.read().split()[-1])
            self.rss.setdefault(op, {r: [] for r in RUNTIMES})[rt].append(kib)
            return
        self.results.setdefault(op, {r: [] for r in RUNTIMES})[rt].append((wall, cpu, rss))

    def reap(self):
        while True:
            try:
                pid, _ = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return

    def newid(self, rt, tag):
        self.seq += 1
        cid = f"b{os.getpid()}-{tag}-{self.seq}"
        self.live[rt].add(cid)
        return cid

    def pidfile(self, rt, cid):
        return os.path.join(self.roots[rt], f"{cid}.pid")

    def wait_exit(self, rt, cid, timeout=10.0):
        """Wait for the container's init to exit (pidfd), then reap it if ours."""
        with open(self.pidfile(rt, cid)) as f:
            pid = int(f.read().strip())
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            return
        try:
            r, _, _ = select.select([fd], [], [], timeout)
            if not r:
                raise RuntimeError(f"{rt} {cid}: init {pid} did not exit")
        finally:
            os.close(fd)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass

    def delete(self, rt, cid, op=None, force=False):
        argv = ["delete"] + (["--force"] if force else []) + [cid]
        self.call(rt, argv, op=op)
        self.live[rt].discard(cid)
        try:
            os.unlink(self.pidfile(rt, cid))
        except FileNotFoundError:
            pass

    def cleanup(self):
        for rt in RUNTIMES:
            for cid in list(self.live[rt]):
                self.call(rt, ["delete", "--force", cid], check=False)
            # anything else left in the private root
            try:
                left = [d for d in os.listdir(self.roots[rt])
                        if os.path.isdir(os.path.join(self.roots[rt], d))]
            except FileNotFoundError:
                left = []
            for cid in left:
                self.call(rt, ["delete", "--force", cid], check=False)
        self.reap()
        if self.holder:
            self.holder.kill()
            self.holder.wait()
        if self.nsfd is not None:
            os.close(self.nsfd)
        leaks = []
        for rt in RUNTIMES:
            if os.path.isdir(self.roots[rt]):
                left = [d for d in os.listdir(self.roots[rt])
                        if os.path.isdir(os.path.join(self.roots[rt], d))]
                if left:
                    leaks.append(f"{rt}: {left}")
                shutil.rmtree(self.roots[rt], ignore_errors=True)
        os.unlink(self.errlog.name)
        if os.path.exists(self.rssfile):
            os.unlink(self.rssfile)
        return leaks

    # ---------- scenarios (one iteration for one runtime) ----------
    def it_run(self, rt):
        cid = self.newid(rt, "run")
        self.call(rt, ["run", "--bundle", self.args.bundle_true, cid], op="run /bin/true")
        self.live[rt].discard(cid)
        self.reap()

    def it_lifecycle(self, rt):
        cid = self.newid(rt, "lc")
        self.call(rt, ["create", "--bundle", self.args.bundle_true,
                       "--pid-file", self.pidfile(rt, cid), cid], op="create")
        self.call(rt, ["state", cid], op="state")
        self.call(rt, ["start", cid], op="start")
        self.wait_exit(rt, cid)
        self.delete(rt, cid, op="delete (stopped)")
        self.reap()

    def it_running(self, rt):
        cid = self.newid(rt, "sl")
        self.call(rt, ["create", "--bundle", self.args.bundle_sleep,
                       "--pid-file", self.pidfile(rt, cid), cid])
        self.call(rt, ["start", cid])
        self.call(rt, ["exec", cid, "/bin/true"], op="exec /bin/true")
        self.call(rt, ["kill", cid, "KILL"], op="kill KILL (running)")
        self.wait_exit(rt, cid)
        self.delete(rt, cid)
        self.reap()

    def it_cycle(self, rt):
        cid = self.newid(rt, "cy")
        t0 = time.perf_counter_ns()
        _, _, c1, r1 = self.call(rt, ["create", "--bundle", self.args.bundle_true,
                                      "--pid-file", self.pidfile(rt, cid), cid])
        _, _, c2, r2 = self.call(rt, ["start", cid])
        self.wait_exit(rt, cid)
        pid, t = self.spawn(rt, ["delete", cid])
        code, _, c3, r3 = self.finish(pid, t)
        wall = (time.perf_counter_ns() - t0) / 1e6
        if code != 0:
            raise RuntimeError(f"{rt} delete {cid} failed in cycle")
        self.live[rt].discard(cid)
        os.unlink(self.pidfile(rt, cid))
        self.record("create+start+wait+delete", rt, wall, c1 + c2 + c3, max(r1, r2, r3))
        self.reap()

    def it_bulk_seq(self, rt, n):
        ids = [self.newid(rt, f"s{i}") for i in range(n)]
        t0 = time.perf_counter_ns()
        cpu = 0.0
        rss = 0
        for cid in ids:
            for argv in (["create", "--bundle", self.args.bundle_sleep, cid], ["start", cid]):
                _, _, c, r = self.call(rt, argv)
                cpu += c
                rss = max(rss, r)
        for cid in ids:
            _, _, c, r = self.call(rt, ["delete", "--force", cid])
            self.live[rt].discard(cid)
            cpu += c
            rss = max(rss, r)
        wall = (time.perf_counter_ns() - t0) / 1e6
        self.record(f"{n} x sleep: create+start, delete -f, sequential", rt, wall, cpu, rss)
        self.reap()

    def it_bulk_par(self, rt, n):
        ids = [self.newid(rt, f"p{i}") for i in range(n)]
        t0 = time.perf_counter_ns()
        cpu = 0.0
        rss = 0
        # phase 1: n create+start chains at once; phase 2: n delete -f at once
        pending = {}
        for cid in ids:
            pid, t = self.spawn(rt, ["create", "--bundle", self.args.bundle_sleep, cid])
            pending[pid] = (cid, t)
        starts = {}
        while pending:
            pid, status, ru = os.wait4(-1, 0)
            if pid in pending or pid in starts:
                cpu += (ru.ru_utime + ru.ru_stime) * 1000.0
            if pid in pending:
                cid, _ = pending.pop(pid)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise RuntimeError(f"{rt} parallel create {cid} failed")
                rss = max(rss, ru.ru_maxrss)
                p2, t = self.spawn(rt, ["start", cid])
                starts[p2] = cid
            elif pid in starts:
                cid = starts.pop(pid)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise RuntimeError(f"{rt} parallel start {cid} failed")
                rss = max(rss, ru.ru_maxrss)
        while starts:
            pid, status, ru = os.wait4(-1, 0)
            if pid in starts:
                cid = starts.pop(pid)
                cpu += (ru.ru_utime + ru.ru_stime) * 1000.0
                rss = max(rss, ru.ru_maxrss)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise RuntimeError(f"{rt} parallel start {cid} failed")
        dels = {}
        for cid in ids:
            pid, t = self.spawn(rt, ["delete", "--force", cid])
            dels[pid] = cid
        while dels:
            pid, status, ru = os.wait4(-1, 0)
            if pid in dels:
                cid = dels.pop(pid)
                cpu += (ru.ru_utime + ru.ru_stime) * 1000.0
                rss = max(rss, ru.ru_maxrss)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise RuntimeError(f"{rt} parallel delete -f {cid} failed")
                self.live[rt].discard(cid)
        wall = (time.perf_counter_ns() - t0) / 1e6
        self.record(f"{n} x sleep: create+start, delete -f, parallel", rt, wall, cpu, rss)
        self.reap()


def pct(xs, p):
    xs = sorted(xs)
    if len(xs) == 1:
        return xs[0]
    k = (len(xs) - 1) * p
    f = int(k)
    c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)


def fmt_ms(v):
    return f"{v:.0f}" if v >= 100 else f"{v:.1f}"


def lib_sizes(path):
    try:
        txt = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
    except OSError:
        return 0, []
    libs = []
    for line in txt.splitlines():
        parts = line.split()
        if "=>" in parts and len(parts) >= 3 and parts[2].startswith("/"):
            libs.append(os.path.realpath(parts[2]))
        elif parts and parts[0].startswith("/"):
            libs.append(os.path.realpath(parts[0]))
    return sum(os.path.getsize(p) for p in libs), libs


def report(b, args, leaks, elapsed):
    L = []
    L.append(f"# swunc vs crun vs runc")
    L.append("")
    L.append(f"- date: {time.strftime('%Y-%m-%d %H:%M:%S %Z')}")
    L.append(f"- kernel: `{os.uname().release}`; CPU: {args.cpu} ({os.cpu_count()} cores, shared)")
    L.append(f"- command: `{args.command}`")
    L.append(f"- versions: {args.versions}")
    L.append(f"- {args.runs} interleaved iterations (swunc, crun, runc in rotation) for single"
             f" commands; {args.bulk_runs} for the {args.bulk}-container rows; total bench time {elapsed:.0f} s")
    L.append("- bundle: busybox rootfs (bundles/make-rootfs.sh), config from `runc spec`, "
             "terminal false, args `/bin/true` (or `sleep 600` for kill/exec/bulk rows); "
             "same config for all three; each runtime has its own `--root /run/bench-<rt>`")
    L.append("- crun ran in a private mount namespace without /sys/fs/cgroup/unified "
             "(crun 1.8.1 refuses the hybrid cgroup layout); swunc and runc ran in the host's "
             "namespace with the hybrid layout. The namespace is entered with setns() in the "
             "forked child, so crun pays no extra process.")
    L.append("- wall: ms, median (p10-p90) from fork to wait4; CPU: ms user+sys of the runtime "
             "process and the children it reaped (wait4 rusage), median; peak RSS: MiB, the max over "
             f"{args.rss_runs} separate runs of each command under `/usr/bin/time -f %M` (a child "
             "forked from Python would report Python's RSS); "
             "not measured for the cycle and bulk rows (-); ratios are swunc's median over the other's median (< 1 = swunc faster)")
    L.append("")
    L.append("| operation | swunc wall | crun wall | runc wall | swunc/crun | swunc/runc "
             "| CPU swunc / crun / runc | peak RSS MiB swunc / crun / runc |")
    L.append("|---|---|---|---|---|---|---|---|")
    order = ["run /bin/true", "create", "start", "state", "kill KILL (running)",
             "delete (stopped)", "create+start+wait+delete", "exec /bin/true"]
    order += [k for k in b.results if k not in order]
    for op in order:
        if op not in b.results:
            continue
        d = b.results[op]
        bulk = op.startswith(f"{args.bulk} x")
        med = {}
        cells = []
        cpus = []
        rsss = []
        for rt in RUNTIMES:
            if not d[rt]:
                cells.append("n/a"); cpus.append("n/a"); rsss.append("n/a"); continue
            w = [x[0] for x in d[rt]]
            med[rt] = statistics.median(w)
            if bulk:
                cells.append(f"{med[rt]/1000:.2f} s ({pct(w,.1)/1000:.2f}-{pct(w,.9)/1000:.2f})")
                cpus.append(f"{statistics.median([x[1] for x in d[rt]])/1000:.2f} s")
            else:
                cells.append(f"{fmt_ms(med[rt])} ({fmt_ms(pct(w,.1))}-{fmt_ms(pct(w,.9))})")
                cpus.append(fmt_ms(statistics.median([x[1] for x in d[rt]])))
            rv = b.rss.get(op, {}).get(rt)
            rsss.append(f"{max(rv)/1024:.1f}" if rv else "-")
        r_c = f"{med['swunc']/med['crun']:.2f}" if "swunc" in med and "crun" in med else "n/a"
        r_r = f"{med['swunc']/med['runc']:.2f}" if "swunc" in med and "runc" in med else "n/a"
        L.append(f"| {op} | {cells[0]} | {cells[1]} | {cells[2]} | {r_c} | {r_r} "
                 f"| {' / '.join(cpus)} | {' / '.join(rsss)} |")
    L.append("")
    L.append("| binary | size |")
    L.append("|---|---|")
    for rt in RUNTIMES:
        p = os.path.realpath(b.bins[rt])
        sz = os.path.getsize(p)
        libsz, libs = lib_sizes(p)
        extra = ""
        if libs:
            extra = f" + {libsz/1e6:.1f} MB shared libs ({', '.join(os.path.basename(x) for x in libs)})"
        else:
            extra = " (static)"
        L.append(f"| {rt} (`{b.bins[rt] if rt != 'swunc' else 'swunc'}`) | {sz/1e6:.2f} MB{extra} |")
    L.append("")
    L.append("Leaks after cleanup: " + ("none" if not leaks else "; ".join(leaks)))
    return "\n".join(L) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--bulk-runs", type=int, default=3)
    ap.add_argument("--bulk", type=int, default=50)
    ap.add_argument("--swunc", required=True)
    ap.add_argument("--bundle-true", required=True)
    ap.add_argument("--bundle-sleep", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--command", default="bash bench/run.sh")
    ap.add_argument("--cpu", default="?")
    ap.add_argument("--versions", default="")
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--rss-runs", type=int, default=3)
    args = ap.parse_args()

    b = Bench(args)
    b.setup()
    start = time.time()
    leaks = []
    ok = False
    try:
        scen = [b.it_run, b.it_lifecycle, b.it_running, b.it_cycle]
        # warm-up: page cache, dentries; discarded
        for _ in range(args.warmup):
            for rt in RUNTIMES:
                for s in scen:
                    s(rt)
        b.results.clear()
        for i in range(args.runs):
            rot = RUNTIMES[i % 3:] + RUNTIMES[:i % 3]
            for s in scen:
                for rt in rot:
                    s(rt)
            print(f"  iteration {i+1}/{args.runs}", file=sys.stderr, flush=True)
        b.rss_mode = True
        for i in range(args.rss_runs):
            for s in scen[:3]:
                for rt in RUNTIMES:
                    s(rt)
        b.rss_mode = False
        print("  rss pass done", file=sys.stderr, flush=True)
        for i in range(args.bulk_runs):
            rot = RUNTIMES[i % 3:] + RUNTIMES[:i % 3]
            for rt in rot:
                b.it_bulk_seq(rt, args.bulk)
            for rt in rot:
                b.it_bulk_par(rt, args.bulk)
            print(f"  bulk iteration {i+1}/{args.bulk_runs}", file=sys.stderr, flush=True)
        ok = True
    finally:
        leaks = b.cleanup()
    if ok:
        md = report(b, args, leaks, time.time() - start)
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w") as f:
            f.write(md)
        print(md)
        with open(os.path.splitext(args.out)[0] + ".json", "w") as f:
            json.dump({op: {rt: v for rt, v in d.items()} for op, d in b.results.items()}, f)
    return 0 if ok and not leaks else 1


if __name__ == "__main__":
    sys.exit(main())
