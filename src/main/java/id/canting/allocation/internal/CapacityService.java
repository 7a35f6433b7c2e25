package id.canting.allocation.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.allocation.AllocationActivity;
import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.ProducerCapacityConfirmed;
import id.canting.registry.IkmId;
import id.canting.registry.IkmNotFoundException;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;

/**
 * A producer's capacity for an order: the owner of an eligible IKM confirms what it can make, or lowers
 * it, while the order is DRAFT or PLANNED — never above the computed capacity ({@link CapacityRule}'s
 * net). The IKM's owner, its province's officers and admins read it. Audited and published.
 */
@Service
@Transactional
public class CapacityService {

	private final Eligibility eligibility;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CapacityService(Eligibility eligibility, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.eligibility = eligibility;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** The IKM's standing on the order: reasons (none: eligible), capacity figures, the confirmation's note. */
	public record CapacityView(AllocationOrder order, Eligibility.Assessment assessment, String note, boolean mayConfirm) {
	}

	@Transactional(readOnly = true)
	public CapacityView capacity(Actor actor, AllocationOrderId orderId, IkmId ikmId) {
		AllocationOrder order = eligibility.order(orderId);
		Eligibility.Assessment a = assessment(order, ikmId);
		boolean owner = actor.ownsIkm(ikmId.value());
		if (!(owner || actor.isAdmin() || actor.isOfficerOf(a.ikm().provinceCode()))) {
			throw new ForbiddenException("allocation.capacity.forbidden");
		}
		String note = jdbc.sql("select note from allocation_capacity_confirmation where order_id = :o and ikm_id = :i")
			.param("o", order.id()).param("i", ikmId.value()).query(String.class).optional().orElse(null);
		return new CapacityView(order, a, note, owner && order.isEditable() && withoutCapacity(a.reasons()).isEmpty());
	}

	/** The owner confirms (or lowers) the IKM's capacity for the order. */
	public CapacityView confirm(Actor actor, AllocationOrderId orderId, IkmId ikmId, Long quantity, String note) {
		if (!actor.ownsIkm(ikmId.value())) {
			throw new ForbiddenException("allocation.capacity.forbidden");
		}
		AllocationOrder order = eligibility.order(orderId);
		if (!order.isEditable()) {
			throw new ConflictException("allocation.capacity.order-not-open", order.reference(), order.status());
		}
		Eligibility.Assessment a = assessment(order, ikmId);
		List<Explanation> reasons = withoutCapacity(a.reasons());
		if (!reasons.isEmpty()) {
			throw new RuleRefusedException("allocation.capacity.not-eligible", a.ikm().name());
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (quantity == null) {
			throw invalid("quantity", "allocation.order.rule.required");
		}
		if (quantity < 0) {
			throw invalid("quantity", "allocation.order.rule.not-negative");
		}
		if (quantity > a.capacity().net()) {
			throw invalid("quantity", "allocation.capacity.rule.above-computed", a.capacity().net());
		}
		if (text != null && text.length() > 300) {
			throw invalid("note", "allocation.order.rule.too-long", 300);
		}
		jdbc.sql("delete from allocation_capacity_confirmation where order_id = :o and ikm_id = :i")
			.param("o", order.id()).param("i", ikmId.value()).update();
		jdbc.sql("""
				insert into allocation_capacity_confirmation (order_id, ikm_id, quantity, note, confirmed_by, confirmed_at)
				values (:o, :i, :q, :note, :by, :at)""")
			.param("o", order.id()).param("i", ikmId.value()).param("q", quantity).param("note", text)
			.param("by", actor.username()).param("at", java.sql.Timestamp.from(clock.instant())).update();
		events.publishEvent(new ProducerCapacityConfirmed(orderId, ikmId, quantity, actor.username()));
		events.publishEvent(new AllocationActivity("allocation_capacity", order.id() + "/" + ikmId.value(),
				order.reference(), a.ikm().provinceCode(), "CONFIRMED",
				a.ikm().name() + ": " + quantity + " (computed " + a.capacity().net() + ")", actor.username()));
		return capacity(actor, orderId, ikmId);
	}

	private Eligibility.Assessment assessment(AllocationOrder order, IkmId ikmId) {
		List<Eligibility.Assessment> found = eligibility.assess(order, List.of(ikmId));
		if (found.isEmpty()) {
			throw new IkmNotFoundException(ikmId);
		}
		return found.get(0);
	}

	/** The reasons other than capacity: an owner may confirm 0 or lower what little is left. */
	static List<Explanation> withoutCapacity(List<Explanation> reasons) {
		return reasons.stream().filter(r -> !r.code().startsWith(EligibilityPolicy.PREFIX + "no-capacity")).toList();
	}

	private static InvalidInputException invalid(String field, String key, Object... args) {
		return new InvalidInputException(List.of(FieldViolation.of(field, key, args)));
	}
}
