package id.canting.audit.web;

import java.util.Set;

import id.canting.shared.PageRequest;

/** The audit trail sorts only by time, newest first unless asked otherwise. */
final class AuditPaging {

	static final Set<String> SORTS = Set.of("occurredAt");

	private AuditPaging() {
	}

	static PageRequest of(Integer page, Integer size, String sort) {
		return PageRequest.of(page, size, sort == null || sort.isBlank() ? "occurredAt,desc" : sort, SORTS, "occurredAt");
	}
}
