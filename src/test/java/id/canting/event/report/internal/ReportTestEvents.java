package id.canting.event.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.EventStatus;
import id.canting.event.EventType;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.event.exhibitor.ExhibitorFigures.Exhibitor;
import id.canting.event.internal.EventInput;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.SessionInput;
import id.canting.event.report.internal.RegistrationCounts.SessionCounts;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;
import id.canting.shared.Actor;

/**
 * The events the report's tests read, made through the event facade in the test's transaction, with
 * known figures stubbed ({@link ReportFigureStubs}):
 * <ul>
 * <li>{@link #CLOSED}: an FGD (40 seats: 40 registered, 5 waitlisted, 2 cancelled, 31 attended) and a
 * workshop (30 seats: 10 registered, 1 cancelled, 9 attended) — 50 of 70 seats (71.4 %), 40 attended
 * (80.0 %); five exhibitors from three provinces (Jawa Tengah 3, Jawa Barat 1, DI Yogyakarta 1), one
 * a prison unit, two women-owned, showing fabric 4, clothing 2, accessories 1;</li>
 * <li>{@link #PUBLISHED}: public, not yet running (no report); {@link #DRAFT}: not public.</li>
 * </ul>
 */
public final class ReportTestEvents {

	public static final EventCode CLOSED = new EventCode("UJI-LAPOR");
	public static final EventCode PUBLISHED = new EventCode("UJI-TERBIT");
	public static final EventCode DRAFT = new EventCode("UJI-DRAF");
	public static final String NAME = "Pameran Uji Laporan";

	private static final Actor ORGANISER = Actor.SYSTEM;

	private ReportTestEvents() {
	}

	/** Creates the three events and stubs the closed one's figures. */
	public static void create(EventManagement events) {
		LocalDate today = events.today();
		events.create(ORGANISER, input(CLOSED, NAME, today));
		List<SessionView> sessions = List.of(
				events.addSession(ORGANISER, CLOSED.value(), session(SessionKind.FGD, "FGD pelestarian batik",
						"FGD on batik preservation", today, 9, 40)),
				events.addSession(ORGANISER, CLOSED.value(), session(SessionKind.WORKSHOP, "Lokakarya pewarna alam",
						"Natural-dye workshop", today.plusDays(1), 13, 30)));
		events.changeStatus(ORGANISER, CLOSED.value(), EventStatus.PUBLISHED);
		events.changeStatus(ORGANISER, CLOSED.value(), EventStatus.RUNNING);
		events.changeStatus(ORGANISER, CLOSED.value(), EventStatus.CLOSED);
		events.create(ORGANISER, input(PUBLISHED, "Pameran Uji Terbit", today.plusDays(30)));
		events.changeStatus(ORGANISER, PUBLISHED.value(), EventStatus.PUBLISHED);
		events.create(ORGANISER, input(DRAFT, "Pameran Uji Draf", today.plusDays(60)));

		ReportFigureStubs.registrations(CLOSED, List.of(counts(sessions.get(0).id(), 40, 5, 2, 31),
				counts(sessions.get(1).id(), 10, 0, 1, 9)));
		ReportFigureStubs.exhibitors(CLOSED, List.of(
				new Exhibitor("Batik Sido Luhur", IkmKind.REGULAR, "33", "33.26",
						Set.of(ProductCategory.FABRIC, ProductCategory.CLOTHING), true, "A-01"),
				new Exhibitor("Batik Lapas Nusakambangan", IkmKind.PRISON_UNIT, "33", "33.01",
						Set.of(ProductCategory.FABRIC), false, "A-02"),
				new Exhibitor("Batik Pesisir Lasem", IkmKind.REGULAR, "33", "33.17", Set.of(ProductCategory.FABRIC),
						false, "A-03"),
				new Exhibitor("Batik Trusmi Sejahtera", IkmKind.COOPERATIVE, "32", "32.09",
						Set.of(ProductCategory.CLOTHING, ProductCategory.ACCESSORY), true, "B-01"),
				new Exhibitor("Batik Giriloyo", IkmKind.REGULAR, "34", "34.02", Set.of(ProductCategory.FABRIC), false,
						"B-02")));
	}

	private static SessionCounts counts(EventSessionId session, long confirmed, long waitlisted, long cancelled,
			long attended) {
		return new SessionCounts(session, confirmed, waitlisted, cancelled, attended);
	}

	private static EventInput input(EventCode code, String name, LocalDate start) {
		return new EventInput(code.value(), name, EventType.EXHIBITION.name(), "Gedung Pameran Uji", "Jakarta", "31", start.toString(),
				start.plusDays(2).toString(), "Kementerian Perindustrian", "Yayasan Batik Indonesia", "Acara uji laporan.", null,
				null, null);
	}

	private static SessionInput session(SessionKind kind, String title, String titleEn, LocalDate day, int hour,
			int capacity) {
		return new SessionInput(kind.name(), title, titleEn, day.atTime(hour, 0).toString(), day.atTime(hour + 2, 0).toString(), "Ruang 1", capacity,
				null, "Narasumber uji", null);
	}
}
