#!/bin/sh
# Adds chizhou-desk to the desktop's application menu (UOS, Kylin, GNOME, KDE ...) for this user.
# Run it once from the unpacked folder; run it again if the folder moves.
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
cat > "$apps/chizhou-desk.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Key Task Desk
Name[zh_CN]=重点工作责任清单
Comment=Keep, print and submit the key-task responsibility list
Comment[zh_CN]=重点工作责任清单 联络员桌面工具
Exec="$here/chizhou-desk"
Icon=$here/_internal/resources/icons/app.png
Terminal=false
Categories=Office;
DESKTOP
chmod +x "$apps/chizhou-desk.desktop"
echo "added $apps/chizhou-desk.desktop"
