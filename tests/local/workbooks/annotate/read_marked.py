#!/usr/bin/python3
"""Reads workbooks back with Debian's python3-openpyxl (not the writer under test) and prints, as JSON, each
sheet's cells: value, fill colour, note text and hyperlink."""
import json
import sys
from datetime import date, datetime

from openpyxl import load_workbook


def plain(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()[:10]
    return value


def sheets(path):
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else None
                note = cell.comment.text if cell.comment else None
                link = cell.hyperlink.location or cell.hyperlink.target if cell.hyperlink else None
                if cell.value is None and not fill and not note:
                    continue
                cells[cell.coordinate] = {
                    "value": plain(cell.value), "fill": fill, "note": note, "link": link, "format": cell.number_format
                }
        out[ws.title] = {"cells": cells, "merged": sorted(str(r) for r in ws.merged_cells.ranges)}
    return out


print(json.dumps({path: sheets(path) for path in sys.argv[1:]}, ensure_ascii=False))
