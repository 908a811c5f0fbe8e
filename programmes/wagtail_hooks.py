"""The programmes' sections of the home page (see home.sections)."""

from wagtail import hooks


@hooks.register("register_home_page_sections")
def add_home_page_sections(home_page, request):
    from programmes.home_sections import sections

    return sections(home_page, request)
