package id.canting.matching.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MatchingParticipantApproved;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MatchingParticipantRejected;
import id.canting.matching.MeetingPlace;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.VolumeUnit;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.ConflictException;

/**
 * A buyer or a seller taking part in an event's business matching, with the profile others see. It
 * guards its own steps: PENDING until the organiser approves or rejects; the participant may withdraw.
 * Sellers are IKM of the registry (one participant per IKM and event); buyers are BUYER accounts.
 */
@Table("matching_participant")
public class MatchingParticipant extends AbstractAggregateRoot<MatchingParticipant> {

	private @Id Long id;
	private String eventCode;
	private ParticipantSide side;
	private ParticipantStatus status;
	private String accountUsername;
	private Long ikmId;
	private String companyName;
	private String contactName;
	private String email;
	private String phone;
	private BuyerType buyerType;
	private String countryCode;
	private String provinceCode;
	private Integer volumePerMonth;
	private VolumeUnit volumeUnit;
	private Long priceMinIdr;
	private Long priceMaxIdr;
	private boolean batikmarkRequired;
	private String products;
	private Integer capacityPerMonth;
	private MeetingPlace meetingPlace;
	private String booth;
	private Integer maxMeetings;
	private Instant checkedInAt;
	private String language;
	private Instant createdAt;
	private @Version Integer version;
	@MappedCollection(idColumn = "participant_id")
	private Set<TechniqueEntry> techniques = new HashSet<>();
	@MappedCollection(idColumn = "participant_id")
	private Set<CategoryEntry> categories = new HashSet<>();

	MatchingParticipant() {
		// for Spring Data JDBC
	}

	/** A buyer's sign-up: PENDING until the organiser approves. */
	public static MatchingParticipant buyer(String eventCode, String accountUsername, BuyerProfile profile,
			Instant now) {
		MatchingParticipant p = new MatchingParticipant();
		p.eventCode = eventCode;
		p.side = ParticipantSide.BUYER;
		p.status = ParticipantStatus.PENDING;
		p.accountUsername = accountUsername;
		p.meetingPlace = MeetingPlace.TABLE;
		p.language = "id";
		p.createdAt = now;
		p.apply(profile);
		return p;
	}

	/**
	 * A seller: an exhibitor the organiser added (APPROVED, meeting at their booth when they have one) or
	 * an IKM whose owner opted in (PENDING).
	 */
	public static MatchingParticipant seller(String eventCode, long ikmId, String accountUsername,
			SellerProfile profile, String booth, ParticipantStatus status, Instant now) {
		MatchingParticipant p = new MatchingParticipant();
		p.eventCode = eventCode;
		p.side = ParticipantSide.SELLER;
		p.status = status;
		p.ikmId = ikmId;
		p.accountUsername = accountUsername;
		p.booth = booth;
		p.meetingPlace = booth == null ? MeetingPlace.TABLE : MeetingPlace.BOOTH;
		p.language = "id";
		p.createdAt = now;
		p.apply(profile);
		return p;
	}

	/** Replaces the buyer's profile. */
	public void apply(BuyerProfile profile) {
		requireSide(ParticipantSide.BUYER);
		companyName = profile.companyName();
		contactName = profile.contactName();
		email = profile.email();
		phone = profile.phone();
		buyerType = profile.buyerType();
		countryCode = profile.countryCode();
		provinceCode = profile.provinceCode();
		volumePerMonth = profile.volumePerMonth();
		volumeUnit = profile.volumeUnit();
		priceMinIdr = profile.priceMinIdr();
		priceMaxIdr = profile.priceMaxIdr();
		batikmarkRequired = profile.batikmarkRequired();
		setTechniques(profile.techniques());
		setCategories(profile.categories());
	}

	/** Replaces the seller's profile (registry facts and the owner's own words). */
	public void apply(SellerProfile profile) {
		requireSide(ParticipantSide.SELLER);
		companyName = profile.companyName();
		contactName = profile.contactName();
		email = profile.email();
		phone = profile.phone();
		countryCode = "ID";
		provinceCode = profile.provinceCode();
		products = profile.products();
		capacityPerMonth = profile.capacityPerMonth();
		volumeUnit = profile.capacityUnit();
		priceMinIdr = profile.priceMinIdr();
		priceMaxIdr = profile.priceMaxIdr();
		setTechniques(profile.techniques());
		setCategories(profile.categories());
	}

	private void requireSide(ParticipantSide expected) {
		if (side != expected) {
			throw new IllegalStateException("profile of a " + expected + " given to a " + side);
		}
	}

