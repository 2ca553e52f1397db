#!/usr/bin/env bash
# Renders build/icon.svg into the icon files electron-builder.yml names, so that packaging
# converts nothing (electron-builder would otherwise download an icon tool):
#   icon.png           1024 px master
#   icon.icns          macOS, 16 to 1024 px
#   icon.ico           Windows (window, taskbar, installer), 16 to 256 px
#   icons/NxN.png      Linux, the hicolor theme's sizes
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
# Run it after editing icon.svg and commit the results.
set -euo pipefail
cd "$(dirname "$0")"

render() { rsvg-convert --width "$1" --height "$1" icon.svg --output "$2"; }

render 1024 icon.png
mkdir -p icons
for size in 16 24 32 48 64 128 256 512; do
  render "$size" "icons/${size}x${size}.png"
done
convert icons/{16x16,24x24,32x32,48x48,64x64,128x128,256x256}.png icon.ico
png2icns icon.icns icons/{16x16,32x32,128x128,256x256,512x512}.png icon.png >/dev/null
