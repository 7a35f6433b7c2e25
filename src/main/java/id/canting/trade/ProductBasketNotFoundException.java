package id.canting.trade;

import id.canting.shared.NotFoundException;

/** No product basket has this code. */
public class ProductBasketNotFoundException extends NotFoundException {

	public ProductBasketNotFoundException(String code) {
		super("trade.basket.not-found", code);
	}
}
