"""Demo content: a realistic bilingual site built the way editors would build it."""
