"""Throughput, latency, errors, queries and memory of the key pages at two content sizes.

    make bench                       # 10 s per page, 64 connections
    make bench BENCH_ARGS=--full     # 60 s per page, as the targets ask (about 40 minutes)

For each size (100 and 10,000 resources) it builds a PostgreSQL database ishr_bench_<size> once
(demo content plus generated resources in both languages; --rebuild starts it again), counts
the SQL queries of one uncached render of each page, then starts the production server
(gunicorn, 2 workers, Redis cache) twice on 127.0.0.1:

- uncached: PAGE_CACHE_SECONDS=0, every request renders the page (menus, footer and library
  counts still come from Redis, as on a running site);
- cached: the anonymous page cache on and warmed, as visitors meet it, measured at 64 and
  again at 16 connections (a hit should cost no more than a static file at either).

wrk measures each page in turn. With the cache on, the static file is measured before the
first page and after each one (5 s a run), and each cached page is compared with the static runs
just before and after it: on two cores shared with wrk, PostgreSQL and Redis, one static run
differs from the next by up to a fifth. The results and the targets' checks are printed and
written to docs/benchmarks.md.

Where things are: BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432),
BENCH_DATABASE_PREFIX (ishr_bench), BENCH_REDIS_URL (redis://127.0.0.1:6379/5, emptied at
each server start). Media files go to media/<database>/.
"""

import argparse
import json
import os
import platform
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks import wrk  # noqa: E402
from tests.benchmarks.serve import PROJECT, production_server  # noqa: E402

POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
DATABASE_PREFIX = os.environ.get("BENCH_DATABASE_PREFIX", "ishr_bench")
STATIC = "static file"
# The targets.
CACHED_SHARE_OF_STATIC = 0.80
CACHED_CONNECTIONS = (64, 16)
UNCACHED_MINIMUM = 150
UNCACHED_PAGES = ("home", "programmes index", "Model Law", "resource")
GROWING_PAGES = ("library", "library, filtered", "library, deep page", "search", "search (fr)")
GROWTH_LIMIT = 1.5
P99_OVER_P50_LIMIT = 10
WORKER_RSS_LIMIT_MB = 150


def say(line=""):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def ensure_database(name, rebuild):
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        if rebuild:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare(size, rebuild):
    """Build (when needed) the database of one size; its pages and their query counts."""
    name = f"{DATABASE_PREFIX}_{size}"
    ensure_database(name, rebuild)
    environment = {
        **os.environ,
        "DATABASE_URL": f"{POSTGRES}/{name}",
        "MEDIA_ROOT": str(PROJECT / "media" / name),
    }
    started = time.perf_counter()
    output = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("bench_data.py")), str(size)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if output.returncode:
        raise SystemExit(f"Preparing {name} failed:\n{output.stderr[-3000:]}")
    say(f"{name}: ready in {time.perf_counter() - started:.0f} s")
    return environment, json.loads(output.stdout.strip().splitlines()[-1])


