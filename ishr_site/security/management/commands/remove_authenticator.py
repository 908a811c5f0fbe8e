"""Remove an account's authenticator app, for someone who lost their phone.

The account then has no second factor: at the next sign-in its owner sets up a new app with
the password alone (and staff are told by e-mail). If the phone may be in someone else's hands
with the password, change the password too.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove the authenticator app(s) of an account, so its owner can set up a new one."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No account is called {username!r}.")
        removed, _ = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(
            f"Removed {removed} authenticator app(s) of {username}. At the next sign-in they "
            "set up a new one; change the password too if the old phone may have been taken."
        )
