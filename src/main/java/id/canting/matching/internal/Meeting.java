package id.canting.matching.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingCancelled;
import id.canting.matching.MeetingId;
import id.canting.matching.MeetingRequestId;
import id.canting.matching.MeetingStatus;
import id.canting.shared.ConflictException;

/**
 * A meeting between a buyer and a seller: from an accepted request, or a walk-in booked on the day. Its
 * placement is a slot and, unless the seller meets at their booth, a table; a locked meeting keeps its
 * placement when the schedule is computed again. Either side marks it held or no-show.
 */
@Table("matching_meeting")
public class Meeting extends AbstractAggregateRoot<Meeting> {

	/** What one side says happened: the meeting took place, or the other side did not come. */
	public enum Check {
		HELD, NO_SHOW
	}

	private @Id Long id;
	private String eventCode;
	private Long requestId;
	private long buyerId;
	private long sellerId;
	private boolean mustMeet;
	private MeetingStatus status;
	private Long slotId;
	private Integer tableNo;
	private boolean locked;
	private boolean walkIn;
	private Check buyerChecked;
	private Check sellerChecked;
	private Instant createdAt;
	private @Version Integer version;

	Meeting() {
		// for Spring Data JDBC
	}

	/** The meeting an accepted request becomes: ACCEPTED, not yet placed. */
	public static Meeting fromRequest(String eventCode, MeetingRequestId request, MatchingParticipantId buyer,
			MatchingParticipantId seller, boolean mustMeet, Instant now) {
		Meeting m = new Meeting();
		m.eventCode = eventCode;
		m.requestId = request.value();
		m.buyerId = buyer.value();
		m.sellerId = seller.value();
		m.mustMeet = mustMeet;
		m.status = MeetingStatus.ACCEPTED;
		m.createdAt = now;
		return m;
	}

	/** A walk-in booked on the day straight into a free slot (and table, or the seller's booth). */
	public static Meeting walkIn(String eventCode, MatchingParticipantId buyer, MatchingParticipantId seller,
			long slotId, Integer tableNo, Instant now) {
		Meeting m = new Meeting();
		m.eventCode = eventCode;
		m.buyerId = buyer.value();
		m.sellerId = seller.value();
		m.status = MeetingStatus.ACCEPTED;
		m.walkIn = true;
		m.slotId = slotId;
		m.tableNo = tableNo;
		m.createdAt = now;
		return m;
	}

	/** The scheduler puts the meeting in a slot, at a table (null: the seller's booth). */
	public void place(long slotId, Integer tableNo) {
		requireActive();
		if (locked) {
			throw new ConflictException("matching.core.meeting.locked");
		}
		this.slotId = slotId;
		this.tableNo = tableNo;
	}

	/** The scheduler could not place the meeting. */
	public void unplace() {
		if (locked) {
			throw new ConflictException("matching.core.meeting.locked");
		}
		slotId = null;
		tableNo = null;
	}

	/** The organiser confirms a placed meeting so no later run moves it. */
	public void lock() {
		requireActive();
		if (slotId == null) {
			throw new ConflictException("matching.core.meeting.lock-unplaced");
		}
		locked = true;
	}

	public void unlock() {
		locked = false;
	}

	/** Either side or the organiser cancels; the slot becomes free. */
	public void cancel(String by) {
		requireActive();
		Long freed = slotId;
		status = MeetingStatus.CANCELLED;
		slotId = null;
		tableNo = null;
		locked = false;
		registerEvent(new MeetingCancelled(new EventCode(eventCode), id(), buyer(), seller(), freed, by));
	}

	/** One side's check on the day; the meeting is HELD once a side says so, NO_SHOW when none does. */
	public void check(boolean byBuyer, Check check) {
		if (status == MeetingStatus.CANCELLED) {
			throw new ConflictException("matching.core.meeting.cancelled");
		}
		if (byBuyer) {
			buyerChecked = check;
		} else {
			sellerChecked = check;
		}
		status = buyerChecked == Check.HELD || sellerChecked == Check.HELD ? MeetingStatus.HELD
				: MeetingStatus.NO_SHOW;
	}

	private void requireActive() {
		if (status != MeetingStatus.ACCEPTED) {
			throw new ConflictException("matching.core.meeting.not-active", status.name());
		}
	}

	public MeetingId id() {
		return id == null ? null : new MeetingId(id);
	}

	public String eventCode() {
		return eventCode;
	}

	/** The request it came from; null for a walk-in. */
	public MeetingRequestId requestId() {
		return requestId == null ? null : new MeetingRequestId(requestId);
	}

	public MatchingParticipantId buyer() {
		return new MatchingParticipantId(buyerId);
	}

	public MatchingParticipantId seller() {
		return new MatchingParticipantId(sellerId);
	}

	public boolean mustMeet() {
		return mustMeet;
	}

	public MeetingStatus status() {
		return status;
	}

	/** The slot it is placed in; null when not placed. */
	public Long slotId() {
		return slotId;
	}

	public boolean isPlaced() {
		return slotId != null;
	}

	/** The table number; null at the seller's booth (or when not placed). */
	public Integer tableNo() {
		return tableNo;
	}

	public boolean locked() {
		return locked;
	}

	public boolean walkIn() {
		return walkIn;
	}

	public Check buyerChecked() {
		return buyerChecked;
	}

	public Check sellerChecked() {
		return sellerChecked;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public int version() {
		return version == null ? 0 : version;
	}
}
