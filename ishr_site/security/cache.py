"""A Redis cache that never takes the site down with it.

django-redis's IGNORE_EXCEPTIONS answers None to every failed call, and django-axes compares
the None counts it gets back, so a failed sign-in during an outage became a server error. Here
every call answers as an empty cache would while Redis is unreachable; counters restart at one,
so lockouts and rate limits fail open until it returns (documented in SECURITY.md).
"""

import functools
import logging

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)
CACHE_ERRORS = (ConnectionInterrupted, RedisError, OSError)


def _answer_when_down(fallback):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except CACHE_ERRORS:
                logger.warning(
                    "Cache unreachable during %s; carrying on without it.", method.__name__
                )
                return fallback(*args, **kwargs) if callable(fallback) else fallback

        return wrapper

    return decorate


def _default_of_get(key, default=None, *args, **kwargs):
    return default


def _delta_of_incr(key, delta=1, *args, **kwargs):
    return delta


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        # django-redis's own IGNORE_EXCEPTIONS answers None (a count of None breaks callers):
        # let errors through to the wrappers below, which answer sensibly instead.
        self._ignore_exceptions = False

    get = _answer_when_down(_default_of_get)(RedisCache.get)
    get_many = _answer_when_down({})(RedisCache.get_many)
    set = _answer_when_down(False)(RedisCache.set)
    set_many = _answer_when_down([])(RedisCache.set_many)
    add = _answer_when_down(False)(RedisCache.add)
    incr = _answer_when_down(_delta_of_incr)(RedisCache.incr)
    decr = _answer_when_down(_delta_of_incr)(RedisCache.decr)
    touch = _answer_when_down(False)(RedisCache.touch)
    delete = _answer_when_down(False)(RedisCache.delete)
    delete_many = _answer_when_down(0)(RedisCache.delete_many)
    has_key = _answer_when_down(False)(RedisCache.has_key)
    clear = _answer_when_down(False)(RedisCache.clear)
