package id.canting.programme.application.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import id.canting.programme.application.internal.ReimbursementQuotes;
import id.canting.programme.catalogue.ProgrammeManagement;
import id.canting.programme.catalogue.ReimbursementQuote;
import id.canting.programme.catalogue.web.ProgrammeResponse;
import id.canting.shared.Actor;
import id.canting.shared.InvalidInputException;
import id.canting.shared.RuleRefusedException;

/**
 * The quote calculator of a machine-restructuring programme: {@code GET /programmes/{code}/quote}
 * answers the calculator on the programme's page (the fragment for htmx, else a page of its own),
 * with problems next to their fields. A quote saves nothing, so it is a GET that anyone who may read
 * the programme may ask.
 */
@Controller
class ReimbursementQuoteController {

	private static final Pattern LINE_FIELD = Pattern.compile("lines\\[(\\d+)](.*)");

	private final ProgrammeManagement programmes;
	private final ReimbursementQuotes quotes;
	private final QuoteMessages quoteMessages;
	private final MessageSource messages;

	ReimbursementQuoteController(ProgrammeManagement programmes, ReimbursementQuotes quotes, QuoteMessages quoteMessages,
			MessageSource messages) {
		this.programmes = programmes;
		this.quotes = quotes;
		this.quoteMessages = quoteMessages;
		this.messages = messages;
	}

	@GetMapping("/programmes/{code}/quote")
	String quote(@PathVariable String code, @ModelAttribute("quoteForm") QuoteForm form, BindingResult binding,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Actor actor, Locale locale,
			Model model) {
		model.addAttribute("programme", ProgrammeResponse.of(programmes.programme(actor, code), programmes.today()));
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
		String problem = null;
		QuoteResponse result = null;
		if (!form.isEmpty() || binding.hasErrors()) {
			List<Integer> rows = filledRows(form, binding);
			try {
				ReimbursementQuote quote = quotes.quote(actor, code, form.toInput(rows));
				result = errors.isEmpty() ? quoteMessages.response(quote, locale) : null;
			}
			catch (InvalidInputException e) {
				e.violations().forEach(v -> errors.putIfAbsent(formField(v.field(), rows),
						messages.getMessage(v.messageKey(), v.arguments().toArray(), v.messageKey(), locale)));
			}
			catch (RuleRefusedException e) {
				problem = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
			}
		}
		model.addAttribute("quote", new QuoteView(form, errors, problem, result));
		return htmx != null ? "programme/quote :: calculator" : "programme/quote";
	}

	/** The rows that were filled in (or could not be read), by their position in the form. */
	private static List<Integer> filledRows(QuoteForm form, BindingResult binding) {
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < form.getLines().size(); i++) {
			QuoteForm.LineForm line = form.getLines().get(i);
			if ((line != null && !line.isBlank()) || binding.hasFieldErrors("lines[" + i + "].*")) {
				rows.add(i);
			}
		}
		return rows;
	}

	/** The rules name the n-th filled row; the page names the row of the form it came from. */
	private static String formField(String field, List<Integer> rows) {
		Matcher m = LINE_FIELD.matcher(field);
		return m.matches() ? "lines[" + rows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2) : field;
	}
}
