package id.canting.allocation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationActivity;
import id.canting.allocation.AllocationOrderCreated;
import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.AllocationOrderStatusChanged;
import id.canting.allocation.AllocationOrderUpdated;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.Role;

/**
 * Orders: ADMIN creates and edits them (while DRAFT or PLANNED) and moves them on (production started,
 * delivered, closed — planning and confirming are the plan's); OFFICER reads every order, a BUYER the
 * orders made out to their account, an IKM owner the orders their IKM is eligible for or allocated on.
 * An order another may not read is not found. Every change is audited and published.
 */
@Service
@Transactional
public class OrderService {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final AllocationOrderRepository orders;
	private final OrderWriter writer;
	private final Eligibility eligibility;
	private final Regions regions;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	OrderService(AllocationOrderRepository orders, OrderWriter writer, Eligibility eligibility, Regions regions,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.orders = orders;
		this.writer = writer;
		this.eligibility = eligibility;
		this.regions = regions;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** A new order in DRAFT; its reference is {@code ALC-<year>-<number>}. */
	public AllocationOrder create(Actor actor, OrderInput input) {
		requireAdmin(actor);
		OrderContent content = OrderRules.check(input, provinceCodes()::contains);
		Instant now = clock.instant();
		String year = String.valueOf(now.atZone(WIB).getYear());
		long count = jdbc.sql("select count(*) from allocation_order where reference like :prefix")
			.param("prefix", "ALC-" + year + "-%").query(Long.class).single();
		String reference = "ALC-%s-%04d".formatted(year, count + 1);
		AllocationOrder order = orders.save(AllocationOrder.draft(reference, content, actor.username(), now));
		events.publishEvent(new AllocationOrderCreated(order.orderId(), reference, actor.username()));
		activity(order, "CREATED", content.title() + ", " + content.quantity() + " " + content.unit(), actor);
		return order;
	}

	/**
	 * Replaces the order's content while DRAFT or PLANNED. {@code expectedVersion} is the version the
	 * client read: a stale edit is refused rather than overwriting another's.
	 */
	public AllocationOrder update(Actor actor, AllocationOrderId id, int expectedVersion, OrderInput input) {
		requireAdmin(actor);
		AllocationOrder order = load(id);
		if (!order.isEditable()) {
			throw new ConflictException("allocation.order.not-editable", order.reference(), order.status());
		}
		if (order.version() != expectedVersion) {
			throw new ConflictException("allocation.order.stale", order.reference());
		}
		OrderContent content = OrderRules.check(input, provinceCodes()::contains);
		writer.update(order, content);
		events.publishEvent(new AllocationOrderUpdated(order.orderId(), order.reference(), actor.username()));
		activity(order, "UPDATED", content.title() + ", " + content.quantity() + " " + content.unit(), actor);
		return load(id);
	}

	/**
	 * Moves the order on: IN_PRODUCTION (from CONFIRMED), DELIVERED (from IN_PRODUCTION) or CLOSED (from
	 * any other status). PLANNED and CONFIRMED come from the plan and are refused here, naming the rule.
	 */
	public AllocationOrder changeStatus(Actor actor, AllocationOrderId id, String target) {
		requireAdmin(actor);
		OrderStatus to = parseStatus(target);
		AllocationOrder order = load(id);
		OrderStatus from = order.status();
		switch (to) {
			case IN_PRODUCTION -> order.startProduction();
			case DELIVERED -> order.markDelivered();
			case CLOSED -> order.close();
			default -> throw new InvalidInputException(
					List.of(FieldViolation.of("status", "allocation.order.rule.status-by-plan", to.name())));
		}
		orders.saveStatus(order);
		events.publishEvent(new AllocationOrderStatusChanged(order.orderId(), order.reference(), from.name(), to.name(),
				actor.username()));
		activity(order, to == OrderStatus.CLOSED ? "CLOSED" : "STATUS", from + " → " + to, actor);
		return load(id);
	}

	/** The order, if the actor may read it (else not found, so nobody learns what they may not see). */
	@Transactional(readOnly = true)
	public AllocationOrder order(Actor actor, AllocationOrderId id) {
		AllocationOrder order = load(id);
		if (!mayRead(actor, order)) {
			throw new NotFoundException("allocation.order.not-found", id.value());
		}
		return order;
	}

	/** The orders the actor may read, newest first. */
	@Transactional(readOnly = true)
	public List<AllocationOrder> list(Actor actor) {
		if (actor.role() == null || actor.role() == Role.ASSESSOR) {
			throw new ForbiddenException("allocation.order.forbidden");
		}
		List<AllocationOrder> all = orders.findAll().stream()
			.sorted((a, b) -> Long.compare(b.id(), a.id()))
			.toList();
		if (actor.isAdmin() || actor.role() == Role.OFFICER) {
			return all;
		}
		return all.stream().filter(o -> mayRead(actor, o)).toList();
	}

	/** Whether the actor may read the order (the same rule as {@link #order}). */
	@Transactional(readOnly = true)
	public boolean mayRead(Actor actor, AllocationOrder order) {
		if (actor.role() == null) {
			return false;
		}
		return switch (actor.role()) {
			case ADMIN, OFFICER -> true;
			case BUYER -> actor.username() != null && actor.username().equalsIgnoreCase(order.buyerUsername());
			case IKM_OWNER -> !actor.ikmIds().isEmpty() && (allocated(order, actor.ikmIds())
					|| eligibility.assess(order, actor.ikmIds().stream().map(IkmId::new).toList()).stream()
						.anyMatch(Eligibility.Assessment::eligible));
			default -> false;
		};
	}

	private boolean allocated(AllocationOrder order, Set<Long> ikmIds) {
		return jdbc.sql("""
				select count(*) from allocation_plan_producer pp join allocation_plan p on p.id = pp.plan_id
				where p.order_id = :order and p.status <> 'SUPERSEDED' and pp.quantity > 0 and pp.ikm_id in (:ikms)""")
			.param("order", order.id()).param("ikms", List.copyOf(ikmIds)).query(Long.class).single() > 0;
	}

	private AllocationOrder load(AllocationOrderId id) {
		return orders.findById(id.value()).orElseThrow(() -> new NotFoundException("allocation.order.not-found", id.value()));
	}

	private Set<String> provinceCodes() {
		return regions.provinces().stream().map(Province::code).collect(Collectors.toSet());
	}

	private static OrderStatus parseStatus(String target) {
		try {
			return OrderStatus.valueOf(target == null ? "" : target.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(List.of(FieldViolation.of("status", "allocation.order.rule.choice-unknown",
					String.valueOf(target))));
		}
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.isAdmin()) {
			throw new ForbiddenException("allocation.order.forbidden");
		}
	}

	private void activity(AllocationOrder order, String action, String detail, Actor actor) {
		events.publishEvent(new AllocationActivity("allocation_order", String.valueOf(order.id()), order.reference(), null,
				action, detail, actor.username()));
	}
}
