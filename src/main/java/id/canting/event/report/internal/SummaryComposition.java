package id.canting.event.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.canting.event.EventView;
import id.canting.event.SessionView;
import id.canting.event.exhibitor.ExhibitorFigures.Exhibitor;
import id.canting.event.exhibitor.ExhibitorFigures;
import id.canting.event.report.internal.EventSummary.CategoryCount;
import id.canting.event.report.internal.EventSummary.ExhibitorLine;
import id.canting.event.report.internal.EventSummary.KindCount;
import id.canting.event.report.internal.EventSummary.ProvinceCount;
import id.canting.event.report.internal.EventSummary.SessionLine;
import id.canting.event.report.internal.RegistrationCounts.SessionCounts;
import id.canting.registry.IkmKind;
import id.canting.registry.ProductCategory;

/**
 * Composes an event's summary from its sessions, the registrations' counts and the exhibitors: fill
 * rates against capacity, sums over sessions, exhibitors counted by province (most first), by kind and
 * by category (every kind and category listed, zeros included, so tables keep their rows), the
 * women-owned share. Pure: region names come in as functions, the moment of reading as a value.
 */
final class SummaryComposition {

	private SummaryComposition() {
	}

	static EventSummary compose(EventView event, List<SessionView> sessions, List<SessionCounts> counts,
			List<Exhibitor> exhibitors, Function<String, String> provinceName, Function<String, String> regencyName,
			Instant asOf) {
		Map<Long, SessionCounts> bySession = new HashMap<>();
		counts.forEach(c -> bySession.merge(c.session().value(), c, SummaryComposition::plus));
		List<SessionLine> lines = sessions.stream()
			.sorted(Comparator.comparing(SessionView::startsAt).thenComparingLong(v -> v.id().value()))
			.map(s -> line(s, bySession.get(s.id().value()))).toList();
		long capacity = lines.stream().mapToLong(SessionLine::capacity).sum();
		long registrations = lines.stream().mapToLong(SessionLine::registrations).sum();
		long waitlisted = lines.stream().mapToLong(SessionLine::waitlisted).sum();
		long cancelled = lines.stream().mapToLong(SessionLine::cancelled).sum();
		long attendance = lines.stream().mapToLong(SessionLine::attendance).sum();

		Map<String, Long> provinces = new HashMap<>();
		Map<IkmKind, Long> kinds = new EnumMap<>(IkmKind.class);
		Map<ProductCategory, Long> categories = new EnumMap<>(ProductCategory.class);
		int women = 0;
		for (Exhibitor e : exhibitors) {
			if (e.provinceCode() != null) {
				provinces.merge(e.provinceCode(), 1L, Long::sum);
			}
			if (e.kind() != null) {
				kinds.merge(e.kind(), 1L, Long::sum);
			}
			if (e.categories() != null) {
				e.categories().forEach(c -> categories.merge(c, 1L, Long::sum));
			}
			women += e.womenOwned() ? 1 : 0;
		}
		List<ProvinceCount> byProvince = provinces.entrySet().stream()
			.map(p -> new ProvinceCount(p.getKey(), provinceName.apply(p.getKey()), p.getValue()))
			.sorted(Comparator.comparingLong(ProvinceCount::exhibitors).reversed().thenComparing(ProvinceCount::code))
			.toList();
		List<KindCount> byKind = Arrays.stream(IkmKind.values())
			.map(k -> new KindCount(k, kinds.getOrDefault(k, 0L))).toList();
		List<CategoryCount> byCategory = Arrays.stream(ProductCategory.values())
			.map(c -> new CategoryCount(c, categories.getOrDefault(c, 0L))).toList();
		List<ExhibitorLine> list = exhibitors.stream()
			.map(e -> new ExhibitorLine(e.businessName(), e.kind(), e.provinceCode(),
					e.provinceCode() == null ? null : provinceName.apply(e.provinceCode()), e.regencyCode(),
					e.regencyCode() == null ? null : regencyName.apply(e.regencyCode()),
					e.categories() == null ? List.of() : e.categories().stream().sorted().toList(), e.womenOwned(),
					e.booth()))
			.sorted(Comparator.comparing(ExhibitorLine::booth, Comparator.nullsLast(ExhibitorFigures.BOOTH_ORDER))
				.thenComparing(l -> String.valueOf(l.provinceName()))
				.thenComparing(ExhibitorLine::businessName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
			.toList();

		return new EventSummary(event.code(), event.name(), event.type(), event.status(), event.venue(), event.city(),
				event.startDate(), event.endDate(), exhibitors.size(), byProvince.size(),
				(int) (long) kinds.getOrDefault(IkmKind.PRISON_UNIT, 0L), women, percent(women, exhibitors.size()),
				capacity, registrations, waitlisted, cancelled, attendance, percent(registrations, capacity),
				percent(attendance, registrations), lines, byProvince, byKind, byCategory, list, asOf);
	}

	private static SessionLine line(SessionView s, SessionCounts c) {
		long confirmed = c == null ? 0 : c.confirmed();
		long attended = c == null ? 0 : c.attended();
		return new SessionLine(s.id().value(), s.kind(), s.title(), s.titleEn(), s.startsAt(), s.room(),
				s.capacity(), confirmed, c == null ? 0 : c.waitlisted(), c == null ? 0 : c.cancelled(), attended,
				percent(confirmed, s.capacity()), percent(attended, confirmed));
	}

	private static SessionCounts plus(SessionCounts a, SessionCounts b) {
		return new SessionCounts(a.session(), a.confirmed() + b.confirmed(), a.waitlisted() + b.waitlisted(),
				a.cancelled() + b.cancelled(), a.attended() + b.attended());
	}

	/** {@code part} in percent of {@code whole}, one decimal (half up); null when the whole is zero. */
	static Double percent(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
	}
}
