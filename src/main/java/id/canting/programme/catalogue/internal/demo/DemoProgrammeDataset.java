package id.canting.programme.catalogue.internal.demo;

import java.math.BigDecimal;
import java.util.List;

import id.canting.programme.catalogue.ProgrammeInput;
import id.canting.programme.catalogue.internal.ReimbursementInput;

/**
 * The demo programmes: the 2024 programmes the article names, all published. Names and kinds are
 * from the article; budgets, quotas and windows are plausible but unverified, and each description
 * says so.
 */
public final class DemoProgrammeDataset {

	static final String DEMO_NOTE = " (Demo: anggaran, kuota dan tanggal adalah contoh, bukan angka resmi.)";

	/**
	 * The machine-restructuring rates of 2018 to 2020 (domain-facts.md): 30% of the price of a domestic
	 * machine, 25% of an imported one, for every size class; paid from Rp5 M, at most Rp300 M per company.
	 */
	static final ReimbursementInput RATES_2018_2020 = new ReimbursementInput(
			List.of(new ReimbursementInput.Rate("DOMESTIC", null, BigDecimal.valueOf(30)),
					new ReimbursementInput.Rate("IMPORTED", null, BigDecimal.valueOf(25))),
			5_000_000L, 300_000_000L);

	private DemoProgrammeDataset() {
	}

	/** The programmes, in the order they are created. */
	public static List<ProgrammeInput> programmes() {
		return List.of(
				programme("PA-PEWARNA-ALAM-2024", "Pendampingan teknis pewarna alam 2024", "TECHNICAL_ASSISTANCE",
						750_000_000L, 60, "2024-02-01", "2024-03-15", "IKM",
						"Pendampingan teknis penggunaan pewarna alam bagi IKM batik tulis dan kombinasi.",
						List.of(), List.of("TULIS", "KOMBINASI"), List.of(), List.of("KECIL"), false, false, null, null),
				programme("FAS-PERALATAN-SENTRA-2024", "Fasilitasi mesin dan peralatan sentra batik 2024",
						"EQUIPMENT_FACILITATION", 2_500_000_000L, 10, "2024-03-01", "2024-04-30", "SENTRA",
						"Bantuan mesin dan peralatan untuk sentra batik; peralatan diserahkan kepada sentra, bukan kepada IKM perorangan.",
						List.of(), List.of(), List.of(), List.of(), false, false, 5, 3),
				programme("BINA-LAPAS-2024", "Pembinaan produksi batik di lembaga pemasyarakatan 2024",
						"PRISON_ASSISTANCE", 400_000_000L, 8, "2024-02-15", "2024-04-15", "IKM",
						"Pendampingan produksi batik bagi unit usaha binaan lapas.",
						List.of(), List.of(), List.of("PRISON_UNIT"), List.of(), false, false, null, null),
				programme("RESTRUKTURISASI-MESIN-2024", "Restrukturisasi mesin dan peralatan IKM batik 2024",
						"MACHINE_RESTRUCTURING", 6_000_000_000L, 40, "2024-03-01", "2024-08-31", "IKM",
						"Penggantian sebagian harga mesin baru yang telah dibeli IKM, setelah verifikasi lapangan.",
						List.of(), List.of(), List.of(), List.of(), true, false, null, 3)
					.withReimbursement(RATES_2018_2020),
				programme("PELATIHAN-SDM-2024", "Pelatihan sumber daya manusia IKM batik 2024", "TRAINING",
						900_000_000L, 120, "2024-04-01", "2024-05-31", "IKM",
						"Pelatihan desain motif, teknik produksi dan manajemen usaha bagi pekerja IKM batik.",
						List.of(), List.of(), List.of(), List.of(), false, false, null, null),
				programme("IG-GEDHOG-TUBAN-2024", "Fasilitasi indikasi geografis Batik Tulis Tenun Gedhog Tuban",
						"IG_FACILITATION", 350_000_000L, 30, "2024-05-01", "2024-07-31", "IKM",
						"Pendampingan penyusunan dokumen deskripsi indikasi geografis bersama MPIG Batik Tulis Tenun Gedhog Tuban.",
						List.of("35"), List.of("TULIS"), List.of(), List.of(), false, false, null, null),
				programme("WORKSHOP-SERAGAM-HAJI-2024", "Lokakarya produksi seragam batik haji 2024", "TRAINING",
						500_000_000L, 50, "2024-06-01", "2024-07-15", "IKM",
						"Lokakarya produksi batik cap untuk seragam jemaah haji: bahan, mutu dan kapasitas.",
						List.of(), List.of("CAP", "KOMBINASI"), List.of(), List.of(), true, false, null, null));
	}

	private static ProgrammeInput programme(String code, String name, String type, long budget, int quota,
			String opensOn, String closesOn, String target, String description, List<String> provinces,
			List<String> techniques, List<String> kinds, List<String> sizeClasses, boolean nib, boolean sentraMember,
			Integer minMembers, Integer noBenefitYears) {
		return new ProgrammeInput(code, name, type, 2024, budget, quota, opensOn, closesOn, target,
				"Direktorat Jenderal IKMA, Kementerian Perindustrian", description + DEMO_NOTE, provinces, techniques,
				kinds, sizeClasses, nib, sentraMember, minMembers, noBenefitYears);
	}
}
