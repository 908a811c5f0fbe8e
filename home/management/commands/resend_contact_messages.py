"""Try again to e-mail every contact message not yet sent (run it from a timer, e.g. hourly).

Safe to run at any time, and beside the task queue: a message is sent once at most.
"""

from django.core.management.base import BaseCommand, CommandError

from home.contact_messages.delivery import deliver_waiting


class Command(BaseCommand):
    help = "E-mail the contact messages that could not be e-mailed yet."

    def handle(self, *args, **options):
        sent, waiting = deliver_waiting()
        summary = f"{sent} sent, {waiting} still waiting"
        if waiting:
            # A non-zero exit lets the timer's monitoring notice a mail server that stays away.
            raise CommandError(summary)
        self.stdout.write(summary)
