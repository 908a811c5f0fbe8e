"""The shared vocabulary beside its models (`home.models.vocabulary`): the list of country codes
with their map points, and the admin menu that groups the vocabulary's snippets."""
