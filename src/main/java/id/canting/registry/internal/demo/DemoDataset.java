package id.canting.registry.internal.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.canting.region.Regency;
import id.canting.registry.Dye;
import id.canting.registry.Gender;
import id.canting.registry.IkmInput;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Revitalisation;
import id.canting.registry.SentraInput;
import id.canting.registry.SentraRules;
import id.canting.registry.Technique;

/**
 * The synthetic demo dataset: sentra and IKM whose totals reproduce the article's headline figures
 * (201 sentra with the BPS count per province, 5,946 IKM in 11 provinces, 200,000 workers) while
 * the details (places, names, techniques, workers, investment) look like Indonesia's batik industry.
 * <p>
 * Generation is deterministic: one {@link Random} with a fixed seed, consumed in a fixed order over
 * lists sorted by code, so every start and every test sees the same records. Nothing here touches
 * the database; {@link DemoDataLoader} registers the records through the registry's public API.
 */
public final class DemoDataset {

	/** Fixed seed (the opening day of HBN 2024): the same dataset everywhere, always. */
	static final long SEED = 20241002L;
	static final int SENTRA_TOTAL = 201;
	static final int IKM_TOTAL = 5_946;
	static final int WORKERS_TOTAL = 200_000;
	static final int COOPERATIVES = 40;

	private final List<SentraInput> sentra;
	private final List<DemoIkm> ikm;

	private DemoDataset(List<SentraInput> sentra, List<DemoIkm> ikm) {
		this.sentra = List.copyOf(sentra);
		this.ikm = List.copyOf(ikm);
	}

	/**
	 * Generates the dataset.
	 *
	 * @param regencies all regencies and cities (any order); sentra and IKM are placed in those of
	 * the 11 batik provinces, found by name where a real batik centre exists
	 */
	public static DemoDataset generate(List<Regency> regencies) {
		return new Generator(regencies, SEED).generate();
	}

	/** The sentra, in registration order; {@link DemoIkm#sentraIndex()} points into this list. */
	public List<SentraInput> sentra() {
		return sentra;
	}

	/** The IKM, in registration order. */
	public List<DemoIkm> ikm() {
		return ikm;
	}

	/**
	 * A demo IKM before its sentra exists in the database: {@code input} carries no sentra id;
	 * {@code sentraIndex} is the index of its sentra in {@link DemoDataset#sentra()}, or
	 * {@code null} for an IKM outside any sentra.
	 */
	public record DemoIkm(IkmInput input, Integer sentraIndex) {

		/** The input to register once the sentra has been given its database id. */
		public IkmInput withSentraId(Long sentraId) {
			IkmInput i = input;
			return new IkmInput(i.nib(), i.name(), i.ownerName(), i.ownerGender(), i.address(), i.regencyCode(),
					sentraId, i.kind(), i.techniques(), i.categories(), i.dyes(), i.workersMale(), i.workersFemale(),
					i.capacityPerMonth(), i.investmentIdr(), i.yearFounded(), i.phone(), i.email());
		}
	}

	// ---------------------------------------------------------------------------------------------
	// The plan: where the sentra and IKM are, per province.
	// ---------------------------------------------------------------------------------------------

	/**
	 * A real batik centre: a regency (looked up by its name in the region data), its weight when the
	 * province's sentra are shared out, known localities to name its sentra after, and the technique
	 * it is known for (or {@code null}).
	 */
	record Centre(String regencyName, int weight, Technique focus, List<String> localities) {

		static Centre of(String regencyName, int weight, String... localities) {
			return new Centre(regencyName, weight, null, List.of(localities));
		}

		static Centre tulis(String regencyName, int weight, String... localities) {
			return new Centre(regencyName, weight, Technique.TULIS, List.of(localities));
		}
	}

	/**
	 * One province: its sentra count (BPS), its IKM count, the share of its IKM that belong to a
	 * sentra, the weight of regencies that are not a named centre (0: sentra only in the centres),
	 * village names for sentra beyond the named localities, and local motif names for businesses.
	 */
	record ProvincePlan(String code, int sentra, int ikm, double memberShare, int otherWeight, List<String> villages,
			List<String> motifs, List<Centre> centres) {
	}

	/** A batik unit run in a prison (binaan lapas); always outside any sentra. */
	record Prison(String provinceCode, String regencyName, String name, boolean women) {
	}

	static final List<String> JAVA_VILLAGES = List.of("Sidomulyo", "Karangrejo", "Sukorejo", "Mulyorejo",
			"Tegalsari", "Kedungsari", "Banjarsari", "Ngadirejo", "Purwosari", "Sumbersari", "Wonosari", "Margomulyo",
			"Tanjungsari", "Sidorejo", "Krajan", "Kalisari", "Sumberejo", "Jatisari", "Ngemplak", "Pandean",
			"Gondang", "Tambakrejo", "Wonorejo", "Kebonsari", "Candirejo", "Sambirejo", "Bendosari", "Panjangrejo");
	static final List<String> SUNDA_VILLAGES = List.of("Sukamaju", "Sukasari", "Cibeureum", "Sindangsari",
			"Mekarsari", "Karangsari", "Sukamulya", "Cikoneng", "Babakan", "Sindanglaut");

	/** The 11 provinces; the sentra add up to 201 and the IKM to 5,946 (checked on generation). */
	static final List<ProvincePlan> PROVINCES = List.of(jawaTengah(), jawaTimur(), yogyakarta(), jambi(), jawaBarat(),
			jakarta(), kalimantanTimur(), sumateraSelatan(), kalimantanSelatan(), sulawesiTengah(), bali());

