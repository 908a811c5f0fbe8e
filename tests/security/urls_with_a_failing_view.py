"""The site's URLs plus one view that fails, to see what a 500 carries."""

from django.urls import path

from ishr_site.urls import handler500
from ishr_site.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    raise RuntimeError("A bug in a view")


urlpatterns = [path("failing-view/", failing_view), *site_urlpatterns]

__all__ = ["handler500", "urlpatterns"]
