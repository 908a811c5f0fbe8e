"""Images remembered per site generation (saving or deleting an image starts a new one).

Showing a picture took a query for the image first; its renditions come from Wagtail's
rendition cache (see `renditions`).
"""

from wagtail.images import get_image_model

from .memo import CopyingMemo

_images = CopyingMemo(max_entries=2_000)


def _images_with_ids(image_ids):
    return {image.pk: image for image in get_image_model().objects.filter(pk__in=image_ids)}


def remembered_images(image_ids):
    """{id: image} for the images that exist, each a fresh copy: Wagtail keeps renditions
    and attributes on image objects."""
    image_ids = set(image_ids) - {None}
    if not image_ids:
        return {}
    return _images.get_many(image_ids, _images_with_ids)


def attach_images(page, *field_names):
    """Give `page` the images of these fields (foreign keys) without a query."""
    images = remembered_images(getattr(page, f"{name}_id") for name in field_names)
    for name in field_names:
        image_id = getattr(page, f"{name}_id")
        if image_id in images:
            setattr(page, name, images[image_id])
