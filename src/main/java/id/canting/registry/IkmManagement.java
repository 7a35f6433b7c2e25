package id.canting.registry;

import id.canting.registry.internal.IkmTally;
import id.canting.registry.internal.IkmTable;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.events.IkmRegistered;
import id.canting.registry.internal.DuplicateNibException;
import id.canting.registry.internal.IkmChange;
import id.canting.registry.internal.IkmChangeProposals;
import id.canting.registry.internal.IkmPermissions;
import id.canting.registry.internal.IkmRecordRules;
import id.canting.registry.internal.IkmRepository;
import id.canting.registry.internal.IkmReviewPolicy;
import id.canting.registry.internal.IkmSnapshot;
import id.canting.registry.internal.RegistryAccess;
import id.canting.registry.internal.SentraRepository;
import id.canting.registry.internal.StaleVersionException;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Registers and changes IKM. Every change passes the field rules ({@link IkmRules}), then the rules
 * that need other records, and is published as an event; a refused change writes nothing.
 */
@Service
@Transactional
public class IkmManagement {

	private final IkmRepository ikms;
	private final IkmTable table;
	private final IkmTally tally;
	private final SentraRepository sentras;
	private final Regions regions;
	private final IkmChangeProposals proposals;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IkmManagement(IkmRepository ikms, IkmTable table, IkmTally tally, SentraRepository sentras, Regions regions,
			IkmChangeProposals proposals, ApplicationEventPublisher events, Clock clock) {
		this.ikms = ikms;
		this.table = table;
		this.tally = tally;
		this.sentras = sentras;
		this.regions = regions;
		this.proposals = proposals;
		this.events = events;
		this.clock = clock;
	}

	/** Registers a new IKM, active and unverified: an officer in their province, or an admin. */
	public Ikm register(Actor actor, IkmInput input) {
		IkmDetails details = checked(input, null);
		RegistryAccess.requireOfficerOf(actor, Regency.provinceOf(details.regencyCode()));
		Ikm ikm = ikms.save(Ikm.register(details, clock.instant()));
		tally.add(IkmSnapshot.of(ikm));
		// The event needs the id the database just assigned, so it is published here, not by the aggregate.
		events.publishEvent(new IkmRegistered(ikm.id(), details.name(), ikm.provinceCode(), actor.username()));
		return ikm;
	}

	/**
	 * Changes an IKM's details. {@code expectedVersion} is the version the client read; if someone
	 * saved in between, the edit is refused rather than silently overwriting theirs. An owner's
	 * change to a reviewed field ({@link IkmReviewPolicy}) does not apply here: it becomes the IKM's
	 * open {@link IkmChange} for the office, and only the owner's descriptive fields change now.
	 * Every input field must pass the rules either way, so a proposal the office sees is a valid one.
	 */
	public Ikm update(Actor actor, IkmId id, int expectedVersion, IkmInput input) {
		IkmSnapshot before = tally.lock(id);
		Ikm ikm = load(id);
		RegistryAccess.requireRead(actor, ikm.provinceCode(), id.value());
		if (ikm.version() != expectedVersion) {
			throw new StaleVersionException(expectedVersion, ikm.version());
		}
		IkmDetails details = checked(input, id);
		if (IkmReviewPolicy.reviewsChangesBy(actor, id)) {
			IkmReviewPolicy.Split split = IkmReviewPolicy.split(ikm.details(), details);
			proposals.propose(actor, ikm, details, split.reviewed());
			details = split.direct();
		}
		else {
			RegistryAccess.requireEdit(actor, ikm, details);
		}
		return changed(actor, before, ikm, details);
	}

	/**
	 * Applies an owner's change the office accepts, onto the IKM as it is now: the same rules as an
	 * officer's own edit (field rules, NIB, regency and sentra, the officer's province before and
	 * after a move), as the IKM may have changed since the owner proposed it.
	 */
	public Ikm apply(Actor actor, IkmChange change) {
		IkmSnapshot before = tally.lock(change.ikmId());
		Ikm ikm = load(change.ikmId());
		RegistryAccess.requireOfficerOf(actor, ikm.provinceCode());
		IkmDetails details = checked(change.appliedTo(ikm.details()).toInput(), ikm.id());
		RegistryAccess.requireEdit(actor, ikm, details);
		return changed(actor, before, ikm, details);
	}

