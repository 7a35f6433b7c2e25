package id.canting.event.registration.web;

import id.canting.event.TicketCode;
import id.canting.shared.NotFoundException;

/** A ticket code from a URL, as the ticket page and the API read it: one that cannot be a code is not found. */
final class TicketParam {

	private TicketParam() {
	}

	static TicketCode parse(String typed) {
		TicketCode ticket = TicketCode.parse(typed);
		if (ticket == null) {
			throw new NotFoundException("event.registration.ticket-not-found");
		}
		return ticket;
	}
}
