package id.canting.matching.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MatchingActivity;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;

/**
 * The organiser's settings and rules for an event's matching: request expiry, caps on requests and
 * meetings per participant, whether sellers may ask buyers, pairs that may not meet, and buyer types that
 * meet only Batikmark-certified sellers. Everyone signed in may read them; only the organiser changes them.
 */
@Service
@Transactional
public class MatchingSettingsService {

	/** The organiser's new settings. */
	public record SettingsInput(Integer requestExpiryHours, Integer maxRequestsPerParticipant,
			Integer maxMeetingsPerParticipant, Boolean sellerRequestsAllowed) {
	}

	private final MatchingSettingsRepository settings;
	private final OrganiserRules rules;
	private final MatchingParticipants participants;
	private final ApplicationEventPublisher publisher;

	MatchingSettingsService(MatchingSettingsRepository settings, OrganiserRules rules, MatchingParticipants participants,
			ApplicationEventPublisher publisher) {
		this.settings = settings;
		this.rules = rules;
		this.participants = participants;
		this.publisher = publisher;
	}

	@Transactional(readOnly = true)
	public MatchingSettings settings(EventCode code) {
		participants.event(code);
		return settings.forEvent(code.value());
	}

	/** @throws InvalidInputException naming each value out of its range; nothing changes */
	public MatchingSettings change(Actor actor, EventCode code, Integer expectedVersion, SettingsInput input) {
		MatchingAccess.requireOrganiser(actor);
		participants.event(code);
		List<FieldViolation> v = new ArrayList<>();
		int expiry = range(v, "requestExpiryHours", input.requestExpiryHours(), 1, 720);
		int maxRequests = range(v, "maxRequestsPerParticipant", input.maxRequestsPerParticipant(), 1, 1000);
		int maxMeetings = range(v, "maxMeetingsPerParticipant", input.maxMeetingsPerParticipant(), 1, 1000);
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		MatchingSettings s = settings.forEvent(code.value());
		if (expectedVersion != null && !s.isNew() && expectedVersion != s.version()) {
			throw new ConflictException("problem.stale-version-detail", expectedVersion, s.version());
		}
		s.change(expiry, maxRequests, maxMeetings,
				input.sellerRequestsAllowed() == null || input.sellerRequestsAllowed());
		s = settings.save(s);
		activity(code, "matching_settings", code.value(), "UPDATED", expiry + "h, " + maxRequests + "/" + maxMeetings
				+ (s.sellerRequestsAllowed() ? "" : ", no seller requests"), actor);
		return s;
	}

	private static int range(List<FieldViolation> v, String field, Integer value, int min, int max) {
		if (value == null) {
			v.add(FieldViolation.of(field, "validation.required"));
			return min;
		}
		if (value < min || value > max) {
			v.add(FieldViolation.of(field, "matching.core.validation.cap", min, max));
		}
		return value;
	}

	@Transactional(readOnly = true)
	public List<OrganiserRules.BlockedPair> blockedPairs(Actor actor, EventCode code) {
		MatchingAccess.requireOrganiser(actor);
		return rules.blockedPairs(code.value());
	}

	/** The organiser keeps a buyer and a seller apart (a reason is required, for the trail). */
	public void block(Actor actor, EventCode code, MatchingParticipantId buyer, MatchingParticipantId seller,
			String reason) {
		MatchingAccess.requireOrganiser(actor);
		List<FieldViolation> v = new ArrayList<>();
		String why = ParticipantRules.text(v, "reason", reason, 500, true);
		if (buyer == null) {
			v.add(FieldViolation.of("buyerId", "validation.required"));
		}
		if (seller == null) {
			v.add(FieldViolation.of("sellerId", "validation.required"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInputException(v);
		}
		MatchingParticipant b = inEvent(code, buyer);
		MatchingParticipant s = inEvent(code, seller);
		if (b.side() != ParticipantSide.BUYER) {
			throw new MatchingRuleRefusedException("buyerId", "not-a-buyer");
		}
		if (s.side() != ParticipantSide.SELLER) {
			throw new MatchingRuleRefusedException("sellerId", "not-a-seller");
		}
		if (!rules.block(code.value(), buyer.value(), seller.value(), why)) {
			throw new ConflictException("matching.core.rule.already-blocked");
		}
		activity(code, "matching_settings", code.value(), "BLOCKED",
				b.companyName() + " – " + s.companyName() + ": " + why, actor);
	}

	public void unblock(Actor actor, EventCode code, MatchingParticipantId buyer, MatchingParticipantId seller) {
		MatchingAccess.requireOrganiser(actor);
		if (!rules.unblock(code.value(), buyer.value(), seller.value())) {
			throw new NotFoundException("matching.core.rule.not-blocked");
		}
		activity(code, "matching_settings", code.value(), "UNBLOCKED", buyer.value() + " – " + seller.value(), actor);
	}

	/** Whether buyers of this type meet only Batikmark-certified sellers. */
	public void typeRule(Actor actor, EventCode code, BuyerType type, boolean requiresBatikmark) {
		MatchingAccess.requireOrganiser(actor);
		participants.event(code);
		if (type == null) {
			throw new InvalidInputException(List.of(FieldViolation.of("buyerType", "validation.required")));
		}
		rules.setTypeRule(code.value(), type, requiresBatikmark);
		activity(code, "matching_settings", code.value(), "UPDATED", type + " batikmark=" + requiresBatikmark, actor);
	}

	private MatchingParticipant inEvent(EventCode code, MatchingParticipantId id) {
		MatchingParticipant p = participants.load(id);
		if (!p.eventCode().equals(code.value())) {
			throw new NotFoundException("matching.core.participant.not-found", id.value());
		}
		return p;
	}

	private void activity(EventCode code, String type, String id, String action, String detail, Actor actor) {
		publisher.publishEvent(new MatchingActivity(type, id, code.value(), null, action, detail, actor.username()));
	}
}
