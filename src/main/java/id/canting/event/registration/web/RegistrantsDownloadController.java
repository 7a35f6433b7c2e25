package id.canting.event.registration.web;

import java.io.IOException;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.registration.internal.RegistrantRow;
import id.canting.event.registration.internal.RegistrationQueries;
import id.canting.shared.Actor;
import id.canting.shared.NotFoundException;
import id.canting.shared.PageRequest;
import id.canting.shared.table.AllPages;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.web.FileDownload;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The registrants of an event with their contact data as CSV or XLSX, for its organisers (admins)
 * ({@code ?format=csv|xlsx&lang=id|en}), from the page and the API.
 */
@RestController
@Tag(name = "Event registrations")
class RegistrantsDownloadController {

	private final RegistrationQueries queries;
	private final Events events;
	private final TableDownloads downloads;
	private final TableDefinition<RegistrantRow> table;

	RegistrantsDownloadController(RegistrationQueries queries, Events events, TableDownloads downloads) {
		this.queries = queries;
		this.events = events;
		this.downloads = downloads;
		this.table = TableDefinition.<RegistrantRow>of("registrants", "event.registrants.title")
			.text("event.registrants.col.ticket", RegistrantRow::ticketCode)
			.number("event.registrants.col.session", RegistrantRow::sessionId)
			.label("event.registrants.col.status", "event.registration.status.", r -> r.status().name())
			.text("event.registration.field.name", RegistrantRow::name)
			.text("event.registration.field.email", RegistrantRow::email)
			.text("event.registration.field.phone", RegistrantRow::phone)
			.text("event.registration.field.organisation", RegistrantRow::organisation)
			.label("event.registration.field.ageGroup", "event.registration.age-group.", r -> r.ageGroup().name())
			.dateTime("event.registrants.col.registered", RegistrantRow::registeredAt)
			.dateTime("event.registrants.col.checked-in", RegistrantRow::checkedInAt);
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping({ "/events/{code}/registrants/export", "/api/v1/events/{code}/registrations/export" })
	void export(@PathVariable String code, @ParameterObject @ModelAttribute DownloadParams download, Actor actor,
			HttpServletResponse response) throws IOException {
		EventView event = event(code);
		PageRequest first = PageRequest.of(0, 200, null, RegistrationQueries.sorts(), "registeredAt");
		// refused before the first byte is written when the reader is not an organiser
		queries.registrants(actor, event.code(), PageRequest.of(0, 1, null, RegistrationQueries.sorts(), "registeredAt"));
		downloads.send(response, download.request(), table,
				AllPages.of(first, p -> queries.registrants(actor, event.code(), p)));
	}

	private EventView event(String code) {
		EventCode eventCode = EventCode.of(code);
		return events.find(eventCode).orElseThrow(() -> new NotFoundException("event.not-found", eventCode.value()));
	}
}
