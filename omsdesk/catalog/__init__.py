"""Products: categories, brands, SPUs and SKUs, barcodes, bundles, channel SKU mappings."""