	private void setTechniques(Set<Technique> values) {
		techniques = new HashSet<>();
		values.forEach(t -> techniques.add(new TechniqueEntry(t)));
	}

	private void setCategories(Set<ProductCategory> values) {
		categories = new HashSet<>();
		values.forEach(c -> categories.add(new CategoryEntry(c)));
	}

	/** The organiser approves a PENDING (or a previously REJECTED) participant. */
	public void approve(String by) {
		if (status == ParticipantStatus.APPROVED || status == ParticipantStatus.WITHDRAWN) {
			throw new ConflictException("matching.core.participant.not-pending", status.name());
		}
		status = ParticipantStatus.APPROVED;
		registerEvent(new MatchingParticipantApproved(new EventCode(eventCode), id(), side, by));
	}

	/** The organiser rejects a PENDING (or an APPROVED) participant. */
	public void reject(String by) {
		if (status == ParticipantStatus.REJECTED || status == ParticipantStatus.WITHDRAWN) {
			throw new ConflictException("matching.core.participant.not-pending", status.name());
		}
		status = ParticipantStatus.REJECTED;
		registerEvent(new MatchingParticipantRejected(new EventCode(eventCode), id(), side, by));
	}

	/** The participant leaves the matching. */
	public void withdraw() {
		if (status == ParticipantStatus.WITHDRAWN) {
			throw new ConflictException("matching.core.participant.not-pending", status.name());
		}
		status = ParticipantStatus.WITHDRAWN;
	}

	/** The organiser's cap on this participant's meetings (null: the event's cap applies). */
	public void capMeetings(Integer max) {
		maxMeetings = max;
	}

	/** The organiser's choice of where this seller meets buyers. */
	public void meetAt(MeetingPlace place, String booth) {
		meetingPlace = place;
		this.booth = booth;
	}

	/** The language (id or en) the participant reads their mails in. */
	public void readsIn(String language) {
		this.language = "en".equals(language) ? "en" : "id";
	}

	/** The participant arrived on the day (first check-in counts). */
	public void checkIn(Instant at) {
		if (checkedInAt == null) {
			checkedInAt = at;
		}
	}

	public MatchingParticipantId id() {
		return id == null ? null : new MatchingParticipantId(id);
	}

	public String eventCode() {
		return eventCode;
	}

	public ParticipantSide side() {
		return side;
	}

	public ParticipantStatus status() {
		return status;
	}

	public boolean isApproved() {
		return status == ParticipantStatus.APPROVED;
	}

	public String accountUsername() {
		return accountUsername;
	}

	/** The IKM of a seller; null for a buyer. */
	public Long ikmId() {
		return ikmId;
	}

	public String companyName() {
		return companyName;
	}

	public String contactName() {
		return contactName;
	}

	public String email() {
		return email;
	}

	public String phone() {
		return phone;
	}

	public BuyerType buyerType() {
		return buyerType;
	}

	public String countryCode() {
		return countryCode;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public Integer volumePerMonth() {
		return volumePerMonth;
	}

	/** The unit of a buyer's volume, or of a seller's capacity. */
	public VolumeUnit volumeUnit() {
		return volumeUnit;
	}

	public Long priceMinIdr() {
		return priceMinIdr;
	}

	public Long priceMaxIdr() {
		return priceMaxIdr;
	}

	public boolean batikmarkRequired() {
		return batikmarkRequired;
	}

	public String products() {
		return products;
	}

	public Integer capacityPerMonth() {
		return capacityPerMonth;
	}

	public MeetingPlace meetingPlace() {
		return meetingPlace;
	}

	public String booth() {
		return booth;
	}

	/** Whether this seller meets buyers at their own booth (not at a numbered table). */
	public boolean meetsAtBooth() {
		return meetingPlace == MeetingPlace.BOOTH && booth != null;
	}

	/** The organiser's cap override; null when the event's cap applies. */
	public Integer maxMeetings() {
		return maxMeetings;
	}

	public Instant checkedInAt() {
		return checkedInAt;
	}

	/** The language of their mails: id (the default) or en. */
	public String language() {
		return language == null ? "id" : language;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	public Set<Technique> techniques() {
		Set<Technique> set = EnumSet.noneOf(Technique.class);
		techniques.forEach(t -> set.add(t.technique()));
		return set;
	}

	public Set<ProductCategory> categories() {
		Set<ProductCategory> set = EnumSet.noneOf(ProductCategory.class);
		categories.forEach(c -> set.add(c.category()));
		return set;
	}

	@Table("matching_participant_technique")
	record TechniqueEntry(Technique technique) {
	}

	@Table("matching_participant_category")
	record CategoryEntry(ProductCategory category) {
	}
}
