"""Full-page caching for anonymous visitors, invalidated as soon as published content changes."""
