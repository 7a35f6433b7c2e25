package id.canting.certification.indication;

import id.canting.shared.CodeLabel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.certification.IgMemberAdded;
import id.canting.certification.IgMemberRemoved;
import id.canting.certification.IgStage;
import id.canting.certification.IgStageReached;
import id.canting.certification.IgUpdated;
import id.canting.certification.indication.internal.IgDescription;
import id.canting.certification.indication.internal.IgInput;
import id.canting.certification.indication.internal.IgMember;
import id.canting.certification.indication.internal.IgRegency;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldChange;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;

/**
 * A geographical indication the ministry facilitates. It guards its own rules: the facilitation
 * stages are recorded in their order, each on a day not before the previous one and not in the
 * future; a registration number belongs only to a registered indication; a member producer must be in
 * a covered regency, and a regency with members stays covered.
 */
@Table("geographical_indication")
public class GeographicalIndication extends AbstractAggregateRoot<GeographicalIndication> {

	private @Id Long id;
	private String slug;
	private String name;
	private String product;
	private String applicant;
	private String characteristics;
	private String geographicFactors;
	private String areaBoundaries;
	private String historyTradition;
	private String productionProcess;
	private String qualityTesting;
	private String labelDescription;
	private String registrationNumber;
	private LocalDate communityFormedOn;
	private LocalDate descriptionDraftedOn;
	private LocalDate filedOn;
	private LocalDate examinationOn;
	private LocalDate registeredOn;
	@MappedCollection(idColumn = "geographical_indication")
	private Set<IgRegency> regencies = new HashSet<>();
	@MappedCollection(idColumn = "geographical_indication")
	private Set<IgMember> members = new HashSet<>();
	private Instant createdAt;
	private Instant updatedAt;
	private @Version Integer version;

	GeographicalIndication() {
		// for Spring Data JDBC
	}

	static GeographicalIndication record(String slug, IgInput input, Instant now) {
		GeographicalIndication ig = new GeographicalIndication();
		ig.slug = slug;
		ig.apply(input);
		ig.createdAt = now;
		ig.updatedAt = now;
		return ig;
	}

	/** Changes the details; the slug stays, so links keep working. */
	List<FieldChange> update(IgInput input, String by, Instant now) {
		List<String> dropped = regencyCodes().stream().filter(code -> !input.regencies().contains(code)).toList();
		members.stream().filter(m -> dropped.contains(m.regencyCode())).findFirst().ifPresent(m -> {
			throw new RuleRefusedException("ig.rule.regency-has-members", m.regencyCode(), m.ikmName());
		});
		List<FieldChange> changes = changesTo(input);
		if (!changes.isEmpty()) {
			apply(input);
			updatedAt = now;
			registerEvent(new IgUpdated(id, slug, changes, by));
		}
		return changes;
	}

	/**
	 * Records that a stage was reached on a day: only a stage after the last one recorded (a stage
	 * whose day nobody knows any more, e.g. before Canting, may be passed over, but never recorded
	 * after a later one), on or after the last recorded day and not after today. A registration number
	 * may come with the registration.
	 */
	void reach(IgStage stage, LocalDate on, String number, LocalDate today, String by, Instant now) {
		IgStage current = stage();
		if (current == IgStage.REGISTERED) {
			throw new RuleRefusedException("ig.rule.stage-complete");
		}
		if (current != null && stage.ordinal() <= current.ordinal()) {
			throw new RuleRefusedException("ig.rule.stage-order", CodeLabel.of("ig.stage.", stage), CodeLabel.of("ig.stage.", current));
		}
		if (on.isAfter(today)) {
			throw new RuleRefusedException("ig.rule.stage-future", on.toString());
		}
		LocalDate previous = lastStageDate();
		if (previous != null && on.isBefore(previous)) {
			throw new RuleRefusedException("ig.rule.stage-date-back", on.toString(), previous.toString());
		}
		boolean withNumber = number != null && !number.isBlank();
		if (withNumber && stage != IgStage.REGISTERED) {
			throw new RuleRefusedException("ig.rule.number-before-registration");
		}
		switch (stage) {
			case COMMUNITY_FORMED -> communityFormedOn = on;
			case DESCRIPTION_DRAFTED -> descriptionDraftedOn = on;
			case FILED_WITH_DJKI -> filedOn = on;
			case SUBSTANTIVE_EXAMINATION -> examinationOn = on;
			case REGISTERED -> registeredOn = on;
		}
		if (withNumber) {
			registrationNumber = number.strip();
		}
		updatedAt = now;
		registerEvent(new IgStageReached(id, slug, stage, on, registrationNumber, by));
	}

	/** Allows an IKM of a covered regency to use the indication. */
	void addMember(IgMember member, String provinceCode, String by, Instant now) {
		if (!regencyCodes().contains(member.regencyCode())) {
			throw new RuleRefusedException("ig.rule.member-outside", member.ikmName(), member.regencyCode());
		}
		if (isMember(member.ikmId())) {
			throw new ConflictException("ig.member.duplicate", member.ikmName());
		}
		members.add(member);
		updatedAt = now;
		registerEvent(new IgMemberAdded(id, slug, member.ikmId(), member.ikmName(), provinceCode, by));
	}

