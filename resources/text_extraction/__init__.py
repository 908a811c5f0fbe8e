"""Text extracted from resource files, so visitors find a guide by a phrase inside it.

`readers` turns file bytes into page texts within limits and imports nothing from Django;
`worker` runs it in a separate process with hard time and memory limits; `runner` starts that
process from the site; `store` saves the outcome and `scheduling` decides when it happens.
"""
