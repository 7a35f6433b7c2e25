package id.canting.allocation.web;

import java.math.BigDecimal;
import java.util.List;

import id.canting.allocation.internal.PlanResult;
import id.canting.allocation.internal.plan.PlanView;
import io.swagger.v3.oas.annotations.media.Schema;

/** The plan room's API bodies. */
final class PlanResponses {

	private PlanResponses() {
	}

	@Schema(description = "An order's current plan: the figures, and each producer the reader may see (an officer: "
			+ "their province; an owner: their IKM) with its quantity, deliveries per point and the reason in words")
	record PlanResponse(@Schema(description = "Allocation order id") long orderId,
			@Schema(description = "Plan version, 0 before any plan") int version,
			@Schema(description = "PROPOSED, CONFIRMED, or null before any plan", nullable = true) String status,
			@Schema(description = "The order's status") String orderStatus,
			@Schema(description = "PIECE or METRE") String unit, long demand, long allocated,
			@Schema(description = "Transport-cost proxy: Σ quantity × km between the IKM's and the point's province "
					+ "centroids, a preferred province's km × 0.8", nullable = true) BigDecimal cost,
			@Schema(description = "The LP relaxation without the minimum lot (each IKM between its fairness floor and "
					+ "its capacity): no plan can cost less", nullable = true) BigDecimal lowerBound,
			@Schema(description = "(cost − lowerBound) / lowerBound × 100", nullable = true) BigDecimal gapPercent,
			@Schema(description = "The solver and model size", nullable = true) String solver,
			List<ProducerPart> producers, List<PointTotal> points) {
	}

	@Schema(description = "One producer's part of the plan")
	record ProducerPart(long ikmId, String name, String provinceCode, long quantity, long capacity,
			@Schema(description = "Its fairness floor (0: none)") long floor,
			@Schema(description = "The locked quantity, or null", nullable = true) Long locked,
			@Schema(description = "km to the nearest point it delivers to", nullable = true) Integer distanceKm,
			List<Delivery> deliveries,
			@Schema(description = "Why it gets this quantity, in the reader's language", nullable = true) String reason) {
	}

	@Schema(description = "A quantity for one delivery point")
	record Delivery(@Schema(description = "Delivery point code") String point, long quantity) {
	}

	@Schema(description = "A delivery point's demand and what the plan sends there")
	record PointTotal(String point, String name, String provinceCode, long demand, long planned, long producers) {
	}

	@Schema(description = "What a (re-)plan or a confirmation produced")
	record PlanResultResponse(int version, long demand, long allocated, BigDecimal cost, BigDecimal lowerBound,
			BigDecimal gapPercent, @Schema(description = "Σ |new − old quantity| over the IKM (re-plan only)") long moved) {

		static PlanResultResponse of(PlanResult r) {
			return new PlanResultResponse(r.version(), r.demand(), r.allocated(), r.cost(), r.lowerBound(), r.gapPercent(),
					r.moved());
		}
	}

	@Schema(description = "A quantity to lock for an IKM in every later (re-)plan")
	record LockRequest(@Schema(description = "0 up to the IKM's capacity for the order") Long quantity) {
	}

	@Schema(description = "The lock as kept")
	record LockResponse(long ikmId, long quantity) {
	}

	static PlanResponse of(PlanView view, ExplanationText text) {
		var plan = view.plan();
		return new PlanResponse(view.order().id(), view.version(), plan == null ? null : plan.status(),
				view.order().status().name(), view.order().unit().name(),
				plan == null ? view.order().quantity() : plan.demand(), plan == null ? 0 : plan.allocated(),
				plan == null ? null : plan.cost(), plan == null ? null : plan.lowerBound(),
				plan == null ? null : plan.gapPercent(), plan == null ? null : plan.solver(),
				view.rows().stream().map(r -> new ProducerPart(r.ikmId(), r.name(), r.provinceCode(), r.quantity(),
						r.capacity(), r.floor(), r.lock(), r.distanceKm(),
						r.deliveries().entrySet().stream().map(e -> new Delivery(e.getKey(), e.getValue())).toList(),
						r.reason() == null ? null : text.text(r.reason()))).toList(),
				view.points().stream().map(p -> new PointTotal(p.code(), p.name(), p.provinceCode(), p.demand(), p.quantity(),
						p.producers())).toList());
	}
}
