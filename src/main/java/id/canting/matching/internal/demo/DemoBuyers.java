package id.canting.matching.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.canting.matching.BuyerType;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.BuyerProfile;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/**
 * The demo's buyers at HBN 2024's business matching: 40 synthetic companies of the types the issue names
 * (retailers, exporters, hotels, travel, Hajj-uniform buyers, government buyers). Every name, person and
 * figure here is made up; the e-mail addresses are on the reserved example domains, so no mail can reach
 * a real person.
 */
final class DemoBuyers {

	/** One line of the table below. */
	record DemoBuyer(String username, BuyerProfile profile) {
	}

	private DemoBuyers() {
	}

	private static final Object[][] TABLE = {
			// company, type, country, province, techniques (T=tulis, C=cap, K=kombinasi), categories (F=fabric, C=clothing, A=accessory), volume, unit, price min, price max, Batikmark required
			{ "Toko Wastra Lestari", "RETAILER", "ID", "31", "TK", "FC", 800, "PIECE", 150_000L, 750_000L, false },
			{ "Galeri Sekar Jagad", "RETAILER", "ID", "32", "T", "F", 300, "METRE", 250_000L, 2_500_000L, true },
			{ "Rumah Busana Parang", "RETAILER", "ID", "35", "CK", "C", 1_200, "PIECE", 120_000L, 450_000L, false },
			{ "Butik Kawung Indah", "RETAILER", "ID", "51", "T", "CA", 400, "PIECE", 200_000L, 1_500_000L, true },
			{ "Pasar Kain Nusantara", "RETAILER", "ID", "33", "C", "F", 3_000, "METRE", 40_000L, 120_000L, false },
			{ "Toserba Mega Wastra", "RETAILER", "ID", "34", "CK", "FC", 2_000, "PIECE", 90_000L, 350_000L, false },
			{ "Koperasi Karyawan Sentosa", "RETAILER", "ID", "31", "C", "C", 1_500, "PIECE", 100_000L, 250_000L, false },
			{ "Gerai Tenun dan Batik Borneo", "RETAILER", "ID", "64", "TC", "FA", 500, "PIECE", 80_000L, 600_000L, false },
			{ "Lapak Daring Batikku", "RETAILER", "ID", "32", "CK", "CA", 2_500, "PIECE", 60_000L, 300_000L, false },
			{ "Rumah Mode Truntum", "RETAILER", "ID", "16", "TK", "C", 600, "PIECE", 250_000L, 900_000L, true },
			{ "Nusantara Heritage Trading Sdn Bhd", "EXPORTER", "MY", null, "TC", "F", 5_000, "METRE", 60_000L, 400_000L, true },
			{ "Lion City Textiles Pte Ltd", "EXPORTER", "SG", null, "T", "FA", 1_000, "METRE", 300_000L, 3_000_000L, true },
			{ "Sakura Craft Import KK", "EXPORTER", "JP", null, "T", "A", 600, "PIECE", 150_000L, 1_200_000L, true },
			{ "Holland Wax & Batik BV", "EXPORTER", "NL", null, "TK", "F", 2_000, "METRE", 150_000L, 1_000_000L, true },
			{ "Pacific Batik Imports LLC", "EXPORTER", "US", null, "CK", "C", 3_000, "PIECE", 150_000L, 600_000L, false },
			{ "Gulf Modest Fashion FZE", "EXPORTER", "AE", null, "C", "C", 4_000, "PIECE", 120_000L, 400_000L, false },
			{ "Al-Haramain Textile Trading", "EXPORTER", "SA", null, "C", "FC", 6_000, "METRE", 40_000L, 150_000L, false },
			{ "Southern Cross Artisan Pty Ltd", "EXPORTER", "AU", null, "T", "FA", 400, "PIECE", 200_000L, 2_000_000L, true },
			{ "Hotel Ratu Kencana", "HOTEL", "ID", "34", "CK", "C", 600, "PIECE", 150_000L, 400_000L, false },
			{ "Grand Sekar Resort", "HOTEL", "ID", "51", "CK", "CA", 800, "PIECE", 120_000L, 500_000L, true },
			{ "Hotel Pesisir Lasem", "HOTEL", "ID", "33", "C", "C", 300, "PIECE", 120_000L, 350_000L, false },
			{ "Jaringan Hotel Cendana", "HOTEL", "ID", "31", "C", "FC", 2_000, "METRE", 50_000L, 150_000L, false },
			{ "Villa Mahoni Ubud", "HOTEL", "ID", "51", "T", "A", 200, "PIECE", 100_000L, 800_000L, false },
			{ "Hotel Kota Jambi Permai", "HOTEL", "ID", "15", "TC", "C", 250, "PIECE", 150_000L, 400_000L, false },
			{ "Tur Wisata Budaya Jawa", "TRAVEL", "ID", "34", "TC", "A", 1_000, "PIECE", 30_000L, 200_000L, false },
			{ "Agen Perjalanan Sriwijaya", "TRAVEL", "ID", "16", "C", "CA", 700, "PIECE", 50_000L, 250_000L, false },
			{ "Biro Umrah Amanah", "TRAVEL", "ID", "32", "C", "C", 2_500, "PIECE", 90_000L, 200_000L, false },
			{ "Kapal Pesiar Nusantara", "TRAVEL", "ID", "35", "CK", "A", 1_500, "PIECE", 40_000L, 300_000L, false },
			{ "Jelajah Borneo Tours", "TRAVEL", "ID", "63", "TC", "FA", 300, "PIECE", 60_000L, 400_000L, false },
			{ "Penyedia Seragam Haji Berkah", "HAJJ_UNIFORM", "ID", "31", "C", "F", 60_000, "METRE", 35_000L, 70_000L, true },
			{ "Konsorsium Seragam Jamaah Mabrur", "HAJJ_UNIFORM", "ID", "32", "C", "F", 45_000, "METRE", 35_000L, 65_000L, true },
			{ "Mitra Busana Haji Madani", "HAJJ_UNIFORM", "ID", "35", "C", "FC", 30_000, "METRE", 35_000L, 75_000L, true },
			{ "Pengadaan Seragam Haji Nusa", "HAJJ_UNIFORM", "ID", "33", "C", "F", 25_000, "METRE", 30_000L, 60_000L, false },
			{ "Kloter Seragam Haji Barokah", "HAJJ_UNIFORM", "ID", "64", "C", "F", 15_000, "METRE", 30_000L, 60_000L, false },
			{ "Biro Umum Pemerintah Provinsi (sintetis)", "GOVERNMENT", "ID", "33", "TC", "C", 3_000, "PIECE", 150_000L, 350_000L, true },
			{ "Sekretariat Pemerintah Kota (sintetis)", "GOVERNMENT", "ID", "35", "C", "C", 2_000, "PIECE", 150_000L, 300_000L, true },
			{ "Bagian Umum Pemerintah Kabupaten (sintetis)", "GOVERNMENT", "ID", "34", "TC", "CF", 1_500, "PIECE", 120_000L, 300_000L, true },
			{ "BUMD Aneka Usaha Daerah (sintetis)", "GOVERNMENT", "ID", "15", "T", "FA", 500, "PIECE", 200_000L, 1_000_000L, true },
			{ "Dekranasda Provinsi (sintetis)", "GOVERNMENT", "ID", "16", "T", "FCA", 400, "PIECE", 200_000L, 1_500_000L, true },
			{ "Perwakilan Dagang Luar Negeri (sintetis)", "GOVERNMENT", "ID", "31", "T", "FA", 300, "PIECE", 300_000L, 2_500_000L, true } };

