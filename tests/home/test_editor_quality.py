"""Editor quality: every field an editor fills in explains itself, and content images need
alternative text."""

from django.apps import apps

from wagtail import blocks
from wagtail.models import Page

import pytest

PROJECT_APPS = {"home", "programmes", "resources"}
# Fields every Wagtail page has; Wagtail documents them itself.
PAGE_BASE_FIELDS = {field.name for field in Page._meta.get_fields()}


def fields_from_wagtail_bases(model):
    """Fields a model inherits from Wagtail's abstract classes (form builder and the like):
    Wagtail documents those itself."""
    names = set()
    for base in model.__mro__[1:]:
        meta = getattr(base, "_meta", None)
        if meta is not None and meta.abstract and base.__module__.startswith("wagtail"):
            names.update(field.name for field in meta.fields)
    return names


def editable_fields(model):
    inherited = fields_from_wagtail_bases(model)
    for field in model._meta.get_fields():
        if field.name in inherited:
            continue
        if (
            not getattr(field, "editable", False)
            or field.auto_created
            or field.is_relation
            and (field.many_to_many or field.one_to_many)
        ):
            continue
        if field.name in PAGE_BASE_FIELDS or field.name in {"locale", "translation_key"}:
            continue
        if (
            field.name in {"sort_order", "page", "id"}
            or getattr(field, "remote_field", None)
            and (field.name.endswith("_ptr"))
        ):
            continue
        yield field


def project_models():
    return [m for m in apps.get_models() if m._meta.app_label in PROJECT_APPS]


@pytest.mark.parametrize("model", project_models(), ids=lambda m: m._meta.label)
def test_every_editable_field_has_help_text(model):
    missing = [f.name for f in editable_fields(model) if not str(f.help_text).strip()]
    assert missing == [], f"{model._meta.label} fields without help text: {missing}"


def image_blocks(block, path=""):
    from wagtail.images.blocks import ImageChooserBlock

    children = getattr(block, "child_blocks", None) or {}
    if isinstance(block, blocks.ListBlock):
        children = {"item": block.child_block}
    for name, child in children.items():
        if isinstance(child, ImageChooserBlock):
            yield block, f"{path}{name}"
        yield from image_blocks(child, f"{path}{name}.")


def test_every_image_in_a_stream_field_requires_alternative_text():
    from wagtail.fields import StreamField

    checked = 0
    for model in project_models():
        for field in model._meta.get_fields():
            if not isinstance(field, StreamField):
                continue
            for parent, path in image_blocks(field.stream_block):
                alt = parent.child_blocks.get("alt_text")
                assert alt is not None, f"{model._meta.label}.{field.name}: {path} has no alt text"
                assert alt.required, f"{model._meta.label}.{field.name}: {path} alt text optional"
                checked += 1
    assert checked > 0
