package id.canting.audit.web;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.audit.AuditQuery;
import id.canting.audit.AuditTrail;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.PageRequest;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Audit pages: the search page (whole page, or only its results for htmx) and the history
 * ("Riwayat") fragment the IKM and sentra pages load into their tab. Both show only what the
 * reader may see ({@link AuditTrail}).
 */
@Controller
class AuditController {

	static final int HISTORY_PAGE_SIZE = 20;

	private final AuditTrail trail;
	private final Regions regions;

	AuditController(AuditTrail trail, Regions regions) {
		this.trail = trail;
		this.regions = regions;
	}

	@GetMapping("/audit")
	String search(Actor actor, @RequestParam(required = false) String user,
			@RequestParam(required = false) String entity, @RequestParam(required = false) String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		AuditQuery query = new AuditQuery(entity, id, user, from, to);
		model.addAttribute("filter", query);
		model.addAttribute("entityTypes", AuditQuery.ENTITY_TYPES.stream().sorted().toList());
		model.addAttribute("results", trail.search(actor, query, AuditPaging.of(page, 20, null)));
		// an entry's province by name, as people read it, not by its code
		model.addAttribute("provinceNames",
				regions.provinces().stream().collect(Collectors.toMap(Province::code, Province::name)));
		return htmx != null ? "audit/search :: browse" : "audit/search";
	}

	/**
	 * Only the history table of one record, for htmx to place in the record's page. Someone who may
	 * not read the record gets the fragment with a refusal line and status 403 (htmx then leaves the
	 * tab as it was; the record's page should not offer the tab to them).
	 */
	@GetMapping("/audit/history")
	String history(Actor actor, @RequestParam String entity, @RequestParam String id,
			@RequestParam(required = false) Integer page, Model model, HttpServletResponse response) {
		model.addAttribute("entity", entity);
		model.addAttribute("id", id);
		try {
			PageRequest request = AuditPaging.of(page, HISTORY_PAGE_SIZE, null);
			model.addAttribute("results", trail.search(actor, AuditQuery.historyOf(entity, id), request));
		}
		catch (ForbiddenException e) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("forbidden", true);
		}
		return "audit/history :: history";
	}
}
