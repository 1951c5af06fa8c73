"""Documents: plain data in, files out (PDF with reportlab, Excel with openpyxl).

Nothing here opens a database session: callers run their queries and pass plain
rows (dataclasses) in. What is here:

- ``fonts``: the one TrueType font every PDF embeds as a subset (WenQuanYi Micro Hei,
  shipped in ``resources/fonts/``, else a system CJK font), ``register_text_font()``;
- ``resources``: ``resources_dir()`` without Qt (next to the package, or in a frozen build);
- ``layout``: wrapping / shrinking Chinese and Latin text to fit a box, number and time
  formats, ``open_canvas()``;
- ``symbols``: EAN-13 / UPC-A / Code 128 barcodes from reportlab's widgets, check digits,
  module widths a scanner reads (whole printer dots on thermal printers);
- ``labels``: ``sku_labels_pdf()`` and ``bin_labels_pdf()``, thermal (50 × 30, 60 × 40,
  100 × 50 mm) or A4 sheets of 3 × 8;
- ``count_sheet``: ``count_sheet_pdf()``, the stocktake sheet sorted by bin;
- ``excel``: ``write_table()`` / ``write_tables()`` / ``WorkbookWriter`` (write-only,
  typed cells, frozen bold header, autofilter) and ``read_workbook()`` / ``read_sheets()``;
- ``movements``: ``MovementRecord`` and ``export_movements()`` for the movement history.

Captions printed on documents are marked ``QT_TRANSLATE_NOOP("Documents", …)``; pass
Qt's ``translate`` to the functions that take one to print them in the user's language.
The catalogue's Excel import / export lives in ``omsdesk/catalog/excel.py``.
"""
