#!/usr/bin/env python3
"""Build the dashboard's world outline (an SVG of country shapes) from Natural Earth. Run once by hand.

    pip install pyshp                         # pure-Python shapefile reader (MIT)
    python3 scripts/make-world-outline.py     # fetches the geopandas 0.14.4 wheel with pip if --wheel is not given

Source: Natural Earth 1:110m Admin 0 – Countries (public domain, naturalearthdata.com), as shipped
inside PyPI's geopandas 0.14.4 wheel (geopandas/datasets/naturalearth_lowres; geopandas' code is
BSD-3, the data public domain; later geopandas versions no longer ship it). Only the shapefile is
read: geopandas itself is neither installed nor imported.

Writes Sources/Web/Resources/world-outline.svg: one <path id="ISO3"> per country (Antarctica left
out), in the equirectangular (plate carrée) projection with 10 units a degree:

    x = (lon + 180) * 10        y = (90 - lat) * 10        (integers: 0.1°, about 11 km)

so a point is drawn on it with the same two lines. The viewBox shows 85°N to 60°S.
"""
from __future__ import annotations

import argparse
import glob
import io
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SCALE = 10  # units a degree

# Natural Earth writes -99 where a country has no ISO code of its own; the lexicon's codes for them.
FIX_ISO3 = {"Kosovo": "KSV", "France": "FRA", "Norway": "NOR", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def fetch_wheel() -> str:
    d = tempfile.mkdtemp(prefix="world-outline-")
    print("make-world-outline: pip download geopandas==0.14.4 …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", d, "geopandas==0.14.4"], check=True)
    return glob.glob(os.path.join(d, "geopandas-0.14.4-*.whl"))[0]


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(pts, tol):
    """Douglas–Peucker on a closed ring (the first point kept)."""
    if len(pts) < 5:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        i, j = stack.pop()
        best, k = 0.0, -1
        for m in range(i + 1, j):
            d = perpendicular(pts[m], pts[i], pts[j])
            if d > best:
                best, k = d, m
        if best > tol and k > 0:
            keep[k] = True
            stack += [(i, k), (k, j)]
    return [p for p, f in zip(pts, keep) if f]


def ring_path(ring) -> str:
    pts = []
    for lon, lat in ring:
        p = (round((lon + 180) * SCALE), round((90 - lat) * SCALE))
        if not pts or p != pts[-1]:
            pts.append(p)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    if len(pts) < 3:
        return ""
    out = [f"M{pts[0][0]} {pts[0][1]}"]
    px, py = pts[0]
    rel = []
    for x, y in pts[1:]:
        rel.append(f"{x - px} {y - py}")
        px, py = x, y
    # Relative coordinates, one "l" for the whole ring; negative numbers need no separator.
    body = " ".join(rel).replace(" -", "-")
    return out[0] + "l" + body + "z"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheel", help="the geopandas-0.14.4 wheel (default: pip download it)")
    ap.add_argument("--out", default=os.path.join(ROOT, "Sources", "Web", "Resources", "world-outline.svg"))
    ap.add_argument("--tolerance", type=float, default=0.0, help="Douglas–Peucker tolerance in degrees (0: none)")
    args = ap.parse_args()
    try:
        import shapefile  # pyshp
    except ImportError:
        sys.exit("make-world-outline: pyshp is not installed (pip install pyshp)")
    wheel = args.wheel or fetch_wheel()
    with zipfile.ZipFile(wheel) as z:
        files = {ext: io.BytesIO(z.read(f"{MEMBER}.{ext}")) for ext in ("shp", "shx", "dbf")}
        codepage = z.read(f"{MEMBER}.cpg").decode("ascii").strip()  # the .dbf's text encoding
    encoding = {"1252": "cp1252", "ISO88591": "latin-1", "UTF-8": "utf-8"}.get(codepage.replace("-", "").upper(), codepage)
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding=encoding)

    paths = []
    points = 0
    for sr in reader.iterShapeRecords():
        rec = sr.record.as_dict()
        name, iso3 = rec["name"], rec["iso_a3"]
        if iso3 == "-99" or name in FIX_ISO3:
            iso3 = FIX_ISO3.get(name, iso3)
        if iso3 == "ATA" or iso3 == "-99":
            continue
        shp = sr.shape
        parts = list(shp.parts) + [len(shp.points)]
        d = []
        for a, b in zip(parts, parts[1:]):
            ring = shp.points[a:b]
            if args.tolerance > 0:
                ring = simplify(ring, args.tolerance)
            s = ring_path(ring)
            if s:
                d.append(s)
                points += s.count(" ")
        if d:
            esc = name.replace("&", "&amp;").replace("<", "&lt;")
            paths.append((iso3, f'<path id="{iso3}" d="{"".join(d)}"><title>{esc}</title></path>'))
    paths.sort()
    header = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 50 3600 1450" direction="ltr">\n'
        "<!-- World outline for Tawthiq's dashboard. Made with Natural Earth: 1:110m Admin 0 - Countries\n"
        "     (public domain, naturalearthdata.com), as shipped in PyPI's geopandas 0.14.4 (naturalearth_lowres),\n"
        "     converted by scripts/make-world-outline.py. Equirectangular: x = (lon + 180) * 10, y = (90 - lat) * 10.\n"
        "     One path a country, id = ISO 3166-1 alpha-3 (KSV Kosovo as the lexicon writes it; CYN Northern\n"
        "     Cyprus and SOL Somaliland are Natural Earth's own codes). Do not edit by hand. -->\n"
        '<g fill="#e9ecef" stroke="#adb5bd" stroke-width="1" stroke-linejoin="round">\n'
    )
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(header)
        for _, p in paths:
            f.write(p + "\n")
        f.write("</g>\n</svg>\n")
    print(f"make-world-outline: {len(paths)} countries, ~{points} points, {os.path.getsize(args.out):,} bytes → {os.path.relpath(args.out, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
