package id.canting.allocation.internal.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationActivity;
import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.AllocationPlanning;
import id.canting.allocation.internal.OrderStatus;
import id.canting.allocation.internal.PlanResult;
import id.canting.allocation.internal.progress.PaceRule.Pace;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.web.Dates;

/**
 * Re-allocation of a confirmed order whose producers fall behind: each producer behind pace is capped at
 * its projected output (or at the caps the planner gives), and the plan room re-plans the rest
 * ({@link AllocationPlanning#replan}): what is delivered and what is locked does not move. The
 * re-allocation is audited, and each producer whose quantity changed is told by e-mail. An officer caps
 * only producers of its province.
 */
@Service
public class Reallocation {

	private final AllocationOrderRepository orders;
	private final ProgressFigures figures;
	private final ObjectProvider<AllocationPlanning> planning;
	private final ProgressMails mails;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Reallocation(AllocationOrderRepository orders, ProgressFigures figures, ObjectProvider<AllocationPlanning> planning,
			ProgressMails mails, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.figures = figures;
		this.planning = planning;
		this.mails = mails;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A cap as asked: at most {@code cap} in all for the IKM. */
	public record CapInput(Long ikmId, Long cap) {
	}

	/** One producer whose quantity the re-allocation changed. */
	public record Change(long ikmId, long before, long after) {
	}

	/** What the re-allocation did: the new plan version, the quantity moved, the caps applied, the changes. */
	public record Result(int planVersion, long moved, Map<Long, Long> caps, List<Change> changes) {
	}

	/**
	 * Re-allocates the order.
	 *
	 * @param caps the caps to apply; empty: cap every producer behind pace at its projection
	 * @throws RuleRefusedException when the order is not in production, nobody is behind pace (and no caps
	 *         were given) or the planner is not available
	 * @throws InvalidInputException naming each cap that is not allowed
	 * @throws id.canting.allocation.internal.PlanInfeasibleException when the rest cannot be placed; nothing changes
	 */
	@Transactional
	public Result reallocate(Actor actor, AllocationOrderId orderId, List<CapInput> caps) {
		ProgressAccess.requirePlanner(actor);
		jdbc.sql("select id from allocation_order where id = ? for update").param(orderId.value()).query(Long.class).list();
		AllocationOrder order = orders.findById(orderId.value()).orElseThrow(() -> ProgressAccess.notFound(orderId.value()));
		if (order.status() != OrderStatus.CONFIRMED && order.status() != OrderStatus.IN_PRODUCTION) {
			throw new RuleRefusedException("allocation.progress.reallocate.not-in-production", order.reference(),
					order.status().name());
		}
		Map<IkmId, ProducerStanding> standings = figures.standings(order.id());
		Map<IkmId, Long> applied = caps == null || caps.isEmpty() ? behindPace(actor, order, standings)
				: checked(actor, caps, standings);
		if (applied.isEmpty()) {
			throw new RuleRefusedException("allocation.progress.reallocate.nobody-behind", order.reference());
		}
		AllocationPlanning planner = planning.getIfAvailable();
		if (planner == null) {
			throw new RuleRefusedException("allocation.progress.reallocate.unavailable");
		}
		PlanResult result = planner.replan(order.orderId(), applied, actor.username());
		Map<IkmId, ProducerStanding> after = figures.standings(order.id());
		List<Change> changes = new ArrayList<>();
		Set<IkmId> all = new TreeSet<>((a, b) -> Long.compare(a.value(), b.value()));
		all.addAll(standings.keySet());
		all.addAll(after.keySet());
		for (IkmId ikm : all) {
			long before = standings.containsKey(ikm) ? standings.get(ikm).allocated() : 0;
			long now = after.containsKey(ikm) ? after.get(ikm).allocated() : 0;
			if (before != now) {
				changes.add(new Change(ikm.value(), before, now));
				String province = after.containsKey(ikm) ? after.get(ikm).provinceCode() : standings.get(ikm).provinceCode();
				events.publishEvent(new AllocationActivity(ProgressReports.ENTITY, String.valueOf(order.id()),
						order.reference(), province, "QUANTITY_CHANGED",
						"IKM " + ikm.value() + ": " + before + " → " + now + " (v" + result.version() + ")", actor.username()));
				mails.quantityChanged(order.id(), order.reference(), ikm, before, now);
			}
		}
		Map<Long, Long> capsById = new LinkedHashMap<>();
		applied.forEach((ikm, cap) -> capsById.put(ikm.value(), cap));
		events.publishEvent(new AllocationActivity(ProgressReports.ENTITY, String.valueOf(order.id()), order.reference(),
				null, "REALLOCATED", "v" + result.version() + ", moved " + result.moved() + ", caps " + capsById,
				actor.username()));
		return new Result(result.version(), result.moved(), capsById, changes);
	}

	/** Every producer behind pace (an officer: of its province) capped at its projection. */
	private Map<IkmId, Long> behindPace(Actor actor, AllocationOrder order, Map<IkmId, ProducerStanding> standings) {
		LocalDate today = LocalDate.now(clock.withZone(Dates.WIB));
		LocalDate start = figures.paceStart(order);
		Map<IkmId, Long> caps = new LinkedHashMap<>();
		for (ProducerStanding s : standings.values()) {
			Pace pace = PaceRule.of(s.allocated(), s.produced(), start, order.dueOn(), today);
			if (pace.behind() && (actor.isAdmin() || actor.isOfficerOf(s.provinceCode()))) {
				caps.put(s.ikmId(), Math.max(pace.projected(), Math.max(s.produced(), s.delivered())));
			}
		}
		return caps;
	}

	private static Map<IkmId, Long> checked(Actor actor, List<CapInput> caps, Map<IkmId, ProducerStanding> standings) {
		List<FieldViolation> violations = new ArrayList<>();
		Map<IkmId, Long> applied = new LinkedHashMap<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < caps.size(); i++) {
			CapInput c = caps.get(i);
			String row = "caps[" + i + "].";
			ProducerStanding s = c.ikmId() == null ? null : standings.get(new IkmId(c.ikmId()));
			if (s == null || s.allocated() == 0) {
				violations.add(FieldViolation.of(row + "ikmId", "allocation.progress.validation.cap-not-allocated",
						c.ikmId() == null ? "" : c.ikmId()));
				continue;
			}
			if (!actor.isAdmin() && !actor.isOfficerOf(s.provinceCode())) {
				throw new ForbiddenException("allocation.progress.forbidden-cap", c.ikmId());
			}
			if (!seen.add(c.ikmId())) {
				violations.add(FieldViolation.of(row + "ikmId", "allocation.progress.validation.cap-duplicate", c.ikmId()));
			}
			long made = Math.max(s.produced(), s.delivered());
			if (c.cap() == null || c.cap() < 0) {
				violations.add(FieldViolation.of(row + "cap", "allocation.progress.validation.cap-negative"));
			}
			else if (c.cap() < made) {
				violations.add(FieldViolation.of(row + "cap", "allocation.progress.validation.cap-below-made", made));
			}
			else {
				applied.put(s.ikmId(), c.cap());
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return applied;
	}
}
