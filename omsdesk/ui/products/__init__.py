"""The Products workspace: SKU list, SPU dialog with its variant matrix, SKU detail, unmapped listings."""
