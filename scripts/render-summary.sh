#!/usr/bin/env bash
# Renders the county summary workbook to the pictures the README shows (docs/county-*.png, 菜单式培训 and 联系点督办 too): LibreOffice
# headless → PDF → the first page of each tab (pdftoppm) → margins trimmed (ImageMagick).
# Usage: scripts/render-summary.sh [out/示范县-全县考评汇总.xlsx]   (run `npm start` first to write it)
# Needs Debian's libreoffice-calc-nogui, poppler-utils, imagemagick and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."

workbook=${1:-out/示范县-全县考评汇总.xlsx}
for tool in soffice pdftoppm pdftotext convert; do
  command -v "$tool" >/dev/null || {
    echo "$tool not found: apt-get install libreoffice-calc-nogui poppler-utils imagemagick fonts-noto-cjk" >&2
    exit 1
  }
done
[ -f "$workbook" ] || { echo "$workbook not found: run npm start first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$workbook" "$work/summary.xlsx"
soffice --headless --convert-to pdf --outdir "$work" "$work/summary.xlsx" >/dev/null 2>&1
pages=$(pdfinfo "$work/summary.pdf" | awk '/^Pages:/ {print $2}')

# The first page whose title names the tab → its picture.
render() {
  local title=$1 picture=$2 page text
  for ((page = 1; page <= pages; page++)); do
    text=$(pdftotext -f "$page" -l "$page" "$work/summary.pdf" -)
    if [[ ${text%%$'\n'*} == *"$title"* ]]; then
      pdftoppm -f "$page" -l "$page" -r 220 -png "$work/summary.pdf" "$work/page"
      convert "$work"/page-*.png -trim +repage -bordercolor white -border 24 -colors 64 "docs/$picture"
      rm -f "$work"/page-*.png
      echo "docs/$picture ← page $page ($title)"
      return
    fi
  done
  echo "no page titled $title in $workbook" >&2
  exit 1
}

render '考评排名' county-summary.png
render '主要数据' county-statistics.png
render '预警提醒' county-reminders.png
render '数据质量' county-data-quality.png
render '菜单式培训申报与施训情况' county-training-requests.png
render '督办情况' county-liaison.png
