#!/usr/bin/env bash
# Builds the .deb with CPack from a finished build, unpacks it into a fresh root (dpkg -x) and runs
# the programs from there, far from the source and build trees.
# usage: test_deb.sh BUILD_DIR SOURCE_DIR DATA_DIR_PROBE   (exit 77 = skipped: no cpack/dpkg-deb)
set -euo pipefail
build=$1 source=$2 probe=$3
for tool in cpack dpkg-deb; do
  command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out") >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log"; fail "cpack did not build the package"; }
deb=$(ls "$work"/out/*.deb)
echo "== dpkg-deb -I $(basename "$deb")"
dpkg-deb -I "$deb"
echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$' | tee "$work/contents"

has() { grep -qx "$1" "$work/contents" || fail "$1 is not in the package"; }
has /usr/bin/gradscope-cli
has /usr/share/applications/gradscope.desktop
has /usr/share/icons/hicolor/scalable/apps/gradscope.svg
has /usr/share/metainfo/io.github.gradscope.GradScope.metainfo.xml
for lesson in "$source"/resources/lessons/*.json; do has "/usr/share/gradscope/lessons/$(basename "$lesson")"; done
[[ -x $build/app/gradscope ]] && has /usr/bin/gradscope
dpkg-deb -f "$deb" Depends | grep -q . || fail "the package declares no Depends"

dpkg -x "$deb" "$work/root"
root=$work/root
unset GRADSCOPE_DATA_DIR
cd "$work"
echo "== gradscope-cli from the unpacked root"
"$root/usr/bin/gradscope-cli" --version
"$root/usr/bin/gradscope-cli" --help >/dev/null
"$root/usr/bin/gradscope-cli" train --steps 10 --quiet
if [[ -x $root/usr/bin/gradscope ]]; then
  QT_QPA_PLATFORM=offscreen "$root/usr/bin/gradscope" --version
fi
# render needs the GUI libraries; a build without them says so, and there is nothing to check.
lesson=$(ls "$root"/usr/share/gradscope/lessons/*.json | head -1)
if QT_QPA_PLATFORM=offscreen "$root/usr/bin/gradscope-cli" render --lesson "$lesson" \
    --out "$work/fig.png" --figure bars >"$work/render.log" 2>&1; then
  [[ -s $work/fig.png ]] || fail "render wrote no image"
  echo "render: $(stat -c %s "$work/fig.png") bytes of PNG from $(basename "$lesson")"
else
  grep -q "not available in this build" "$work/render.log" || { cat "$work/render.log"; fail "render failed"; }
  echo "render: not in this build (no GUI), skipped"
fi

echo "== data folder as the installed programs see it"
cp "$probe" "$root/usr/bin/"
"$root/usr/bin/$(basename "$probe")" | tee "$work/probe"
grep -qx "data: $root/usr/share/gradscope" "$work/probe" ||
  fail "the data folder is not the installed one"
grep -qx "lessons: $(ls "$source"/resources/lessons/*.json | wc -l)" "$work/probe" ||
  fail "not every installed lesson loaded"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/gradscope.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.gradscope.GradScope.metainfo.xml"
fi
echo "PASS: $(basename "$deb") installs and runs from a fresh root"
