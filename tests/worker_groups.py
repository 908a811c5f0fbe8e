"""Which tests pytest-xdist keeps together on one worker (`make test` runs with `-n`).

Most tests go to whichever worker is free. A few share something costly made once per worker
(a mirror export, a Chromium), or read what an earlier test of their module left: those run
on one worker, one after the other, so it is made once per run and the order holds.

xdist's own `xdist_group` mark has no effect under pytest 9 (it renames node ids, which pytest 9
no longer allows), so the groups are named here, by path, for the scheduler.
"""

from xdist.scheduler import LoadScopeScheduling

GROUPS = [
    # (start of the test's path, group): the first match wins.
    ("tests/mirror/", "mirror export"),  # one export of the demo, shared (a minute)
    ("tests/browser/test_mirror_browser.py", "mirror export"),
    ("tests/newsroom/test_mirror.py", "mirror export"),
    ("tests/browser/", None),  # None: the module is the group (one Chromium per module)
    ("tests/home/test_vocabulary_migration.py", None),  # one database built from the migrations
    ("tests/operations/test_static_files.py", None),  # the static files collected once
]


def group_of(nodeid):
    path = nodeid.split("::", 1)[0]
    for start, group in GROUPS:
        if path.startswith(start):
            return group or path
    return nodeid  # on its own: any free worker


class GroupScheduling(LoadScopeScheduling):
    """xdist's scope scheduling, with each test its own scope unless GROUPS says otherwise."""

    def _split_scope(self, nodeid):
        return group_of(nodeid)
