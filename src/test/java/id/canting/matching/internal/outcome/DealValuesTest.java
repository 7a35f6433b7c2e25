package id.canting.matching.internal.outcome;

import static id.canting.matching.OutcomeCheckpoint.AFTER_MEETING;
import static id.canting.matching.OutcomeCheckpoint.MONTH_1;
import static id.canting.matching.OutcomeCheckpoint.MONTH_3;
import static id.canting.matching.OutcomeCheckpoint.MONTH_6;
import static id.canting.matching.OutcomeResult.IN_TALKS;
import static id.canting.matching.OutcomeResult.ORDER_PLACED;
import static id.canting.matching.OutcomeResult.SAMPLE_ORDER;
import static id.canting.matching.ParticipantSide.BUYER;
import static id.canting.matching.ParticipantSide.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.canting.matching.internal.outcome.DealValues.Report;

/** The deal value: each side's latest order report counts, and the larger side's per meeting, once. */
class DealValuesTest {

	@Test
	void bothSidesReportingTheSameDealCountItOnceAtTheLargerValue() {
		List<Report> reports = List.of(new Report(1, BUYER, AFTER_MEETING, ORDER_PLACED, 10_000_000L),
				new Report(1, SELLER, AFTER_MEETING, ORDER_PLACED, 12_000_000L));
		assertThat(DealValues.perMeeting(reports)).containsEntry(1L, 12_000_000L).hasSize(1);
		assertThat(DealValues.total(reports)).isEqualTo(12_000_000L);
	}

	@Test
	void aLaterCheckpointReplacesTheSidesEarlierValueEvenWhenSmaller() {
		List<Report> reports = List.of(new Report(1, SELLER, MONTH_1, ORDER_PLACED, 30_000_000L),
				new Report(1, SELLER, MONTH_3, ORDER_PLACED, 25_000_000L));
		assertThat(DealValues.total(reports)).isEqualTo(25_000_000L);
	}

	@Test
	void aLaterReportWithoutAnOrderDoesNotTakeBackAnOrderPlaced() {
		List<Report> reports = List.of(new Report(1, BUYER, MONTH_1, ORDER_PLACED, 5_000_000L),
				new Report(1, BUYER, MONTH_6, IN_TALKS, null));
		assertThat(DealValues.total(reports)).isEqualTo(5_000_000L);
	}

	@Test
	void meetingsAddUpAndResultsWithoutAnOrderCarryNoValue() {
		List<Report> reports = List.of(new Report(1, BUYER, AFTER_MEETING, ORDER_PLACED, 1_000L),
				new Report(2, SELLER, MONTH_1, ORDER_PLACED, 2_000L), new Report(3, SELLER, MONTH_1, SAMPLE_ORDER, null),
				new Report(4, BUYER, MONTH_1, ORDER_PLACED, 0L));
		assertThat(DealValues.perMeeting(reports)).containsOnlyKeys(1L, 2L, 4L);
		assertThat(DealValues.total(reports)).isEqualTo(3_000L);
	}
}
