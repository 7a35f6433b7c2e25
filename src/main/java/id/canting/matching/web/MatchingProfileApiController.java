package id.canting.matching.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A buyer's sign-up without an account (a BUYER account and a pending participant at once), profile
 * changes by the participant, and the organiser's cap on one participant's meetings.
 */
@RestController
@Tag(name = MatchingApiTag.NAME)
class MatchingProfileApiController {

	private final MatchingParticipants participants;

	MatchingProfileApiController(MatchingParticipants participants) {
		this.participants = participants;
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/matching/buyers")
	ResponseEntity<CoreApiViews.ParticipantView> signUp(@PathVariable String code,
			@RequestBody CoreApiBodies.BuyerSignUpBody body, Actor actor) {
		if (body.profile() == null) {
			throw new InvalidInputException(java.util.List.of(FieldViolation.of("profile", "validation.required")));
		}
		MatchingParticipant p = participants.signUpBuyer(EventCode.of(code), body.username(), body.password(),
				body.profile().toProfile(), LocaleContextHolder.getLocale().getLanguage());
		return CoreApiViews.created(code, p);
	}

	@PutMapping("/api/v1/events/{code}/matching/participants/{id}")
	CoreApiViews.ParticipantView update(@PathVariable String code, @PathVariable long id,
			@RequestBody CoreApiBodies.ProfileBody body, Actor actor) {
		MatchingParticipantId participant = new MatchingParticipantId(id);
		MatchingParticipant p = participants.load(participant);
		MatchingParticipant updated;
		if (p.side() == ParticipantSide.BUYER) {
			if (body.buyer() == null) {
				throw new InvalidInputException(java.util.List.of(FieldViolation.of("buyer", "validation.required")));
			}
			updated = participants.updateBuyer(actor, participant, body.version(), body.buyer().toProfile());
		}
		else {
			CoreApiBodies.SellerOfferBody offer = body.seller() == null
					? new CoreApiBodies.SellerOfferBody(null, null, null, null, null, null, null, null) : body.seller();
			updated = participants.updateSeller(actor, participant, body.version(), offer.toOffer());
		}
		return CoreApiViews.ParticipantView.of(updated, true);
	}

	@PutMapping("/api/v1/events/{code}/matching/participants/{id}/cap")
	CoreApiViews.ParticipantView cap(@PathVariable String code, @PathVariable long id,
			@RequestBody CoreApiBodies.CapBody body, Actor actor) {
		return CoreApiViews.ParticipantView.of(
				participants.capMeetings(actor, new MatchingParticipantId(id), body.maxMeetings()), true);
	}
}
