package id.canting.trade.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.trade.TradeManagement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Product baskets for other systems: {@code /api/v1/trade/baskets}, the default first. */
@RestController
@Tag(name = "Product baskets", description = "Sets of HS codes that a published export figure counts")
@RequestMapping("/api/v1/trade/baskets")
class BasketApiController {

	private final TradeManagement trade;

	BasketApiController(TradeManagement trade) {
		this.trade = trade;
	}

	@GetMapping
	List<BasketResponse> list(Actor actor) {
		return trade.baskets(actor).stream().map(BasketResponse::of).toList();
	}

	@GetMapping("/{code}")
	BasketResponse get(@PathVariable String code, Actor actor) {
		return BasketResponse.of(trade.basket(actor, code));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping
	ResponseEntity<BasketResponse> create(@RequestBody BasketRequest request, Actor actor) {
		BasketResponse created = BasketResponse.of(trade.createBasket(actor, request.toInput()));
		return ResponseEntity.created(URI.create("/api/v1/trade/baskets/" + created.code())).body(created);
	}

	@PutMapping("/{code}")
	BasketResponse update(@PathVariable String code, @RequestBody BasketRequest request, Actor actor) {
		if (request.version() == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("version", "validation.version.required")));
		}
		return BasketResponse.of(trade.updateBasket(actor, code, request.version(), request.toInput()));
	}
}
