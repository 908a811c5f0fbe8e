from .index_page import UpdateIndexPage
from .kind import UpdateKind
from .update_page import (
    RelatedUpdate,
    RelatedUpdateProgramme,
    RelatedUpdateResource,
    UpdatePage,
    UpdatePageCountry,
    UpdatePageRegion,
    UpdatePageTopic,
)

__all__ = [
    "RelatedUpdate",
    "RelatedUpdateProgramme",
    "RelatedUpdateResource",
    "UpdateIndexPage",
    "UpdateKind",
    "UpdatePage",
    "UpdatePageCountry",
    "UpdatePageRegion",
    "UpdatePageTopic",
]
