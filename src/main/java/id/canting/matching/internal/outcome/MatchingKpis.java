package id.canting.matching.internal.outcome;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingStatus;

/**
 * The business matching's figures for one event as they stand: in total, by the seller's province, by
 * the seller's product category (a seller may offer several, so these may add up to more than the
 * total) and by buyer type; and the list of meetings (company names only, no personal data).
 */
public record MatchingKpis(EventCode code, String name, Figures totals, List<Line> byProvince, List<Line> byCategory,
		List<Line> byBuyerType, List<MeetingLine> meetings, Instant asOf) {

	/**
	 * The figures of a set of requests and meetings.
	 *
	 * @param requested requests sent, in any state (pending, accepted, declined, expired, withdrawn)
	 * @param accepted requests accepted (each became a meeting, even if later cancelled)
	 * @param placed meetings in a slot, not cancelled (walk-ins included)
	 * @param held meetings marked held by either side
	 * @param noShows meetings marked no-show and held by neither side
	 * @param walkIns meetings booked on the day
	 * @param deals meetings with an order placed declared
	 * @param dealValueIdr the declared value of those orders ({@link DealValues})
	 */
	public record Figures(long requested, long accepted, long placed, long held, long noShows, long walkIns, long deals,
			long dealValueIdr) {

		static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

		Figures plus(Figures o) {
			return new Figures(requested + o.requested, accepted + o.accepted, placed + o.placed, held + o.held,
					noShows + o.noShows, walkIns + o.walkIns, deals + o.deals, dealValueIdr + o.dealValueIdr);
		}

		/** Held meetings in percent of placed ones, one decimal; null when none was placed. */
		public Double heldPercent() {
			return placed == 0 ? null : Math.round(held * 1000.0 / placed) / 10.0;
		}
	}

	/** One row of a breakdown: its key (a province code, a category or buyer type name), its name, its figures. */
	public record Line(String key, String name, Figures figures) {
	}

	/** One meeting for the list: when and where, who (company names), how it went, its declared value. */
	public record MeetingLine(long id, LocalDateTime slotStart, Integer tableNo, String booth, String buyer,
			BuyerType buyerType, String seller, String sellerProvince, MeetingStatus status, boolean walkIn,
			Long dealValueIdr) {
	}
}
