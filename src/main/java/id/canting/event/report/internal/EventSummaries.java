package id.canting.event.report.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.event.EventStatus;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.CodeLabel;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;
import id.canting.shared.RuleRefusedException;

/**
 * An event's figures for the reader who asks: the public reads the summary of an event it may see
 * (PUBLISHED, RUNNING, CLOSED), organisers (ADMIN) of any event, and the report once the event is
 * RUNNING (interim) or CLOSED (final). Every figure comes from the event's sessions and the
 * registrations' and exhibitors' counts; nothing is stored here.
 */
@Service
@Transactional(readOnly = true)
public class EventSummaries {

	private final Events events;
	private final RegistrationCounts registrations;
	private final ExhibitorCounts exhibitors;
	private final Regions regions;
	private final EventReportPdf pdf;
	private final EventReportWorkbook workbook;
	private final Clock clock;

	EventSummaries(Events events, RegistrationCounts registrations, ExhibitorCounts exhibitors, Regions regions,
			EventReportPdf pdf, EventReportWorkbook workbook, Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.exhibitors = exhibitors;
		this.regions = regions;
		this.pdf = pdf;
		this.workbook = workbook;
		this.clock = clock;
	}

	/**
	 * The summary of an event the public may see.
	 *
	 * @throws NotFoundException for an unknown event or one not (yet) public
	 */
	public EventSummary forPublic(String code) {
		EventView event = event(code);
		if (!event.status().isPublic()) {
			throw notFound(code);
		}
		return compose(event);
	}

	/**
	 * The summary of any event, for its organisers (ADMIN).
	 *
	 * @throws ForbiddenException for every other role
	 * @throws NotFoundException for an unknown event
	 */
	public EventSummary forOrganisers(Actor actor, String code) {
		requireOrganiser(actor);
		return compose(event(code));
	}

	/**
	 * The report of an event, for its organisers, once it is RUNNING (interim) or CLOSED.
	 *
	 * @throws RuleRefusedException before the event runs
	 */
	public EventSummary report(Actor actor, String code) {
		requireOrganiser(actor);
		EventView event = event(code);
		if (event.status() != EventStatus.RUNNING && event.status() != EventStatus.CLOSED) {
			throw new RuleRefusedException("event.report.not-yet", CodeLabel.of("event.status.", event.status()));
		}
		return compose(event);
	}

	/** The report as an A4 PDF in the given language. */
	public byte[] pdf(EventSummary report, Locale locale) {
		return pdf.render(report, locale);
	}

	/** The report as an XLSX workbook in the given language: a sheet per table, numbers as numbers. */
	public byte[] xlsx(EventSummary report, Locale locale) {
		return workbook.render(report, locale);
	}

	private EventSummary compose(EventView event) {
		return SummaryComposition.compose(event, events.sessions(event.code()), registrations.of(event.code()),
				exhibitors.of(event.code()), code -> regions.province(code).map(Province::displayName).orElse(code),
				code -> regions.regency(code).map(Regency::name).orElse(code), clock.instant());
	}

	private EventView event(String code) {
		String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		if (!EventCode.isValid(key)) {
			throw notFound(code);
		}
		return events.find(new EventCode(key)).orElseThrow(() -> notFound(key));
	}

	private static NotFoundException notFound(String code) {
		return new NotFoundException("event.not-found", String.valueOf(code));
	}

	private static void requireOrganiser(Actor actor) {
		if (actor == null || !actor.isAdmin()) {
			throw new ForbiddenException("event.report.forbidden");
		}
	}
}
