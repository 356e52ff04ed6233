"""The conversations: the generator, the fish's world, chat format, batches."""
