package id.canting.programme.application.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.programme.application.internal.ApplicationPermissions;
import id.canting.programme.application.internal.ApplicationQueries;
import id.canting.programme.application.internal.ApplicationSummary;
import id.canting.registry.IkmId;
import id.canting.registry.SentraId;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

/**
 * The programme history of one IKM or sentra, as a fragment the registry's IKM and sentra pages load
 * with htmx (so the registry needs nothing of this module): every benefit for everyone, and the
 * other applications to those who may see them, each linked when the reader may open it.
 */
@Controller
class BeneficiaryHistoryController {

	private final ApplicationQueries queries;

	BeneficiaryHistoryController(ApplicationQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/programmes/history")
	String history(@RequestParam(required = false) Long ikm, @RequestParam(required = false) Long sentra,
			Actor actor, Model model) {
		if ((ikm == null) == (sentra == null)) {
			throw new InvalidInputException(List.of(FieldViolation.of("ikm", "programme.validation.applicant")));
		}
		List<ApplicationSummary> rows = ikm != null ? queries.historyOfIkm(actor, new IkmId(ikm))
				: queries.historyOfSentra(actor, new SentraId(sentra));
		model.addAttribute("rows", rows.stream().map(r -> new HistoryRow(r, ApplicationPermissions.mayOpen(actor, r))).toList());
		return "programme/history :: history";
	}

	/** A history line, and whether the reader may open its application. */
	record HistoryRow(ApplicationSummary application, boolean linked) {
	}
}
