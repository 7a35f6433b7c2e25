package id.canting.allocation.internal.plan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationActivity;
import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.AllocationOrderStatusChanged;
import id.canting.allocation.AllocationPlanConfirmed;
import id.canting.allocation.AllocationPlanned;
import id.canting.allocation.AllocationQuantityLocked;
import id.canting.allocation.AllocationReplanned;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.AllocationPlanning;
import id.canting.allocation.internal.EligibleProducer;
import id.canting.allocation.internal.Explanation;
import id.canting.allocation.internal.OrderProducers;
import id.canting.allocation.internal.OrderService;
import id.canting.allocation.internal.OrderStatus;
import id.canting.allocation.internal.PlanInfeasibleException;
import id.canting.allocation.internal.PlanResult;
import id.canting.allocation.internal.plan.PlanProblem.Point;
import id.canting.allocation.internal.plan.PlanProblem.Producer;
import id.canting.region.Regions;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.Role;

/**
 * Plans an order, confirms the plan, locks quantities and re-plans a confirmed order. Each is one
 * transaction that solves first ({@link AllocationSolver}) and writes only when a plan exists: an
 * infeasible order ({@link PlanInfeasibleException}) changes nothing. Every change is audited
 * ({@link AllocationActivity}) and published as its own event.
 *
 * <p>Who: ADMIN plans, re-plans, confirms and locks any IKM; an OFFICER plans and re-plans (the plan is
 * national, the officer's locks are in it) and locks IKM of their province only.
 */
@Service
@Transactional
public class PlanService implements AllocationPlanning {

