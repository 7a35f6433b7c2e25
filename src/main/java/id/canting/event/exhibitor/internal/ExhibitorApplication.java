package id.canting.event.exhibitor.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.certification.BatikmarkStanding;
import id.canting.event.ExhibitorApplicationChanged;
import id.canting.event.exhibitor.ExhibitorApplicationId;
import id.canting.event.exhibitor.ExhibitorStatus;
import id.canting.registry.Gender;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;
import id.canting.shared.CodeLabel;
import id.canting.shared.ConflictException;

/**
 * An IKM's application to exhibit at an event. It guards its own steps: the owner edits and submits a
 * DRAFT, an officer endorses or declines a SUBMITTED one, curators score an ENDORSED one, the published
 * curation marks it SELECTED or NOT_SELECTED, and a SELECTED one gets a booth. The IKM's facts are a copy
 * of the registry's at application time.
 */
@Table("exhibitor_application")
public class ExhibitorApplication extends AbstractAggregateRoot<ExhibitorApplication> {

	private @Id Long id;
	private String eventCode;
	private long ikmId;
	private String ikmName;
	private String provinceCode;
	private String regencyCode;
	private Long sentraId;
	private String sentraName;
	private IkmKind ikmKind;
	private Gender ownerGender;
	private String products;
	private String categories;
	private String techniques;
	private BatikmarkStanding batikmark;
	private String boothNeeds;
	private String boothNotes;
	private ExhibitorStatus status;
	private String declineReason;
	private String endorsedBy;
	private Instant endorsedAt;
	private BigDecimal score;
	private String booth;
	private Instant submittedAt;
	private String createdBy;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	ExhibitorApplication() {
		// for Spring Data JDBC
	}

	/** The IKM facts copied from the registry when the application is made. */
	record IkmFacts(long ikmId, String name, String provinceCode, String regencyCode, Long sentraId, String sentraName,
			IkmKind kind, Gender ownerGender, Set<ProductCategory> categories, Set<Technique> techniques,
			BatikmarkStanding batikmark) {
	}

	static ExhibitorApplication draft(String eventCode, IkmFacts ikm, ExhibitorInput input, String by, Instant now) {
		ExhibitorApplication a = new ExhibitorApplication();
		a.eventCode = eventCode;
		a.ikmId = ikm.ikmId();
		a.ikmName = ikm.name();
		a.provinceCode = ikm.provinceCode();
		a.regencyCode = ikm.regencyCode();
		a.sentraId = ikm.sentraId();
		a.sentraName = ikm.sentraName();
		a.ikmKind = ikm.kind();
		a.ownerGender = ikm.ownerGender();
		a.batikmark = ikm.batikmark();
		a.status = ExhibitorStatus.DRAFT;
		a.createdBy = by;
		a.createdAt = now;
		a.apply(input, ikm);
		a.updatedAt = now;
		return a;
	}

	void update(ExhibitorInput input, IkmFacts ikm, String by, Instant now) {
		require(ExhibitorStatus.DRAFT);
		apply(input, ikm);
		batikmark = ikm.batikmark();
		updatedAt = now;
		changed("UPDATED", null, by);
	}

	void submit(String by, Instant now) {
		require(ExhibitorStatus.DRAFT);
		status = ExhibitorStatus.SUBMITTED;
		submittedAt = now;
		updatedAt = now;
		changed("SUBMITTED", null, by);
	}

	void endorse(String by, Instant now) {
		require(ExhibitorStatus.SUBMITTED);
		status = ExhibitorStatus.ENDORSED;
		endorsedBy = by;
		endorsedAt = now;
		updatedAt = now;
		changed("ENDORSED", null, by);
	}

	void decline(String reason, String by, Instant now) {
		require(ExhibitorStatus.SUBMITTED);
		status = ExhibitorStatus.DECLINED;
		declineReason = reason;
		endorsedBy = by;
		endorsedAt = now;
		updatedAt = now;
		changed("DECLINED", reason, by);
	}

