#!/usr/bin/env bash
# Renders a marked workbook (validate --annotate) to the picture the README shows (docs/marked-workbook.png):
# LibreOffice headless → PDF → the first page (pdftoppm) → margins trimmed (ImageMagick).
# Usage: scripts/render-marked.sh 城关镇-已标注.xlsx
# Needs Debian's libreoffice-calc-nogui, poppler-utils, imagemagick and fonts-noto-cjk.
set -euo pipefail
workbook=$(realpath "${1:?usage: scripts/render-marked.sh MARKED.xlsx}")
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$workbook" "$work/marked.xlsx"
soffice --headless --convert-to pdf --outdir "$work" "$work/marked.xlsx" >/dev/null 2>&1
pdftoppm -f 1 -l 1 -r 110 -png "$work/marked.pdf" "$work/page"
convert "$work"/page-*.png -trim +repage -bordercolor white -border 12 docs/marked-workbook.png
echo docs/marked-workbook.png
