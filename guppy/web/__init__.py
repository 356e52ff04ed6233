"""The fish in a browser: `guppy export-web` writes a static chat page that runs a
checkpoint in plain JavaScript (guppy.js), with the same tokenizer, forward and KV cache
as the Python package, checked against it by tests/test_web_*.py."""
