package id.canting.allocation.internal.progress;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationActivity;
import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.AllocationOrderStatusChanged;
import id.canting.allocation.DeliveryReported;
import id.canting.allocation.ProductionReported;
import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.AllocationOrder.DeliveryPoint;
import id.canting.allocation.internal.AllocationOrderRepository;
import id.canting.allocation.internal.OrderStatus;
import id.canting.allocation.internal.progress.OrderProgress.PointProgress;
import id.canting.allocation.internal.progress.OrderProgress.ProducerProgress;
import id.canting.allocation.internal.progress.ProgressInput.DeliveryInput;
import id.canting.registry.IkmId;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.Role;
import id.canting.shared.RuleRefusedException;
import id.canting.shared.web.Dates;

/**
 * Producers' progress reports on a confirmed order: produced to date and deliveries per delivery point
 * ({@link ProgressRules}). The first report moves the order CONFIRMED → IN_PRODUCTION; the report that
 * completes the deliveries moves it IN_PRODUCTION → DELIVERED. Each report is audited and published
 * ({@link ProductionReported}, {@link DeliveryReported}, {@link AllocationOrderStatusChanged}); a report
 * is taken whole or not at all. Reports of one order are taken one at a time (the order's row is locked),
 * so two reports cannot both deliver the last remaining quantity.
 */
@Service
@Transactional
public class ProgressReports {

	static final String ENTITY = "allocation_order";

