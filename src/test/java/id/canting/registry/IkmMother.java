package id.canting.registry;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import id.canting.shared.Actor;

/**
 * Test data: a small, valid IKM, changed only where a test cares, e.g.
 * {@code IkmMother.anIkm().inRegency("33.26").withWorkers(3, 7).build()}. By default a tulis workshop
 * in Kota Pekalongan outside any sentra, with 2 male and 6 female workers and a NIB no other IKM
 * built here has. {@link #registerWith} registers it through the registry's facade, as an admin.
 */
public final class IkmMother {

	/** NIBs from 9120000100000 up, so IKM built in one run never share one. */
	private static final AtomicLong NEXT_NIB = new AtomicLong(9_120_000_100_000L);

	private String nib = String.valueOf(NEXT_NIB.getAndIncrement());
	private String name = "Batik Sekar Jagad";
	private String ownerName = "Siti Aminah";
	private String ownerGender = "FEMALE";
	private String address = "Jl. Kauman No. 5";
	private String regencyCode = "33.75";
	private Long sentraId;
	private String kind = "REGULAR";
	private List<String> techniques = List.of("TULIS");
	private List<String> categories = List.of("FABRIC");
	private List<String> dyes = List.of("NATURAL");
	private Integer workersMale = 2;
	private Integer workersFemale = 6;
	private Integer capacityPerMonth = 120;
	private Long investmentIdr = 150_000_000L;
	private Integer yearFounded = 2005;
	private String phone = "081234567890";
	private String email = "sekar@example.id";

	private IkmMother() {
	}

	public static IkmMother anIkm() {
		return new IkmMother();
	}

	/** Starts from an IKM as it stands (e.g. {@code ikm.details().toInput()}), to change a field or two. */
	public static IkmMother from(IkmInput input) {
		IkmMother ikm = new IkmMother();
		ikm.nib = input.nib();
		ikm.name = input.name();
		ikm.ownerName = input.ownerName();
		ikm.ownerGender = input.ownerGender();
		ikm.address = input.address();
		ikm.regencyCode = input.regencyCode();
		ikm.sentraId = input.sentraId();
		ikm.kind = input.kind();
		ikm.techniques = input.techniques();
		ikm.categories = input.categories();
		ikm.dyes = input.dyes();
		ikm.workersMale = input.workersMale();
		ikm.workersFemale = input.workersFemale();
		ikm.capacityPerMonth = input.capacityPerMonth();
		ikm.investmentIdr = input.investmentIdr();
		ikm.yearFounded = input.yearFounded();
		ikm.phone = input.phone();
		ikm.email = input.email();
		return ikm;
	}

	public IkmMother named(String name) {
		this.name = name;
		return this;
	}

	public IkmMother withNib(String nib) {
		this.nib = nib;
		return this;
	}

	/** In this regency (e.g. {@code "33.26"}, Kabupaten Pekalongan), outside any sentra. */
	public IkmMother inRegency(String regencyCode) {
		this.regencyCode = regencyCode;
		this.sentraId = null;
		return this;
	}

	/** A member of this sentra, in the sentra's regency. */
	public IkmMother inSentra(Sentra sentra) {
		this.regencyCode = sentra.regencyCode();
		this.sentraId = sentra.id().value();
		return this;
	}

	/** Names a sentra by id only, for a test of the rules about which sentra an IKM may join. */
	public IkmMother inSentra(long sentraId) {
		this.sentraId = sentraId;
		return this;
	}

	public IkmMother ofKind(String kind) {
		this.kind = kind;
		return this;
	}

	public IkmMother withTechniques(String... techniques) {
		this.techniques = List.of(techniques);
		return this;
	}

	public IkmMother withCategories(String... categories) {
		this.categories = List.of(categories);
		return this;
	}

	public IkmMother withDyes(String... dyes) {
		this.dyes = List.of(dyes);
		return this;
	}

	public IkmMother withWorkers(Integer male, Integer female) {
		this.workersMale = male;
		this.workersFemale = female;
		return this;
	}

	public IkmMother withInvestment(Long investmentIdr) {
		this.investmentIdr = investmentIdr;
		return this;
	}

	public IkmMother ownedBy(String ownerName, String ownerGender) {
		this.ownerName = ownerName;
		this.ownerGender = ownerGender;
		return this;
	}

	public IkmInput build() {
		return new IkmInput(nib, name, ownerName, ownerGender, address, regencyCode, sentraId, kind, techniques,
				categories, dyes, workersMale, workersFemale, capacityPerMonth, investmentIdr, yearFounded, phone, email);
	}

	/** Registers the IKM as an admin (who may register in any province). */
	public Ikm registerWith(IkmManagement ikms) {
		return ikms.register(Actor.SYSTEM, build());
	}
}
