package id.canting.matching.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.canting.matching.internal.schedule.ScheduleResult.Method;

/** Small instances whose best schedule is known by hand. */
class SchedulerTest {

	private final Scheduler scheduler = new Scheduler(Duration.ofSeconds(5));

	private static final int NO_LIMIT = ScheduleProblem.NO_TABLE_LIMIT;

	@Test
	void placesEveryMeetingOfACompleteThreeByThreeInThreeSlots() {
		List<MeetingToPlace> meetings = new ArrayList<>();
		long id = 1;
		for (long b = 1; b <= 3; b++) {
			for (long s = 11; s <= 13; s++) {
				meetings.add(MeetingToPlace.of(id++, b, s, false, false));
			}
		}
		ScheduleProblem problem = ScheduleProblem.of(5, NO_LIMIT, meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(9);
		assertThat(result.bound()).isEqualTo(9);
		assertThat(result.slotsUsed()).isEqualTo(3);
		assertThat(result.method()).isEqualTo(Method.EDGE_COLOURING);
	}

	@Test
	void placesAsManyAsTheSlotsAllowAndNamesTheBusiestParticipant() {
		List<MeetingToPlace> meetings = List.of(MeetingToPlace.of(1, 1, 11, false, false),
				MeetingToPlace.of(2, 1, 12, true, false), MeetingToPlace.of(3, 1, 13, false, false),
				MeetingToPlace.of(4, 2, 11, false, false));
		ScheduleProblem problem = ScheduleProblem.of(2, NO_LIMIT, meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(3);
		assertThat(result.bound()).isEqualTo(3);
		assertThat(result.placements()).containsKey(2L);
		assertThat(result.method()).isEqualTo(Method.FLOW_THEN_COLOURING);
		assertThat(result.unplaced()).singleElement().satisfies(u -> {
			assertThat(u.reason()).isEqualTo("matching.schedule.unplaced.over-slots");
			assertThat(u.args()).containsExactly(1L, 3, 2);
		});
	}

	@Test
	void saysWhenTwoSidesShareNoAvailableSlot() {
		ScheduleProblem problem = new ScheduleProblem(2, NO_LIMIT, List.of(MeetingToPlace.of(1, 1, 11, false, false),
				MeetingToPlace.of(2, 2, 11, false, false)), Map.of(1L, bits(0), 11L, bits(1)));
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(1);
		assertThat(result.bound()).isEqualTo(1);
		assertThat(result.placements().get(2L).slot()).isZero();
		assertThat(result.unplaced()).singleElement()
			.satisfies(u -> assertThat(u.reason()).isEqualTo("matching.schedule.unplaced.no-common-slot"));
	}

	@Test
	void keepsTableMeetingsWithinTheTableLimit() {
		List<MeetingToPlace> meetings = List.of(MeetingToPlace.of(1, 1, 11, false, true),
				MeetingToPlace.of(2, 2, 12, false, true), MeetingToPlace.of(3, 3, 13, false, true));
		ScheduleProblem problem = ScheduleProblem.of(2, 1, meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(2);
		assertThat(result.bound()).isEqualTo(2);
		assertThat(result.placements().values()).allSatisfy(p -> assertThat(p.table()).isEqualTo(1));
		assertThat(result.unplaced()).singleElement()
			.satisfies(u -> assertThat(u.reason()).isEqualTo("matching.schedule.unplaced.tables-full"));
	}

	@Test
	void usesMoreSlotsThanTheBusiestParticipantWhenTheTablesNeedThem() {
		List<MeetingToPlace> meetings = List.of(MeetingToPlace.of(1, 1, 11, false, true),
				MeetingToPlace.of(2, 2, 12, false, true), MeetingToPlace.of(3, 3, 13, false, true));
		ScheduleProblem problem = ScheduleProblem.of(3, 1, meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(3);
		assertThat(result.slotsUsed()).isEqualTo(3);
	}

	@Test
	void balancesTablesOnACycleOfATableSellerAndABoothSeller() {
		// buyers 1, 2 both meet seller 11 (tables) and seller 12 (booth): each slot gets exactly one table meeting
		List<MeetingToPlace> meetings = List.of(MeetingToPlace.of(1, 1, 11, false, true),
				MeetingToPlace.of(2, 2, 11, false, true), MeetingToPlace.of(3, 1, 12, false, false),
				MeetingToPlace.of(4, 2, 12, false, false));
		ScheduleProblem problem = ScheduleProblem.of(2, 1, meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(4);
		assertThat(ScheduleCheck.tableSpread(result, 2)).isZero();
	}

	@Test
	void aMustMeetTakesThePlaceOfAWouldLike() {
		// buyer 1 is available in one slot only and has two meetings; the must-meet one is placed
		ScheduleProblem problem = new ScheduleProblem(2, NO_LIMIT, List.of(MeetingToPlace.of(1, 1, 11, false, false),
				MeetingToPlace.of(2, 1, 12, true, false)), Map.of(1L, bits(1)));
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(result.placements()).containsOnlyKeys(2L);
		assertThat(result.mustPlaced()).isEqualTo(1);
		assertThat(result.bound()).isEqualTo(1);
	}

	@Test
	void reschedulingAfterACancellationMovesNothingWhenTheNewMeetingFits() {
		List<MeetingToPlace> meetings = List.of(MeetingToPlace.of(1, 1, 11, false, false),
				MeetingToPlace.of(2, 1, 12, false, false), MeetingToPlace.of(3, 2, 11, false, false));
		ScheduleResult first = scheduler.schedule(ScheduleProblem.of(2, NO_LIMIT, meetings));
		assertThat(first.placed()).isEqualTo(3);
		// meeting 1 is cancelled, meeting 4 (buyer 2, seller 12) accepted; meeting 2 is locked
		List<MeetingToPlace> revised = List.of(meetings.get(1).placedAt(first.placements().get(2L), true),
				meetings.get(2).placedAt(first.placements().get(3L), false), MeetingToPlace.of(4, 2, 12, false, false));
		ScheduleProblem problem = ScheduleProblem.of(2, NO_LIMIT, revised);
		ScheduleResult second = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, second)).isEmpty();
		assertThat(second.placed()).isEqualTo(3);
		assertThat(second.moved()).isZero();
		assertThat(second.placements().get(2L)).isEqualTo(first.placements().get(2L));
	}

	@Test
	void reschedulingMovesTheFewestAndNeverALockedMeeting() {
		// two slots: 1-11 locked in slot 0, 2-12 in slot 1, 2-13 in slot 0; the new 1-12 can only take slot 1
		// (buyer 1 is locked in slot 0), where seller 12 is busy: one interchange swaps 2-12 and 2-13
		List<MeetingToPlace> meetings = List.of(
				MeetingToPlace.of(1, 1, 11, false, false).placedAt(Placement.atBooth(0), true),
				MeetingToPlace.of(2, 2, 12, false, false).placedAt(Placement.atBooth(1), false),
				MeetingToPlace.of(3, 2, 13, false, false).placedAt(Placement.atBooth(0), false),
				MeetingToPlace.of(4, 1, 12, false, false));
		ScheduleProblem problem = ScheduleProblem.of(2, NO_LIMIT, meetings);
		ScheduleResult result = scheduler.schedule(problem);
		assertThat(ScheduleCheck.violations(problem, result)).isEmpty();
		assertThat(result.placed()).isEqualTo(4);
		assertThat(result.placements().get(1L)).isEqualTo(Placement.atBooth(0));
		assertThat(result.movedIds()).containsExactlyInAnyOrder(2L, 3L);
	}

	static BitSet bits(int... slots) {
		BitSet set = new BitSet();
		for (int s : slots) {
			set.set(s);
		}
		return set;
	}
}
