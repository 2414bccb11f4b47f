"""Plain-Python core: entities, vocabularies, prompts and the rules that bind them."""
