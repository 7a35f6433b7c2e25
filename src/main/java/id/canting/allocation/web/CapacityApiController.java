package id.canting.allocation.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.CapacityService;
import id.canting.registry.IkmId;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An IKM's capacity for an order: the owner confirms it or lowers it (never above the computed capacity);
 * the owner, the province's officers and admins read it.
 */
@RestController
@Tag(name = AllocationApiTag.NAME)
class CapacityApiController {

	private final CapacityService capacities;
	private final ExplanationText text;

	CapacityApiController(CapacityService capacities, ExplanationText text) {
		this.capacities = capacities;
		this.text = text;
	}

	/** The quantity the owner confirms for the order (0 up to the computed capacity), with an optional note. */
	record ProducerCapacityRequest(Long quantity, String note) {
	}

	/**
	 * The IKM's capacity for the order: {@code computed} is what the rules give (gross less committed),
	 * {@code capacity} what the plan uses (the confirmation when there is one).
	 */
	record ProducerCapacityResponse(long orderId, long ikmId, String ikmName, boolean eligible, List<String> reasons, long gross,
			String grossSource, long committed, long computed, Long confirmed, long capacity, String capacitySource,
			String note, boolean mayConfirm) {
	}

	@GetMapping("/api/v1/allocation/orders/{id}/capacity/{ikmId}")
	ProducerCapacityResponse get(@PathVariable long id, @PathVariable long ikmId, Actor actor) {
		return of(capacities.capacity(actor, new AllocationOrderId(id), new IkmId(ikmId)));
	}

	@PutMapping("/api/v1/allocation/orders/{id}/capacity/{ikmId}")
	ProducerCapacityResponse confirm(@PathVariable long id, @PathVariable long ikmId, @RequestBody ProducerCapacityRequest body,
			Actor actor) {
		return of(capacities.confirm(actor, new AllocationOrderId(id), new IkmId(ikmId), body.quantity(), body.note()));
	}

	private ProducerCapacityResponse of(CapacityService.CapacityView v) {
		var a = v.assessment();
		var c = a.capacity();
		return new ProducerCapacityResponse(v.order().id(), a.ikm().id().value(), a.ikm().name(), a.eligible(),
				a.reasons().stream().map(text::text).toList(), c.gross(), c.grossSource().name(), c.committed(), c.net(),
				c.confirmed(), c.capacity(), c.source().name(), v.note(), v.mayConfirm());
	}
}
