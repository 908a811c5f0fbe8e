"""Lighthouse (npm lighthouse@12, mobile profile) on the key pages in both languages.

    make lighthouse

Starts the production server on the configured database (load the demo first), runs Lighthouse
in Debian's Chromium on each page, and prints the four category scores and the total transfer
size per page; the table is also written to docs/lighthouse.md.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.pages import key_pages  # noqa: E402
from tests.benchmarks.serve import PROJECT, production_server  # noqa: E402

NODE_PREFIX = PROJECT / "node_modules" / ".lighthouse"
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def lighthouse_binary():
    binary = NODE_PREFIX / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(
            ["npm", "install", "--no-save", "--prefix", str(NODE_PREFIX), "lighthouse@12"],
            check=True,
        )
    return binary


def run(binary, url):
    chromium = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as folder:
        report_path = Path(folder) / "report.json"
        result = subprocess.run(
            [
                str(binary),
                url,
                "--output=json",
                f"--output-path={report_path}",
                "--quiet",
                f"--chrome-flags={CHROME_FLAGS}",
                "--only-categories=" + ",".join(CATEGORIES),
            ],
            env={**os.environ, "CHROME_PATH": chromium},
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0 or not report_path.exists():
            raise RuntimeError(f"Lighthouse failed on {url}:\n{result.stderr[-2000:]}")
        report = json.loads(report_path.read_text(encoding="utf-8"))
    scores = {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}
    weight = report["audits"]["total-byte-weight"]["numericValue"]
    failing = [
        f"{category}: {audit_id}"
        for category in CATEGORIES
        for ref in report["categories"][category]["auditRefs"]
        if ref["weight"] > 0
        for audit_id in [ref["id"]]
        if (report["audits"][audit_id].get("score") is not None)
        and report["audits"][audit_id]["score"] < 0.9
    ]
    return scores, weight, failing


def main():
    binary = lighthouse_binary()
    rows = []
    with production_server() as (base, _server):
        for name, path in key_pages():
            scores, weight, failing = run(binary, base + path)
            row = (name, path, *[scores[c] for c in CATEGORIES], f"{weight / 1024:.0f} KB")
            rows.append(row)
            print(" | ".join(str(cell) for cell in row), flush=True)  # noqa: T201
            for audit in failing:
                print(f"    below 90: {audit}", flush=True)  # noqa: T201
    header = "| Page | Path | Performance | Accessibility | Best practices | SEO | Transfer |"
    lines = [header, "|" + " --- |" * 7] + ["| " + " | ".join(map(str, r)) + " |" for r in rows]
    lowest = min(min(r[2:6]) for r in rows)
    (PROJECT / "docs" / "lighthouse.md").write_text(
        "# Lighthouse scores (mobile profile)\n\nProduced by `make lighthouse`.\n\n"
        + "\n".join(lines)
        + f"\n\nLowest score: {lowest}.\n",
        encoding="utf-8",
    )
    print(f"Lowest score: {lowest}")  # noqa: T201
    return 0 if lowest >= 95 else 1


if __name__ == "__main__":
    sys.exit(main())
