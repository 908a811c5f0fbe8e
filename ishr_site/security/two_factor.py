"""Two-factor authentication (TOTP) for every signed-in account, on django-otp's documented API.

A session that has given only its password is half signed in: until it enters a code from its
authenticator app (or, for an account that has none yet, sets one up) every request it makes
is sent to the code page, except the few pages it needs to get there or to sign out. So the
password alone opens nothing that a sign-in opens — the admin and its previews, documents in
private collections, pages restricted to signed-in users or groups, in every language — and
this stays true of any such path added later, whichever sign-in form (the admin's or Wagtail's
front-end one) gave the password. (No Wagtail 2FA package works on Wagtail 8; see SECURITY.md.)
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from django_otp import user_has_device

# Pages a signed-in but not yet verified session may still reach. Each one is safe with the
# password alone: the sign-in form (signs in again, which changes nothing), sign-out, the admin's
# translated strings for its scripts (the same for everyone), the code page itself, and the
# set-up page, which only enrols a first device for an account that has none
# (see two_factor_views.setup).
OPEN_URL_NAMES = [
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "security_two_factor_verify",
    "security_two_factor_setup",
]


def second_factor_page(user):
    """The code page, or the set-up page for an account without a confirmed device."""
    if user_has_device(user, confirmed=True):
        return "security_two_factor_verify"
    return "security_two_factor_setup"


class StaffTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self._open_paths = None

    def open_paths(self):
        if self._open_paths is None:
            self._open_paths = {reverse(name) for name in OPEN_URL_NAMES}
        return self._open_paths

    def __call__(self, request):
        if self.needs_second_factor(request):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse(second_factor_page(request.user))}?{query}")
        return self.get_response(request)

    def needs_second_factor(self, request):
        if not getattr(settings, "TWO_FACTOR_REQUIRED", True):
            return False
        if request.path in self.open_paths():
            return False
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        return not user.is_verified()
