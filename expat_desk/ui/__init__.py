"""The Qt window: thin widgets over the store. The only layer that imports Qt."""
