// File formats.
