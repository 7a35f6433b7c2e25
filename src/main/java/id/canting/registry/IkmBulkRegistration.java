package id.canting.registry;

import id.canting.registry.internal.IkmTally;
import id.canting.registry.internal.IkmTable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.registry.events.IkmRegistered;
import id.canting.registry.events.IkmsRegistered;
import id.canting.registry.internal.IkmRecordRules;
import id.canting.registry.internal.IkmSnapshot;
import id.canting.registry.internal.RegistryAccess;
import id.canting.registry.internal.SentraRepository;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * Registers many new IKM at once, for bulk imports: the same rules as {@link IkmManagement#register}
 * ({@link IkmRules}, {@link IkmRecordRules}, NIB unique, the actor's province), but the NIB check is
 * the unique index, sentra are looked up once per batch, the rows go in as JDBC batches and one
 * {@link IkmsRegistered} event covers the batch. All or nothing: one refused IKM refuses the batch.
 */
@Service
@Transactional
public class IkmBulkRegistration {

	private final IkmTable table;
	private final IkmTally tally;
	private final SentraRepository sentras;
	private final Regions regions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IkmBulkRegistration(IkmTable table, IkmTally tally, SentraRepository sentras, Regions regions, ApplicationEventPublisher events,
			Clock clock) {
		this.table = table;
		this.tally = tally;
		this.sentras = sentras;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers every input as a new IKM, in order, and returns their ids in the same order.
	 *
	 * @throws InvalidInputException when an input breaks a field rule (the first such input)
	 * @throws InvalidInputException also when a NIB is given twice
	 * @throws ConflictException when a NIB is already registered (the transaction must roll back)
	 */
	public List<IkmId> registerAll(Actor actor, List<IkmInput> inputs) {
		return register(actor, inputs, false);
	}

	/**
	 * {@link #registerAll} for one batch of an import that registers many batches in ONE transaction
	 * (all or nothing): the same rules and rows, but the statistics tally is counted here and written
	 * once, just before that transaction commits, instead of after every batch. Until then, reads in
	 * the same transaction do not see these IKM in the tally.
	 */
	public List<IkmId> registerBatch(Actor actor, List<IkmInput> inputs) {
		return register(actor, inputs, true);
	}

	private List<IkmId> register(Actor actor, List<IkmInput> inputs, boolean tallyBeforeCommit) {
		Map<Long, Optional<Sentra>> sentraCache = new HashMap<>();
		List<IkmDetails> checked = new ArrayList<>(inputs.size());
		Map<String, Integer> nibs = new HashMap<>();
		for (IkmInput input : inputs) {
			IkmDetails details = IkmRules.check(input);
			List<FieldViolation> violations = IkmRecordRules.check(details, regions,
					id -> sentraCache.computeIfAbsent(id, sentras::findById));
			if (!violations.isEmpty()) {
				throw new InvalidInputException(violations);
			}
			RegistryAccess.requireOfficerOf(actor, Regency.provinceOf(details.regencyCode()));
			if (details.nib() != null && nibs.putIfAbsent(details.nib(), checked.size()) != null) {
				throw new InvalidInputException(List.of(FieldViolation.of("nib", "validation.nib.repeated", details.nib())));
			}
			checked.add(details);
		}
		Instant now = clock.instant();
		List<Ikm> ikms = checked.stream().map(details -> Ikm.register(details, now)).toList();
		List<Long> ids;
		try {
			ids = table.insertAll(ikms);
		}
		catch (DuplicateKeyException e) {
			// The unique index is the check, not a query per batch: inside a long import transaction
			// PostgreSQL plans that query for the table as it was when the import began, and the
			// lookups grew slower with every batch. Validation already matched each NIB, so this only
			// happens when someone registered the same NIB since; the caller's transaction rolls back.
			throw new ConflictException("ikm.duplicate-nib.since-validation");
		}
		List<IkmSnapshot> counted = ikms.stream().map(IkmSnapshot::of).toList();
		if (tallyBeforeCommit) {
			tally.addAllBeforeCommit(counted);
		}
		else {
			tally.addAll(counted);
		}
		List<IkmRegistered> registered = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			registered.add(new IkmRegistered(new IkmId(ids.get(i)), ikms.get(i).name(), ikms.get(i).provinceCode(),
					actor.username()));
		}
		events.publishEvent(new IkmsRegistered(registered, actor.username()));
		return registered.stream().map(IkmRegistered::id).toList();
	}
}
