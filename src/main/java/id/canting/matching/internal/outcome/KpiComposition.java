package id.canting.matching.internal.outcome;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingStatus;
import id.canting.matching.internal.outcome.MatchingKpis.Figures;
import id.canting.matching.internal.outcome.MatchingKpis.Line;
import id.canting.matching.internal.outcome.MatchingKpis.MeetingLine;
import id.canting.registry.ProductCategory;

/**
 * Counts the figures of {@link MatchingKpis} from plain facts (a pure function, unit-tested): every
 * request and meeting is counted once in the total and once under its seller's province and its buyer's
 * type, and once under each category its seller offers.
 */
final class KpiComposition {

	private KpiComposition() {
	}

	/** A participant as the figures need them: the seller's province and categories, the buyer's type and name. */
	record Party(long id, String company, String provinceCode, BuyerType buyerType, Set<ProductCategory> categories) {
	}

	/** A request between a buyer and a seller (whoever sent it). */
	record RequestFact(long buyerId, long sellerId) {
	}

	/** A meeting: from a request or a walk-in; placed when it has a slot. */
	record MeetingFact(long id, long buyerId, long sellerId, MeetingStatus status, boolean fromRequest, boolean walkIn,
			LocalDateTime slotStart, Integer tableNo, String booth) {

		boolean placed() {
			return slotStart != null && status != MeetingStatus.CANCELLED;
		}
	}

	static MatchingKpis compose(EventCode code, String name, Map<Long, Party> parties, List<RequestFact> requests,
			List<MeetingFact> meetings, Map<Long, Long> dealValues, Function<String, String> provinceName,
			Function<String, String> label, Instant asOf) {
		List<Counted> counted = new ArrayList<>();
		requests.forEach(r -> counted.add(new Counted(parties.get(r.buyerId()), parties.get(r.sellerId()),
				new Figures(1, 0, 0, 0, 0, 0, 0, 0))));
		for (MeetingFact m : meetings) {
			Long value = dealValues.get(m.id());
			counted.add(new Counted(parties.get(m.buyerId()), parties.get(m.sellerId()),
					new Figures(0, m.fromRequest() ? 1 : 0, m.placed() ? 1 : 0, m.status() == MeetingStatus.HELD ? 1 : 0,
							m.status() == MeetingStatus.NO_SHOW ? 1 : 0, m.walkIn() ? 1 : 0, value == null ? 0 : 1,
							value == null ? 0 : value)));
		}
		Figures totals = counted.stream().map(Counted::figures).reduce(Figures.NONE, Figures::plus);

		Map<String, Figures> byProvince = new HashMap<>();
		Map<ProductCategory, Figures> byCategory = new LinkedHashMap<>();
		Map<BuyerType, Figures> byType = new LinkedHashMap<>();
		for (Counted c : counted) {
			String province = c.seller() == null || c.seller().provinceCode() == null ? "" : c.seller().provinceCode();
			byProvince.merge(province, c.figures(), Figures::plus);
			if (c.seller() != null) {
				c.seller().categories().forEach(cat -> byCategory.merge(cat, c.figures(), Figures::plus));
			}
			BuyerType type = c.buyer() == null || c.buyer().buyerType() == null ? BuyerType.OTHER : c.buyer().buyerType();
			byType.merge(type, c.figures(), Figures::plus);
		}
		List<Line> provinces = byProvince.entrySet().stream()
			.map(e -> new Line(e.getKey(), e.getKey().isEmpty() ? "–" : provinceName.apply(e.getKey()), e.getValue()))
			.sorted(Comparator.comparingLong((Line l) -> -l.figures().placed())
				.thenComparingLong(l -> -l.figures().requested()).thenComparing(Line::key))
			.toList();
		List<Line> categories = EnumSet.allOf(ProductCategory.class).stream()
			.map(c -> new Line(c.name(), label.apply("category." + c.name()), byCategory.getOrDefault(c, Figures.NONE)))
			.toList();
		List<Line> types = EnumSet.allOf(BuyerType.class).stream()
			.map(t -> new Line(t.name(), label.apply("matching.kpi.buyer-type." + t.name()), byType.getOrDefault(t, Figures.NONE)))
			.toList();
		List<MeetingLine> list = meetings.stream()
			.sorted(Comparator.comparing(MeetingFact::slotStart, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparingLong(MeetingFact::id))
			.map(m -> {
				Party buyer = parties.get(m.buyerId());
				Party seller = parties.get(m.sellerId());
				return new MeetingLine(m.id(), m.placed() ? m.slotStart() : null, m.placed() ? m.tableNo() : null,
						m.placed() && m.tableNo() == null ? m.booth() : null, buyer == null ? "" : buyer.company(),
						buyer == null ? null : buyer.buyerType(),
						seller == null ? "" : seller.company(),
						seller == null || seller.provinceCode() == null ? "" : provinceName.apply(seller.provinceCode()),
						m.status(), m.walkIn(), dealValues.get(m.id()));
			})
			.toList();
		return new MatchingKpis(code, name, totals, provinces, categories, types, list, asOf);
	}

	private record Counted(Party buyer, Party seller, Figures figures) {
	}
}
