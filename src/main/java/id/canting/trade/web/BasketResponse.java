package id.canting.trade.web;

import java.util.List;

import id.canting.trade.ProductBasket;
import id.canting.trade.internal.ProductBasketDetails;

/** A product basket as the API and pages show it; HS codes as 8 digits, in order. */
record BasketResponse(String code, String nameId, String nameEn, String definitionId, String definitionEn,
		String source, List<String> hsCodes, boolean defaultBasket, int version) {

	static BasketResponse of(ProductBasket basket) {
		ProductBasketDetails d = basket.details();
		return new BasketResponse(d.code(), d.nameId(), d.nameEn(), d.definitionId(), d.definitionEn(), d.source(),
				List.copyOf(basket.hsCodes()), d.defaultBasket(), basket.version());
	}
}
