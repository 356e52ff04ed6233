"""minigrad: a tiny tensor library with hand-written forward and backward kernels.

It knows nothing about fish. Arrays are plain NumPy or CuPy arrays; see backend.py.
"""