	/** The 40 buyers, with their demo usernames ({@code pembeli.01} …). */
	static List<DemoBuyer> all() {
		List<DemoBuyer> buyers = new ArrayList<>();
		for (int i = 0; i < TABLE.length; i++) {
			Object[] row = TABLE[i];
			String number = "%02d".formatted(i + 1);
			String company = (String) row[0];
			BuyerProfile profile = new BuyerProfile(company, "Kontak Pembeli " + number,
					"pembeli" + number + "@example.com", null, BuyerType.valueOf((String) row[1]), (String) row[2],
					(String) row[3], techniques((String) row[4]), categories((String) row[5]), (Integer) row[6],
					VolumeUnit.valueOf((String) row[7]), (Long) row[8], (Long) row[9], (Boolean) row[10]);
			buyers.add(new DemoBuyer("pembeli." + number, profile));
		}
		return buyers;
	}

	private static Set<Technique> techniques(String letters) {
		Set<Technique> set = new java.util.LinkedHashSet<>();
		for (char c : letters.toCharArray()) {
			set.add(switch (c) {
				case 'T' -> Technique.TULIS;
				case 'C' -> Technique.CAP;
				default -> Technique.KOMBINASI;
			});
		}
		return set;
	}

	private static Set<ProductCategory> categories(String letters) {
		Set<ProductCategory> set = new java.util.LinkedHashSet<>();
		for (char c : letters.toCharArray()) {
			set.add(switch (c) {
				case 'F' -> ProductCategory.FABRIC;
				case 'C' -> ProductCategory.CLOTHING;
				default -> ProductCategory.ACCESSORY;
			});
		}
		return set;
	}
}
