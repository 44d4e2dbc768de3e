#!/bin/sh
# Install the hdesk bundle for the current user (no root): the program in ~/.local/opt/hdesk, a menu entry,
# the .hdesk file type with its icon, and "open with hdesk". Then run the self-test.
#
#   ./install-linux.sh              install the hdesk/ folder that sits next to this script
#   ./install-linux.sh --uninstall  remove all of that again (databases and settings in
#                                   ~/.local/share/hdesk are kept)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
target=$HOME/.local/opt/hdesk

remove() {
  rm -rf "$target"
  rm -f "$data/applications/hdesk.desktop" "$data/mime/packages/hdesk.xml"
  for size in 16 32 48 64 128 256 512; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/hdesk.png" \
          "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-hdesk.png"
  done
}

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$data/mime" >/dev/null 2>&1 || true
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" >/dev/null 2>&1 || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" >/dev/null 2>&1 || true
}

if [ "${1:-}" = "--uninstall" ]; then
  remove
  refresh
  echo "hdesk removed; your databases and settings in $data/hdesk are kept."
  exit 0
fi

bundle=${1:-$here/hdesk}
if [ ! -x "$bundle/hdesk" ]; then
  echo "install-linux.sh: no hdesk program in $bundle" >&2
  exit 2
fi
icons=$bundle/_internal/resources/icons

remove  # an upgrade replaces the whole folder: no stale libraries from an older version
mkdir -p "$(dirname "$target")" "$data/applications" "$data/mime/packages"
cp -a "$bundle" "$target"
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps" "$data/icons/hicolor/${size}x${size}/mimetypes"
  cp "$icons/hdesk-$size.png" "$data/icons/hicolor/${size}x${size}/apps/hdesk.png"
  cp "$icons/hdesk-file-$size.png" "$data/icons/hicolor/${size}x${size}/mimetypes/application-x-hdesk.png"
done
cat >"$data/mime/packages/hdesk.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-hdesk">
    <comment>hdesk database</comment>
    <icon name="application-x-hdesk"/>
    <glob pattern="*.hdesk"/>
  </mime-type>
</mime-info>
EOF
cat >"$data/applications/hdesk.desktop" <<EOF
[Desktop Entry]
Type=Application
Name=hdesk
GenericName=Humanitarian diplomacy desk
Comment=Annual plans, partners and regional campaigns, offline
Exec="$target/hdesk" %f
Icon=hdesk
Terminal=false
Categories=Office;
MimeType=application/x-hdesk;
EOF
refresh
echo "hdesk installed in $target"
QT_QPA_PLATFORM=offscreen "$target/hdesk" --self-test