def static_path():
    manifest = json.loads((PROJECT / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/site.css"]


def workers(server):
    return Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()


def worker_cpu_seconds(server):
    """CPU time the workers have used so far (user + system), from /proc.

    On a machine shared with other work, requests per second say how much CPU the server got;
    CPU time per request says what a request costs, whatever else is running."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in workers(server):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def worker_rss_mb(server):
    """Resident memory of each gunicorn worker (the master's children), from /proc."""
    sizes = []
    for pid in workers(server):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) / 1024)
    return sizes


def flush_cache():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def measure_server(environment, pages, mode, options, connections):
    """wrk on every page and the static file against one server; results and worker RSS."""
    flush_cache()
    overrides = {
        "DATABASE_URL": environment["DATABASE_URL"],
        "MEDIA_ROOT": environment["MEDIA_ROOT"],
        "REDIS_URL": REDIS_URL,
        "PAGE_CACHE_SECONDS": 0 if mode == "uncached" else 600,
        "CONN_MAX_AGE": 600,
        # wrk sends every request from one address: the search limit would answer 429.
        "SEARCH_RATE_LIMIT": "",
    }
    results = {}
    with production_server(workers=options.workers, **overrides) as (base, server):
        targets = [(name, page["path"]) for name, page in pages.items()]
        targets.append((STATIC, static_path()))
        for _name, path in targets:
            for _ in range(2 * options.workers):  # every worker warm, the cache filled
                urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310

        def measure(name, path, duration):
            # Answered only once the previous run's queue has drained.
            urllib.request.urlopen(base + path, timeout=120).read()  # noqa: S310
            cpu_before = worker_cpu_seconds(server)
            result = wrk.run(base + path, duration, connections)
            result.cpu_ms = 1000 * (worker_cpu_seconds(server) - cpu_before) / result.requests
            say(
                f"  {mode:<8} {connections:>2} conn. {name:<18} "
                f"{result.requests_per_second:8.0f} req/s  "
                f"p50 {result.p50_ms:7.1f} ms  p99 {result.p99_ms:7.1f} ms  "
                f"errors {result.errors}  CPU {result.cpu_ms:5.1f} ms/request"
            )
            return result

        if mode == "uncached":
            for name, path in targets:
                results[name] = measure(name, path, options.duration)
        else:
            # A cached page is compared with the static file measured just before and just
            # after it: on two shared cores one static run varies by a fifth from the next.
            statics = [measure(STATIC, static_path(), options.static_duration)]
            for name, path in targets[:-1]:
                results[name] = measure(name, path, options.duration)
                statics.append(measure(STATIC, static_path(), options.static_duration))
                results[name].static_rps = (
                    statics[-2].requests_per_second + statics[-1].requests_per_second
                ) / 2
            results[STATIC] = wrk.combined(statics)
        rss = worker_rss_mb(server)
    say(f"  {mode}: worker memory after the run " + ", ".join(f"{r:.0f} MB" for r in rss))
    return results, rss


def table(size, pages, runs):
    lines = [
        f"### {size:,} resources",
        "",
        "| Page | Path | Uncached req/s | p50 / p99 ms | CPU ms | Cached req/s | p50 / p99 ms "
        "| CPU ms | Cached req/s, 16 conn. | Errors | Queries (uncached) |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    names = [*pages, STATIC]
    for name in names:
        uncached, cached = runs["uncached"][0][name], runs["cached"][0][name]
        fewer = runs["cached-16"][0][name]
        path = pages[name]["path"] if name in pages else "/static/css/site.….css"
        queries = pages[name]["queries"] if name in pages else 0
        lines.append(
            f"| {name} | `{path}` | {uncached.requests_per_second:.0f} "
            f"| {uncached.p50_ms:.1f} / {uncached.p99_ms:.1f} | {uncached.cpu_ms:.1f} "
            f"| {cached.requests_per_second:.0f} | {cached.p50_ms:.1f} / {cached.p99_ms:.1f} "
            f"| {cached.cpu_ms:.1f} | {fewer.requests_per_second:.0f} "
            f"| {uncached.errors + cached.errors + fewer.errors} | {queries} |"
        )
    rss = [size for _results, sizes in runs.values() for size in sizes]
    lines += ["", "Worker memory after the runs: " + ", ".join(f"{r:.0f} MB" for r in rss), ""]
    return lines


def checks(by_size, workers, connections):
    """(description, passed) for each target."""
    large = max(by_size)
    small = min(by_size)
    found = []
    for size, (_pages, runs) in sorted(by_size.items()):
        for mode, count in (("cached", connections), ("cached-16", 16)):
            cached = runs[mode][0]
            share, name = min(
                (r.requests_per_second / r.static_rps, n) for n, r in cached.items() if n != STATIC
            )
            page = cached[name]
            found.append(
                (
                    f"{size:,}, {count} connections: the cached page furthest below the static "
                    f"file ({name}, {page.requests_per_second:.0f} req/s) is {share:.0%} of it "
                    f"({page.static_rps:.0f} req/s, measured just before and after); "
                    f"target ≥ {CACHED_SHARE_OF_STATIC:.0%}",
                    share >= CACHED_SHARE_OF_STATIC,
                )
            )
        uncached = runs["uncached"][0]
        for name in UNCACHED_PAGES:
            rps = uncached[name].requests_per_second
            capacity = 1000 * min(workers, os.cpu_count()) / max(uncached[name].cpu_ms, 0.001)
            found.append(
                (
                    f"{size:,}: uncached {name} {rps:.0f} req/s (its CPU time per request "
                    f"would allow about {capacity:.0f} on idle cores); target ≥ {UNCACHED_MINIMUM}",
                    rps >= UNCACHED_MINIMUM,
                )
            )
    if large != small:
        for name in GROWING_PAGES:
            before = by_size[small][1]["uncached"][0][name]
            after = by_size[large][1]["uncached"][0][name]
            growth = before.requests_per_second / after.requests_per_second
            found.append(
                (
                    f"uncached {name}: {after.requests_per_second:.0f} req/s at {large:,} vs "
                    f"{before.requests_per_second:.0f} at {small:,}, cost × {growth:.2f} "
                    f"(CPU per request × {after.cpu_ms / max(before.cpu_ms, 0.001):.2f}); "
                    f"target ≤ × {GROWTH_LIMIT}",
                    growth <= GROWTH_LIMIT,
                )
            )
    every_run = [
        (size, mode, name, result)
        for size, (_pages, runs) in by_size.items()
        for mode, (results, _rss) in runs.items()
        for name, result in results.items()
    ]
    errors = sum(result.errors for *_, result in every_run)
    found.append((f"errors over every run: {errors}; target 0", errors == 0))
    worst = max(every_run, key=lambda run: run[3].p99_ms / max(run[3].p50_ms, 0.001))
    ratio = worst[3].p99_ms / max(worst[3].p50_ms, 0.001)
    found.append(
        (
            f"highest p99 / p50: {ratio:.1f} ({worst[1]} {worst[2]} at {worst[0]:,}); "
            f"target < {P99_OVER_P50_LIMIT}",
            ratio < P99_OVER_P50_LIMIT,
        )
    )
    rss = max(r for _pages, runs in by_size.values() for _res, rs in runs.values() for r in rs)
    found.append(
        (
            f"largest worker after a run: {rss:.0f} MB; target < {WORKER_RSS_LIMIT_MB} MB",
            rss < WORKER_RSS_LIMIT_MB,
        )
    )
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10000])
    parser.add_argument("--duration", type=int, default=10, help="Seconds of wrk per page.")
    parser.add_argument(
        "--static-duration",
        type=int,
        default=5,
        help="Seconds of wrk per run of the static file between cached pages.",
    )
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--full", action="store_true", help="60 s per page, 64 connections.")
    parser.add_argument("--rebuild", action="store_true", help="Build the databases anew.")
    parser.add_argument("--output", type=Path, default=PROJECT / "docs" / "benchmarks.md")
    options = parser.parse_args()
    # Stopped from outside: leave through `finally`, which stops the server it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    if options.full:
        options.duration, options.static_duration, options.connections = 60, 20, 64
    command = "python tests/benchmarks/bench.py " + " ".join(sys.argv[1:])
    load_before = load_average()
    say(f"{command.strip()}: {options.duration} s per page, {options.connections} connections")
    by_size = {}
    many = options.connections
    for size in sorted(options.sizes):
        environment, pages = prepare(size, options.rebuild)
        runs = {
            "uncached": measure_server(environment, pages, "uncached", options, many),
            "cached": measure_server(environment, pages, "cached", options, many),
            "cached-16": measure_server(environment, pages, "cached", options, 16),
        }
        by_size[size] = (pages, runs)
    results = checks(by_size, options.workers, options.connections)
    lines = [
        "# Benchmark",
        "",
        f"Produced by `make bench` (`{command.strip()}`) on "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC: {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PostgreSQL and Redis on the same machine, "
        f"wrk with {options.connections} connections (cached pages also with 16) for "
        f"{options.duration} s per page on the "
        f"same cores as the server ({options.workers} gunicorn workers). "
        f"Load average before / after: {load_before} / {load_average()}.",
        "",
        "Uncached: `PAGE_CACHE_SECONDS=0` (every request renders; menus, footer and library "
        "counts come from Redis). Cached: the anonymous page cache, warmed. CPU ms: the "
        "workers' CPU time per request (user + system, PostgreSQL and Redis not included): "
        f"{options.workers} workers on {os.cpu_count()} otherwise idle cores would serve about "
        f"{1000 * min(options.workers, os.cpu_count())} / CPU ms requests per second. Queries: "
        "one uncached render after a warm-up. Errors: socket errors, responses other than "
        "2xx/3xx, and requests unanswered after 10 s.",
        "",
    ]
    for size, (pages, runs) in sorted(by_size.items()):
        lines += table(size, pages, runs)
    lines += ["## Targets", ""]
    lines += [f"- {'PASS' if ok else 'FAIL'}: {text}" for text, ok in results]
    report = "\n".join(lines) + "\n"
    options.output.write_text(report, encoding="utf-8")
    say()
    say(report)
    return 0 if all(ok for _text, ok in results) else 1


if __name__ == "__main__":
    sys.exit(main())
