package id.canting.programme.application.web;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.canting.programme.application.internal.QuoteInput;
import id.canting.programme.application.internal.ReimbursementQuotes;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What a machine-restructuring programme would pay back for some machines, saving nothing:
 * {@code POST /api/v1/programmes/{code}/reimbursement-quote}. Programmes are addressed by their
 * code, as everywhere in the programme API.
 */
@RestController
@Tag(name = "Machine restructuring", description = "Reimbursement quotes, machine claims and verification visits")
class ReimbursementQuoteApiController {

	private final ReimbursementQuotes quotes;
	private final QuoteMessages messages;

	ReimbursementQuoteApiController(ReimbursementQuotes quotes, QuoteMessages messages) {
		this.quotes = quotes;
		this.messages = messages;
	}

	@PostMapping("/api/v1/programmes/{code}/reimbursement-quote")
	QuoteResponse quote(@PathVariable String code, @RequestBody QuoteRequest request, Actor actor, Locale locale) {
		return messages.response(quotes.quote(actor, code, request.toInput()), locale);
	}

	/** The IKM's size class (KECIL or MENENGAH) and each machine's origin and price in IDR. */
	record QuoteRequest(String sizeClass, List<QuoteInput.Line> lines) {

		QuoteInput toInput() {
			return new QuoteInput(sizeClass, lines);
		}
	}
}
