"""Updates made for a test, under the demo's updates index (English unless said)."""

from datetime import date

from wagtail.models import Page

from bs4 import BeautifulSoup

from home.models import Country, Topic
from ishr_site.newsroom.models import (
    UpdateIndexPage,
    UpdateKind,
    UpdatePage,
    UpdatePageCountry,
    UpdatePageRegion,
    UpdatePageTopic,
)


def english_index():
    return UpdateIndexPage.objects.get(locale__language_code="en")


def make_update(
    title,
    kind="news",
    day=date(2026, 11, 1),
    topics=(),
    countries=(),
    regions=(),
    index=None,
    publish=True,
    **fields,
):
    index = index or english_index()
    page = UpdatePage(
        title=title,
        summary=fields.pop("summary", f"Summary of {title}."),
        kind=UpdateKind.objects.get(slug=kind, locale=index.locale),
        date=day,
        locale=index.locale,
        topics=[
            UpdatePageTopic(topic=Topic.objects.get(slug=s, locale=index.locale)) for s in topics
        ],
        countries=[
            UpdatePageCountry(country=Country.objects.get(slug=s, locale=index.locale))
            for s in countries
        ],
        regions=[UpdatePageRegion(region=r) for r in regions],
        **fields,
    )
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def remove_demo_updates():
    for page in UpdatePage.objects.all().order_by("-depth"):
        Page.objects.get(pk=page.pk).delete()


def listed(response):
    """The titles of the update cards on an index page, in order."""
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".update-card .resource-card__title a")]


def count_heading(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one("#updates-count").get_text(" ", strip=True)


def facet_counts(response, name):
    """{value: count} of a filter group's options as the form shows them."""
    soup = BeautifulSoup(response.content, "html.parser")
    counts = {}
    for field in soup.select(f'input[name="{name}"]'):
        label = soup.select_one(f'label[for="{field["id"]}"] .facet-count').get_text(strip=True)
        counts[field["value"]] = int(label.strip("()"))
    for option in soup.select(f'select[name="{name}"] option'):
        if option.get("value"):
            counts[option["value"]] = int(option.get_text().rsplit("(", 1)[1].rstrip(")"))
    return counts
