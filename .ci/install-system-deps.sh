#!/usr/bin/env bash
# Debian packages for what compares against outside tools: the reference values of the tests (npm run references,
# npm run check-references: SciPy, statsmodels, NumPy), the benchmarks (pandas), check-workflows (shellcheck), and
# what the browser layout test renders reports with (cmark-gfm: GitHub's Markdown renderer; chromium; the emoji font;
# a font with Helvetica's and Arial's widths).
set -euo pipefail
need=()
/usr/bin/python3 -c 'import scipy, statsmodels, pandas, numpy' 2>/dev/null || need+=(python3-scipy python3-statsmodels python3-pandas python3-numpy)
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v cmark-gfm >/dev/null 2>&1 || need+=(cmark-gfm)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || need+=(fonts-noto-color-emoji)
# GitHub's font stack ends in Helvetica and Arial: without a font of their widths (Liberation Sans), the browser test
# lays reports out in DejaVu Sans, about 10% wider, and its tables overflow a comment column they fit in on GitHub.
fc-list 2>/dev/null | grep -qi 'Liberation Sans' || need+=(fonts-liberation)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
