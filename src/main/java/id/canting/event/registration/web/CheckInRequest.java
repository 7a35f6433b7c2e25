package id.canting.event.registration.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A ticket shown at the door: its code as typed or scanned (dashes and the ticket page's address are ignored). */
record CheckInRequest(@Schema(maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED) String ticketCode) {
}