	/** An officer of the IKM's province (or an admin) confirms the IKM's data. */
	public Ikm verify(Actor actor, IkmId id) {
		Ikm ikm = load(id);
		RegistryAccess.requireOfficerOf(actor, ikm.provinceCode());
		ikm.verify(actor.username(), clock.instant());
		return ikms.save(ikm);
	}

	public Ikm deactivate(Actor actor, IkmId id) {
		IkmSnapshot before = tally.lock(id);
		Ikm ikm = load(id);
		RegistryAccess.requireOfficerOf(actor, ikm.provinceCode());
		ikm.deactivate(actor.username(), clock.instant());
		return counted(before, ikms.save(ikm));
	}

	public Ikm activate(Actor actor, IkmId id) {
		IkmSnapshot before = tally.lock(id);
		Ikm ikm = load(id);
		RegistryAccess.requireOfficerOf(actor, ikm.provinceCode());
		ikm.activate(actor.username(), clock.instant());
		return counted(before, ikms.save(ikm));
	}

	/** The IKM with its personal fields, for those who may read them. */
	@Transactional(readOnly = true)
	public Ikm ikm(Actor actor, IkmId id) {
		Ikm ikm = load(id);
		RegistryAccess.requireRead(actor, ikm.provinceCode(), id.value());
		return ikm;
	}

	/** The IKM holding this NIB, as imports match rows by NIB (only the id: reading it needs {@link #ikm}). */
	@Transactional(readOnly = true)
	public Optional<IkmId> findByNib(String nib) {
		return nib == null ? Optional.empty() : ikms.findIdByNib(nib.strip()).map(IkmId::new);
	}

	/** The IKM holding any of these NIBs, by NIB: one query for a batch of imported rows. */
	@Transactional(readOnly = true)
	public Map<String, IkmId> findByNibs(Collection<String> nibs) {
		Map<String, IkmId> found = new HashMap<>();
		table.idsByNib(nibs.stream().map(String::strip).toList()).forEach((nib, id) -> found.put(nib, new IkmId(id)));
		return found;
	}

	/** What the actor may do with this IKM (the same rules the methods above enforce). */
	public IkmPermissions permissions(Actor actor, Ikm ikm) {
		boolean officer = actor.isAdmin() || actor.isOfficerOf(ikm.provinceCode());
		return new IkmPermissions(officer || actor.ownsIkm(ikm.id().value()), officer, officer);
	}

	/** Updates the IKM; an update that changes nothing writes nothing (not even a new version). */
	private Ikm changed(Actor actor, IkmSnapshot before, Ikm ikm, IkmDetails details) {
		if (ikm.update(details, actor.username(), clock.instant()).isEmpty()) {
			return ikm;
		}
		return counted(before, ikms.save(ikm));
	}

	/** Moves the IKM in the tally from what it counted under (read, and locked, before the change). */
	private Ikm counted(IkmSnapshot before, Ikm saved) {
		tally.change(before, before.now(saved));
		return saved;
	}

	private Ikm load(IkmId id) {
		return ikms.findById(id.value()).orElseThrow(() -> new IkmNotFoundException(id));
	}

	/** Field rules first, then the rules that look at other records. */
	private IkmDetails checked(IkmInput input, IkmId self) {
		IkmDetails details = IkmRules.check(input);
		List<FieldViolation> violations = IkmRecordRules.check(details, regions, sentras::findById);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		if (details.nib() != null) {
			ikms.findIdByNib(details.nib())
				.filter(other -> self == null || other != self.value())
				.ifPresent(other -> {
					throw new DuplicateNibException(details.nib(), other);
				});
		}
		return details;
	}
}
