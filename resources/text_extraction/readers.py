"""File bytes → a list of page texts, bounded in pages, characters and time.

Nothing here imports Django: the worker process runs it with only pypdf and defusedxml loaded.
PDF text is read page by page so a long file stops at the page or character cap or the soft
deadline with what was read so far; one pathological page is cut off by the worker's hard
limits instead (see `worker.py`).
"""

import io
import re
import time
import zipfile
from dataclasses import dataclass, field

# Reasons a file has no (or only partial) searchable text; the site shows editors a translated
# label for each code.
ENCRYPTED = "encrypted"
DAMAGED = "damaged"
IMAGE_ONLY = "image_only"
UNSUPPORTED = "unsupported"
TOO_LARGE = "too_large"
TIMED_OUT = "timed_out"
TRUNCATED = "truncated"

ZIP_FORMATS = {"DOCX", "ODT", "EPUB"}
SPACES = re.compile(r"[ \t\r\f\v]+")
BLANK_LINES = re.compile(r"\n\s*\n+")
# Characters PostgreSQL text cannot hold, and other control characters that only add noise.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Limits:
    max_pages: int = 1000
    max_characters: int = 1_000_000
    max_page_characters: int = 50_000
    soft_seconds: float = 20.0
    max_unzipped_bytes: int = 50_000_000


@dataclass
class Extraction:
    pages: list = field(default_factory=list)  # [(page number or None, text)]
    reason: str = ""
    paged: bool = True
    characters: int = 0

    def add(self, number, text, limits):
        text = tidy(text)[: limits.max_page_characters]
        room = limits.max_characters - self.characters
        if len(text) > room:
            text = text[:room]
            self.reason = TRUNCATED
        if text:
            self.pages.append((number, text))
            self.characters += len(text)
        return self.characters < limits.max_characters


def tidy(text):
    text = CONTROL.sub(" ", text or "")
    text = "\n".join(SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return BLANK_LINES.sub("\n\n", text).strip()


def extract(data, file_format, limits):
    """The text of a file, or an `Extraction` whose `reason` says why there is little or none."""
    if file_format == "PDF":
        return extract_pdf(data, limits)
    if file_format in ZIP_FORMATS:
        return extract_zipped_xml(data, file_format, limits)
    return Extraction(reason=UNSUPPORTED)


def extract_pdf(data, limits):
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, LimitReachedError, PyPdfError

    deadline = time.monotonic() + limits.soft_seconds
    result = Extraction()
    over_limit = False
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # Many "protected" PDFs only restrict printing and open with an empty password.
            try:
                if not reader.decrypt(""):
                    return Extraction(reason=ENCRYPTED)
            except (PyPdfError, NotImplementedError):
                return Extraction(reason=ENCRYPTED)
        total = len(reader.pages)
        for index in range(min(total, limits.max_pages)):
            # Checked after the first page, so a slow start still leaves something searchable;
            # a first page that never ends is the worker's hard limit's business.
            if index and time.monotonic() > deadline:
                result.reason = TIMED_OUT if not result.pages else TRUNCATED
                return result
            try:
                text = reader.pages[index].extract_text()
            except FileNotDecryptedError:
                return Extraction(reason=ENCRYPTED)
            except LimitReachedError:
                # pypdf refuses to inflate a stream past its limit: a decompression bomb.
                over_limit = True
                continue
            except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError):
                continue  # one damaged page should not hide the rest of the file
            if not result.add(index + 1, text, limits):
                return result
        if total > limits.max_pages:
            result.reason = TRUNCATED
    except FileNotDecryptedError:
        return Extraction(reason=ENCRYPTED)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError):
        return Extraction(reason=DAMAGED)
    if not result.pages and not result.reason:
        # Readable pages, none with a text layer (scanned images), unless a page was refused.
        result.reason = TOO_LARGE if over_limit else IMAGE_ONLY
    elif over_limit and not result.reason:
        result.reason = TRUNCATED
    return result


# The parts of each zipped format that hold the running text, in reading order.
def _zip_parts(archive, file_format):
    names = archive.namelist()
    if file_format == "DOCX":
        return [n for n in ("word/document.xml",) if n in names]
    if file_format == "ODT":
        return [n for n in ("content.xml",) if n in names]
    return sorted(n for n in names if n.lower().endswith((".xhtml", ".html", ".htm")))


def extract_zipped_xml(data, file_format, limits):
    """DOCX, ODT and EPUB are zipped XML: the standard library reads them, defusedxml refuses
    entity expansion, and the unzipped size is capped so a zip bomb stops early."""
    from defusedxml.ElementTree import ParseError, fromstring

    deadline = time.monotonic() + limits.soft_seconds
    result = Extraction(paged=False)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = 0
            for number, name in enumerate(_zip_parts(archive, file_format), start=1):
                if time.monotonic() > deadline:
                    result.reason = TRUNCATED
                    break
                with archive.open(name) as part:
                    raw = part.read(limits.max_unzipped_bytes - unzipped + 1)
                unzipped += len(raw)
                if unzipped > limits.max_unzipped_bytes:
                    result.reason = TOO_LARGE if not result.pages else TRUNCATED
                    break
                root = fromstring(raw)
                text = _xml_text(root)
                # EPUB chapters are numbered as sections; Word and OpenDocument files are one.
                if not result.add(number if file_format == "EPUB" else None, text, limits):
                    break
    except (zipfile.BadZipFile, ParseError, KeyError, ValueError, OSError, RuntimeError):
        return Extraction(reason=DAMAGED, paged=False)
    except Exception as error:  # defusedxml refuses entities with its own exception types
        if type(error).__module__.startswith("defusedxml"):
            return Extraction(reason=DAMAGED, paged=False)
        raise
    if not result.pages and not result.reason:
        result.reason = IMAGE_ONLY
    return result


BLOCK_TAGS = {"p", "h", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "br", "div", "tab"}


def _xml_text(root):
    parts = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""
        if tag in BLOCK_TAGS:
            parts.append("\n")
        if element.text and tag not in ("script", "style"):
            parts.append(element.text)
        if element.tail:
            parts.append(element.tail)
    return "".join(parts)
