package id.canting.registry;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.region.Regency;
import id.canting.registry.events.IkmActivated;
import id.canting.registry.events.IkmDeactivated;
import id.canting.registry.events.IkmUpdated;
import id.canting.registry.events.IkmVerified;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;

/**
 * A batik IKM in the registry. It owns its state changes: registration, update of its details,
 * verification by an officer, deactivation and reactivation; each guards itself and records the
 * event that other modules (audit, statistics) react to. Its size class is always derived.
 */
@Table("ikm")
public class Ikm extends AbstractAggregateRoot<Ikm> {

	private @Id Long id;
	private String nib;
	private String name;
	private String ownerName;
	private Gender ownerGender;
	private String address;
	private String regencyCode;
	private String provinceCode;
	private Long sentraId;
	private IkmKind kind;
	@MappedCollection(idColumn = "ikm_id")
	private Set<TechniqueEntry> techniques = new HashSet<>();
	@MappedCollection(idColumn = "ikm_id")
	private Set<CategoryEntry> categories = new HashSet<>();
	@MappedCollection(idColumn = "ikm_id")
	private Set<DyeEntry> dyes = new HashSet<>();
	private int workersMale;
	private int workersFemale;
	private Integer capacityPerMonth;
	private long investmentIdr;
	private Integer yearFounded;
	private SizeClass sizeClass;
	private RecordStatus status;
	private Verification verification;
	private String verifiedBy;
	private Instant verifiedAt;
	private String phone;
	private String email;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	Ikm() {
		// for Spring Data JDBC
	}

	/** A newly registered IKM: active and unverified. The event follows once it has an id. */
	static Ikm register(IkmDetails details, Instant now) {
		Ikm ikm = new Ikm();
		ikm.apply(details);
		ikm.status = RecordStatus.ACTIVE;
		ikm.verification = Verification.UNVERIFIED;
		ikm.createdAt = now;
		ikm.updatedAt = now;
		return ikm;
	}

	/** Replaces the descriptive details; returns what changed (nothing changes when nothing differs). */
	List<FieldChange> update(IkmDetails details, String by, Instant now) {
		String provinceBefore = provinceCode;
		List<FieldChange> changes = details.changesFrom(details());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
			registerEvent(new IkmUpdated(id(), provinceBefore, changes, by));
		}
		return changes;
	}

	/** An officer confirms the data; only an active IKM can be verified. */
	void verify(String by, Instant now) {
		requireActive();
		verification = Verification.VERIFIED;
		verifiedBy = by;
		verifiedAt = now;
		updatedAt = now;
		registerEvent(new IkmVerified(id(), provinceCode, by, now));
	}

	/** The IKM stopped operating; it stays in the registry but no longer counts in the figures. */
	void deactivate(String by, Instant now) {
		requireActive();
		status = RecordStatus.INACTIVE;
		updatedAt = now;
		registerEvent(new IkmDeactivated(id(), provinceCode, by));
	}

	/** The IKM operates again. */
	void activate(String by, Instant now) {
		if (status == RecordStatus.ACTIVE) {
			throw new ConflictException("ikm.already-active", id);
		}
		status = RecordStatus.ACTIVE;
		updatedAt = now;
		registerEvent(new IkmActivated(id(), provinceCode, by));
	}

	private void requireActive() {
		if (status != RecordStatus.ACTIVE) {
			throw new ConflictException("ikm.inactive", id);
		}
	}

	private void apply(IkmDetails details) {
		nib = details.nib();
		name = details.name();
		ownerName = details.ownerName();
		ownerGender = details.ownerGender();
		address = details.address();
		regencyCode = details.regencyCode();
		provinceCode = Regency.provinceOf(details.regencyCode());
		sentraId = details.sentraId();
		kind = details.kind();
		techniques = details.techniques().stream().map(TechniqueEntry::new).collect(Collectors.toSet());
		categories = details.categories().stream().map(CategoryEntry::new).collect(Collectors.toSet());
		dyes = details.dyes().stream().map(DyeEntry::new).collect(Collectors.toSet());
		workersMale = details.workersMale();
		workersFemale = details.workersFemale();
		capacityPerMonth = details.capacityPerMonth();
		investmentIdr = details.investmentIdr();
		yearFounded = details.yearFounded();
		sizeClass = details.sizeClass();
		phone = details.phone();
		email = details.email();
	}

	/** The descriptive details as they stand. */
	public IkmDetails details() {
		return new IkmDetails(nib, name, ownerName, ownerGender, address, regencyCode, sentraId, kind,
				enumSet(Technique.class, techniques.stream().map(TechniqueEntry::technique).toList()),
				enumSet(ProductCategory.class, categories.stream().map(CategoryEntry::category).toList()),
				enumSet(Dye.class, dyes.stream().map(DyeEntry::dye).toList()), workersMale, workersFemale,
				capacityPerMonth, investmentIdr, yearFounded, phone, email);
	}

	private static <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<E> values) {
		Set<E> set = EnumSet.noneOf(type);
		set.addAll(values);
		return set;
	}

	public IkmId id() {
		return id == null ? null : new IkmId(id);
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String name() {
		return name;
	}

	public IkmKind kind() {
		return kind;
	}

	public SizeClass sizeClass() {
		return sizeClass;
	}

	public RecordStatus status() {
		return status;
	}

	public Verification verification() {
		return verification;
	}

	public String verifiedBy() {
		return verifiedBy;
	}

	public Instant verifiedAt() {
		return verifiedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** The optimistic-lock version a client must send back with an update. */
	public int version() {
		return version == null ? 0 : version;
	}

	@Table("ikm_technique")
	record TechniqueEntry(Technique technique) {
	}

	@Table("ikm_category")
	record CategoryEntry(ProductCategory category) {
	}

	@Table("ikm_dye")
	record DyeEntry(Dye dye) {
	}
}