	private static ProvincePlan jawaTengah() {
		return new ProvincePlan("33", 72, 2_310, 0.88, 1, JAVA_VILLAGES,
				List.of("Jlamprang", "Buketan", "Lok Can", "Latohan", "Tiga Negeri", "Sogan", "Sido Mukti",
						"Parang Rusak", "Sekar Jagad", "Pring Sedapur", "Kawung"),
				List.of(Centre.of("KOTA PEKALONGAN", 12, "Kauman", "Pesindon", "Kradenan", "Pasirsari", "Landungsari",
						"Setono", "Jenggot", "Banyurip", "Krapyak", "Medono", "Tirto"),
						Centre.of("KABUPATEN PEKALONGAN", 12, "Wiradesa", "Wonopringgo", "Kedungwuni", "Buaran",
								"Pekajangan", "Kemplong", "Bligo", "Pakumbulan", "Simbangkulon", "Tegaldowo"),
						Centre.of("KOTA SURAKARTA", 8, "Laweyan", "Kauman", "Sondakan", "Pajang", "Kratonan",
								"Tegalsari"),
						Centre.of("KABUPATEN SRAGEN", 8, "Kliwonan", "Pilang", "Masaran", "Plupuh", "Gedongan",
								"Sidodadi"),
						Centre.tulis("KABUPATEN REMBANG", 6, "Lasem Babagan", "Lasem Karangturi", "Lasem Sumbergirang",
								"Lasem Soditan", "Lasem Jolotundo", "Lasem Gedongmulyo"),
						Centre.of("KABUPATEN KLATEN", 5, "Bayat", "Jarum", "Kebon", "Paseban", "Beluk"),
						Centre.tulis("KABUPATEN BATANG", 4, "Kalipucang", "Denasri", "Proyonanggan", "Kasepuhan"),
						Centre.of("KABUPATEN SUKOHARJO", 3),
						Centre.of("KABUPATEN KARANGANYAR", 2, "Girilayu", "Matesih"),
						Centre.tulis("KABUPATEN PATI", 2, "Bakaran Wetan", "Bakaran Kulon"),
						Centre.of("KABUPATEN BANYUMAS", 2, "Sokaraja", "Papringan"),
						Centre.of("KABUPATEN CILACAP", 2, "Maos"),
						Centre.of("KABUPATEN BREBES", 2, "Salem"),
						Centre.of("KABUPATEN TEGAL", 2, "Bengle"),
						Centre.of("KABUPATEN WONOGIRI", 2, "Tirtomoyo"),
						Centre.of("KOTA SEMARANG", 2, "Bubakan"),
						Centre.of("KABUPATEN KUDUS", 2, "Langgardalem"),
						Centre.of("KABUPATEN PEMALANG", 2),
						Centre.of("KABUPATEN BLORA", 2, "Jepon")));
	}

	private static ProvincePlan jawaTimur() {
		return new ProvincePlan("35", 62, 1_640, 0.88, 1, JAVA_VILLAGES,
				List.of("Gentongan", "Gajah Oling", "Jonegoroan", "Sekar Jagad", "Pring Sedapur", "Kerek Gedhog",
						"Majapahit", "Tanjung Bumi", "Sido Luhur", "Kawung"),
				List.of(Centre.tulis("KABUPATEN PAMEKASAN", 8, "Klampar", "Proppo", "Toket", "Candi Burung",
						"Rang Perang", "Pagendingan", "Banyupelle"),
						Centre.tulis("KABUPATEN BANGKALAN", 7, "Tanjung Bumi", "Paseseh", "Telaga Biru", "Macajah",
								"Tambak Pocok", "Bumianyar"),
						Centre.tulis("KABUPATEN TUBAN", 7, "Gedhog Kerek", "Kedungrejo", "Margorejo", "Gaji",
								"Jarorejo", "Karanglo"),
						Centre.of("KABUPATEN SUMENEP", 5, "Pakandangan Barat", "Bluto", "Prenduan"),
						Centre.of("KABUPATEN SIDOARJO", 5, "Jetis", "Kenongo", "Sekardangan", "Tulangan"),
						Centre.of("KABUPATEN MADIUN", 4, "Kenongorejo", "Pilangkenceng", "Wungu"),
						Centre.of("KABUPATEN BANYUWANGI", 3, "Temenggungan", "Gombengsari"),
						Centre.of("KABUPATEN SAMPANG", 2),
						Centre.of("KABUPATEN TULUNGAGUNG", 2, "Kalangbret"),
						Centre.of("KABUPATEN PACITAN", 2, "Tulakan"),
						Centre.of("KABUPATEN TRENGGALEK", 2),
						Centre.of("KABUPATEN PONOROGO", 2),
						Centre.of("KABUPATEN JOMBANG", 2),
						Centre.of("KABUPATEN MOJOKERTO", 2),
						Centre.of("KABUPATEN BOJONEGORO", 2),
						Centre.of("KABUPATEN LAMONGAN", 2, "Sendang"),
						Centre.of("KOTA SURABAYA", 2),
						Centre.of("KABUPATEN MAGETAN", 2, "Sidomukti")));
	}

	/** Other regencies weigh 0 here and below: the named centres hold every sentra. */
	private static ProvincePlan yogyakarta() {
		return new ProvincePlan("34", 23, 720, 0.88, 0, JAVA_VILLAGES,
				List.of("Nitik", "Kawung", "Parang Barong", "Sido Asih", "Truntum", "Sekar Jagad", "Ceplok Grompol",
						"Wahyu Tumurun", "Semen Rama"),
				List.of(Centre.tulis("KABUPATEN BANTUL", 8, "Giriloyo", "Wukirsari", "Wijirejo", "Karangkulon",
						"Pandak", "Imogiri", "Pajimatan", "Kebon Agung"),
						Centre.of("KABUPATEN SLEMAN", 4, "Tirtomartani", "Sembung", "Sumberadi", "Kalasan"),
						Centre.of("KABUPATEN KULON PROGO", 4, "Gulurejo", "Sidorejo Lendah", "Ngentakrejo",
								"Hargotirto"),
						Centre.of("KOTA YOGYAKARTA", 4, "Tirtodipuran", "Prawirotaman", "Taman", "Ngasem"),
						Centre.of("KABUPATEN GUNUNGKIDUL", 3, "Semin", "Nglipar", "Karangmojo")));
	}

