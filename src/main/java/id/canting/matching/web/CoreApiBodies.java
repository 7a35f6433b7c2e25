package id.canting.matching.web;

import java.util.Set;

import id.canting.matching.BuyerType;
import id.canting.matching.ParticipantSide;
import id.canting.matching.Preference;
import id.canting.matching.VolumeUnit;
import id.canting.matching.internal.BuyerProfile;
import id.canting.matching.internal.MatchingSettingsService;
import id.canting.matching.internal.ParticipantRules;
import id.canting.registry.ProductCategory;
import id.canting.registry.Technique;

/** What clients send to the business matching's participant, request and settings endpoints. */
final class CoreApiBodies {

	private CoreApiBodies() {
	}

	/** A buyer's profile as sent. */
	record BuyerProfileBody(String companyName, String contactName, String email, String phone, BuyerType buyerType,
			String countryCode, String provinceCode, Set<Technique> techniques, Set<ProductCategory> categories,
			Integer volumePerMonth, VolumeUnit volumeUnit, Long priceMinIdr, Long priceMaxIdr, Boolean batikmarkRequired) {

		BuyerProfile toProfile() {
			return new BuyerProfile(companyName, contactName, email, phone, buyerType, countryCode, provinceCode,
					techniques == null ? Set.of() : techniques, categories == null ? Set.of() : categories,
					volumePerMonth, volumeUnit, priceMinIdr, priceMaxIdr, Boolean.TRUE.equals(batikmarkRequired));
		}
	}

	/** A seller's own words as sent (the rest of the profile is the registry's). */
	record SellerOfferBody(String products, Integer capacityPerMonth, VolumeUnit capacityUnit, Long priceMinIdr,
			Long priceMaxIdr, String contactName, String email, String phone) {

		ParticipantRules.SellerOffer toOffer() {
			return new ParticipantRules.SellerOffer(products, capacityPerMonth, capacityUnit, priceMinIdr, priceMaxIdr,
					contactName, email, phone);
		}
	}

	/**
	 * Joining an event's matching while signed in: a BUYER sends {@code side: BUYER} and {@code buyer}; an
	 * IKM owner sends {@code side: SELLER}, their {@code ikmId} and optionally {@code seller}.
	 */
	record JoinBody(ParticipantSide side, Long ikmId, BuyerProfileBody buyer, SellerOfferBody seller) {
	}

	/** A buyer signing up without an account: the new account's username and password, and the profile. */
	record BuyerSignUpBody(String username, String password, BuyerProfileBody profile) {
	}

	/** A profile change: the version read, and the buyer's or the seller's part. */
	record ProfileBody(Integer version, BuyerProfileBody buyer, SellerOfferBody seller) {
	}

	/** The organiser's cap on one participant's meetings; null means the event's cap. */
	record CapBody(Integer maxMeetings) {
	}

	/** A meeting request: {@code from} may be left out when the sender takes part on one side only. */
	record SendBody(Long from, Long to, Preference preference, String message) {
	}

	/** An answer's or a decline's optional note. */
	record NoteBody(String note) {
	}

	/** The organiser's settings. */
	record SettingsBody(Integer version, Integer requestExpiryHours, Integer maxRequestsPerParticipant,
			Integer maxMeetingsPerParticipant, Boolean sellerRequestsAllowed) {

		MatchingSettingsService.SettingsInput toInput() {
			return new MatchingSettingsService.SettingsInput(requestExpiryHours, maxRequestsPerParticipant,
					maxMeetingsPerParticipant, sellerRequestsAllowed);
		}
	}

	/** A pair the organiser keeps apart, with the reason. */
	record BlockBody(Long buyerId, Long sellerId, String reason) {
	}

	/** Whether a buyer type meets only Batikmark-certified sellers. */
	record TypeRuleBody(Boolean requiresBatikmark) {
	}
}
