package id.canting.matching.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The organiser's settings for an event's business matching: how long a request waits for an answer,
 * how many requests a participant may have open and how many meetings they may have, and whether
 * sellers may request buyers too. An event without a row uses {@link #defaults(String)}.
 */
@Table("matching_settings")
public class MatchingSettings implements Persistable<String> {

	public static final int DEFAULT_EXPIRY_HOURS = 48;
	public static final int DEFAULT_MAX_REQUESTS = 20;
	public static final int DEFAULT_MAX_MEETINGS = 12;

	private @Id String eventCode;
	private int requestExpiryHours;
	private int maxRequestsPerParticipant;
	private int maxMeetingsPerParticipant;
	private boolean sellerRequestsAllowed;
	private @Version Integer version;

	MatchingSettings() {
		// for Spring Data JDBC
	}

	/** The settings an event has until the organiser changes them. */
	public static MatchingSettings defaults(String eventCode) {
		MatchingSettings s = new MatchingSettings();
		s.eventCode = eventCode;
		s.requestExpiryHours = DEFAULT_EXPIRY_HOURS;
		s.maxRequestsPerParticipant = DEFAULT_MAX_REQUESTS;
		s.maxMeetingsPerParticipant = DEFAULT_MAX_MEETINGS;
		s.sellerRequestsAllowed = true;
		return s;
	}

	/** The organiser's new values (checked by the caller). */
	public void change(int requestExpiryHours, int maxRequestsPerParticipant, int maxMeetingsPerParticipant,
			boolean sellerRequestsAllowed) {
		this.requestExpiryHours = requestExpiryHours;
		this.maxRequestsPerParticipant = maxRequestsPerParticipant;
		this.maxMeetingsPerParticipant = maxMeetingsPerParticipant;
		this.sellerRequestsAllowed = sellerRequestsAllowed;
	}

	@Override
	public String getId() {
		return eventCode;
	}

	@Override
	public boolean isNew() {
		return version == null;
	}

	public String eventCode() {
		return eventCode;
	}

	public int requestExpiryHours() {
		return requestExpiryHours;
	}

	public int maxRequestsPerParticipant() {
		return maxRequestsPerParticipant;
	}

	public int maxMeetingsPerParticipant() {
		return maxMeetingsPerParticipant;
	}

	public boolean sellerRequestsAllowed() {
		return sellerRequestsAllowed;
	}

	public int version() {
		return version == null ? 0 : version;
	}
}
