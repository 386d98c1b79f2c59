#!/usr/bin/env bash
# Installs what GradScope needs to build, test and run, from Debian/Ubuntu packages (apt).
# Only packages that are missing are installed; prints nothing when all are there.
set -euo pipefail
pkgs=(
  build-essential cmake pkg-config
  libeigen3-dev nlohmann-json3-dev libopenblas-dev
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libgl-dev
  libqcustomplot-dev
  libgif-dev libavcodec-dev libavformat-dev libswscale-dev libavutil-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  xvfb xauth
  imagemagick librsvg2-bin
  dpkg-dev appstream desktop-file-utils
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0
sudo=""
[[ $(id -u) -ne 0 ]] && sudo=sudo
echo "deps.sh: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
