"""A logging filter that keeps personal data out of the logs.

Log lines may reach hosting staff or a log service; a defender's address, e-mail or search
terms must not. Addresses and e-mails are masked, query strings dropped, and the request
object detached so that no handler can dump its headers or cookies.
"""

import logging
import re

IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:|:){2,7}[0-9a-fA-F]{0,4}(?![\w:])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
QUERY_STRING = re.compile(r"\?[^\s\"']*")


def scrub(text):
    text = QUERY_STRING.sub("?…", text)
    text = EMAIL.sub("[e-mail]", text)
    text = IPV6.sub("[address]", text)
    return IPV4.sub("[address]", text)


class PersonalDataFilter(logging.Filter):
    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is still logged, as Python would
            return True
        record.msg = scrub(message)
        record.args = ()
        if hasattr(record, "request"):
            record.request = None
        return True
