package id.canting.event.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import id.canting.event.EventCode;
import id.canting.event.EventStatus;
import id.canting.event.EventType;
import id.canting.event.SessionKind;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/**
 * The figures of one event, composed from its sessions, registrations and exhibitors: what the
 * dashboard, the report and the summary API show. Registrations and attendance are counted per
 * session and summed (a person registered for two sessions counts twice); the fill rate is
 * registrations against capacity, attendance the tickets checked in. An exhibitor shows one or more
 * product categories, so the categories' counts may add up to more than the exhibitors.
 *
 * @param fillPercent confirmed registrations in percent of all sessions' capacity (null without sessions)
 * @param attendancePercent checked in in percent of confirmed registrations (null without registrations)
 * @param womenOwnedPercent women-owned in percent of the exhibitors (null without exhibitors)
 * @param asOf when the figures were read
 */
public record EventSummary(EventCode code, String name, EventType type, EventStatus status, String venue,
		String city, LocalDate startDate, LocalDate endDate, int exhibitors, int provinces, int prisonUnits,
		int womenOwned, Double womenOwnedPercent, long capacity, long registrations, long waitlisted, long cancelled,
		long attendance, Double fillPercent, Double attendancePercent, List<SessionLine> sessions,
		List<ProvinceCount> byProvince, List<KindCount> byKind, List<CategoryCount> byCategory,
		List<ExhibitorLine> exhibitorList, Instant asOf) {

	/** Women-owned exhibitors and the others, as a breakdown (labels under {@code event.report.} + key). */
	public List<Breakdown> byOwnership() {
		return List.of(new OwnershipCount("women-owned", womenOwned), new OwnershipCount("other-owned", exhibitors - womenOwned));
	}

	/** Whether this is the report after the event (CLOSED) rather than an interim one (RUNNING). */
	public boolean isFinal() {
		return status == EventStatus.CLOSED;
	}

	/** One session with its registrations against its capacity and its attendance. */
	public record SessionLine(long id, SessionKind kind, String title, String titleEn, LocalDateTime startsAt,
			String room, int capacity, long registrations, long waitlisted, long cancelled, long attendance,
			Double fillPercent, Double attendancePercent) {

		/** When the session starts, on the WIB clock its local time is read on (for pages and files). */
		public ZonedDateTime startsAtWib() {
			return startsAt.atZone(ZoneId.of("Asia/Jakarta"));
		}

		/** The title in the reader's language. */
		public String title(boolean english) {
			return english && titleEn != null && !titleEn.isBlank() ? titleEn : title;
		}
	}

	/**
	 * One row of a breakdown of the exhibitors, as the pages draw them all: its key (a province's code,
	 * a kind's or category's name) and its name where it has one of its own (a province's), else null
	 * (a label from the message bundles).
	 */
	public interface Breakdown {

		String key();

		String name();

		long exhibitors();
	}

	/** Exhibitors by who owns them: women-owned or other. */
	record OwnershipCount(String key, long exhibitors) implements Breakdown {

		@Override
		public String name() {
			return null;
		}
	}

	/** Exhibitors from one province (region module's code and name). */
	public record ProvinceCount(String code, String name, long exhibitors) implements Breakdown {

		@Override
		public String key() {
			return code;
		}
	}

	/** Exhibitors of one kind (regular, prison unit, cooperative). */
	public record KindCount(IkmKind kind, long exhibitors) implements Breakdown {

		@Override
		public String key() {
			return kind.name();
		}

		@Override
		public String name() {
			return null;
		}
	}

	/** Exhibitors showing one product category. */
	public record CategoryCount(ProductCategory category, long exhibitors) implements Breakdown {

		@Override
		public String key() {
			return category.name();
		}

		@Override
		public String name() {
			return null;
		}
	}

	/** One exhibitor as the report lists it: business name, origin, categories, booth; no personal data. */
	public record ExhibitorLine(String businessName, IkmKind kind, String provinceCode, String provinceName,
			String regencyCode, String regencyName, List<ProductCategory> categories, boolean womenOwned,
			String booth) {
	}
}