	private static ProvincePlan jambi() {
		return new ProvincePlan("15", 20, 290, 0.75, 0, List.of(),
				List.of("Angso Duo", "Durian Pecah", "Kapal Sanggat", "Tampuk Manggis", "Kaca Piring", "Riang-Riang",
						"Batanghari"),
				List.of(Centre.of("KOTA JAMBI", 10, "Olak Kemang", "Tanjung Pasir", "Ulu Gedong", "Tengah", "Jelmu",
						"Arab Melayu", "Pasir Panjang", "Tahtul Yaman", "Kampung Tengah", "Legok"),
						Centre.of("KABUPATEN MUARO JAMBI", 4, "Sengeti", "Mendalo", "Kemingking Dalam", "Muara Kumpeh"),
						Centre.of("KABUPATEN KERINCI", 1, "Siulak"),
						Centre.of("KABUPATEN TANJUNG JABUNG TIMUR", 1, "Nipah Panjang"),
						Centre.of("KABUPATEN BUNGO", 1, "Muara Bungo"),
						Centre.of("KABUPATEN MERANGIN", 1, "Bangko"),
						Centre.of("KABUPATEN BATANGHARI", 1, "Muara Bulian"),
						Centre.of("KABUPATEN TEBO", 1, "Muara Tebo")));
	}

	private static ProvincePlan jawaBarat() {
		return new ProvincePlan("32", 16, 560, 0.88, 0, SUNDA_VILLAGES,
				List.of("Trusmi", "Mega Mendung", "Paoman", "Garutan", "Sukapura", "Sawat Pengantin", "Kapal Kandas",
						"Dermayon"),
				List.of(Centre.of("KABUPATEN CIREBON", 5, "Trusmi Wetan", "Trusmi Kulon", "Kalitengah", "Wotgali",
						"Gamel"),
						Centre.of("KABUPATEN INDRAMAYU", 3, "Paoman", "Babadan", "Terusan"),
						Centre.of("KABUPATEN GARUT", 2, "Regol", "Sukagalih"),
						Centre.of("KABUPATEN TASIKMALAYA", 2, "Sukaraja", "Sukapura"),
						Centre.of("KOTA TASIKMALAYA", 1, "Cigeureung"),
						Centre.of("KOTA CIREBON", 1, "Kesepuhan"),
						Centre.of("KABUPATEN CIAMIS", 1, "Ciamis"),
						Centre.of("KOTA BANDUNG", 1, "Cigadung")));
	}

	private static ProvincePlan jakarta() {
		return new ProvincePlan("31", 2, 160, 0.50, 0, List.of(),
				List.of("Betawi", "Ondel-Ondel", "Nusa Kelapa", "Tanjidor", "Pucuk Rebung"),
				List.of(Centre.of("KOTA ADMINISTRASI JAKARTA SELATAN", 1, "Setu Babakan"),
						Centre.of("KOTA ADMINISTRASI JAKARTA BARAT", 1, "Palmerah")));
	}

	private static ProvincePlan kalimantanTimur() {
		return new ProvincePlan("64", 2, 58, 0.40, 0, List.of(), List.of("Ampik", "Kuntul Perak", "Enggang", "Mahakam"),
				List.of(Centre.of("KOTA SAMARINDA", 1, "Samarinda Seberang"),
						Centre.of("KOTA BONTANG", 1, "Guntung")));
	}

	private static ProvincePlan sumateraSelatan() {
		return new ProvincePlan("16", 1, 62, 0.35, 0, List.of(), List.of("Jumputan", "Limar", "Bunga Tanjung"),
				List.of(Centre.of("KOTA PALEMBANG", 1, "Tuan Kentang")));
	}

	private static ProvincePlan kalimantanSelatan() {
		return new ProvincePlan("63", 1, 52, 0.35, 0, List.of(),
				List.of("Sasirangan", "Kambang Kacang", "Gigi Haruan", "Hiris Pudak"),
				List.of(Centre.of("KOTA BANJARMASIN", 1, "Kampung Sasirangan")));
	}

	private static ProvincePlan sulawesiTengah() {
		return new ProvincePlan("72", 1, 40, 0.30, 0, List.of(), List.of("Bomba", "Bomba Kaili", "Palu Lestari"),
				List.of(Centre.of("KOTA PALU", 1, "Bomba Kaili")));
	}

	private static ProvincePlan bali() {
		return new ProvincePlan("51", 1, 54, 0.30, 0, List.of(), List.of("Patra Bali", "Cili", "Kawung Bali"),
				List.of(Centre.of("KOTA DENPASAR", 1, "Tohpati")));
	}

	/** Prison batik units (names follow the Lapas naming; the set is illustrative). */
	static final List<Prison> PRISONS = List.of(new Prison("33", "KOTA SEMARANG", "Lapas Kelas I Semarang", false),
			new Prison("33", "KOTA SEMARANG", "Lapas Perempuan Kelas IIA Semarang", true),
			new Prison("33", "KOTA PEKALONGAN", "Lapas Kelas IIA Pekalongan", false),
			new Prison("33", "KABUPATEN SRAGEN", "Lapas Kelas IIA Sragen", false),
			new Prison("34", "KOTA YOGYAKARTA", "Lapas Kelas IIA Yogyakarta", false),
			new Prison("34", "KABUPATEN GUNUNGKIDUL", "Lapas Perempuan Kelas IIB Yogyakarta", true),
			new Prison("34", "KABUPATEN SLEMAN", "Lapas Narkotika Kelas IIA Yogyakarta", false),
			new Prison("35", "KOTA MADIUN", "Lapas Kelas I Madiun", false),
			new Prison("35", "KABUPATEN PAMEKASAN", "Lapas Kelas IIA Pamekasan", false),
			new Prison("35", "KOTA MALANG", "Lapas Perempuan Kelas IIA Malang", true),
			new Prison("35", "KABUPATEN TUBAN", "Lapas Kelas IIB Tuban", false),
			new Prison("32", "KOTA CIREBON", "Lapas Kelas I Cirebon", false),
			new Prison("32", "KABUPATEN INDRAMAYU", "Lapas Kelas IIB Indramayu", false),
			new Prison("15", "KOTA JAMBI", "Lapas Kelas IIA Jambi", false),
			new Prison("31", "KOTA ADMINISTRASI JAKARTA TIMUR", "Lapas Perempuan Kelas IIA Jakarta", true),
			new Prison("51", "KABUPATEN BADUNG", "Lapas Perempuan Kelas IIA Kerobokan", true));

	// ---------------------------------------------------------------------------------------------
	// Word lists for names and addresses.
	// ---------------------------------------------------------------------------------------------

