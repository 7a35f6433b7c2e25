package id.canting.matching.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingRequestDeclined;
import id.canting.matching.MeetingRequestExpired;
import id.canting.matching.MeetingRequestId;
import id.canting.matching.MeetingRequestWithdrawn;
import id.canting.matching.Preference;
import id.canting.matching.RequestStatus;
import id.canting.shared.ConflictException;

/**
 * One participant's request to meet another. It guards its own steps: only a PENDING request can be
 * accepted or declined (by the receiver) or withdrawn (by the sender), and a PENDING request past its
 * expiry counts as EXPIRED even before the job marks it. While it is open (PENDING or ACCEPTED) it holds
 * its pair's key, so the database refuses a second open request between the same buyer and seller.
 */
@Table("matching_request")
public class MeetingRequest extends AbstractAggregateRoot<MeetingRequest> {

	private @Id Long id;
	private String eventCode;
	private long fromId;
	private long toId;
	private Preference preference;
	private String message;
	private RequestStatus status;
	private Instant createdAt;
	private Instant expiresAt;
	private Instant answeredAt;
	private String answerNote;
	private String openPair;
	private @Version Integer version;

	MeetingRequest() {
		// for Spring Data JDBC
	}

	/** A new PENDING request from one participant to the other, open until {@code expiresAt}. */
	public static MeetingRequest send(String eventCode, MatchingParticipant from, MatchingParticipant to,
			Preference preference, String message, Instant now, Instant expiresAt) {
		MeetingRequest r = new MeetingRequest();
		r.eventCode = eventCode;
		r.fromId = from.id().value();
		r.toId = to.id().value();
		r.preference = preference;
		r.message = message;
		r.status = RequestStatus.PENDING;
		r.createdAt = now;
		r.expiresAt = expiresAt;
		r.openPair = pairKey(r.fromId, r.toId);
		return r;
	}

	/** The key of a pair regardless of who asked: the smaller id first. */
	public static String pairKey(long a, long b) {
		return Math.min(a, b) + ":" + Math.max(a, b);
	}

	/** The receiver accepts; the caller creates the meeting in the same transaction. */
	public void accept(String note, Instant now) {
		requirePending(now);
		status = RequestStatus.ACCEPTED;
		answeredAt = now;
		answerNote = note;
	}

	/** The receiver declines, with an optional note to the sender. */
	public void decline(String note, Instant now) {
		requirePending(now);
		status = RequestStatus.DECLINED;
		answeredAt = now;
		answerNote = note;
		openPair = null;
		registerEvent(new MeetingRequestDeclined(new EventCode(eventCode), id(), from(), to()));
	}

	/** The sender takes back a request nobody has answered. */
	public void withdraw(Instant now) {
		requirePending(now);
		status = RequestStatus.WITHDRAWN;
		answeredAt = now;
		openPair = null;
		registerEvent(new MeetingRequestWithdrawn(new EventCode(eventCode), id(), from(), to()));
	}

	/** The meeting that came of this request was cancelled: the pair may ask again. */
	public void releasePair() {
		openPair = null;
	}

	/** Marks a PENDING request past its time EXPIRED; returns whether it did. */
	public boolean expireIfDue(Instant now) {
		if (status != RequestStatus.PENDING || now.isBefore(expiresAt)) {
			return false;
		}
		status = RequestStatus.EXPIRED;
		openPair = null;
		registerEvent(new MeetingRequestExpired(new EventCode(eventCode), id(), from(), to()));
		return true;
	}

	private void requirePending(Instant now) {
		if (status(now) != RequestStatus.PENDING) {
			throw new ConflictException("matching.core.request.not-pending", status(now).name());
		}
	}

	public MeetingRequestId id() {
		return id == null ? null : new MeetingRequestId(id);
	}

	public String eventCode() {
		return eventCode;
	}

	public MatchingParticipantId from() {
		return new MatchingParticipantId(fromId);
	}

	public MatchingParticipantId to() {
		return new MatchingParticipantId(toId);
	}

	public Preference preference() {
		return preference;
	}

	public String message() {
		return message;
	}

	/** The stored status (the expiry job may not have run yet; see {@link #status(Instant)}). */
	public RequestStatus status() {
		return status;
	}

	/** The status as of {@code now}: a PENDING request past its expiry reads as EXPIRED. */
	public RequestStatus status(Instant now) {
		return status == RequestStatus.PENDING && !now.isBefore(expiresAt) ? RequestStatus.EXPIRED : status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public String answerNote() {
		return answerNote;
	}

	public int version() {
		return version == null ? 0 : version;
	}
}
