package id.canting.matching;

/**
 * Where a participant stands: PENDING until the organiser approves (buyers signing up and IKM opting
 * in), APPROVED to request and meet, REJECTED by the organiser, WITHDRAWN by the participant.
 */
public enum ParticipantStatus {
	PENDING, APPROVED, REJECTED, WITHDRAWN
}