	static final List<String> FEMALE_FIRST = List.of("Siti", "Sri", "Dewi", "Endang", "Tri", "Ani", "Rina", "Nur",
			"Umi", "Yuli", "Dian", "Eni", "Ratna", "Retno", "Ida", "Lilik", "Murni", "Nining", "Ika", "Fitri", "Nurul",
			"Wulan", "Rahma", "Yanti", "Indah", "Sekar", "Ayu", "Laras", "Kartika", "Erna", "Titik", "Suci");
	static final List<String> FEMALE_LAST = List.of("Aminah", "Wahyuni", "Rahayu", "Lestari", "Handayani", "Suryani",
			"Purwanti", "Kusumawati", "Fatimah", "Maryani", "Setyowati", "Rahmawati", "Susanti", "Wulandari",
			"Puspitasari", "Anggraini", "Sulistyowati", "Kurniasih", "Mulyani", "Astuti", "Hidayati", "Utami",
			"Pratiwi", "Safitri", "Nurhayati", "Sumarni", "Ningsih", "Yuliani", "Widayati", "Kartini");
	static final List<String> MALE_FIRST = List.of("Budi", "Agus", "Joko", "Slamet", "Bambang", "Heru", "Ahmad",
			"Muhammad", "Eko", "Dwi", "Hadi", "Sugeng", "Yusuf", "Rudi", "Teguh", "Wahyu", "Didik", "Imam", "Hendra",
			"Arif", "Bayu", "Rizki", "Fajar", "Edi", "Totok", "Iwan", "Nanang", "Aris", "Dedi", "Anton");
	static final List<String> MALE_LAST = List.of("Santoso", "Prasetyo", "Wibowo", "Hidayat", "Nugroho", "Saputra",
			"Susanto", "Setiawan", "Kurniawan", "Firmansyah", "Hartono", "Suryadi", "Purnomo", "Widodo", "Raharjo",
			"Sutrisno", "Haryanto", "Wijaya", "Pratama", "Ramadhan", "Syahputra", "Kusuma", "Gunawan", "Sulistyo",
			"Priyono", "Mulyono", "Subekti", "Rohman", "Fauzi", "Hakim");
	static final List<String> BALI_FEMALE_FIRST = List.of("Ni Luh", "Ni Made", "Ni Ketut", "Ni Wayan", "Ni Nyoman",
			"Ni Putu");
	static final List<String> BALI_FEMALE_LAST = List.of("Sukerti", "Ariani", "Suartini", "Sudiarti", "Wahyuni",
			"Astiti");
	static final List<String> BALI_MALE_FIRST = List.of("I Wayan", "I Made", "I Ketut", "I Nyoman", "I Putu",
			"I Gede");
	static final List<String> BALI_MALE_LAST = List.of("Sudarsana", "Suartana", "Wirawan", "Suardana", "Mertayasa",
			"Adnyana");

	/** First and second words of auspicious business names, as in "Sekar Arum" or "Sido Makmur". */
	static final List<String> NAME_FIRST = List.of("Sekar", "Sido", "Sri", "Dewi", "Putri", "Mulya", "Arum", "Sari",
			"Wahyu", "Tunggal", "Cahya", "Karya", "Puspa", "Kencana", "Citra", "Lintang", "Surya", "Mega", "Tirta",
			"Gemah", "Canting", "Ratu", "Dwi", "Tri");
	static final List<String> NAME_SECOND = List.of("Arum", "Mukti", "Luhur", "Asih", "Mulyo", "Rejo", "Jaya", "Abadi",
			"Makmur", "Lestari", "Sejati", "Kencana", "Ayu", "Sari", "Indah", "Utama", "Mandiri", "Sentosa", "Wangi",
			"Manunggal", "Rahayu", "Agung", "Barokah", "Berkah", "Mas", "Ningrum", "Jagad", "Kusuma", "Wijaya",
			"Nusantara");
	static final List<String> MOTIFS = List.of("Parang Kencana", "Kawung", "Truntum", "Wahyu Tumurun", "Sekar Jagad",
			"Mega Mendung", "Semen Rama", "Tujuh Rupa", "Ceplok", "Liris", "Lestari", "Canting Mas", "Malam Wangi",
			"Sogan Asri");

	static final List<String> STREETS = List.of("Raya", "Diponegoro", "Sudirman", "Ahmad Yani", "Gajah Mada",
			"Hayam Wuruk", "Pemuda", "Kartini", "Pahlawan", "Veteran", "Merdeka", "Kenanga", "Melati", "Mawar",
			"Flamboyan", "Masjid", "Pasar", "Cempaka", "Dr. Wahidin", "Imam Bonjol", "KH. Ahmad Dahlan", "Teuku Umar",
			"Cut Nyak Dien", "Sisingamangaraja", "Anggrek", "Dahlia", "Nusantara", "Kampung Batik", "Pramuka",
			"Mangga");

	static final List<String> SENTRA_NOTES = List.of("Sebagian besar anggota membatik tulis dengan pewarna alam.",
			"Anggota tergabung dalam paguyuban perajin batik setempat.",
			"Pernah menerima bantuan mesin dan peralatan dari program restrukturisasi.",
			"Kampung wisata batik; menerima kunjungan dan pelatihan membatik.",
			"Banyak anggota memproduksi seragam batik sekolah dan instansi.",
			"Pengolahan limbah cair dilakukan bersama di IPAL komunal.");

	static final List<String> PHONE_PREFIXES = List.of("0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853",
			"0856", "0857", "0858", "0877", "0878", "0881", "0882", "0895", "0896", "0897", "0898");
	static final List<String> EMAIL_DOMAINS = List.of("gmail.com", "gmail.com", "gmail.com", "gmail.com",
			"yahoo.co.id", "yahoo.com");

	/** Technique mixes with their relative frequency; single-technique and mixed workshops both occur. */
	static final List<List<Technique>> TECHNIQUE_MIXES = List.of(List.of(Technique.TULIS),
			List.of(Technique.CAP), List.of(Technique.TULIS, Technique.CAP), List.of(Technique.TULIS,
					Technique.KOMBINASI),
			List.of(Technique.CAP, Technique.KOMBINASI), List.of(Technique.TULIS, Technique.CAP, Technique.KOMBINASI),
			List.of(Technique.KOMBINASI));
	static final double[] TECHNIQUE_MIX_WEIGHTS = { 28, 12, 25, 8, 10, 12, 5 };

