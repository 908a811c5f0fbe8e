"""Calendar files in the copy: the live page's address taken out.

An event's .ics file links back to its page on the live site. A copy exists for readers who
cannot reach that site, and a calendar entry has no use for a relative link, so the address is
dropped: the `URL` property, and the address written into the description.
"""

from icalendar import Calendar

from .links import absolute_url_pattern


def without_live_addresses(body, live_hosts):
    calendar = Calendar.from_ical(body)
    address = absolute_url_pattern(live_hosts)
    for component in calendar.walk():
        url = component.get("url")
        if url is not None and address.fullmatch(str(url)):
            del component["url"]
        description = component.get("description")
        if description is not None:
            text = address.sub("", str(description)).strip()
            del component["description"]
            if text:
                component.add("description", text)
    return calendar.to_ical()
