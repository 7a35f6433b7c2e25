#!/usr/bin/env python3
# How to run (once, not in the build): python3 tools/geo/province-centroids.py
# Writes src/main/resources/data/regions/province-centroids.csv: one point per province (Kemendagri
# code) for the allocation plan's distance proxy (haversine km between two provinces' points, see
# docs/allocation-plan.md). A province's point is the area-weighted centroid of its polygons in
# src/main/resources/static/geo/indonesia-provinces.json (planar in degrees: good enough for a
# transport-cost proxy). The map predates the split of Kalimantan Utara (2012) and of the four new
# Papua provinces (2022): those five have no polygon, and the polygons of Kalimantan Timur, Papua and
# Papua Barat still cover the territory that was split off, so these eight take their capital's
# coordinates instead (listed in CAPITALS below).
import csv, json, os

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
MAP = os.path.join(ROOT, 'src/main/resources/static/geo/indonesia-provinces.json')
PROVINCES = os.path.join(ROOT, 'src/main/resources/data/regions/provinces.csv')
OUT = os.path.join(ROOT, 'src/main/resources/data/regions/province-centroids.csv')

# code: (capital, latitude, longitude)
CAPITALS = {
    '64': ('Samarinda', -0.502, 117.154),
    '65': ('Tanjung Selor', 2.837, 117.367),
    '91': ('Jayapura', -2.533, 140.718),
    '92': ('Manokwari', -0.861, 134.062),
    '93': ('Merauke', -8.493, 140.401),
    '94': ('Nabire', -3.366, 135.496),
    '95': ('Wamena', -4.097, 138.944),
    '96': ('Sorong', -0.876, 131.255),
}


def ring_centroid(ring):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return area / 2, cx, cy


def centroid(geometry):
    polygons = geometry['coordinates'] if geometry['type'] == 'MultiPolygon' else [geometry['coordinates']]
    total = sx = sy = 0.0
    for polygon in polygons:
        for index, ring in enumerate(polygon):
            area, cx, cy = ring_centroid(ring)
            sign = 1 if index == 0 else -1  # holes subtract
            total += sign * abs(area)
            sx += sign * abs(area) * (cx / (6 * area) if area else 0)
            sy += sign * abs(area) * (cy / (6 * area) if area else 0)
    return sy / total, sx / total  # lat, lon


with open(MAP) as f:
    features = {feature['properties']['code']: feature for feature in json.load(f)['features']}
with open(PROVINCES) as f:
    provinces = list(csv.DictReader(f))
with open(OUT, 'w', newline='') as f:
    f.write('# Province points for the allocation plan\'s distance proxy, written by tools/geo/province-centroids.py.\n')
    f.write('# Area-weighted centroid of the province map\'s polygons; capital city instead for '
            + ', '.join(f'{c} ({CAPITALS[c][0]})' for c in sorted(CAPITALS))
            + ' (no polygon, or a polygon from before the 2012/2022 splits).\n')
    f.write('code,name,lat,lon\n')
    for province in provinces:
        code = province['code']
        if code in CAPITALS:
            lat, lon = CAPITALS[code][1], CAPITALS[code][2]
        else:
            lat, lon = centroid(features[code]['geometry'])
        f.write(f'{code},{province["name"]},{lat:.3f},{lon:.3f}\n')
print('wrote', OUT)
