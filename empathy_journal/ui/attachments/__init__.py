"""Photos and files attached to an entry: the strip under the text, the viewer, drop and paste."""
