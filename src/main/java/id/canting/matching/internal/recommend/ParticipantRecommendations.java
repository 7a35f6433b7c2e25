package id.canting.matching.internal.recommend;

import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;

/**
 * A participant's recommended counterparts: who looks (their side, name and status — a participant not yet
 * approved sees recommendations but may not send requests yet) and the ranked list with its left-out counts.
 */
public record ParticipantRecommendations(MatchingParticipantId participant, ParticipantSide side, String name,
		ParticipantStatus status, Recommendations recommendations) {
}
