"""Demo content for the shared vocabulary: topics and countries in English and French."""

from home.models import Country, Topic

from .vocabulary_data import COUNTRIES, TOPICS


def ensure_vocabulary(builder):
    """({slug: English topic}, {slug: English country}), each translated into French; terms
    already there are kept as editors left them."""
    topics, countries = {}, {}
    for slug, (english, french) in TOPICS.items():
        topic, _created = Topic.objects.get_or_create(
            locale=builder.english, slug=slug, defaults={"name": english}
        )
        builder.translate(topic, {english: french})
        topics[slug] = topic
    for slug, (english, french, region, code) in COUNTRIES.items():
        country, _created = Country.objects.get_or_create(
            locale=builder.english,
            slug=slug,
            defaults={"name": english, "region": region, "code": code},
        )
        builder.translate(country, {english: french})
        countries[slug] = country
    return topics, countries


def load(builder):
    ensure_vocabulary(builder)
