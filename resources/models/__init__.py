from .document_text import DocumentText, DocumentTextPage, TextReason, TextStatus
from .downloads import DownloadCount
from .files import ResourceFile, files_anyone_can_open, prefetch_public_files
from .index_page import ResourceIndexPage
from .resource_page import (
    RelatedProgramme,
    RelatedResource,
    ResourcePage,
    ResourcePageCountry,
    ResourcePageRegion,
    ResourcePageTopic,
)
from .resource_type import ResourceType

__all__ = [
    "DocumentText",
    "DocumentTextPage",
    "DownloadCount",
    "RelatedProgramme",
    "RelatedResource",
    "ResourceFile",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourcePageCountry",
    "ResourcePageRegion",
    "ResourcePageTopic",
    "ResourceType",
    "TextReason",
    "TextStatus",
    "files_anyone_can_open",
    "prefetch_public_files",
]
