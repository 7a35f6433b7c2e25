package id.canting.trade.web;

import java.util.List;

import id.canting.trade.internal.ProductBasketInput;

/** A product basket as the API receives it. */
record BasketRequest(String code, String nameId, String nameEn, String definitionId, String definitionEn,
		String source, List<String> hsCodes, Boolean defaultBasket, Integer version) {

	ProductBasketInput toInput() {
		return new ProductBasketInput(code, nameId, nameEn, definitionId, definitionEn, source, hsCodes, defaultBasket);
	}
}
