package id.canting.matching.internal;

import id.canting.certification.BatikmarkStanding;
import id.canting.matching.ParticipantSide;
import id.canting.shared.ConflictException;

/**
 * Who may ask whom to meet, and when a request may still be accepted. The rules, in the order they are
 * checked: both participants APPROVED; one buyer and one seller; the direction allowed (sellers may ask
 * buyers only when the organiser allows it); the pair not blocked by the organiser; the buyer type's rule
 * (a type that requires Batikmark meets only certified sellers); no other open request for the pair; the
 * sender's open requests under the cap; each side's meetings under their cap (the organiser's override
 * for a participant, else the event's).
 */
public final class RequestRules {

	private RequestRules() {
	}

	/** What the rules look at for one request, gathered by the caller. */
	public record Facts(MatchingParticipant from, MatchingParticipant to, MatchingSettings settings, boolean blocked,
			boolean typeRequiresBatikmark, BatikmarkStanding sellerBatikmark, boolean openRequestForPair,
			long senderOpenRequests, long senderMeetings, long receiverMeetings) {

		MatchingParticipant buyer() {
			return from.side() == ParticipantSide.BUYER ? from : to;
		}
	}

	/**
	 * @throws MatchingRuleRefusedException naming the first rule the request breaks
	 * @throws ConflictException when the pair already has an open request
	 */
	public static void checkSend(Facts f) {
		if (!f.from().isApproved()) {
			throw new MatchingRuleRefusedException("from", "not-approved", f.from().companyName());
		}
		if (!f.to().isApproved()) {
			throw new MatchingRuleRefusedException("to", "not-approved", f.to().companyName());
		}
		if (f.from().side() == f.to().side()) {
			throw new MatchingRuleRefusedException("to", "same-side");
		}
		if (f.from().side() == ParticipantSide.SELLER && !f.settings().sellerRequestsAllowed()) {
			throw new MatchingRuleRefusedException("from", "seller-requests-closed");
		}
		checkPair(f);
		if (f.openRequestForPair()) {
			throw new ConflictException("matching.core.rule.duplicate", f.to().companyName());
		}
		if (f.senderOpenRequests() >= f.settings().maxRequestsPerParticipant()) {
			throw new MatchingRuleRefusedException("from", "request-cap", f.settings().maxRequestsPerParticipant());
		}
		checkMeetingCaps(f);
	}

	/**
	 * The rules that must still hold when the receiver accepts (the organiser may have changed them, or
	 * the meetings filled up, since the request was sent).
	 */
	public static void checkAccept(Facts f) {
		if (!f.from().isApproved()) {
			throw new MatchingRuleRefusedException("from", "not-approved", f.from().companyName());
		}
		if (!f.to().isApproved()) {
			throw new MatchingRuleRefusedException("to", "not-approved", f.to().companyName());
		}
		checkPair(f);
		checkMeetingCaps(f);
	}

	private static void checkPair(Facts f) {
		if (f.blocked()) {
			throw new MatchingRuleRefusedException("to", "blocked");
		}
		if (f.typeRequiresBatikmark() && f.sellerBatikmark() != BatikmarkStanding.CERTIFIED) {
			throw new MatchingRuleRefusedException("to", "batikmark-required", f.buyer().buyerType());
		}
	}

	private static void checkMeetingCaps(Facts f) {
		int fromCap = meetingCap(f.from(), f.settings());
		if (f.senderMeetings() >= fromCap) {
			throw new MatchingRuleRefusedException("from", "meeting-cap", f.from().companyName(), fromCap);
		}
		int toCap = meetingCap(f.to(), f.settings());
		if (f.receiverMeetings() >= toCap) {
			throw new MatchingRuleRefusedException("to", "meeting-cap", f.to().companyName(), toCap);
		}
	}

	/** A participant's cap on meetings: the organiser's override when set, else the event's. */
	public static int meetingCap(MatchingParticipant p, MatchingSettings settings) {
		return p.maxMeetings() != null ? p.maxMeetings() : settings.maxMeetingsPerParticipant();
	}
}
