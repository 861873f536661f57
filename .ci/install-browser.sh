#!/usr/bin/env bash
# Installs Debian's Chromium, its WebDriver and a Chinese font for the end-to-end browser tests,
# unless present: the pages' screenshots in docs/ show Chinese text.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
    && fc-list :lang=zh 2>/dev/null | grep -q .; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-wqy-microhei >/dev/null
