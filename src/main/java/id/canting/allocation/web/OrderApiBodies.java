package id.canting.allocation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.canting.allocation.internal.AllocationOrder;
import id.canting.allocation.internal.OrderInput;

/** The order API's request and response records. */
final class OrderApiBodies {

	private OrderApiBodies() {
	}

	/** An order to create, or its new content with the version read (PUT). */
	record AllocationOrderRequest(Integer version, String title, String buyerName, String buyerUsername, String technique,
			String motif, String fabric, String unit, Long quantity, LocalDate startsOn, LocalDate dueOn,
			Boolean requireNib, Boolean requireKbli13134, String batikmarkRule, String halalRule,
			Boolean requireCapCapability, Long minimumLot, BigDecimal maximumSharePercent, BigDecimal fairnessFactor,
			List<DeliveryPointRequest> points, List<String> preferredProvinces) {

		OrderInput toInput() {
			return new OrderInput(title, buyerName, buyerUsername, technique, motif, fabric, unit, quantity, startsOn,
					dueOn, requireNib, requireKbli13134, batikmarkRule, halalRule, requireCapCapability, minimumLot,
					maximumSharePercent, fairnessFactor,
					points == null ? null
							: points.stream().map(p -> p == null ? null
									: new OrderInput.PointInput(p.code(), p.name(), p.provinceCode(), p.quantity())).toList(),
					preferredProvinces);
		}
	}

	/** A delivery point: a code unique in the order, a name, its province and the quantity it receives. */
	record DeliveryPointRequest(String code, String name, String provinceCode, Long quantity) {
	}

	/** The status to move the order to: IN_PRODUCTION, DELIVERED or CLOSED. */
	record OrderStatusRequest(String status) {
	}

	/** A delivery point as stored. */
	record DeliveryPointResponse(long id, String code, String name, String provinceCode, long quantity) {
	}

	/** An order with its delivery points, preferred provinces and rules. */
	record AllocationOrderResponse(long id, String reference, String title, String buyerName, String buyerUsername,
			String technique, String motif, String fabric, String unit, long quantity, LocalDate startsOn,
			LocalDate dueOn, boolean requireNib, boolean requireKbli13134, String batikmarkRule, String halalRule,
			boolean requireCapCapability, long minimumLot, BigDecimal maximumSharePercent, BigDecimal fairnessFactor,
			String status, int version, Instant createdAt, String createdBy, List<DeliveryPointResponse> points,
			Set<String> preferredProvinces) {

		static AllocationOrderResponse of(AllocationOrder o) {
			return new AllocationOrderResponse(o.id(), o.reference(), o.title(), o.buyerName(), o.buyerUsername(),
					o.technique().name(), o.motif(), o.fabric(), o.unit().name(), o.quantity(), o.startsOn(), o.dueOn(),
					o.requireNib(), o.requireKbli13134(), o.batikmarkRule().name(), o.halalRule().name(),
					o.requireCapCapability(), o.minimumLot(), o.maximumSharePercent(), o.fairnessFactor(),
					o.status().name(), o.version(), o.createdAt(), o.createdBy(),
					o.deliveryPoints().stream()
						.map(p -> new DeliveryPointResponse(p.id(), p.code(), p.name(), p.provinceCode(), p.quantity()))
						.toList(),
					o.preferredProvinces());
		}
	}

	/** An order in a list. */
	record AllocationOrderSummary(long id, String reference, String title, String buyerName, String technique, String unit,
			long quantity, LocalDate startsOn, LocalDate dueOn, String status) {

		static AllocationOrderSummary of(AllocationOrder o) {
			return new AllocationOrderSummary(o.id(), o.reference(), o.title(), o.buyerName(), o.technique().name(), o.unit().name(),
					o.quantity(), o.startsOn(), o.dueOn(), o.status().name());
		}
	}
}
