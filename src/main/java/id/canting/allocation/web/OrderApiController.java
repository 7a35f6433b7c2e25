package id.canting.allocation.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.allocation.AllocationOrderId;
import id.canting.allocation.internal.OrderService;
import id.canting.allocation.web.OrderApiBodies.AllocationOrderRequest;
import id.canting.allocation.web.OrderApiBodies.AllocationOrderResponse;
import id.canting.allocation.web.OrderApiBodies.AllocationOrderSummary;
import id.canting.allocation.web.OrderApiBodies.OrderStatusRequest;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Orders: ADMIN creates, edits (DRAFT or PLANNED, with the version read) and moves them on; the others
 * read the orders they may (officers all, a buyer theirs, an owner those their IKM is eligible for or
 * allocated on). Refused input names the field and the rule.
 */
@RestController
@Tag(name = AllocationApiTag.NAME, description = AllocationApiTag.DESCRIPTION)
class OrderApiController {

	private final OrderService orders;

	OrderApiController(OrderService orders) {
		this.orders = orders;
	}

	@GetMapping("/api/v1/allocation/orders")
	List<AllocationOrderSummary> list(Actor actor) {
		return orders.list(actor).stream().map(AllocationOrderSummary::of).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/allocation/orders")
	AllocationOrderResponse create(@RequestBody AllocationOrderRequest body, Actor actor) {
		return AllocationOrderResponse.of(orders.create(actor, body.toInput()));
	}

	@GetMapping("/api/v1/allocation/orders/{id}")
	AllocationOrderResponse get(@PathVariable long id, Actor actor) {
		return AllocationOrderResponse.of(orders.order(actor, new AllocationOrderId(id)));
	}

	@PutMapping("/api/v1/allocation/orders/{id}")
	AllocationOrderResponse update(@PathVariable long id, @RequestBody AllocationOrderRequest body, Actor actor) {
		if (body.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "allocation.order.rule.required")));
		}
		return AllocationOrderResponse.of(orders.update(actor, new AllocationOrderId(id), body.version(), body.toInput()));
	}

	@PostMapping("/api/v1/allocation/orders/{id}/status")
	AllocationOrderResponse status(@PathVariable long id, @RequestBody OrderStatusRequest body, Actor actor) {
		return AllocationOrderResponse.of(orders.changeStatus(actor, new AllocationOrderId(id), body.status()));
	}
}
