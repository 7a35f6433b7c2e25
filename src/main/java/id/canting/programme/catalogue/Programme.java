package id.canting.programme.catalogue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.programme.ProgrammeClosed;
import id.canting.programme.ProgrammeId;
import id.canting.programme.ProgrammePublished;
import id.canting.programme.ProgrammeUpdated;
import id.canting.programme.catalogue.internal.EligibilityRules;
import id.canting.programme.catalogue.internal.ProgrammeTransitionException;
import id.canting.programme.catalogue.internal.RateLine;
import id.canting.programme.catalogue.internal.ReadinessRule;
import id.canting.registry.IkmKind;
import id.canting.registry.SizeClass;
import id.canting.registry.Technique;
import id.canting.shared.FieldChange;

/**
 * A development programme: a call for applications with its budget, quota, window and eligibility
 * rules (and, for machine restructuring, its reimbursement rate table). Prepared as a DRAFT, which
 * alone may be edited; published for everyone to see; closed when it takes no more applications.
 * Each step checks the status it starts from.
 */
@Table("programme")
public class Programme extends AbstractAggregateRoot<Programme> {

	private @Id Long id;
	private String code;
	private String name;
	private ProgrammeType type;
	@Column("programme_year")
	private int year;
	private long budgetIdr;
	private int quota;
	private LocalDate opensOn;
	private LocalDate closesOn;
	private ProgrammeTarget target;
	private String organiser;
	private String description;
	private ProgrammeStatus status;
	private String ruleProvinces;
	private String ruleTechniques;
	private String ruleKinds;
	private String ruleSizeClasses;
	private boolean ruleNibRequired;
	private boolean ruleSentraMember;
	private Integer ruleMinSentraMembers;
	private Integer ruleNoBenefitYears;
	@MappedCollection(idColumn = "programme_id", keyColumn = "position")
	private List<RateEntry> rates = new ArrayList<>();
	@MappedCollection(idColumn = "programme_id", keyColumn = "position")
	private List<ReadinessEntry> readinessRules = new ArrayList<>();
	private Long reimbursementMinIdr;
	private Long reimbursementMaxIdr;
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	Programme() {
		// for Spring Data JDBC
	}

	static Programme draft(ProgrammeDetails details, Instant now) {
		Programme programme = new Programme();
		programme.apply(details);
		programme.status = ProgrammeStatus.DRAFT;
		programme.createdAt = now;
		programme.updatedAt = now;
		return programme;
	}

	/** Changes a draft; a published or closed programme is a promise to applicants and stays as it is. */
	List<FieldChange> update(ProgrammeDetails details, String by, Instant now) {
		requireStatus(ProgrammeStatus.DRAFT, "update");
		List<FieldChange> changes = details.changesFrom(details());
		if (!changes.isEmpty()) {
			apply(details);
			updatedAt = now;
			registerEvent(new ProgrammeUpdated(code, id(), changes, by));
		}
		return changes;
	}

	/** Opens the call to everyone's view. */
	void publish(String by, Instant now) {
		requireStatus(ProgrammeStatus.DRAFT, "publish");
		status = ProgrammeStatus.PUBLISHED;
		updatedAt = now;
		registerEvent(new ProgrammePublished(code, id(), by));
	}

	/** Takes no more applications. */
	void close(String by, Instant now) {
		requireStatus(ProgrammeStatus.PUBLISHED, "close");
		status = ProgrammeStatus.CLOSED;
		updatedAt = now;
		registerEvent(new ProgrammeClosed(code, id(), by));
	}

	private void requireStatus(ProgrammeStatus required, String action) {
		if (status != required) {
			throw new ProgrammeTransitionException(action, status);
		}
	}

	private void apply(ProgrammeDetails d) {
		code = d.code();
		name = d.name();
		type = d.type();
		year = d.year();
		budgetIdr = d.budgetIdr();
		quota = d.quota();
		opensOn = d.opensOn();
		closesOn = d.closesOn();
		target = d.target();
		organiser = d.organiser();
		description = d.description();
		EligibilityRules r = d.rules();
		ruleProvinces = EligibilityRules.joined(r.provinces());
		ruleTechniques = EligibilityRules.joined(r.techniques());
		ruleKinds = EligibilityRules.joined(r.kinds());
		ruleSizeClasses = EligibilityRules.joined(r.sizeClasses());
		ruleNibRequired = r.nibRequired();
		ruleSentraMember = r.sentraMemberRequired();
		ruleMinSentraMembers = r.minActiveSentraMembers();
		ruleNoBenefitYears = r.noBenefitWithinYears();
		readinessRules = new ArrayList<>(r.readiness().stream()
			.map(rule -> new ReadinessEntry(rule.subject(), rule.comparison(), rule.threshold()))
			.toList());
		ReimbursementRates table = d.reimbursement();
		rates = table == null ? new ArrayList<>()
				: new ArrayList<>(table.rates().stream()
					.map(line -> new RateEntry(line.origin(), line.sizeClass(), line.ratePercent()))
					.toList());
		reimbursementMinIdr = table == null ? null : table.minimumIdr();
		reimbursementMaxIdr = table == null ? null : table.maximumIdr();
	}

	/** Everything the administrator states about the programme. */
	public ProgrammeDetails details() {
		return new ProgrammeDetails(code, name, type, year, budgetIdr, quota, opensOn, closesOn, target, organiser,
				description, rules(), reimbursement().orElse(null));
	}

	/** The reimbursement rate table of a machine-restructuring programme; empty for other types. */
	public Optional<ReimbursementRates> reimbursement() {
		if (rates == null || rates.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ReimbursementRates(
				rates.stream().map(e -> new RateLine(e.origin(), e.sizeClass(), e.ratePercent())).toList(),
				reimbursementMinIdr, reimbursementMaxIdr));
	}

	/** The eligibility rules, as data. */
	public EligibilityRules rules() {
		return new EligibilityRules(split(ruleProvinces, Function.identity()), split(ruleTechniques, Technique::valueOf),
				split(ruleKinds, IkmKind::valueOf), split(ruleSizeClasses, SizeClass::valueOf), ruleNibRequired,
				ruleSentraMember, ruleMinSentraMembers, ruleNoBenefitYears,
				readinessRules == null ? List.of()
						: readinessRules.stream().map(e -> new ReadinessRule(e.subject(), e.comparison(), e.threshold())).toList());
	}

	/** Whether the call is published and takes applications on this day. */
	public boolean isOpenOn(LocalDate day) {
		return status == ProgrammeStatus.PUBLISHED && !day.isBefore(opensOn) && !day.isAfter(closesOn);
	}

	public ProgrammeId id() {
		return id == null ? null : new ProgrammeId(id);
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public ProgrammeType type() {
		return type;
	}

	public int year() {
		return year;
	}

	public ProgrammeTarget target() {
		return target;
	}

	public ProgrammeStatus status() {
		return status;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}

	private static <T extends Comparable<T>> TreeSet<T> split(String joined, Function<String, T> parse) {
		TreeSet<T> values = new TreeSet<>();
		if (joined != null && !joined.isBlank()) {
			Arrays.stream(joined.split(",")).map(String::strip).map(parse).forEach(values::add);
		}
		return values;
	}

	@Table("programme_readiness_rule")
	record ReadinessEntry(ReadinessRule.Subject subject, ReadinessRule.Comparison comparison, BigDecimal threshold) {
	}

	@Table("programme_rate")
	record RateEntry(MachineOrigin origin, SizeClass sizeClass, BigDecimal ratePercent) {
	}
}
