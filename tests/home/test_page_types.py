"""Page-type rules: editors only see sensible choices when adding pages."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from home.models import HomePage, StandardPage


class TestPageTypeRules(WagtailPageTestCase):
    def test_standard_pages_go_below_home_or_other_standard_pages(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_home_pages_only_at_the_root(self):
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)


@pytest.mark.django_db
def test_one_home_per_language_root(demo_site):
    root = Page.get_first_root_node()
    # English and French homes exist: no third home while there are only two languages.
    assert HomePage.objects.count() == 2
    assert not HomePage.can_create_at(root)


@pytest.mark.django_db
def test_a_new_language_makes_room_for_its_home(demo_site):
    from wagtail.models import Locale

    Locale.objects.create(language_code="es")
    assert HomePage.can_create_at(Page.get_first_root_node())