	void removeMember(long ikmId, String provinceCode, String by, Instant now) {
		IgMember member = member(ikmId);
		members.remove(member);
		updatedAt = now;
		registerEvent(new IgMemberRemoved(id, slug, ikmId, provinceCode, by));
	}

	/** The member with this IKM id, or not found. */
	public IgMember member(long ikmId) {
		return members.stream().filter(m -> m.ikmId() == ikmId).findFirst()
			.orElseThrow(() -> new NotFoundException("ig.member.not-found", ikmId));
	}

	public boolean isMember(long ikmId) {
		return members.stream().anyMatch(m -> m.ikmId() == ikmId);
	}

	/** The stages that may still be recorded: those after the last one recorded. */
	public List<IgStage> openStages() {
		IgStage current = stage();
		return java.util.Arrays.stream(IgStage.values()).filter(s -> current == null || s.ordinal() > current.ordinal())
			.toList();
	}

	/** The last stage reached, or null before the community was formed. */
	public IgStage stage() {
		IgStage last = null;
		for (Map.Entry<IgStage, LocalDate> e : stages().entrySet()) {
			if (e.getValue() != null) {
				last = e.getKey();
			}
		}
		return last;
	}

	/** Every stage with the day it was reached (null when not yet), in order. */
	public Map<IgStage, LocalDate> stages() {
		Map<IgStage, LocalDate> stages = new EnumMap<>(IgStage.class);
		stages.put(IgStage.COMMUNITY_FORMED, communityFormedOn);
		stages.put(IgStage.DESCRIPTION_DRAFTED, descriptionDraftedOn);
		stages.put(IgStage.FILED_WITH_DJKI, filedOn);
		stages.put(IgStage.SUBSTANTIVE_EXAMINATION, examinationOn);
		stages.put(IgStage.REGISTERED, registeredOn);
		return stages;
	}

	private LocalDate lastStageDate() {
		IgStage current = stage();
		return current == null ? null : stages().get(current);
	}

	private void apply(IgInput input) {
		name = input.name().strip();
		product = input.product().strip();
		applicant = input.applicant().strip();
		IgDescription d = input.description();
		characteristics = d.characteristics();
		geographicFactors = d.geographicFactors();
		areaBoundaries = d.areaBoundaries();
		historyTradition = d.historyTradition();
		productionProcess = d.productionProcess();
		qualityTesting = d.qualityTesting();
		labelDescription = d.labelDescription();
		registrationNumber = blankToNull(input.registrationNumber());
		regencies = new HashSet<>(input.regencies().stream().map(IgRegency::new).toList());
	}

	private List<FieldChange> changesTo(IgInput input) {
		List<FieldChange> changes = new ArrayList<>();
		IgDescription d = input.description();
		FieldChange.addIfChanged(changes, "name", name, input.name().strip());
		FieldChange.addIfChanged(changes, "product", product, input.product().strip());
		FieldChange.addIfChanged(changes, "applicant", applicant, input.applicant().strip());
		FieldChange.addIfChanged(changes, "regencies", String.join(",", regencyCodes()),
				String.join(",", input.regencies().stream().sorted().toList()));
		FieldChange.addIfChanged(changes, "characteristics", characteristics, d.characteristics());
		FieldChange.addIfChanged(changes, "geographicFactors", geographicFactors, d.geographicFactors());
		FieldChange.addIfChanged(changes, "areaBoundaries", areaBoundaries, d.areaBoundaries());
		FieldChange.addIfChanged(changes, "historyTradition", historyTradition, d.historyTradition());
		FieldChange.addIfChanged(changes, "productionProcess", productionProcess, d.productionProcess());
		FieldChange.addIfChanged(changes, "qualityTesting", qualityTesting, d.qualityTesting());
		FieldChange.addIfChanged(changes, "labelDescription", labelDescription, d.labelDescription());
		FieldChange.addIfChanged(changes, "registrationNumber", registrationNumber, blankToNull(input.registrationNumber()));
		return changes;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Long id() {
		return id;
	}

	/** The name in URLs, derived from the name when recorded. */
	public String slug() {
		return slug;
	}

	public String name() {
		return name;
	}

	public String product() {
		return product;
	}

	/** The applicant: the producers' community (MPIG) or a regional government. */
	public String applicant() {
		return applicant;
	}

	public IgDescription description() {
		return new IgDescription(characteristics, geographicFactors, areaBoundaries, historyTradition, productionProcess,
				qualityTesting, labelDescription);
	}

	/** The DJKI registration number, or null (not registered, or not known to Canting). */
	public String registrationNumber() {
		return registrationNumber;
	}

	/** The covered regencies' codes, in code order. */
	public List<String> regencyCodes() {
		return regencies.stream().map(IgRegency::regencyCode).sorted().toList();
	}

	/** The member producers by name. */
	public List<IgMember> members() {
		return members.stream().sorted(Comparator.comparing(IgMember::ikmName).thenComparing(IgMember::ikmId)).toList();
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}
}
