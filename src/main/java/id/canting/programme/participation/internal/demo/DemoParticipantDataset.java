package id.canting.programme.participation.internal.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

import id.canting.programme.participation.internal.SessionInput;
import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;

/**
 * The demo sessions and participants of the four 2024 programmes that gather people: which sessions
 * each held, from which IKM (chosen by province, technique and kind) it drew participants, and a
 * deterministic source of names, genders and attendance. Attendance is high on the whole (most
 * participants come to every session) with some who missed too many sessions for a certificate.
 * Nothing here touches the database; {@link DemoParticipantDataLoader} loads it through the facades.
 */
public final class DemoParticipantDataset {

	/** Fixed seed (the day Batik was inscribed by UNESCO): the same people everywhere, always. */
	static final long SEED = 20091002L;

	/** The chance that a participant comes to any one session. */
	static final double PRESENCE = 0.9;
	/** Every this-many-th participant has a hard time coming (half the sessions, about). */
	static final int IRREGULAR_EVERY = 7;
	static final double IRREGULAR_PRESENCE = 0.5;

	private static final List<String> WOMEN = List.of("Siti", "Sri", "Dewi", "Rina", "Wahyuni", "Endang", "Suci",
			"Ratna", "Yuliana", "Fitri", "Nur", "Dian", "Ani", "Indah", "Kartini", "Murni", "Sumarni", "Warsini",
			"Sulastri", "Rukmini", "Puji", "Nining", "Tutik", "Umi");
	private static final List<String> WOMEN_SECOND = List.of("Handayani", "Susanti", "Lestari", "Pratiwi", "Utami",
			"Rahayu", "Purwanti", "Wulandari", "Kusumawati", "Maharani", "Safitri", "Puspitasari", "Anggraini",
			"Rahmawati");
	private static final List<String> MEN = List.of("Budi", "Agus", "Slamet", "Joko", "Bambang", "Heru", "Teguh",
			"Wahyu", "Dedi", "Eko", "Rudi", "Sugeng", "Hendra", "Ahmad", "Imam", "Rahmat", "Yusuf", "Arif", "Didik",
			"Suryo");
	private static final List<String> MEN_SECOND = List.of("Santoso", "Saputra", "Hidayat", "Nugroho", "Setiawan",
			"Kurniawan", "Prasetyo", "Wibowo", "Gunawan", "Firmansyah", "Hartono", "Susilo", "Purnomo", "Sutrisno");

	private DemoParticipantDataset() {
	}

	/** Where a programme finds its participants: this many IKM per province, of a technique and kind. */
	record Pick(String provinceCode, int ikmCount) {
	}

	/**
	 * A programme's demo: its sessions, and its participants from IKM of these provinces (in order of
	 * name), {@code perIkm} people from each; {@code ownerIkmFirst} puts the demo owner's IKM first.
	 */
	record ProgrammePlan(String code, List<SessionInput> sessions, List<Pick> picks, Technique technique, IkmKind kind,
			SizeClass sizeClass, boolean nibRequired, int perIkm, boolean ownerIkmFirst) {
	}

