"""Pure domain logic: value types, normalisation and the contactability rules. No I/O, no Qt."""
