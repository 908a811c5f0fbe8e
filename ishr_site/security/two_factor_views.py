"""The two admin pages of the second factor: enter a code, or set up an authenticator app."""

from base64 import b32encode
from time import time
from urllib.parse import urlencode

from django import forms
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from .device_notice import send_device_added_notice

DEVICE_NAME = "Authenticator app"
# The secret being set up lives in the session until a code from it confirms it: nothing is
# saved for a secret that was only shown, so no half-made device is left for anyone to finish.
PENDING_KEY_SESSION_KEY = "two_factor_pending_key"


class TokenForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit():
            raise forms.ValidationError(_("The code is made of digits only."))
        return code


def safe_next(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return "/admin/"


@never_cache
def verify(request):
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(safe_next(request))
        form.add_error("code", _("This code is not valid. Codes change every 30 seconds."))
    return render(
        request,
        "security/two_factor_verify.html",
        {"form": form, "next": safe_next(request)},
    )


def qr_code_svg(text):
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def may_enrol(request):
    """The password is enough for an account's first device; adding or replacing one on an
    account that has one needs a session that has already given a code from it."""
    user = request.user
    return user.is_verified() or not user_has_device(user, confirmed=True)


def confirmed_time_step(hex_key, code):
    """The time step the code belongs to, if it is a current code of the key; else None."""
    totp = TOTP(bytes.fromhex(hex_key))
    totp.time = time()
    if totp.verify(int(code), tolerance=1):
        return totp.t()
    return None


@transaction.atomic
def enrol(user, hex_key, time_step):
    """The account's one authenticator app from now on: any earlier one (and any unconfirmed
    device older code left behind) is removed, so a lost phone's codes stop working."""
    earlier = TOTPDevice.objects.filter(user=user)
    replaced = earlier.filter(confirmed=True).exists()
    earlier.delete()
    # last_t: the code just typed cannot be used again to sign in.
    device = TOTPDevice.objects.create(
        user=user, name=DEVICE_NAME, key=hex_key, confirmed=True, last_t=time_step
    )
    return device, replaced


@never_cache
def setup(request):
    """Show a new secret (QR code and text), and confirm it with a first code."""
    if not may_enrol(request):
        query = urlencode({"next": safe_next(request)})
        return redirect(f"{reverse('security_two_factor_verify')}?{query}")
    form = TokenForm(request.POST or None)
    hex_key = request.session.get(PENDING_KEY_SESSION_KEY)
    if request.method == "POST" and hex_key and form.is_valid():
        time_step = confirmed_time_step(hex_key, form.cleaned_data["code"])
        if time_step is not None:
            device, replaced = enrol(request.user, hex_key, time_step)
            del request.session[PENDING_KEY_SESSION_KEY]
            otp_login(request, device)
            send_device_added_notice(request.user, replaced)
            return redirect(safe_next(request))
        form.add_error("code", _("This code is not valid. Check the time on your phone."))
    elif request.method == "POST" and not hex_key:
        form.add_error("code", _("This set-up page has expired. Scan the new code below."))
    if request.method == "GET" or not hex_key:
        # Every showing is a new secret: one seen on an earlier showing is worth nothing.
        hex_key = default_key()
        request.session[PENDING_KEY_SESSION_KEY] = hex_key
    secret = b32encode(bytes.fromhex(hex_key)).decode()
    config_url = TOTPDevice(user=request.user, name=DEVICE_NAME, key=hex_key).config_url
    return render(
        request,
        "security/two_factor_setup.html",
        {
            "form": form,
            "next": safe_next(request),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr_code": qr_code_svg(config_url),
        },
    )
