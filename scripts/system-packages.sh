#!/usr/bin/env bash
# The Debian packages the tests need, in one place for CI and for a fresh machine:
# chromium: browser tests of the task pane; libreoffice-calc-nogui: recalculating
# generated workbooks; poppler-utils: PDF to PNG; libsecret/pkg-config: keytar,
# a native dependency of office-addin-dev-certs that `npm ci` builds.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  chromium libreoffice-calc-nogui fonts-liberation poppler-utils libsecret-1-dev pkg-config >/dev/null