	// ---------------------------------------------------------------------------------------------
	// Generation
	// ---------------------------------------------------------------------------------------------

	/** One IKM while it is being placed: where it is, its sentra, its kind and its workforce. */
	static final class Slot {

		final ProvincePlan plan;
		final Regency regency;
		final Integer sentraIndex;
		final Prison prison;
		IkmKind kind;
		int workers;

		Slot(ProvincePlan plan, Regency regency, Integer sentraIndex, Prison prison) {
			this.plan = plan;
			this.regency = regency;
			this.sentraIndex = sentraIndex;
			this.prison = prison;
			this.kind = prison == null ? IkmKind.REGULAR : IkmKind.PRISON_UNIT;
		}
	}

	/** A sentra with what its members need to know of it. */
	record PlacedSentra(SentraInput input, Regency regency, String locality, Technique focus) {
	}

	/** Single-use: holds the random source and the names, NIBs and e-mails already taken. */
	static final class Generator {

		private final Random random;
		private final Map<String, List<Regency>> regenciesByProvince = new TreeMap<>();
		private final List<PlacedSentra> sentra = new ArrayList<>();
		private final List<Slot> slots = new ArrayList<>();
		private final Set<String> sentraNames = new HashSet<>();
		private final Set<String> ikmNames = new HashSet<>();
		private final Set<String> nibs = new HashSet<>();
		private final Set<String> emails = new HashSet<>();

		Generator(List<Regency> regencies, long seed) {
			this.random = new Random(seed);
			// Sorted by code so that the caller's order cannot change the result.
			regencies.stream()
				.sorted(Comparator.comparing(Regency::code))
				.forEach(r -> regenciesByProvince.computeIfAbsent(r.provinceCode(), p -> new ArrayList<>()).add(r));
		}

		DemoDataset generate() {
			checkPlanTotals();
			for (ProvincePlan plan : PROVINCES) {
				List<Regency> regencies = regenciesByProvince.getOrDefault(plan.code(), List.of());
				if (regencies.isEmpty()) {
					throw new IllegalArgumentException("No regencies for province " + plan.code());
				}
				int firstSentra = sentra.size();
				placeSentra(plan, regencies);
				placeMembers(plan, firstSentra);
				placeOutsiders(plan, regencies);
			}
			assignCooperatives();
			drawWorkers();
			adjustWorkersToTotal();
			List<DemoIkm> ikm = slots.stream().map(slot -> new DemoIkm(ikmInput(slot), slot.sentraIndex)).toList();
			return new DemoDataset(sentra.stream().map(PlacedSentra::input).toList(), ikm);
		}

		/** Guards the tables above against an edit that would break the article's figures. */
		private static void checkPlanTotals() {
			int sentraTotal = PROVINCES.stream().mapToInt(ProvincePlan::sentra).sum();
			int ikmTotal = PROVINCES.stream().mapToInt(ProvincePlan::ikm).sum();
			if (sentraTotal != SENTRA_TOTAL || ikmTotal != IKM_TOTAL) {
				throw new IllegalStateException("Demo plan adds up to " + sentraTotal + " sentra and " + ikmTotal
						+ " IKM, not " + SENTRA_TOTAL + " and " + IKM_TOTAL);
			}
		}

		// --- sentra ---

		/** Shares the province's sentra out over its regencies by weight, then names each one. */
		private void placeSentra(ProvincePlan plan, List<Regency> regencies) {
			double[] weights = sentraWeights(plan, regencies);
			int[] counts = apportion(plan.sentra(), weights);
			for (int i = 0; i < regencies.size(); i++) {
				Regency regency = regencies.get(i);
				Centre centre = centre(plan, regency);
				Set<String> localitiesUsed = new HashSet<>();
				for (int n = 0; n < counts[i]; n++) {
					String locality = locality(plan, regency, centre, n, localitiesUsed);
					sentra.add(sentra(regency, centre, locality, n + 1));
				}
			}
		}

		/**
		 * A named centre's weight, or the province's weight for other regencies. A centre whose name
		 * is missing from the region data simply drops out; if nothing is left, every regency of the
		 * province weighs the same.
		 */
		private static double[] sentraWeights(ProvincePlan plan, List<Regency> regencies) {
			double[] weights = new double[regencies.size()];
			double total = 0;
			for (int i = 0; i < weights.length; i++) {
				Centre centre = centre(plan, regencies.get(i));
				weights[i] = centre == null ? plan.otherWeight() : centre.weight();
				total += weights[i];
			}
			if (total == 0) {
				Arrays.fill(weights, 1);
			}
			return weights;
		}

		private static Centre centre(ProvincePlan plan, Regency regency) {
			return plan.centres().stream().filter(c -> c.regencyName().equalsIgnoreCase(regency.name())).findFirst().orElse(null);
		}

		/** The centre's known localities first, then village names, then the regency's own name. */
		private String locality(ProvincePlan plan, Regency regency, Centre centre, int n, Set<String> used) {
			if (centre != null && n < centre.localities().size()) {
				used.add(centre.localities().get(n));
				return centre.localities().get(n);
			}
			List<String> free = plan.villages().stream().filter(v -> !used.contains(v)).toList();
			if (!free.isEmpty()) {
				String village = free.get(random.nextInt(free.size()));
				used.add(village);
				return village;
			}
			return shortName(regency) + (n == 0 ? "" : " " + (n + 1));
		}

		private PlacedSentra sentra(Regency regency, Centre centre, String locality, int sequence) {
			Technique focus = centre != null && centre.focus() != null ? centre.focus() : drawFocus();
			boolean sayTulis = focus == Technique.TULIS && (centre != null && centre.focus() == Technique.TULIS
					|| random.nextDouble() < 0.4);
			String name = uniqueSentraName("Sentra Batik " + (sayTulis ? "Tulis " : "") + locality, regency);
			String code = "STR-" + regency.code() + "-" + String.format(Locale.ROOT, "%03d", sequence);
			String address = "Jl. " + pick(STREETS) + ", " + locality + ", " + displayName(regency);
			int established = 1970 + random.nextInt(53);
			Revitalisation revitalisation = drawRevitalisation();
			Integer revitalisationYear = revitalisation == Revitalisation.DONE ? 2015 + random.nextInt(10) : null;
			String notes = random.nextDouble() < 0.3 ? pick(SENTRA_NOTES) : null;
			SentraInput input = new SentraInput(code, name, regency.code(), address, established, revitalisation.name(),
					revitalisationYear, notes);
			return new PlacedSentra(input, regency, locality, focus);
		}

