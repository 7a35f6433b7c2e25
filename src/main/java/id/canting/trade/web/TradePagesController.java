package id.canting.trade.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.shared.Actor;
import id.canting.shared.PageRequest;
import id.canting.trade.internal.ExportFilter;
import id.canting.trade.TradeManagement;
import id.canting.trade.internal.TradeQueries;

/**
 * The export records list, which also shows the records behind a dashboard figure (the same
 * filters, with their count and sum), and the product baskets.
 */
@Controller
class TradePagesController {

	private final TradeManagement trade;
	private final TradeQueries queries;

	TradePagesController(TradeManagement trade, TradeQueries queries) {
		this.trade = trade;
		this.queries = queries;
	}

	@GetMapping("/trade/exports")
	String exports(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String hsCode, @RequestParam(required = false) String country,
			@RequestParam(required = false) String basket, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) String sort, Actor actor, Locale locale, Model model) {
		ExportFilter filter = ExportFilter.of(from, to, hsCode, country, basket);
		PageRequest request = PageRequest.of(page, 50, sort, TradeQueries.SORTS.keySet(), "month");
		model.addAttribute("filter", filter);
		model.addAttribute("results", queries.exports(actor, filter, request).map(r -> ExportRecordResponse.of(r, locale)));
		model.addAttribute("totals", queries.totals(actor, filter));
		model.addAttribute("baskets", trade.baskets(actor).stream().map(BasketResponse::of).toList());
		model.addAttribute("canEdit", actor.isAdmin());
		return "trade/exports";
	}

	@GetMapping("/trade/baskets")
	String baskets(Actor actor, Model model) {
		model.addAttribute("baskets", trade.baskets(actor).stream().map(BasketResponse::of).toList());
		return "trade/baskets";
	}
}