	private final AllocationOrderRepository orders;
	private final OrderService orderService;
	private final OrderProducers orderProducers;
	private final PlanStore store;
	private final Regions regions;
	private final AllocationSolver solver;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PlanService(AllocationOrderRepository orders, OrderService orderService, OrderProducers orderProducers,
			PlanStore store, Regions regions, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.orderService = orderService;
		this.regions = regions;
		this.orderProducers = orderProducers;
		this.store = store;
		this.solver = new AllocationSolver(ProvinceDistances.load());
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Plans a DRAFT or PLANNED order: a new PROPOSED plan version (the previous proposal SUPERSEDED), the
	 * order PLANNED. A CONFIRMED or IN_PRODUCTION order is re-planned instead ({@link #replan}).
	 */
	public PlanResult plan(AllocationOrderId orderId, Actor actor) {
		mayPlan(actor);
		AllocationOrder order = order(orderId);
		if (order.status() == OrderStatus.CONFIRMED || order.status() == OrderStatus.IN_PRODUCTION) {
			return replan(orderId, Map.of(), actor.username());
		}
		String from = order.status().name();
		order.markPlanned();
		List<EligibleProducer> eligible = orderProducers.eligibleProducers(orderId);
		Map<Long, Long> locks = store.locks(order.id());
		List<Producer> producers = new ArrayList<>();
		for (EligibleProducer producer : eligible) {
			long id = producer.ikmId().value();
			producers.add(new Producer(id, producer.ikmName(), producer.provinceCode(), producer.capacity(), locks.get(id),
					Map.of(), 0));
		}
		PlanSolution solution = solve(order, producers);
		Instant now = clock.instant();
		int version = store.nextVersion(order.id());
		store.supersede(order.id(), "PROPOSED");
		long planId = store.insert(order, version, "PROPOSED", solution, actor.username(), now);
		orders.saveStatus(order);
		if (!from.equals(order.status().name())) {
			events.publishEvent(new AllocationOrderStatusChanged(orderId, order.reference(), from, order.status().name(),
					actor.username()));
		}
		events.publishEvent(new AllocationActivity("allocation_plan", String.valueOf(planId), order.reference(), null,
				"PLANNED", "version " + version + ": " + solution.allocated() + " to " + producing(solution) + " IKM, cost "
						+ solution.cost() + ", gap " + solution.gapPercent() + " %",
				actor.username()));
		events.publishEvent(new AllocationPlanned(orderId, version, solution.allocated(), actor.username()));
		return new PlanResult(version, solution.demand(), solution.allocated(), solution.cost(), solution.lowerBound(),
				solution.gapPercent(), 0);
	}

	/** Confirms the proposed plan: the order PLANNED → CONFIRMED, the plan CONFIRMED. ADMIN only. */
	public PlanResult confirm(AllocationOrderId orderId, Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("allocation.plan.confirm.forbidden");
		}
		AllocationOrder order = order(orderId);
		StoredPlan plan = store.latest(order.id(), List.of("PROPOSED"))
			.orElseThrow(() -> new RuleRefusedException("allocation.plan.confirm.no-plan", order.reference()));
		String from = order.status().name();
		order.confirm();
		store.confirm(plan.id());
		orders.saveStatus(order);
		events.publishEvent(new AllocationOrderStatusChanged(orderId, order.reference(), from, order.status().name(),
				actor.username()));
		events.publishEvent(new AllocationActivity("allocation_plan", String.valueOf(plan.id()), order.reference(), null,
				"CONFIRMED", "version " + plan.version(), actor.username()));
		events.publishEvent(new AllocationPlanConfirmed(orderId, plan.version(), actor.username()));
		return new PlanResult(plan.version(), plan.demand(), plan.allocated(), plan.cost(), plan.lowerBound(),
				plan.gapPercent(), 0);
	}

	/**
	 * Fixes an IKM's quantity for every later (re-)plan; {@code quantity} null unlocks. ADMIN for any IKM,
	 * an OFFICER for the IKM of their province; not once the order is delivered or closed.
	 */
	public void lock(AllocationOrderId orderId, IkmId ikmId, Long quantity, Actor actor) {
		AllocationOrder order = order(orderId);
		if (order.status() == OrderStatus.DELIVERED || order.status() == OrderStatus.CLOSED) {
			throw new ConflictException("allocation.plan.lock.order-finished", order.reference(), order.status());
		}
		EligibleProducer producer = orderProducers.eligibleProducers(orderId).stream()
			.filter(p -> p.ikmId().equals(ikmId))
			.findFirst()
			.orElse(null);
		if (!actor.isAdmin() && !(producer != null && actor.isOfficerOf(producer.provinceCode()))) {
			throw new ForbiddenException("allocation.plan.lock.forbidden");
		}
		String province = producer == null ? null : producer.provinceCode();
		if (quantity == null) {
			if (store.unlock(order.id(), ikmId.value())) {
				events.publishEvent(new AllocationActivity("allocation_lock", order.id() + "/" + ikmId.value(),
						order.reference(), province, "UNLOCKED", "IKM " + ikmId.value(), actor.username()));
				events.publishEvent(new AllocationQuantityLocked(orderId, ikmId, null, actor.username()));
			}
			return;
		}
		if (producer == null) {
			throw new RuleRefusedException("allocation.plan.lock.not-eligible", ikmId.value());
		}
		if (quantity < 0) {
			throw new InvalidInputException(List.of(FieldViolation.of("quantity", "allocation.plan.lock.negative")));
		}
		if (quantity > producer.capacity()) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("quantity", "allocation.plan.lock.above-capacity", producer.capacity())));
		}
		store.lock(order.id(), ikmId.value(), quantity, actor.username(), clock.instant());
		events.publishEvent(new AllocationActivity("allocation_lock", order.id() + "/" + ikmId.value(), order.reference(),
				province, "LOCKED", "IKM " + ikmId.value() + ": " + quantity, actor.username()));
		events.publishEvent(new AllocationQuantityLocked(orderId, ikmId, quantity, actor.username()));
	}

	/**
	 * Re-plans what remains of a CONFIRMED or IN_PRODUCTION order: what each IKM delivered (per point) or
	 * produced stays with it, locks stay, an IKM in {@code caps} gets at most that in total (others their
	 * capacity for the order), an IKM no longer eligible keeps only what it made. The new plan is CONFIRMED,
	 * the old one SUPERSEDED; {@code moved} is Σ |new − old| over the IKM.
	 */
	@Override
	public PlanResult replan(AllocationOrderId orderId, Map<IkmId, Long> caps, String actor) {
		AllocationOrder order = order(orderId);
		if (order.status() != OrderStatus.CONFIRMED && order.status() != OrderStatus.IN_PRODUCTION) {
			throw new ConflictException("allocation.plan.replan.not-confirmed", order.reference(), order.status());
		}
		StoredPlan current = store.latest(order.id(), List.of("CONFIRMED")).orElse(null);
		Map<Long, Long> locks = store.locks(order.id());
		Map<Long, Map<String, Long>> delivered = store.delivered(order.id());
		Map<Long, Long> produced = store.produced(order.id());
		Map<Long, Long> capById = new HashMap<>();
		caps.forEach((ikm, cap) -> capById.put(ikm.value(), cap));
		List<Producer> producers = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (EligibleProducer producer : orderProducers.eligibleProducers(orderId)) {
			long id = producer.ikmId().value();
			seen.add(id);
			long cap = capById.containsKey(id) ? Math.min(producer.capacity(), capById.get(id)) : producer.capacity();
			producers.add(new Producer(id, producer.ikmName(), producer.provinceCode(), cap, locks.get(id),
					delivered.get(id), produced.getOrDefault(id, 0L)));
		}
		if (current != null) {
			for (StoredPlan.Part part : current.producers()) {
				if (part.quantity() > 0 && seen.add(part.ikmId())) { // no longer eligible: keeps what it made
					long made = Math.max(produced.getOrDefault(part.ikmId(), 0L), delivered
						.getOrDefault(part.ikmId(), Map.of()).values().stream().mapToLong(Long::longValue).sum());
					producers.add(new Producer(part.ikmId(), "IKM " + part.ikmId(), part.provinceCode(), made,
							locks.get(part.ikmId()), delivered.get(part.ikmId()), made));
				}
			}
		}
		PlanSolution solution = solve(order, producers);
		long moved = 0;
		for (PlanSolution.Planned planned : solution.producers()) {
			StoredPlan.Part before = current == null ? null : current.part(planned.ikmId());
			moved += Math.abs(planned.quantity() - (before == null ? 0 : before.quantity()));
		}
		if (current != null) {
			for (StoredPlan.Part part : current.producers()) {
				if (solution.producers().stream().noneMatch(p -> p.ikmId() == part.ikmId())) {
					moved += part.quantity();
				}
			}
		}
		int version = store.nextVersion(order.id());
		store.supersede(order.id(), "CONFIRMED", "PROPOSED");
		long planId = store.insert(order, version, "CONFIRMED", solution, actor, clock.instant());
		events.publishEvent(new AllocationActivity("allocation_plan", String.valueOf(planId), order.reference(), null,
				"REPLANNED", "version " + version + ": " + moved + " moved, cost " + solution.cost() + ", gap "
						+ solution.gapPercent() + " %",
				actor));
		events.publishEvent(new AllocationReplanned(orderId, version, moved, actor));
		return new PlanResult(version, solution.demand(), solution.allocated(), solution.cost(), solution.lowerBound(),
				solution.gapPercent(), moved);
	}

	/** The order's current plan (the newest proposed or confirmed one) as the actor may see it. */
	@Transactional(readOnly = true)
	public PlanView view(Actor actor, AllocationOrderId orderId) {
		AllocationOrder order = orderService.order(actor, orderId);
		StoredPlan plan = store.latest(order.id(), List.of("PROPOSED", "CONFIRMED")).orElse(null);
		Map<Long, Long> locks = store.locks(order.id());
		List<EligibleProducer> eligible = orderProducers.eligibleProducers(orderId);
		Map<Long, EligibleProducer> byId = new HashMap<>();
		eligible.forEach(p -> byId.put(p.ikmId().value(), p));
		List<PlanView.Row> rows = new ArrayList<>();
		if (plan != null) {
			for (StoredPlan.Part part : plan.producers()) {
				EligibleProducer producer = byId.get(part.ikmId());
				rows.add(new PlanView.Row(part.ikmId(), producer == null ? "IKM " + part.ikmId() : producer.ikmName(),
						part.provinceCode(), part.quantity(), part.capacity(), part.floor(), locks.get(part.ikmId()),
						part.distanceKm(), withUnit(part.reason(), order), part.deliveries(),
						mayLock(actor, part.provinceCode(), order)));
			}
		}
		else {
			for (EligibleProducer producer : eligible) {
				long id = producer.ikmId().value();
				rows.add(new PlanView.Row(id, producer.ikmName(), producer.provinceCode(), 0, producer.capacity(), 0,
						locks.get(id), null, null, Map.of(), mayLock(actor, producer.provinceCode(), order)));
			}
		}
		Map<String, long[]> byProvince = new java.util.TreeMap<>();
		Map<String, long[]> byPoint = new HashMap<>();
		for (PlanView.Row row : rows) {
			if (row.quantity() > 0) {
				long[] province = byProvince.computeIfAbsent(row.provinceCode(), k -> new long[2]);
				province[0] += row.quantity();
				province[1]++;
				row.deliveries().forEach((point, quantity) -> {
					long[] total = byPoint.computeIfAbsent(point, k -> new long[2]);
					total[0] += quantity;
					total[1]++;
				});
			}
		}
		List<PlanView.Total> provinces = new ArrayList<>();
		byProvince.forEach((code, total) -> provinces.add(new PlanView.Total(code, provinceName(code), code, total[0], 0,
				total[1])));
		List<PlanView.Total> points = order.deliveryPoints().stream().map(p -> {
			long[] total = byPoint.getOrDefault(p.code(), new long[2]);
			return new PlanView.Total(p.code(), p.name(), p.provinceCode(), total[0], p.quantity(), total[1]);
		}).toList();
		List<PlanView.Row> visible = rows.stream()
			.filter(row -> maySeeRow(actor, row))
			.sorted(java.util.Comparator.comparing(PlanView.Row::provinceCode).thenComparing(PlanView.Row::name))
			.toList();
		boolean mayPlan = (actor.isAdmin() || actor.role() == Role.OFFICER) && order.status() != OrderStatus.DELIVERED
				&& order.status() != OrderStatus.CLOSED;
		boolean mayConfirm = actor.isAdmin() && order.status() == OrderStatus.PLANNED && plan != null
				&& "PROPOSED".equals(plan.status());
		boolean mayLock = visible.stream().anyMatch(PlanView.Row::lockable);
		return new PlanView(order, plan, visible, provinces, points, mayPlan, mayConfirm, mayLock);
	}

	private static boolean mayLock(Actor actor, String province, AllocationOrder order) {
		boolean open = order.status() != OrderStatus.DELIVERED && order.status() != OrderStatus.CLOSED;
		return open && (actor.isAdmin() || actor.isOfficerOf(province));
	}

	private static boolean maySeeRow(Actor actor, PlanView.Row row) {
		if (actor.role() == Role.OFFICER) {
			return actor.isOfficerOf(row.provinceCode());
		}
		if (actor.role() == Role.IKM_OWNER) {
			return actor.ownsIkm(row.ikmId());
		}
		return true;
	}

	private String provinceName(String code) {
		return regions.province(code).map(p -> p.name()).orElse(code);
	}

	private PlanSolution solve(AllocationOrder order, List<Producer> producers) {
		try {
			return solver.solve(problem(order, producers));
		}
		catch (PlanInfeasibleException e) {
			throw new PlanInfeasibleException(e.reasons().stream().map(r -> withUnit(r, order)).toList());
		}
	}

	/** The reason with the order's unit as its last argument (resolved in the reader's language). */
	static Explanation withUnit(Explanation reason, AllocationOrder order) {
		List<Object> args = new ArrayList<>(reason.args());
		args.add(new DefaultMessageSourceResolvable(new String[] { "allocation.plan.unit." + order.unit() },
				order.unit().name()));
		return new Explanation(reason.code(), args);
	}

	private static PlanProblem problem(AllocationOrder order, List<Producer> producers) {
		List<Point> points = order.deliveryPoints().stream()
			.map(p -> new Point(p.code(), p.name(), p.provinceCode(), p.quantity()))
			.toList();
		return new PlanProblem(producers, points, order.minimumLot(), order.maximumSharePercent(), order.fairnessFactor(),
				order.preferredProvinces());
	}

	private static long producing(PlanSolution solution) {
		return solution.producers().stream().filter(p -> p.quantity() > 0).count();
	}

	private static void mayPlan(Actor actor) {
		if (!actor.isAdmin() && actor.role() != Role.OFFICER) {
			throw new ForbiddenException("allocation.plan.forbidden");
		}
	}

	private AllocationOrder order(AllocationOrderId orderId) {
		return orders.findById(orderId.value())
			.orElseThrow(() -> new NotFoundException("allocation.plan.order-not-found", orderId.value()));
	}
}