		private Technique drawFocus() {
			double r = random.nextDouble();
			return r < 0.5 ? Technique.TULIS : r < 0.8 ? Technique.CAP : Technique.KOMBINASI;
		}

		/** Most sentra have not been through the revitalisation programme. */
		private Revitalisation drawRevitalisation() {
			double r = random.nextDouble();
			return r < 0.70 ? Revitalisation.NONE
					: r < 0.80 ? Revitalisation.PLANNED : r < 0.88 ? Revitalisation.IN_PROGRESS : Revitalisation.DONE;
		}

		/** The same locality name can occur in two regencies: the second one says which. */
		private String uniqueSentraName(String name, Regency regency) {
			String candidate = name;
			if (sentraNames.contains(candidate)) {
				candidate = name + " " + shortName(regency);
			}
			for (int n = 2; sentraNames.contains(candidate); n++) {
				candidate = name + " " + shortName(regency) + " " + n;
			}
			sentraNames.add(candidate);
			return candidate;
		}

		// --- where the IKM are ---

		/**
		 * Every sentra gets the minimum membership, then the rest of the province's members are
		 * shared out by a random size per sentra, so some sentra are much bigger than others.
		 */
		private void placeMembers(ProvincePlan plan, int firstSentra) {
			int sentraCount = sentra.size() - firstSentra;
			int members = (int) Math.round(plan.ikm() * plan.memberShare());
			int minimum = SentraRules.MINIMUM_MEMBERS * sentraCount;
			long prisons = PRISONS.stream().filter(p -> p.provinceCode().equals(plan.code())).count();
			if (members < minimum || plan.ikm() - members < prisons) {
				throw new IllegalStateException("Demo plan for province " + plan.code() + " cannot seat its IKM");
			}
			double[] sizes = new double[sentraCount];
			for (int i = 0; i < sentraCount; i++) {
				sizes[i] = 0.4 + 1.6 * random.nextDouble();
			}
			int[] extra = apportion(members - minimum, sizes);
			for (int i = 0; i < sentraCount; i++) {
				int index = firstSentra + i;
				Regency regency = sentra.get(index).regency();
				for (int n = 0; n < SentraRules.MINIMUM_MEMBERS + extra[i]; n++) {
					slots.add(new Slot(plan, regency, index, null));
				}
			}
		}

		/** Prison units first, then independent IKM spread over the province, centres more likely. */
		private void placeOutsiders(ProvincePlan plan, List<Regency> regencies) {
			long members = slots.stream().filter(s -> s.plan == plan).count();
			int outsiders = plan.ikm() - (int) members;
			for (Prison prison : PRISONS) {
				if (prison.provinceCode().equals(plan.code())) {
					slots.add(new Slot(plan, byName(regencies, prison.regencyName()), null, prison));
					outsiders--;
				}
			}
			double[] weights = sentraWeights(plan, regencies);
			for (int i = 0; i < weights.length; i++) {
				weights[i] += 1;
			}
			for (int n = 0; n < outsiders; n++) {
				slots.add(new Slot(plan, regencies.get(pickIndex(weights)), null, null));
			}
		}

		private static Regency byName(List<Regency> regencies, String name) {
			return regencies.stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst().orElse(regencies.get(0));
		}

		/** Exactly {@link #COOPERATIVES} regular IKM, chosen at random, are cooperatives. */
		private void assignCooperatives() {
			List<Slot> regular = new ArrayList<>(slots.stream().filter(s -> s.kind == IkmKind.REGULAR).toList());
			for (int n = 0; n < COOPERATIVES; n++) {
				int i = n + random.nextInt(regular.size() - n);
				Slot chosen = regular.get(i);
				regular.set(i, regular.get(n));
				regular.set(n, chosen);
				chosen.kind = IkmKind.COOPERATIVE;
			}
		}

		// --- workers ---

		/**
		 * A skewed draw: about 70% small workshops (1–19 workers, mostly under 10), a quarter
		 * medium (20–99) and a few large employers of cap batik (100–499).
		 */
		private void drawWorkers() {
			for (Slot slot : slots) {
				if (slot.kind == IkmKind.PRISON_UNIT) {
					slot.workers = 8 + random.nextInt(28);
				}
				else if (slot.kind == IkmKind.COOPERATIVE) {
					slot.workers = 20 + (int) (Math.pow(random.nextDouble(), 1.5) * 130);
				}
				else {
					double tier = random.nextDouble();
					double u = random.nextDouble();
					if (tier < 0.04) {
						slot.workers = 1 + random.nextInt(2);
					}
					else if (tier < 0.69) {
						slot.workers = 3 + (int) (u * u * 17);
					}
					else if (tier < 0.93) {
						slot.workers = 20 + (int) (Math.pow(u, 1.5) * 80);
					}
					else {
						slot.workers = 100 + (int) (u * u * 400);
					}
				}
			}
		}

		/**
		 * Hits the article's total exactly: the employers of 20 or more (prison units aside) are
		 * scaled, then single workers are added or removed at random until the sum is exact. Small
		 * workshops keep their drawn size.
		 */
		private void adjustWorkersToTotal() {
			List<Slot> adjustable = slots.stream()
				.filter(s -> s.kind != IkmKind.PRISON_UNIT && s.workers >= 20)
				.toList();
			int adjustableSum = adjustable.stream().mapToInt(s -> s.workers).sum();
			int fixed = slots.stream().mapToInt(s -> s.workers).sum() - adjustableSum;
			double factor = (double) (WORKERS_TOTAL - fixed) / adjustableSum;
			for (Slot slot : adjustable) {
				slot.workers = Math.max(20, (int) Math.round(slot.workers * factor));
			}
			int difference = WORKERS_TOTAL - slots.stream().mapToInt(s -> s.workers).sum();
			while (difference != 0) {
				Slot slot = adjustable.get(random.nextInt(adjustable.size()));
				if (difference > 0) {
					slot.workers++;
					difference--;
				}
				else if (slot.workers > 20) {
					slot.workers--;
					difference++;
				}
			}
		}

