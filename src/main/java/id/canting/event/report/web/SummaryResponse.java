package id.canting.event.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.canting.event.EventStatus;
import id.canting.event.SessionKind;
import id.canting.event.report.internal.EventSummary;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The figures of an event: exhibitors (count, provinces, prison units, women-owned, by province, kind
 * and product category) and per session registrations against capacity and attendance, summed over
 * sessions (a person registered for two sessions counts twice). No personal data.
 */
@Schema(description = "An event's figures: exhibitors by province, kind and category; registrations, waitlist and attendance per session and in total")
record SummaryResponse(String code, String name, EventStatus status, LocalDate startDate, LocalDate endDate,
		@Schema(description = "Selected exhibitors") int exhibitors,
		@Schema(description = "Provinces the exhibitors come from") int provinces,
		@Schema(description = "Exhibitors that are prison-run units (binaan lapas)") int prisonUnits,
		@Schema(description = "Women-owned exhibitors") int womenOwned,
		@Schema(description = "Women-owned exhibitors in percent of all, one decimal; null without exhibitors") Double womenOwnedPercent,
		@Schema(description = "Seats of all sessions") long capacity,
		@Schema(description = "Confirmed registrations over all sessions (checked in or not)") long registrations,
		@Schema(description = "Registrations on a waitlist") long waitlisted,
		@Schema(description = "Cancelled registrations") long cancelled,
		@Schema(description = "Tickets checked in over all sessions") long attendance,
		@Schema(description = "Registrations in percent of capacity, one decimal; null without sessions") Double fillPercent,
		@Schema(description = "Attendance in percent of registrations, one decimal; null without registrations") Double attendancePercent,
		List<ProvinceLine> byProvince, List<KindLine> byKind, List<CategoryLine> byCategory,
		List<SessionLine> sessions, @Schema(description = "When the figures were read") Instant asOf) {

	static SummaryResponse of(EventSummary s) {
		return new SummaryResponse(s.code().value(), s.name(), s.status(), s.startDate(), s.endDate(), s.exhibitors(),
				s.provinces(), s.prisonUnits(), s.womenOwned(), s.womenOwnedPercent(), s.capacity(), s.registrations(),
				s.waitlisted(), s.cancelled(), s.attendance(), s.fillPercent(), s.attendancePercent(),
				s.byProvince().stream().map(p -> new ProvinceLine(p.code(), p.name(), p.exhibitors())).toList(),
				s.byKind().stream().map(k -> new KindLine(k.kind(), k.exhibitors())).toList(),
				s.byCategory().stream().map(c -> new CategoryLine(c.category(), c.exhibitors())).toList(),
				s.sessions().stream()
					.map(l -> new SessionLine(l.id(), l.title(), l.titleEn(), l.kind(), l.startsAtWib().toOffsetDateTime(), l.room(),
							l.capacity(), l.registrations(), l.waitlisted(), l.cancelled(), l.attendance(),
							l.fillPercent(), l.attendancePercent()))
					.toList(),
				s.asOf());
	}

	/** Exhibitors from one province, most first. */
	@Schema(description = "Exhibitors from one province (Kemendagri code and name)")
	record ProvinceLine(String code, String name, long exhibitors) {
	}

	/** Exhibitors of one kind of unit; every kind is listed, zeros included. */
	@Schema(description = "Exhibitors of one kind of unit (REGULAR, PRISON_UNIT, COOPERATIVE)")
	record KindLine(IkmKind kind, long exhibitors) {
	}

	/** Exhibitors showing one product category; an exhibitor may show several. */
	@Schema(description = "Exhibitors showing one product category; an exhibitor may show several, so these may add up to more than the exhibitors")
	record CategoryLine(ProductCategory category, long exhibitors) {
	}

	/** One session with registrations against capacity and attendance. */
	@Schema(description = "One session: registrations against capacity, waitlist and attendance")
	record SessionLine(long id, String title, String titleEn, SessionKind kind,
			@Schema(description = "Start, with the offset of Asia/Jakarta (WIB, +07:00)") OffsetDateTime startsAt, String room, int capacity,
			long registrations, long waitlisted, long cancelled, long attendance, Double fillPercent,
			Double attendancePercent) {
	}
}
