"""Rule vocabularies, kept as data apart from the code that applies them."""
