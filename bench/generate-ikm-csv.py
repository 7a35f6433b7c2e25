#!/usr/bin/env python3
# How to run: python3 bench/generate-ikm-csv.py 1000000 > /tmp/ikm-1m.csv
"""A CSV of N realistic, valid IKM rows with the import template's Indonesian headers: unique NIBs,
regencies of the 11 batik provinces, techniques, categories, Indonesian number formats."""
import csv, random, sys

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
rng = random.Random(20241002)
regencies = []
with open('src/main/resources/data/regions/regencies.csv', encoding='utf-8') as f:
    for row in csv.DictReader(f):
        if row['province_code'] in ('33', '35', '34', '15', '32', '31', '64', '16', '63', '72', '51'):
            regencies.append(row['code'])
first = ['Sekar', 'Canting', 'Lestari', 'Mawar', 'Sido', 'Arum', 'Mega', 'Tirta', 'Surya', 'Kusuma']
owners_f = ['Siti Aminah', 'Sri Wahyuni', 'Endang Rahayu', 'Ayu Lestari', 'Dewi Kartika']
owners_m = ['Budi Santoso', 'Agus Salim', 'Eko Prasetyo', 'Joko Susilo', 'Hadi Purnomo']
out = csv.writer(sys.stdout, delimiter=';', lineterminator='\n')
out.writerow(['NIB', 'Nama IKM', 'Nama pemilik', 'Jenis kelamin pemilik', 'Alamat', 'Kabupaten/kota', 'Jenis unit',
              'Teknik', 'Kategori produk', 'Pewarna', 'Tenaga kerja laki-laki', 'Tenaga kerja perempuan',
              'Kapasitas per bulan', 'Investasi (Rp)', 'Tahun berdiri', 'Telepon', 'Email'])
for i in range(N):
    female = rng.random() < 0.6
    investment = rng.randrange(20, 900) * 1_000_000
    out.writerow([f'98{i:011d}', f'Batik Bench {rng.choice(first)} {i}', rng.choice(owners_f if female else owners_m),
                  'FEMALE' if female else 'MALE', f'Jl. Batik No. {rng.randrange(1, 200)}', rng.choice(regencies),
                  'REGULAR', rng.choice(['TULIS', 'CAP', 'TULIS, CAP', 'KOMBINASI']), rng.choice(['FABRIC', 'FABRIC, CLOTHING']),
                  rng.choice(['NATURAL', 'SYNTHETIC', '']), rng.randrange(0, 10), rng.randrange(1, 15),
                  rng.randrange(50, 2000), f'{investment:,}'.replace(',', '.'), rng.randrange(1970, 2023),
                  f'08{rng.randrange(10**9, 10**10)}', ''])
