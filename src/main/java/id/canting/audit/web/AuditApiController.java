package id.canting.audit.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.audit.AuditQuery;
import id.canting.audit.AuditTrail;
import id.canting.shared.Actor;
import id.canting.shared.PageResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The audit trail for other systems: {@code GET /api/v1/audit?entity=ikm&id=42&user=&from=&to=}.
 * What a caller sees depends on who they are: an administrator everything, an officer the entries
 * of their province, an IKM owner those of their own IKM, anyone else 403. Searching broadly leaves
 * out what lies outside the caller's scope (a smaller page, never an error); asking for the history
 * of one record ({@code entity} and {@code id}) outside it is answered 403, so a client can tell
 * "not yours" from "no history".
 */
@RestController
@Tag(name = "Audit trail", description = "Who changed what and when, within the caller's scope")
class AuditApiController {

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit")
	PageResponse<AuditEntryResponse> search(Actor actor, @RequestParam(required = false) String entity,
			@RequestParam(required = false) String id, @RequestParam(required = false) String user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		AuditQuery query = new AuditQuery(entity, id, user, from, to);
		return trail.search(actor, query, AuditPaging.of(page, size, sort)).map(AuditEntryResponse::of);
	}
}
