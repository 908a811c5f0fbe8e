"""Run wrk (Debian's package) against one URL and read its summary."""

import re
import shutil
import subprocess
from dataclasses import dataclass

UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


@dataclass
class Result:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int
    requests: int
    cpu_ms: float = 0.0  # the server's CPU time per request, filled in by the caller
    # A cached page's: the static file's throughput measured just before and after it.
    static_rps: float = 0.0


def _milliseconds(text):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * UNITS[unit]


def parse(output):
    latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", output, re.MULTILINE))
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = sum(map(int, socket_errors.groups())) if socket_errors else 0
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return Result(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        p50_ms=_milliseconds(latency["50"]),
        p99_ms=_milliseconds(latency["99"]),
        errors=errors,
        requests=int(re.search(r"(\d+) requests in", output).group(1)),
    )


def run(url, duration, connections, threads=2, timeout=10):
    """`timeout`: seconds after which wrk counts a request as an error (its default of 2 s
    is shorter than any browser waits)."""
    binary = shutil.which("wrk")
    if binary is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    output = subprocess.run(
        [
            binary,
            f"-t{threads}",
            f"-c{connections}",
            f"-d{duration}s",
            f"--timeout={timeout}s",
            "--latency",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        # wrk stops itself after `duration`; this only guards against a hung server.
        timeout=duration + 60,
    ).stdout
    try:
        return parse(output)
    except (AttributeError, KeyError) as error:
        raise SystemExit(f"Could not read wrk's summary for {url}:\n{output}") from error


def combined(results):
    """One result for several runs of the same URL: their mean throughput and CPU per request,
    the worst latencies, every error and request."""
    count = len(results)
    return Result(
        requests_per_second=sum(r.requests_per_second for r in results) / count,
        p50_ms=max(r.p50_ms for r in results),
        p99_ms=max(r.p99_ms for r in results),
        errors=sum(r.errors for r in results),
        requests=sum(r.requests for r in results),
        cpu_ms=sum(r.cpu_ms for r in results) / count,
    )
