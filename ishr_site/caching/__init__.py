"""Caching for anonymous visitors, on Django's and Wagtail's own caches.

Whole pages (`middleware`, `variants`) and fragments shown on many pages (`fragments`) are kept in
the shared cache under the site generation (`generation`), which every write to what visitors
can see moves on, however it is made (`writes`); a CDN in front is purged on publishing
(`frontend`). Nothing is kept in a worker's memory between requests.
"""