		// --- one IKM ---

		private IkmInput ikmInput(Slot slot) {
			PlacedSentra home = slot.sentraIndex == null ? null : sentra.get(slot.sentraIndex);
			Gender gender = ownerGender(slot);
			String[] owner = ownerName(slot.plan, gender);
			List<Technique> techniques = techniques(slot, home);
			int female = femaleWorkers(slot);
			String name = ikmName(slot, owner, gender, techniques);
			String locality = home == null ? "" : home.locality() + ", ";
			String address = "Jl. " + pick(STREETS) + " No. " + (1 + random.nextInt(150)) + ", " + locality
					+ displayName(slot.regency);
			return new IkmInput(nib(slot), name, owner[0] + " " + owner[1], gender.name(), address, slot.regency.code(),
					null, slot.kind.name(), names(techniques), names(categories()), names(dyes()),
					slot.workers - female, female, capacity(slot.workers, techniques), investment(slot.workers),
					yearFounded(slot), phone(), email(name));
		}

		/** Somewhat more women than men own batik IKM; a women's prison unit is run by women. */
		private Gender ownerGender(Slot slot) {
			if (slot.prison != null && slot.prison.women()) {
				return Gender.FEMALE;
			}
			return random.nextDouble() < 0.58 ? Gender.FEMALE : Gender.MALE;
		}

		/** First and last name; Balinese names in Bali, and now and then a hajj title. */
		private String[] ownerName(ProvincePlan plan, Gender gender) {
			boolean bali = plan.code().equals("51");
			boolean female = gender == Gender.FEMALE;
			String first = pick(bali ? (female ? BALI_FEMALE_FIRST : BALI_MALE_FIRST)
					: (female ? FEMALE_FIRST : MALE_FIRST));
			String last = pick(bali ? (female ? BALI_FEMALE_LAST : BALI_MALE_LAST)
					: (female ? FEMALE_LAST : MALE_LAST));
			if (!bali && random.nextDouble() < 0.06) {
				first = (female ? "Hj. " : "H. ") + first;
			}
			return new String[] { first, last };
		}

		/**
		 * A random mix, always including the technique the member's sentra is known for. Prison units
		 * teach tulis, some cap as well.
		 */
		private List<Technique> techniques(Slot slot, PlacedSentra home) {
			if (slot.prison != null) {
				return random.nextBoolean() ? List.of(Technique.TULIS) : List.of(Technique.TULIS, Technique.CAP);
			}
			Set<Technique> techniques = EnumSet.copyOf(TECHNIQUE_MIXES.get(pickIndex(TECHNIQUE_MIX_WEIGHTS)));
			if (home != null) {
				techniques.add(home.focus());
			}
			return List.copyOf(techniques);
		}

		/** Fabric (kain) is what nearly everyone makes; clothing often, accessories sometimes. */
		private List<ProductCategory> categories() {
			Set<ProductCategory> categories = EnumSet.noneOf(ProductCategory.class);
			addIf(categories, ProductCategory.FABRIC, 0.90);
			addIf(categories, ProductCategory.CLOTHING, 0.50);
			addIf(categories, ProductCategory.ACCESSORY, 0.18);
			addIf(categories, ProductCategory.OTHER, 0.07);
			if (categories.isEmpty()) {
				categories.add(ProductCategory.FABRIC);
			}
			return List.copyOf(categories);
		}

		/** Mostly synthetic dyes; a little over a fifth use natural dyes, half of them exclusively. */
		private List<Dye> dyes() {
			boolean natural = random.nextDouble() < 0.22;
			boolean synthetic = !natural || random.nextBoolean();
			Set<Dye> dyes = EnumSet.noneOf(Dye.class);
			if (natural) {
				dyes.add(Dye.NATURAL);
			}
			if (synthetic) {
				dyes.add(Dye.SYNTHETIC);
			}
			return List.copyOf(dyes);
		}

		/**
		 * Women are most batik workers (about two thirds); a women's prison employs only women and
		 * a men's prison only men.
		 */
		private int femaleWorkers(Slot slot) {
			if (slot.prison != null) {
				return slot.prison.women() ? slot.workers : 0;
			}
			double share = Math.min(0.95, Math.max(0.25, 0.67 + 0.12 * random.nextGaussian()));
			return (int) Math.round(slot.workers * share);
		}

		private String ikmName(Slot slot, String[] owner, Gender gender, List<Technique> techniques) {
			if (slot.kind == IkmKind.PRISON_UNIT) {
				return uniqueIkmName((random.nextBoolean() ? "Unit Batik " : "Batik Binaan ") + slot.prison.name(),
						slot.regency);
			}
			if (slot.kind == IkmKind.COOPERATIVE) {
				return uniqueIkmName("Koperasi Batik " + (random.nextBoolean() ? motif(slot.plan) : twoWordName()),
						slot.regency);
			}
			for (int attempt = 0; attempt < 8; attempt++) {
				String candidate = businessName(slot.plan, owner, gender, techniques);
				if (!ikmNames.contains(candidate)) {
					ikmNames.add(candidate);
					return candidate;
				}
			}
			return uniqueIkmName(businessName(slot.plan, owner, gender, techniques), slot.regency);
		}

		/** "Batik Sekar Arum", "UD Batik Lestari", "Batik Tulis Sido Mukti", "Batik Bu Wahyuni", "CV Canting Mas". */
		private String businessName(ProvincePlan plan, String[] owner, Gender gender, List<Technique> techniques) {
			double r = random.nextDouble();
			if (r < 0.45) {
				return prefix(techniques) + " " + twoWordName();
			}
			if (r < 0.65) {
				return prefix(techniques) + " " + motif(plan);
			}
			if (r < 0.80) {
				return "Batik " + (gender == Gender.FEMALE ? "Bu " : "Pak ") + owner[1];
			}
			if (r < 0.92) {
				return "CV " + (random.nextBoolean() ? twoWordName() : motif(plan));
			}
			return (random.nextBoolean() ? "Griya Batik " : "Rumah Batik ") + twoWordName();
		}