	private final AllocationOrderRepository orders;
	private final ProgressFigures figures;
	private final RegistryQueries registry;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ProgressReports(AllocationOrderRepository orders, ProgressFigures figures, RegistryQueries registry, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.figures = figures;
		this.registry = registry;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Today in Jakarta, where the reports' days are counted. */
	LocalDate today() {
		return LocalDate.now(clock.withZone(Dates.WIB));
	}

	/**
	 * Takes one producer's report.
	 *
	 * @return the producer's progress after the report
	 * @throws id.canting.shared.NotFoundException for an order that does not exist (or the reader may not see)
	 * @throws id.canting.shared.ForbiddenException for a producer the actor may not report for
	 * @throws RuleRefusedException when the order is not in production or the IKM has no quantity on it
	 * @throws InvalidInputException naming every broken rule of the report
	 */
	public ProducerProgress report(Actor actor, AllocationOrderId orderId, ProgressInput input) {
		lock(orderId.value());
		AllocationOrder order = orders.findById(orderId.value()).orElseThrow(() -> ProgressAccess.notFound(orderId.value()));
		Map<IkmId, ProducerStanding> standings = figures.standings(order.id());
		long ikmId = producerOf(actor, input);
		ProducerStanding standing = standings.get(new IkmId(ikmId));
		if (standing == null || standing.allocated() == 0) {
			if (actor.role() == Role.IKM_OWNER && !actor.ownsIkm(ikmId)) {
				throw new ForbiddenException("allocation.progress.forbidden-report");
			}
			ProgressAccess.requireReader(actor, order, standings);
			throw new RuleRefusedException("allocation.progress.not-allocated", ikmId, order.reference());
		}
		ProgressAccess.requireReporter(actor, ikmId, standing.provinceCode());
		if (order.status() != OrderStatus.CONFIRMED && order.status() != OrderStatus.IN_PRODUCTION) {
			throw new RuleRefusedException("allocation.progress.not-in-production", order.reference(), order.status().name());
		}
		LocalDate today = today();
		ProgressRules.check(input, order, standing, today);
		write(actor, order, standing, input, today);
		advance(actor, order);
		return progress(order, figures.standings(order.id()), p -> p.ikmId().value() == ikmId).get(0);
	}

	/** An order's progress: all producers for staff, the owner's own for an owner. */
	@Transactional(readOnly = true)
	public OrderProgress progress(Actor actor, AllocationOrderId orderId) {
		AllocationOrder order = orders.findById(orderId.value()).orElseThrow(() -> ProgressAccess.notFound(orderId.value()));
		Map<IkmId, ProducerStanding> standings = figures.standings(order.id());
		ProgressAccess.requireReader(actor, order, standings);
		boolean own = actor.role() == Role.IKM_OWNER;
		List<ProducerProgress> producers = progress(order, standings, s -> !own || actor.ownsIkm(s.ikmId().value()));
		return new OrderProgress(order.id(), order.reference(), order.title(), order.status(), order.unit(),
				order.quantity(), order.startsOn(), order.dueOn(), figures.paceStart(order), today(), producers);
	}

	/** The orders an owner's IKM are allocated on, each with the owner's part, newest order first. */
	@Transactional(readOnly = true)
	public List<OrderProgress> myAllocations(Actor actor) {
		if (actor.ikmIds().isEmpty()) {
			return List.of();
		}
		List<Long> ids = jdbc.sql("""
				select distinct p.order_id from allocation_plan p join allocation_plan_producer pp on pp.plan_id = p.id
				where p.status = 'CONFIRMED' and pp.quantity > 0 and pp.ikm_id in (:ikms) order by p.order_id desc""")
			.param("ikms", List.copyOf(actor.ikmIds())).query(Long.class).list();
		List<OrderProgress> mine = new ArrayList<>();
		for (long id : ids) {
			mine.add(progress(actor, new AllocationOrderId(id)));
		}
		return mine;
	}

	List<ProducerProgress> progress(AllocationOrder order, Map<IkmId, ProducerStanding> standings,
			Predicate<ProducerStanding> shown) {
		List<ProducerStanding> chosen = standings.values().stream().filter(shown).toList();
		Map<IkmId, String> names = registry.names(chosen.stream().map(ProducerStanding::ikmId).toList());
		Map<Long, LocalDate> lastReports = new HashMap<>();
		jdbc.sql("select ikm_id, max(reported_on) from allocation_progress where order_id = ? group by ikm_id")
			.param(order.id()).query(rs -> {
				lastReports.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
			});
		LocalDate start = figures.paceStart(order);
		LocalDate today = today();
		List<ProducerProgress> producers = new ArrayList<>();
		for (ProducerStanding s : chosen) {
			List<PointProgress> points = new ArrayList<>();
			for (DeliveryPoint p : order.deliveryPoints()) {
				long allocated = s.allocatedPerPoint().getOrDefault(p.id(), 0L);
				long delivered = s.deliveredPerPoint().getOrDefault(p.id(), 0L);
				if (allocated > 0 || delivered > 0) {
					points.add(new PointProgress(p.id(), p.code(), p.name(), allocated, delivered));
				}
			}
			producers.add(new ProducerProgress(s.ikmId().value(), names.getOrDefault(s.ikmId(), "#" + s.ikmId().value()),
					s.provinceCode(), s.allocated(), s.produced(), s.delivered(), points,
					PaceRule.of(s.allocated(), s.produced(), start, order.dueOn(), today),
					lastReports.get(s.ikmId().value())));
		}
		producers.sort(Comparator.comparing(ProducerProgress::ikmName).thenComparing(ProducerProgress::ikmId));
		return producers;
	}

	private long producerOf(Actor actor, ProgressInput input) {
		if (input.ikmId() != null) {
			return input.ikmId();
		}
		if (actor.role() == Role.IKM_OWNER && actor.ikmIds().size() == 1) {
			return actor.ikmIds().iterator().next();
		}
		throw new InvalidInputException(List.of(FieldViolation.of("ikmId", "allocation.progress.validation.ikm-required")));
	}

	private void lock(long orderId) {
		jdbc.sql("select id from allocation_order where id = ? for update").param(orderId).query(Long.class).list();
	}

	private void write(Actor actor, AllocationOrder order, ProducerStanding standing, ProgressInput input, LocalDate today) {
		AllocationOrderId orderId = order.orderId();
		IkmId ikm = standing.ikmId();
		Timestamp now = Timestamp.from(clock.instant());
		if (input.producedToDate() != null) {
			LocalDate on = ProgressRules.reportedOn(input, today);
			String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
			jdbc.sql("""
					insert into allocation_progress (order_id, ikm_id, reported_on, produced_to_date, note, reported_by, reported_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(order.id(), ikm.value(), Date.valueOf(on), input.producedToDate(), note, actor.username(), now)
				.update();
			events.publishEvent(new ProductionReported(orderId, ikm, input.producedToDate(), on, actor.username()));
			events.publishEvent(new AllocationActivity(ENTITY, String.valueOf(order.id()), order.reference(),
					standing.provinceCode(), "PRODUCTION_REPORTED",
					"IKM " + ikm.value() + ": " + standing.produced() + " → " + input.producedToDate() + " (" + on + ")",
					actor.username()));
		}
		for (DeliveryInput d : input.deliveries()) {
			if (d.isBlank()) {
				continue;
			}
			DeliveryPoint point = order.point(d.point().strip());
			jdbc.sql("""
					insert into allocation_delivery (order_id, ikm_id, delivery_point_id, quantity, delivered_on, reported_by, reported_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(order.id(), ikm.value(), point.id(), d.quantity(), Date.valueOf(d.deliveredOn()), actor.username(), now)
				.update();
			events.publishEvent(new DeliveryReported(orderId, ikm, point.code(), d.quantity(), d.deliveredOn(), actor.username()));
			events.publishEvent(new AllocationActivity(ENTITY, String.valueOf(order.id()), order.reference(),
					standing.provinceCode(), "DELIVERY_REPORTED",
					"IKM " + ikm.value() + " → " + point.code() + ": " + d.quantity() + " (" + d.deliveredOn() + ")",
					actor.username()));
		}
	}

	/** The first report starts production; the one that completes the deliveries ends it. */
	private void advance(Actor actor, AllocationOrder order) {
		AllocationOrder current = order;
		if (current.status() == OrderStatus.CONFIRMED) {
			move(actor, current, OrderStatus.IN_PRODUCTION);
			// the saved status carries a new version: read it back before a second move
			current = orders.findById(order.id()).orElseThrow();
		}
		if (current.status() == OrderStatus.IN_PRODUCTION && figures.deliveredTotal(order.id()) >= order.quantity()) {
			move(actor, current, OrderStatus.DELIVERED);
		}
	}

	private void move(Actor actor, AllocationOrder order, OrderStatus to) {
		OrderStatus from = order.status();
		if (to == OrderStatus.IN_PRODUCTION) {
			order.startProduction();
		}
		else {
			order.markDelivered();
		}
		orders.saveStatus(order);
		events.publishEvent(new AllocationOrderStatusChanged(order.orderId(), order.reference(), from.name(), to.name(),
				actor.username()));
		events.publishEvent(new AllocationActivity(ENTITY, String.valueOf(order.id()), order.reference(), null,
				"STATUS_CHANGED", from + " → " + to, actor.username()));
	}
}
