"""The class's address: where on the school's network students reach the host, as a URL
for the projector and its QR code. Only the address: a seat's code never goes into a URL
that a projector shows (a student types it, or it follows the page's '#')."""

from __future__ import annotations

import io
import ipaddress
import socket

import psutil
import segno

# Interfaces a student's device cannot be on: containers, virtual machines, VPN tunnels.
VIRTUAL = ("docker", "veth", "br-", "virbr", "vmnet", "vboxnet", "utun", "tun", "tap", "wg",
           "tailscale", "zt", "lxc", "lxd", "cni", "flannel", "podman", "vEthernet")  # fmt: skip


def _probe() -> str | None:
    """The address the system would send from toward a private network (no packet is
    sent): the best guess when the interfaces cannot be listed."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return None


def candidates() -> list[str]:
    """The host's IPv4 addresses that students may reach, likeliest first: on an
    interface that is up and not virtual, private (a school's or a hotspot's network)
    before public; loopback and link-local never. Falls back to the probe's guess, then
    to loopback (one machine: the host plays and joins itself)."""
    ranked: list[tuple[int, str]] = []
    try:
        stats = psutil.net_if_stats()
        for name, addresses in psutil.net_if_addrs().items():
            up = stats.get(name)
            if up is None or not up.isup:
                continue
            for address in addresses:
                if address.family != socket.AF_INET:
                    continue
                ip = ipaddress.IPv4Address(address.address)
                if ip.is_loopback or ip.is_link_local or ip.is_unspecified:
                    continue
                virtual = name.lower().startswith(tuple(v.lower() for v in VIRTUAL))
                ranked.append((2 * virtual + (not ip.is_private), str(ip)))
    except (OSError, RuntimeError, ValueError):  # a system psutil cannot read
        ranked = []
    found = [address for _, address in sorted(ranked, key=lambda r: r[0])]
    guess = _probe()
    if guess and guess not in found and not guess.startswith("127."):
        found.append(guess)
    return list(dict.fromkeys(found)) or ["127.0.0.1"]


def class_url(address: str, port: int) -> str:
    """The address students open: the host's own web page on the game's port."""
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}/"


def qr(url: str) -> segno.QRCode:
    """The URL as a QR code, with room for a phone to read it from the back of a room
    (error correction level M: a projector's glare or a smudge still reads)."""
    return segno.make_qr(url, error="m")


def qr_text(url: str) -> str:
    """The QR code in a terminal's characters, two rows of modules a line (segno's:
    a light module is a block of the terminal's text colour, made for the light text on
    dark of most terminals)."""
    out = io.StringIO()
    qr(url).terminal(out=out, compact=True, border=2)
    return out.getvalue().rstrip("\n")


def qr_svg(url: str) -> str:
    """The QR code as an SVG document (for a page of the web client)."""
    code = qr(url)
    return str(code.svg_inline(scale=4, border=4, dark="#000", light="#fff"))
