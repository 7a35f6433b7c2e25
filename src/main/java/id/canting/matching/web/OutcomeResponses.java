package id.canting.matching.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import id.canting.matching.BuyerType;
import id.canting.matching.MeetingStatus;
import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.outcome.MatchingKpis;
import id.canting.matching.internal.outcome.MatchingKpis.Figures;
import id.canting.matching.internal.outcome.ReportedOutcome;
import id.canting.registry.ProductCategory;
import id.canting.shared.web.Dates;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answers of the day's, the outcomes' and the KPIs' API calls. */
final class OutcomeResponses {

	private OutcomeResponses() {
	}

	@Schema(description = "A participant checked in at the desk")
	record CheckInResponse(long id, String company, ParticipantSide side, Instant checkedInAt) {

		static CheckInResponse of(MatchingParticipant p) {
			return new CheckInResponse(p.id().value(), p.companyName(), p.side(), p.checkedInAt());
		}
	}

	@Schema(description = "A meeting on the day: its status after the marks, each side's mark, its place")
	record DayMeetingResponse(long id, MeetingStatus status,
			@Schema(description = "The buyer's mark: HELD, NO_SHOW or null") String buyerChecked,
			@Schema(description = "The seller's mark: HELD, NO_SHOW or null") String sellerChecked, long buyer,
			long seller, Long slot, @Schema(description = "Table number; null at the seller's booth") Integer table,
			boolean walkIn, boolean locked) {

		static DayMeetingResponse of(Meeting m) {
			return new DayMeetingResponse(m.id().value(), m.status(),
					m.buyerChecked() == null ? null : m.buyerChecked().name(),
					m.sellerChecked() == null ? null : m.sellerChecked().name(), m.buyer().value(), m.seller().value(),
					m.slotId(), m.tableNo(), m.walkIn(), m.locked());
		}
	}

	@Schema(description = "One side's report of a meeting at a checkpoint")
	record OutcomeResponse(long meeting, ParticipantSide side, OutcomeCheckpoint checkpoint, OutcomeResult result,
			Long valueIdr, String note, Instant reportedAt, String reportedBy,
			@Schema(description = "Whether this report replaced the side's earlier report at the checkpoint") boolean corrected) {

		static OutcomeResponse of(ReportedOutcome o) {
			return new OutcomeResponse(o.meetingId(), o.side(), o.checkpoint(), o.result(), o.valueIdr(), o.note(),
					o.reportedAt(), o.reportedBy(), o.corrected());
		}
	}

	@Schema(description = "An event's business-matching KPIs, live: in total, by the seller's province, by the seller's "
			+ "product category (a seller may offer several, so these may add up to more) and by buyer type. Deal value: per "
			+ "meeting and side the latest ORDER_PLACED report counts, per meeting the larger of the two sides' values")
	record SummaryResponse(String code, String name,
			@Schema(description = "Requests sent, in any state") long requested,
			@Schema(description = "Requests accepted (each became a meeting, even if later cancelled)") long accepted,
			@Schema(description = "Meetings in a slot, not cancelled (walk-ins included)") long placed,
			@Schema(description = "Meetings marked held by either side") long held,
			@Schema(description = "Meetings marked no-show and held by neither side") long noShows,
			@Schema(description = "Meetings booked on the day") long walkIns,
			@Schema(description = "Meetings with an order placed declared") long deals,
			@Schema(description = "Declared value of the orders, in Rupiah, each meeting counted once") long dealValueIdr,
			@Schema(description = "Held meetings in percent of placed ones, one decimal; null when none placed") Double heldPercent,
			List<ProvinceLine> byProvince, List<CategoryLine> byCategory, List<BuyerTypeLine> byBuyerType,
			@Schema(description = "When the figures were counted") Instant asOf) {

		static SummaryResponse of(MatchingKpis k) {
			Figures t = k.totals();
			return new SummaryResponse(k.code().value(), k.name(), t.requested(), t.accepted(), t.placed(), t.held(),
					t.noShows(), t.walkIns(), t.deals(), t.dealValueIdr(), t.heldPercent(),
					k.byProvince().stream().map(l -> new ProvinceLine(l.key().isEmpty() ? null : l.key(), l.name(),
							FigureLine.of(l.figures()))).toList(),
					k.byCategory().stream().map(l -> new CategoryLine(ProductCategory.valueOf(l.key()),
							FigureLine.of(l.figures()))).toList(),
					k.byBuyerType().stream().map(l -> new BuyerTypeLine(BuyerType.valueOf(l.key()),
							FigureLine.of(l.figures()))).toList(),
					k.asOf());
		}
	}

	@Schema(description = "The figures of one breakdown row")
	record FigureLine(long requested, long accepted, long placed, long held, long noShows, long walkIns, long deals,
			long dealValueIdr) {

		static FigureLine of(Figures f) {
			return new FigureLine(f.requested(), f.accepted(), f.placed(), f.held(), f.noShows(), f.walkIns(), f.deals(),
					f.dealValueIdr());
		}
	}

	@Schema(description = "The sellers' province (Kemendagri code and name; code null for sellers without one)")
	record ProvinceLine(String code, String name, FigureLine figures) {
	}

	@Schema(description = "Sellers offering one product category")
	record CategoryLine(ProductCategory category, FigureLine figures) {
	}

	@Schema(description = "Buyers of one type")
	record BuyerTypeLine(BuyerType buyerType, FigureLine figures) {
	}

	/** A slot for the walk-in forms: its id and its time as the page writes it. */
	record SlotChoice(long id, String label) {

		static SlotChoice of(MatchingSlot s, java.util.Locale locale) {
			return new SlotChoice(s.id(), Dates.dateTime(s.startsAt().atZone(Dates.WIB), locale) + "–"
					+ s.endsAt().toLocalTime());
		}
	}

}
