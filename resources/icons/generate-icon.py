#!/usr/bin/env python3
"""Draws Switchboard's app icon (icon.png, 512x512) with the standard library only.

An original mark: a rounded indigo tile with three patch-cord rows, each a line ending in a jack,
the middle one bent down to the row below like a cord on an operator's switchboard.
Run: python3 resources/icons/generate-icon.py
"""
import math
import os
import struct
import zlib

SIZE = 512
SAMPLES = 3  # supersampling per axis, for smooth edges


def rounded_rect(x, y, x0, y0, x1, y1, r):
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r and x0 <= x <= x1 and y0 <= y <= y1


def segment_distance(x, y, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(x - (ax + t * dx), y - (ay + t * dy))


CORDS = [
    [(136, 176), (300, 176)],
    [(136, 256), (236, 256), (300, 336)],
    [(136, 336), (220, 336)],
]
JACKS = [(136, 176), (136, 256), (136, 336), (300, 176), (300, 336), (376, 176), (376, 256), (376, 336)]
PLUGGED = {(300, 176), (300, 336)}


def color_at(x, y):
    if not rounded_rect(x, y, 32, 32, 480, 480, 96):
        return None
    t = (x + y) / (2 * SIZE)
    bg = (int(67 + 40 * t), int(56 + 30 * t), int(202 - 40 * t))
    for cord in CORDS:
        for (ax, ay), (bx, by) in zip(cord, cord[1:]):
            if segment_distance(x, y, ax, ay, bx, by) <= 11:
                return (255, 255, 255)
    for jx, jy in JACKS:
        d = math.hypot(x - jx, y - jy)
        if (jx, jy) in PLUGGED or jx == 136:
            if d <= 26:
                return (255, 255, 255)
        elif 16 <= d <= 26:
            return (255, 255, 255)
    return bg


def render():
    rows = []
    step = 1.0 / SAMPLES
    for py in range(SIZE):
        row = bytearray([0])
        for px in range(SIZE):
            r = g = b = a = 0
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = color_at(px + (sx + 0.5) * step, py + (sy + 0.5) * step)
                    if c:
                        r += c[0]; g += c[1]; b += c[2]; a += 1
            n = SAMPLES * SAMPLES
            row += bytes((r // a, g // a, b // a, 255 * a // n) if a else (0, 0, 0, 0))
        rows.append(bytes(row))
    return b"".join(rows)


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png")
    with open(out, "wb") as f:
        f.write(png(SIZE, SIZE, render()))
    print(out)
