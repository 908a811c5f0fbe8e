"""A static copy of the public site that anyone can host where the live site is blocked.

`export_mirror` renders every public page in-process with the mirror flag on (see `state`),
rewrites every link to a relative path (`links`), and writes the files incrementally into a
staging folder that replaces the previous export only once it is complete (`output`).
"""
