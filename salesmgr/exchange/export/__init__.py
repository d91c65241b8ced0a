"""Writing workbooks: safe atomic xlsx files (``workbook``), the column types and number formats every writer
uses (``columns``), the streaming table writer (``table_writer``, ``xlsx_stream``) and the data exports of every
import kind with their queries (``data``, ``queries``)."""
