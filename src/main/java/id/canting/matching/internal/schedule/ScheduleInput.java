package id.canting.matching.internal.schedule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.Meeting;

/**
 * An event's accepted meetings, slots and unavailability as the scheduler's problem: slots in time order
 * become indexes 0..n-1; a seller with a booth meets there, others at the tables; walk-ins and locked meetings
 * keep their place. The table limit is the smallest number of tables among the sessions (the scheduler has
 * one limit for all slots).
 */
record ScheduleInput(ScheduleProblem problem, List<MatchingSlot> slots, Map<Long, Meeting> meetingsById) {

	static ScheduleInput of(List<MatchingSession> sessions, List<MatchingSlot> slots, List<Meeting> meetings,
			Map<Long, MatchingParticipant> participants, Map<Long, Set<Long>> unavailable) {
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < slots.size(); i++) {
			index.put(slots.get(i).id(), i);
		}
		int tables = sessions.stream().mapToInt(MatchingSession::tables).min().orElse(0);
		List<MeetingToPlace> toPlace = new ArrayList<>();
		Map<Long, Meeting> byId = new HashMap<>();
		for (Meeting m : meetings) {
			MatchingParticipant seller = participants.get(m.seller().value());
			boolean atTable = seller == null || !seller.meetsAtBooth();
			Integer slot = m.slotId() == null ? null : index.get(m.slotId());
			Placement current = slot == null ? null : new Placement(slot, atTable ? m.tableNo() : null);
			if (current != null && atTable && current.table() == null) {
				current = new Placement(slot, Integer.MAX_VALUE); // a table meeting without a table number: give it one
			}
			boolean locked = current != null && (m.locked() || m.walkIn());
			toPlace.add(new MeetingToPlace(m.id().value(), m.buyer().value(), m.seller().value(), m.mustMeet(), atTable,
					current, locked));
			byId.put(m.id().value(), m);
		}
		Map<Long, BitSet> off = new HashMap<>();
		unavailable.forEach((participant, slotIds) -> {
			BitSet bits = new BitSet();
			slotIds.stream().map(index::get).filter(i -> i != null).forEach(bits::set);
			off.put(participant, bits);
		});
		return new ScheduleInput(new ScheduleProblem(slots.size(), tables, toPlace, off), slots, byId);
	}
}
