"""The gradient check of the real model, and the gallery of planted bugs it must catch."""
