package id.canting.matching.internal.outcome;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;

/**
 * The deal value declared for each meeting, counted once. The rule:
 * <ol>
 * <li>Per meeting and side, the side's <em>latest</em> ORDER_PLACED report counts (the latest checkpoint;
 * a report at MONTH_3 replaces that side's MONTH_1 figure): each report says what has been ordered from
 * that meeting so far, not what was added since the last one. A later report with another result (in
 * talks again) does not take back an order already placed.</li>
 * <li>Per meeting, the larger of the two sides' values counts: buyer and seller describe the same deal,
 * so adding them would count it twice; the larger is taken because the side that knows of more orders
 * (often the seller, who invoices) is the better witness.</li>
 * </ol>
 * Results other than ORDER_PLACED carry no value.
 */
public final class DealValues {

	private DealValues() {
	}

	/** One side's report of one meeting at one checkpoint. */
	public record Report(long meetingId, ParticipantSide side, OutcomeCheckpoint checkpoint, OutcomeResult result,
			Long valueIdr) {
	}

	/** Each meeting with a declared order and its value in Rupiah, by the rule above. */
	public static Map<Long, Long> perMeeting(Collection<Report> reports) {
		Map<Long, Map<ParticipantSide, Report>> latest = new HashMap<>();
		reports.stream()
			.filter(r -> r.result() == OutcomeResult.ORDER_PLACED && r.valueIdr() != null)
			.forEach(r -> latest.computeIfAbsent(r.meetingId(), k -> new EnumMap<>(ParticipantSide.class))
				.merge(r.side(), r, (a, b) -> a.checkpoint().compareTo(b.checkpoint()) >= 0 ? a : b));
		Map<Long, Long> values = new HashMap<>();
		latest.forEach((meeting, bySide) -> values.put(meeting,
				bySide.values().stream().max(Comparator.comparingLong(Report::valueIdr)).orElseThrow().valueIdr()));
		return values;
	}

	/** The event's deal value: the sum over meetings of each meeting's value. */
	public static long total(Collection<Report> reports) {
		return perMeeting(reports).values().stream().mapToLong(Long::longValue).sum();
	}
}
