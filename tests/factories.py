"""Small page trees for tests that are not about the demo (factory-boy, with wagtail-factories
placing each page in the tree: `StandardPageFactory(parent=home, title="About")`).

Pages are created published, with a revision, as an editor's "Publish" leaves them; `live=False`
makes a draft. English unless a `locale` is given."""

from wagtail.models import Locale

import factory
import wagtail_factories

from home.models import HomePage, StandardPage
from programmes.models import ProgrammesIndexPage


def english():
    return Locale.objects.get(language_code="en")


class PublishedPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        # The publish below saves the page; factory-boy need not save it again.
        skip_postgeneration_save = True

    locale = factory.LazyFunction(english)

    @factory.post_generation
    def publish(page, create, extracted, **kwargs):
        if create and page.live:
            page.save_revision().publish()


class HomePageFactory(PublishedPageFactory):
    class Meta:
        model = HomePage

    title = "Home"
    hero_title = factory.SelfAttribute("title")
    intro = "<p>Home</p>"


class StandardPageFactory(PublishedPageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda number: f"Page {number}")


class ProgrammesIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = ProgrammesIndexPage

    title = "Programmes"
    slug = "programmes"
