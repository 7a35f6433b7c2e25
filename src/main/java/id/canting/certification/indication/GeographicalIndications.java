package id.canting.certification.indication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.IgCreated;
import id.canting.certification.IgStage;
import id.canting.certification.indication.internal.GeographicalIndicationRepository;
import id.canting.certification.indication.internal.IgInput;
import id.canting.certification.indication.internal.IgListedMember;
import id.canting.certification.indication.internal.IgMember;
import id.canting.certification.indication.internal.IgNotFoundException;
import id.canting.certification.indication.internal.IgRules;
import id.canting.region.Regions;
import id.canting.registry.Ikm;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmStanding;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.ForbiddenException;
import id.canting.shared.RuleRefusedException;

/**
 * The registry of geographical indications the ministry facilitates. Ministry staff (ADMIN) record
 * them, change their details and record each facilitation stage; member producers are added and
 * removed by ministry staff or by the officer of the member's province, who knows its IKM (the
 * member must be an active IKM of a covered regency). Everyone reads them: they hold no personal
 * data, and the public sees only the members that are active and verified in the registry today. Every change is an event the audit trail records in the same transaction.
 */
@Service
@Transactional
public class GeographicalIndications {

	/** Jakarta's dates, as the certificates'; a constant of its own, as nothing here may depend on certification.batikmark. */
	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final GeographicalIndicationRepository indications;
	private final IkmManagement ikms;
	private final RegistryQueries registry;
	private final Regions regions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	GeographicalIndications(GeographicalIndicationRepository indications, IkmManagement ikms, RegistryQueries registry,
			Regions regions, ApplicationEventPublisher events, Clock clock) {
		this.indications = indications;
		this.ikms = ikms;
		this.registry = registry;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/** Records an indication; its slug comes from its name. */
	public GeographicalIndication create(Actor actor, IgInput input) {
		requireAdmin(actor);
		IgRules.check(input, code -> regions.regency(code).isPresent());
		String slug = IgRules.slugOf(input.name());
		if (indications.existsOtherNamed(input.name().strip(), slug, -1)) {
			throw new ConflictException("ig.duplicate", input.name().strip());
		}
		GeographicalIndication ig = indications.save(GeographicalIndication.record(slug, input, clock.instant()));
		events.publishEvent(new IgCreated(ig.id(), ig.slug(), ig.name(), actor.username()));
		return ig;
	}

	/** Changes the details; refused when the client's version is stale. */
	public GeographicalIndication update(Actor actor, String key, int expectedVersion, IgInput input) {
		requireAdmin(actor);
		GeographicalIndication ig = byKey(key);
		if (ig.version() != expectedVersion) {
			throw new ConflictException("problem.stale-version");
		}
		IgRules.check(input, code -> regions.regency(code).isPresent());
		if (indications.existsOtherNamed(input.name().strip(), "", ig.id())) {
			throw new ConflictException("ig.duplicate", input.name().strip());
		}
		ig.update(input, actor.username(), clock.instant());
		return indications.save(ig);
	}

	/** Records the next facilitation stage (see {@link GeographicalIndication}). */
	public GeographicalIndication reach(Actor actor, String key, IgStage stage, LocalDate on, String registrationNumber) {
		requireAdmin(actor);
		if (stage == null || on == null) {
			throw new RuleRefusedException("ig.rule.stage-required");
		}
		GeographicalIndication ig = byKey(key);
		ig.reach(stage, on, registrationNumber, today(), actor.username(), clock.instant());
		return indications.save(ig);
	}

	/** Allows an active IKM of a covered regency to use the indication. */
	public GeographicalIndication addMember(Actor actor, String key, IkmId ikmId) {
		GeographicalIndication ig = byKey(key);
		Ikm ikm = ikms.ikm(Actor.SYSTEM, ikmId);
		requireMemberKeeper(actor, ikm.provinceCode());
		if (ikm.status() != RecordStatus.ACTIVE) {
			throw new RuleRefusedException("ig.rule.member-inactive", ikm.name());
		}
		ig.addMember(new IgMember(ikmId.value(), ikm.name(), ikm.details().regencyCode(), today()), ikm.provinceCode(),
				actor.username(), clock.instant());
		return indications.save(ig);
	}

	/** Takes an IKM off the members. */
	public GeographicalIndication removeMember(Actor actor, String key, IkmId ikmId) {
		GeographicalIndication ig = byKey(key);
		String province = ig.member(ikmId.value()).regencyCode().substring(0, 2);
		requireMemberKeeper(actor, province);
		ig.removeMember(ikmId.value(), province, actor.username(), clock.instant());
		return indications.save(ig);
	}

	/** One indication by its slug or its numeric id. */
	@Transactional(readOnly = true)
	public GeographicalIndication indication(String key) {
		return byKey(key);
	}

	/** The members of an indication as this actor may see them (see {@link #listedMembers(Actor, Collection)}). */
	@Transactional(readOnly = true)
	public List<IgListedMember> listedMembers(Actor actor, GeographicalIndication ig) {
		return listedMembers(actor, List.of(ig)).get(ig.id());
	}

	/**
	 * The members of each indication (by its id) as this actor may see them, with where each stands in
	 * the registry today. The public sees only active, verified IKM, as in the public catalogue: an IKM
	 * deactivated or not (yet) verified after joining is not shown as a producer using the indication.
	 * Ministry staff see every member, an officer also those of their own province.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<IgListedMember>> listedMembers(Actor actor, Collection<GeographicalIndication> igs) {
		Map<IkmId, IkmStanding> standings = registry.standings(igs.stream()
			.flatMap(ig -> ig.members().stream())
			.map(m -> new IkmId(m.ikmId()))
			.collect(Collectors.toSet()));
		Map<Long, List<IgListedMember>> listed = new HashMap<>();
		for (GeographicalIndication ig : igs) {
			listed.put(ig.id(), ig.members().stream()
				.map(m -> listed(m, standings.get(new IkmId(m.ikmId()))))
				.filter(m -> m.isPublic() || actor.isAdmin() || actor.isOfficerOf(m.regencyCode().substring(0, 2)))
				.toList());
		}
		return listed;
	}

	private static IgListedMember listed(IgMember m, IkmStanding standing) {
		// an IKM the registry no longer has counts as inactive and unverified
		return new IgListedMember(m.ikmId(), m.ikmName(), m.regencyCode(), m.joinedOn(),
				standing == null ? RecordStatus.INACTIVE : standing.status(),
				standing != null && standing.verification() == id.canting.registry.Verification.VERIFIED);
	}

	/** All indications by name. */
	@Transactional(readOnly = true)
	public List<GeographicalIndication> all() {
		return indications.findAllByName();
	}

	/** The indications an IKM may use, by name. */
	@Transactional(readOnly = true)
	public List<GeographicalIndication> ofIkm(IkmId ikmId) {
		return indications.findAllByName().stream().filter(ig -> ig.isMember(ikmId.value())).toList();
	}

	/** Whether the actor may add or remove members of this province. */
	public static boolean mayKeepMembers(Actor actor, String provinceCode) {
		return actor.isAdmin() || actor.isOfficerOf(provinceCode);
	}

	/** Whether the actor may keep members of some covered province of this indication (to offer the form). */
	public static boolean mayKeepMembers(Actor actor, GeographicalIndication ig) {
		return actor.isAdmin() || ig.regencyCodes().stream().anyMatch(c -> actor.isOfficerOf(c.substring(0, 2)));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), WIB);
	}

	private GeographicalIndication byKey(String key) {
		if (key != null && key.matches("\\d{1,18}")) {
			return indications.findById(Long.parseLong(key)).orElseThrow(() -> new IgNotFoundException(key));
		}
		return indications.findBySlug(String.valueOf(key)).orElseThrow(() -> new IgNotFoundException(key));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("ig.forbidden.change");
		}
	}

	private static void requireMemberKeeper(Actor actor, String provinceCode) {
		if (!mayKeepMembers(actor, provinceCode)) {
			throw new ForbiddenException("ig.forbidden.members");
		}
	}
}
