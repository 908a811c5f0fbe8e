"""Run as `python -m resources.text_extraction.worker FORMAT LIMITS_JSON` with the file's bytes
on stdin; prints one JSON line per page, then a last line with the outcome.

A separate process because only the operating system can stop a PDF that decompresses into
gigabytes or loops inside one page: the memory and CPU limits below end this process, never
the site's. The reader's own soft deadline normally ends a long file first, with the pages
read so far.
"""

import json
import resource
import sys

from resources.text_extraction.readers import Limits, extract

MEMORY_BYTES = 768 * 1024 * 1024


def limit_resources(cpu_seconds):
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))


def main():
    file_format, limits_json = sys.argv[1], sys.argv[2]
    limits = Limits(**json.loads(limits_json))
    limit_resources(int(limits.soft_seconds) + 5)
    data = sys.stdin.buffer.read()
    out = sys.stdout
    try:
        result = extract(data, file_format, limits)
    except MemoryError:
        out.write(json.dumps({"done": True, "reason": "too_large", "paged": True}) + "\n")
        return
    for number, text in result.pages:
        out.write(json.dumps({"page": number, "text": text}) + "\n")
    out.write(json.dumps({"done": True, "reason": result.reason, "paged": result.paged}) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
