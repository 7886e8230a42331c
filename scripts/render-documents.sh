#!/usr/bin/env bash
# Renders the first page of the drafted documents to the pictures the README shows (docs/notice-page.png,
# docs/work-summary-page.png): LibreOffice headless → PDF → pdftoppm at 60 dpi → 32 colours (ImageMagick, if there).
# Usage: scripts/render-documents.sh [out] [2026]   (run `npm start` or `shuangpei report` first to write them)
# Needs Debian's libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-out}
year=${2:-$(date +%Y)}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || {
    echo "$tool not found: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk" >&2
    exit 1
  }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
render() {
  local document=$1 picture=$2
  [ -f "$out/$document-$year.docx" ] || { echo "$out/$document-$year.docx not found: run npm start first" >&2; exit 1; }
  cp "$out/$document-$year.docx" "$work/document.docx"
  soffice --headless --convert-to pdf --outdir "$work" "$work/document.docx" >/dev/null 2>&1
  pdftoppm -f 1 -l 1 -r 60 -png -singlefile "$work/document.pdf" "$work/page"
  if command -v convert >/dev/null; then convert "$work/page.png" -colors 32 "docs/$picture"; else cp "$work/page.png" "docs/$picture"; fi
  rm -f "$work"/document.*
  echo "docs/$picture ← page 1 of $out/$document-$year.docx"
}
render 考评结果通报 notice-page.png
render 双培双带工作总结 work-summary-page.png