		private String prefix(List<Technique> techniques) {
			double r = random.nextDouble();
			if (r < 0.20 && techniques.contains(Technique.TULIS)) {
				return "Batik Tulis";
			}
			if (r < 0.30 && techniques.contains(Technique.CAP)) {
				return "Batik Cap";
			}
			if (r < 0.45) {
				return "UD Batik";
			}
			return "Batik";
		}

		private String twoWordName() {
			String first = pick(NAME_FIRST);
			String second = pick(NAME_SECOND);
			while (second.equals(first)) {
				second = pick(NAME_SECOND);
			}
			return first + " " + second;
		}

		/** A local motif two times in three, else one known across Java. */
		private String motif(ProvincePlan plan) {
			return random.nextInt(3) < 2 ? pick(plan.motifs()) : pick(MOTIFS);
		}

		/** A taken name gets its town, then a branch number, as businesses do. */
		private String uniqueIkmName(String name, Regency regency) {
			String candidate = name;
			if (ikmNames.contains(candidate)) {
				candidate = name + " " + shortName(regency);
			}
			for (int n = 2; ikmNames.contains(candidate); n++) {
				candidate = name + " " + shortName(regency) + " " + n;
			}
			ikmNames.add(candidate);
			return candidate;
		}

		/** Pieces a month: a tulis worker finishes a few cloths, a cap worker dozens. */
		private Integer capacity(int workers, List<Technique> techniques) {
			if (random.nextDouble() < 0.08) {
				return null;
			}
			int perWorker = techniques.contains(Technique.CAP) ? 15 + random.nextInt(26)
					: techniques.contains(Technique.KOMBINASI) ? 8 + random.nextInt(13) : 2 + random.nextInt(5);
			return workers * perWorker;
		}

		/**
		 * Investment excluding land and buildings: tools per worker plus a base, now and then a
		 * well-equipped workshop. Capped far below Rp15 billion so that no IKM reads as large industry.
		 */
		private long investment(int workers) {
			long perWorker = 3_000_000L + random.nextInt(9_000_001);
			long investment = workers * perWorker + 15_000_000L + random.nextInt(65_000_001);
			if (random.nextDouble() < 0.04) {
				investment *= 3 + random.nextInt(6);
			}
			investment = Math.min(investment, 12_000_000_000L);
			return Math.max(20_000_000L, Math.round(investment / 500_000.0) * 500_000L);
		}

		/** Most IKM are recent; a few family workshops go back generations. Prison units are new. */
		private int yearFounded(Slot slot) {
			if (slot.prison != null) {
				return 2012 + random.nextInt(12);
			}
			int age = (int) Math.abs(random.nextGaussian() * 15);
			return Math.max(1950, 2023 - age);
		}

		/** About 92% hold a 13-digit NIB from OSS; the rest are informal units. */
		private String nib(Slot slot) {
			double chance = slot.prison != null ? 0.5 : 0.92;
			if (random.nextDouble() >= chance) {
				return null;
			}
			String nib;
			do {
				nib = "9120" + String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
			}
			while (!nibs.add(nib));
			return nib;
		}

		private String phone() {
			if (random.nextDouble() < 0.12) {
				return null;
			}
			int digits = 7 + random.nextInt(2);
			StringBuilder phone = new StringBuilder(pick(PHONE_PREFIXES));
			for (int i = 0; i < digits; i++) {
				phone.append(random.nextInt(10));
			}
			return phone.toString();
		}

		/** About a third have an e-mail, usually their business name at a free mail provider. */
		private String email(String name) {
			if (random.nextDouble() >= 0.35) {
				return null;
			}
			String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
			String email = local + "@" + pick(EMAIL_DOMAINS);
			while (!emails.add(email)) {
				email = local + (10 + random.nextInt(90)) + "@" + pick(EMAIL_DOMAINS);
			}
			return email;
		}

		// --- helpers ---

		private void addIf(Set<ProductCategory> set, ProductCategory category, double chance) {
			if (random.nextDouble() < chance) {
				set.add(category);
			}
		}

		private <T> T pick(List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

		private int pickIndex(double[] weights) {
			double total = 0;
			for (double w : weights) {
				total += w;
			}
			double r = random.nextDouble() * total;
			for (int i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) {
					return i;
				}
			}
			return weights.length - 1;
		}
	}

	/**
	 * Shares {@code seats} out in proportion to {@code weights} by largest remainder, ties to the
	 * lower index: deterministic and exact.
	 */
	static int[] apportion(int seats, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		int[] result = new int[weights.length];
		double[] remainders = new double[weights.length];
		int given = 0;
		for (int i = 0; i < weights.length; i++) {
			double quota = seats * weights[i] / total;
			result[i] = (int) Math.floor(quota);
			remainders[i] = quota - result[i];
			given += result[i];
		}
		for (; given < seats; given++) {
			int best = 0;
			for (int i = 1; i < weights.length; i++) {
				if (remainders[i] > remainders[best]) {
					best = i;
				}
			}
			result[best]++;
			remainders[best] = -1;
		}
		return result;
	}

	/** "KOTA PEKALONGAN" → "Kota Pekalongan", for addresses. */
	static String displayName(Regency regency) {
		return titleCase(regency.name());
	}

	/** "KOTA ADMINISTRASI JAKARTA SELATAN" → "Jakarta Selatan", to tell same-named places apart. */
	static String shortName(Regency regency) {
		String name = regency.name().toUpperCase(Locale.ROOT);
		for (String prefix : List.of("KABUPATEN ADMINISTRASI ", "KOTA ADMINISTRASI ", "KABUPATEN ", "KOTA ")) {
			if (name.startsWith(prefix)) {
				return titleCase(name.substring(prefix.length()));
			}
		}
		return titleCase(name);
	}

	private static String titleCase(String upper) {
		return Arrays.stream(upper.toLowerCase(Locale.ROOT).split(" "))
			.filter(word -> !word.isEmpty())
			.map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
			.collect(Collectors.joining(" "));
	}

	private static <E extends Enum<E>> List<String> names(List<E> values) {
		return values.stream().map(Enum::name).toList();
	}
}
