package id.canting.registry.internal;

import id.canting.registry.IkmManagement;
import id.canting.registry.IkmChangeId;
import id.canting.registry.IkmId;
import id.canting.registry.Ikm;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.registry.internal.FieldChecks;
import id.canting.registry.internal.IkmChange;
import id.canting.registry.internal.IkmChangeNotFoundException;
import id.canting.registry.internal.IkmChangeRepository;
import id.canting.registry.internal.IkmChangeReview;
import id.canting.registry.internal.IkmChangeStatus;
import id.canting.registry.internal.IkmRepository;
import id.canting.registry.internal.IkmReviewPolicy;
import id.canting.registry.internal.RegistryAccess;
import id.canting.registry.internal.SqlWhere;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;
import id.canting.shared.PageResponse;

/**
 * The office's side of owners' changes to reviewed fields ({@link IkmReviewPolicy}): the queue of a
 * province's open changes, and accepting one (it then applies to the IKM, with its audit entry, event
 * and the figures moving) or returning it with a reason (the IKM keeps its values). The owner sees
 * their IKM's changes and may withdraw an open one. Owners propose through {@link IkmManagement#update}.
 */
@Service
@Transactional
public class IkmChanges {

	static final int REASON_LENGTH = 500;

	private final IkmChangeRepository changes;
	private final IkmRepository ikmRecords;
	private final IkmManagement ikms;
	private final IkmTally tally;
	private final JdbcClient jdbc;
	private final Clock clock;

	public IkmChanges(IkmChangeRepository changes, IkmRepository ikmRecords, IkmManagement ikms, IkmTally tally,
			JdbcClient jdbc, Clock clock) {
		this.changes = changes;
		this.ikmRecords = ikmRecords;
		this.ikms = ikms;
		this.tally = tally;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An officer of the IKM's province (or an admin) accepts the open change: it applies to the IKM now. */
	public IkmChangeReview accept(Actor actor, IkmId ikmId, IkmChangeId id) {
		Ikm ikm = locked(actor, ikmId);
		RegistryAccess.requireOfficerOf(actor, ikm.provinceCode());
		IkmChange change = load(ikmId, id);
		change.accept(ikm.provinceCode(), actor.username(), clock.instant());
		Ikm applied = ikms.apply(actor, change);
		return new IkmChangeReview(applied, changes.save(change));
	}

	/** An officer of the IKM's province (or an admin) sends the open change back, saying why (required). */
	public IkmChangeReview returnToOwner(Actor actor, IkmId ikmId, IkmChangeId id, String reason) {
		Ikm ikm = locked(actor, ikmId);
		RegistryAccess.requireOfficerOf(actor, ikm.provinceCode());
		FieldChecks checks = new FieldChecks();
		String why = checks.text("reason", reason, REASON_LENGTH, true);
		checks.throwIfAny();
		IkmChange change = load(ikmId, id);
		change.returnToOwner(why, ikm.provinceCode(), actor.username(), clock.instant());
		return new IkmChangeReview(ikm, changes.save(change));
	}

	/** The IKM's owner takes the open change back. */
	public IkmChangeReview withdraw(Actor actor, IkmId ikmId, IkmChangeId id) {
		Ikm ikm = locked(actor, ikmId);
		if (!IkmReviewPolicy.reviewsChangesBy(actor, ikmId)) {
			throw new ForbiddenException("ikm.change.forbidden.withdraw");
		}
		IkmChange change = load(ikmId, id);
		change.withdraw(false, ikm.provinceCode(), actor.username(), clock.instant());
		return new IkmChangeReview(ikm, changes.save(change));
	}

	/** One change of the IKM, for those who may read the IKM. */
	@Transactional(readOnly = true)
	public IkmChangeReview change(Actor actor, IkmId ikmId, IkmChangeId id) {
		return new IkmChangeReview(ikms.ikm(actor, ikmId), load(ikmId, id));
	}

	/** The IKM's changes, latest first, for those who may read the IKM: its owner sees what became of them. */
	@Transactional(readOnly = true)
	public List<IkmChangeReview> changesOf(Actor actor, IkmId ikmId) {
		Ikm ikm = ikms.ikm(actor, ikmId);
		return changes.findByIkmIdOrderByIdDesc(ikmId.value()).stream().map(c -> new IkmChangeReview(ikm, c)).toList();
	}

	/** The IKM's open change, if any, for those who may read the IKM. */
	@Transactional(readOnly = true)
	public Optional<IkmChangeReview> pendingOf(Actor actor, IkmId ikmId) {
		Ikm ikm = ikms.ikm(actor, ikmId);
		return changes.findFirstByIkmIdAndStatus(ikmId.value(), IkmChangeStatus.PENDING)
			.map(c -> new IkmChangeReview(ikm, c));
	}

	/**
	 * The open change of an IKM the caller has already read (through {@link IkmManagement#ikm} or one of
	 * its changes), to show beside it; reading the IKM is the access check.
	 */
	@Transactional(readOnly = true)
	public Optional<IkmChange> pendingFor(Ikm ikm) {
		return changes.findFirstByIkmIdAndStatus(ikm.id().value(), IkmChangeStatus.PENDING);
	}

	/**
	 * Changes in a status (open ones by default), oldest first (first proposed, first decided):
	 * officers see their province's, admins all or one province's; others are refused.
	 */
	@Transactional(readOnly = true)
	public PageResponse<IkmChangeReview> queue(Actor actor, String province, IkmChangeStatus status,
			PageRequest page) {
		SqlWhere where = new SqlWhere();
		where.eq("c.status", "status", (status == null ? IkmChangeStatus.PENDING : status).name());
		where.eq("i.province_code", "province",
				RegistryAccess.reviewProvince(actor, province, "registry.forbidden.province", "ikm.change.forbidden.queue"));
		String from = " from ikm_change c join ikm i on i.id = c.ikm_id";
		long total = jdbc.sql("select count(*)" + from + where.sql()).params(where.params).query(Long.class).single();
		List<Long> ids = jdbc.sql("select c.id" + from + where.sql()
				+ " order by c.proposed_at asc, c.id asc limit :limit offset :offset")
			.params(where.params).param("limit", page.size()).param("offset", page.offset())
			.query(Long.class).list();
		Map<Long, IkmChange> found = byId(changes.findAllById(ids), c -> c.id().value());
		Map<Long, Ikm> ikmsById = byId(ikmRecords.findAllById(found.values().stream().map(c -> c.ikmId().value())
			.distinct().toList()), i -> i.id().value());
		List<IkmChangeReview> rows = new ArrayList<>(ids.size());
		ids.forEach(id -> rows.add(new IkmChangeReview(ikmsById.get(found.get(id).ikmId().value()), found.get(id))));
		return PageResponse.of(rows, page, total);
	}

	private static <T> Map<Long, T> byId(Iterable<T> items, Function<T, Long> id) {
		return StreamSupport.stream(items.spliterator(), false).collect(Collectors.toMap(id, Function.identity()));
	}

	/**
	 * The IKM, for those who may read it, with its row locked until the transaction ends: a decision
	 * and the owner's new proposal for the same IKM (which takes the same lock) queue up, so the
	 * decision sees whether the change it names is still the open one.
	 */
	private Ikm locked(Actor actor, IkmId ikmId) {
		tally.lock(ikmId);
		return ikms.ikm(actor, ikmId);
	}

	private IkmChange load(IkmId ikm, IkmChangeId id) {
		return changes.findById(id.value())
			.filter(c -> c.ikmId().equals(ikm))
			.orElseThrow(() -> new IkmChangeNotFoundException(ikm, id));
	}
}
