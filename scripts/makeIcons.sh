#!/bin/sh
# Draws the app icon (a dossier page with a red seal on the app's blue) and writes build/icon.png
# (512×512: electron-builder derives the macOS .icns and Linux sizes from it) and build/icon.ico
# (16–256 px, Windows). Needs ImageMagick 6 (`apt-get install imagemagick`). Run from the repository root.
set -eu
convert -size 512x512 xc:none \
  -fill '#1f4e8c' -draw 'roundrectangle 24,24 487,487 88,88' \
  -fill white -draw 'polygon 140,92 318,92 382,156 382,424 140,424' \
  -fill '#c8d6ea' -draw 'polygon 318,92 318,156 382,156' \
  -fill '#1f4e8c' \
  -draw 'rectangle 180,190 342,206' -draw 'rectangle 180,236 342,252' \
  -draw 'rectangle 180,282 290,298' \
  -fill '#d62828' -draw 'circle 326,362 326,316' \
  -fill white -draw 'circle 326,362 326,340' \
  -fill '#d62828' -draw 'circle 326,362 326,350' \
  PNG32:build/icon.png
convert build/icon.png -define icon:auto-resize=256,128,64,48,32,16 build/icon.ico
