#!/usr/bin/env bash
# Ensure the system packages GD Desktop needs at run and test time are installed:
# Qt's xcb platform plugin libraries, Mesa (software OpenGL), Xvfb, fonts, and
# the venv module. Silent when everything is present. As root with apt-get it
# installs what is missing; otherwise it prints the command to run and fails.
set -euo pipefail

packages=(
  xvfb
  libgl1 libegl1 libopengl0 libglx-mesa0 libgl1-mesa-dri
  libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xinput0
  libdbus-1-3 libfontconfig1
  libglib2.0-0  # libglib/libgthread: every PySide6 Qt library links them
  fonts-dejavu-core fonts-noto-cjk
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian/Ubuntu: the package names above do not apply; check the essentials.
  if command -v Xvfb >/dev/null 2>&1; then
    exit 0
  fi
  echo "Xvfb not found. Install Xvfb, Mesa (libGL/EGL, llvmpipe), libxkbcommon-x11," >&2
  echo "the xcb-cursor/icccm/image/keysyms/randr/render-util/shape/xfixes/xinerama/xinput" >&2
  echo "libraries, fontconfig and DejaVu/Noto CJK fonts with your package manager." >&2
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done

# Debian's python3 ships without ensurepip; `python3 -m venv` needs python3-venv.
if ! "${PYTHON:-python3}" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing+=(python3-venv)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
  exit 0
fi

echo "Missing system packages: ${missing[*]}" >&2
echo "Install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
exit 1