	/** The four programmes, in the order they are loaded. */
	static List<ProgrammePlan> plans() {
		String bbspjikb = "Balai Besar Standardisasi dan Pelayanan Jasa Industri Kerajinan dan Batik, Yogyakarta";
		String jakarta = "Kantor Kementerian Perindustrian, Jakarta";
		return List.of(
				new ProgrammePlan("PA-PEWARNA-ALAM-2024", List.of(
						session("2024-04-22", "Pengenalan pewarna alam dan bahan baku lokal", bbspjikb),
						session("2024-05-06", "Ekstraksi warna biru dari indigofera", bbspjikb),
						session("2024-05-20", "Pewarnaan dengan kayu tingi, jambal dan tegeran", bbspjikb),
						session("2024-06-03", "Mordan dan fiksasi: tawas, kapur dan tunjung", bbspjikb),
						session("2024-06-17", "Uji ketahanan luntur warna", bbspjikb),
						session("2024-07-01", "Evaluasi produk dan rencana produksi", bbspjikb)),
						List.of(new Pick("33", 5), new Pick("34", 4), new Pick("35", 4), new Pick("32", 2)),
						Technique.TULIS, IkmKind.REGULAR, SizeClass.KECIL, false, 2, false),
				new ProgrammePlan("BINA-LAPAS-2024", List.of(
						session("2024-05-13", "Dasar membatik tulis dengan canting", "Lapas peserta (pendampingan keliling)"),
						session("2024-05-27", "Membuat pola dan motif", "Lapas peserta (pendampingan keliling)"),
						session("2024-06-10", "Pewarnaan colet dan celup", "Lapas peserta (pendampingan keliling)"),
						session("2024-06-24", "Pelorodan dan penyelesaian kain", "Lapas peserta (pendampingan keliling)"),
						session("2024-07-08", "Mutu produk dan pemasaran karya warga binaan",
								"Lapas peserta (pendampingan keliling)")),
						List.of(new Pick(null, 50)), null, IkmKind.PRISON_UNIT, null, false, 2, false),
				new ProgrammePlan("PELATIHAN-SDM-2024", List.of(
						session("2024-06-10", "Desain motif batik kontemporer", jakarta),
						session("2024-06-17", "Teknik batik cap yang efisien", jakarta),
						session("2024-06-24", "Pengendalian mutu sesuai SNI batik", jakarta),
						session("2024-07-01", "Menghitung harga pokok produksi", jakarta),
						session("2024-07-08", "Pemasaran digital dan lokapasar", jakarta),
						session("2024-07-15", "Pengelolaan limbah malam dan pewarna", jakarta),
						session("2024-07-22", "Keselamatan dan kesehatan kerja di bengkel batik", jakarta),
						session("2024-07-29", "Rencana pengembangan usaha", jakarta)),
						List.of(new Pick("33", 6), new Pick("35", 5), new Pick("34", 3), new Pick("32", 3),
								new Pick("15", 2), new Pick("31", 1)),
						null, IkmKind.REGULAR, null, false, 2, true),
				new ProgrammePlan("WORKSHOP-SERAGAM-HAJI-2024", List.of(
						session("2024-08-05", "Spesifikasi seragam haji: kain primisima dan batik cap", jakarta),
						session("2024-08-06", "Perencanaan kapasitas produksi dan jadwal pengiriman", jakarta),
						session("2024-08-07", "Pengendalian mutu dan pengemasan", jakarta)),
						List.of(new Pick("33", 4), new Pick("35", 4), new Pick("32", 2), new Pick("34", 2)),
						Technique.CAP, IkmKind.REGULAR, null, true, 2, false));
	}

	private static SessionInput session(String day, String topic, String place) {
		return new SessionInput(null, day, topic, place);
	}

	/** The names, genders and attendance of the demo participants, drawn in a fixed order from one seed. */
	static final class People {

		private final Random random = new Random(SEED);
		private int drawn;

		/** A woman with this chance (the share of women among the IKM's workers), else a man. */
		boolean woman(double share) {
			return random.nextDouble() < share;
		}

		/** A name not yet in {@code taken} (the names already drawn for the same IKM). */
		String name(boolean woman, Set<String> taken) {
			String name;
			do {
				name = woman ? pick(WOMEN) + " " + pick(WOMEN_SECOND) : pick(MEN) + " " + pick(MEN_SECOND);
			}
			while (taken.contains(name));
			taken.add(name);
			return name;
		}

		/** For each of {@code sessions} sessions, whether the next participant came. */
		boolean[] attendance(int sessions) {
			double chance = ++drawn % IRREGULAR_EVERY == 0 ? IRREGULAR_PRESENCE : PRESENCE;
			boolean[] present = new boolean[sessions];
			for (int i = 0; i < sessions; i++) {
				present[i] = random.nextDouble() < chance;
			}
			return present;
		}

		private String pick(List<String> names) {
			return names.get(random.nextInt(names.size()));
		}
	}
}