	void scored(BigDecimal newScore, String by, Instant now) {
		require(ExhibitorStatus.ENDORSED);
		score = newScore;
		updatedAt = now;
		changed("SCORED", newScore == null ? null : newScore.toPlainString(), by);
	}

	void decide(boolean selected, String by, Instant now) {
		require(ExhibitorStatus.ENDORSED);
		status = selected ? ExhibitorStatus.SELECTED : ExhibitorStatus.NOT_SELECTED;
		updatedAt = now;
		changed(status.name(), null, by);
	}

	void assignBooth(String label, String by, Instant now) {
		require(ExhibitorStatus.SELECTED);
		booth = label;
		updatedAt = now;
		changed("BOOTH_ASSIGNED", label == null ? "-" : label, by);
	}

	void photoAdded(String fileName, String by, Instant now) {
		require(ExhibitorStatus.DRAFT);
		updatedAt = now;
		changed("PHOTO_ADDED", fileName, by);
	}

	/** @throws ConflictException ({@code exhibitor.transition}) unless the application is in {@code expected} */
	void requireStatus(ExhibitorStatus expected) {
		require(expected);
	}

	private void require(ExhibitorStatus expected) {
		if (status != expected) {
			throw new ConflictException("exhibitor.transition", CodeLabel.of("exhibitor.status.", status),
					CodeLabel.of("exhibitor.status.", expected));
		}
	}

	private ExhibitorApplication changed(String action, String detail, String by) {
		registerEvent(new ExhibitorApplicationChanged(id, eventCode, ikmId, provinceCode, action, detail, by));
		return this;
	}

	private void apply(ExhibitorInput input, IkmFacts ikm) {
		products = input.products().strip();
		categories = join(input.categories().isEmpty() ? ikm.categories() : input.categories());
		techniques = join(input.techniques().isEmpty() ? ikm.techniques() : input.techniques());
		boothNeeds = join(input.boothNeeds());
		boothNotes = input.boothNotes() == null || input.boothNotes().isBlank() ? null : input.boothNotes().strip();
	}

	private static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	private static <E extends Enum<E>> Set<E> split(Class<E> type, String joined) {
		Set<E> set = EnumSet.noneOf(type);
		if (joined != null && !joined.isBlank()) {
			Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name)).forEach(set::add);
		}
		return set;
	}

	public ExhibitorApplicationId id() {
		return id == null ? null : new ExhibitorApplicationId(id);
	}

	public String eventCode() {
		return eventCode;
	}

	public long ikmId() {
		return ikmId;
	}

	public String ikmName() {
		return ikmName;
	}

	public String provinceCode() {
		return provinceCode;
	}

	public String regencyCode() {
		return regencyCode;
	}

	public Long sentraId() {
		return sentraId;
	}

	public String sentraName() {
		return sentraName;
	}

	public IkmKind ikmKind() {
		return ikmKind;
	}

	public Gender ownerGender() {
		return ownerGender;
	}

	public String products() {
		return products;
	}

	public Set<ProductCategory> categories() {
		return split(ProductCategory.class, categories);
	}

	public Set<Technique> techniques() {
		return split(Technique.class, techniques);
	}

	public BatikmarkStanding batikmark() {
		return batikmark;
	}

	public Set<BoothNeed> boothNeeds() {
		return split(BoothNeed.class, boothNeeds);
	}

	public String boothNotes() {
		return boothNotes;
	}

	public ExhibitorStatus status() {
		return status;
	}

	public String declineReason() {
		return declineReason;
	}

	public String endorsedBy() {
		return endorsedBy;
	}

	public BigDecimal score() {
		return score;
	}

	public String booth() {
		return booth;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	/** Whether the IKM is a prison unit (IKM binaan lapas), for the reserved places. */
	public boolean prisonUnit() {
		return ikmKind == IkmKind.PRISON_UNIT;
	}
}
