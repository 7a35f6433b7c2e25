package id.canting.matching.web;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

import org.springframework.http.ResponseEntity;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MeetingPlace;
import id.canting.matching.MeetingStatus;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.Preference;
import id.canting.matching.RequestStatus;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingSettings;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRequest;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/** What the business matching's participant, request and settings endpoints return. */
final class CoreApiViews {

	private CoreApiViews() {
	}

	/**
	 * A participant. Contact details (contact name, e-mail, phone) are given only to the participant,
	 * the organiser and (for sellers) the province's officers; other participants see the business.
	 */
	record ParticipantView(long id, String eventCode, ParticipantSide side, ParticipantStatus status,
			String companyName, String contactName, String email, String phone, Long ikmId, BuyerType buyerType,
			String countryCode, String provinceCode, Set<Technique> techniques, Set<ProductCategory> categories,
			Integer volumePerMonth, VolumeUnit volumeUnit, Integer capacityPerMonth, Long priceMinIdr,
			Long priceMaxIdr, boolean batikmarkRequired, String products, MeetingPlace meetingPlace, String booth,
			Integer maxMeetings, int version) {

		static ParticipantView of(MatchingParticipant p, boolean withContact) {
			boolean seller = p.side() == ParticipantSide.SELLER;
			return new ParticipantView(p.id().value(), p.eventCode(), p.side(), p.status(), p.companyName(),
					withContact ? p.contactName() : null, withContact ? p.email() : null,
					withContact ? p.phone() : null, p.ikmId(), p.buyerType(), p.countryCode(), p.provinceCode(),
					p.techniques(), p.categories(), seller ? null : p.volumePerMonth(), p.volumeUnit(),
					seller ? p.capacityPerMonth() : null, p.priceMinIdr(), p.priceMaxIdr(), p.batikmarkRequired(),
					p.products(), p.meetingPlace(), p.booth(), withContact ? p.maxMeetings() : null, p.version());
		}
	}

	/** A request; {@code status} as of now (an unanswered request past its expiry reads EXPIRED). */
	record RequestView(long id, String eventCode, long from, long to, Preference preference, String message,
			RequestStatus status, Instant createdAt, Instant expiresAt, Instant answeredAt, String answerNote,
			int version) {

		static RequestView of(MeetingRequest r, Instant now) {
			return new RequestView(r.id().value(), r.eventCode(), r.from().value(), r.to().value(), r.preference(),
					r.message(), r.status(now), r.createdAt(), r.expiresAt(), r.answeredAt(), r.answerNote(),
					r.version());
		}
	}

	/** A participant's requests: those they sent and those they received. */
	record InboxView(java.util.List<RequestView> sent, java.util.List<RequestView> received) {
	}

	/** A meeting; {@code slotId} null until the schedule places it, {@code tableNo} null at the seller's booth. */
	record MeetingView(long id, String eventCode, Long requestId, long buyerId, long sellerId, boolean mustMeet,
			MeetingStatus status, Long slotId, Integer tableNo, boolean locked, boolean walkIn, int version) {

		static MeetingView of(Meeting m) {
			return new MeetingView(m.id().value(), m.eventCode(),
					m.requestId() == null ? null : m.requestId().value(), m.buyer().value(), m.seller().value(),
					m.mustMeet(), m.status(), m.slotId(), m.tableNo(), m.locked(), m.walkIn(), m.version());
		}
	}

	/** The organiser's settings for the event. */
	record SettingsView(String eventCode, int requestExpiryHours, int maxRequestsPerParticipant,
			int maxMeetingsPerParticipant, boolean sellerRequestsAllowed, int version) {

		static SettingsView of(MatchingSettings s) {
			return new SettingsView(s.eventCode(), s.requestExpiryHours(), s.maxRequestsPerParticipant(),
					s.maxMeetingsPerParticipant(), s.sellerRequestsAllowed(), s.version());
		}
	}

	/** A 201 answer for a new participant, with its address. */
	static ResponseEntity<ParticipantView> created(String code, MatchingParticipant p) {
		return ResponseEntity
			.created(URI.create("/api/v1/events/" + EventCode.of(code) + "/matching/participants/" + p.id().value()))
			.body(ParticipantView.of(p, true));
	}

	/** How many exhibitors the organiser's action added as sellers. */
	record AddedView(int added) {
	}
}
