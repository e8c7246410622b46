"""The MIRT regions in the order the MIRT-brief treats them, for every page that lists them."""

MIRT_SECTIONS = (
    "mirt-noord",
    "mirt-noordwest",
    "mirt-zuidwest",
    "mirt-oost",
    "mirt-zuid",
    "mirt-nationaal",
)
"""The MIRT regions in the order of the MIRT-brief's sections 2.1-2.6."""
