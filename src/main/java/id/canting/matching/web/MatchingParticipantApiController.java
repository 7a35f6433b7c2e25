package id.canting.matching.web;

import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.shared.Actor;
import id.canting.shared.FieldViolation;
import id.canting.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Participants of an event's business matching: the list (filtered by side and status), joining as a
 * buyer or an IKM's seller, one participant, the organiser's approval or rejection and the organiser's
 * "add the exhibitors".
 */
@RestController
@Tag(name = MatchingApiTag.NAME, description = "Business matching: participants, requests, meetings, schedule, agendas and outcomes")
class MatchingParticipantApiController {

	private final MatchingParticipants participants;

	MatchingParticipantApiController(MatchingParticipants participants) {
		this.participants = participants;
	}

	@GetMapping("/api/v1/events/{code}/matching/participants")
	List<CoreApiViews.ParticipantView> list(@PathVariable String code,
			@RequestParam(required = false) ParticipantSide side, @RequestParam(required = false) ParticipantStatus status,
			Actor actor) {
		return participants.list(actor, EventCode.of(code), new MatchingParticipants.Filter(side, status)).stream()
			.map(p -> view(actor, p))
			.toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/matching/participants")
	ResponseEntity<CoreApiViews.ParticipantView> join(@PathVariable String code, @RequestBody CoreApiBodies.JoinBody body,
			Actor actor) {
		EventCode event = EventCode.of(code);
		String language = LocaleContextHolder.getLocale().getLanguage();
		MatchingParticipant p;
		if (body.side() == ParticipantSide.BUYER) {
			if (body.buyer() == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("buyer", "validation.required")));
			}
			p = participants.joinAsBuyer(actor, event, body.buyer().toProfile(), language);
		}
		else if (body.side() == ParticipantSide.SELLER) {
			if (body.ikmId() == null) {
				throw new InvalidInputException(List.of(FieldViolation.of("ikmId", "validation.required")));
			}
			CoreApiBodies.SellerOfferBody offer = body.seller() == null
					? new CoreApiBodies.SellerOfferBody(null, null, null, null, null, null, null, null) : body.seller();
			p = participants.joinAsSeller(actor, event, body.ikmId(), offer.toOffer(), language);
		}
		else {
			throw new InvalidInputException(List.of(FieldViolation.of("side", "validation.one-of", "BUYER, SELLER")));
		}
		return CoreApiViews.created(code, p);
	}

	@GetMapping("/api/v1/events/{code}/matching/participants/{id}")
	CoreApiViews.ParticipantView get(@PathVariable String code, @PathVariable long id, Actor actor) {
		return view(actor, participants.participant(actor, new MatchingParticipantId(id)));
	}

	@PostMapping("/api/v1/events/{code}/matching/participants/{id}/approve")
	CoreApiViews.ParticipantView approve(@PathVariable String code, @PathVariable long id, Actor actor) {
		return view(actor, participants.approve(actor, new MatchingParticipantId(id)));
	}

	@PostMapping("/api/v1/events/{code}/matching/participants/{id}/reject")
	CoreApiViews.ParticipantView reject(@PathVariable String code, @PathVariable long id, Actor actor) {
		return view(actor, participants.reject(actor, new MatchingParticipantId(id)));
	}

	@PostMapping("/api/v1/events/{code}/matching/participants/exhibitors")
	CoreApiViews.AddedView addExhibitors(@PathVariable String code, Actor actor) {
		return new CoreApiViews.AddedView(participants.addExhibitors(actor, EventCode.of(code)));
	}

	private static CoreApiViews.ParticipantView view(Actor actor, MatchingParticipant p) {
		return CoreApiViews.ParticipantView.of(p, MatchingAccess.mayRead(actor, p));
	}
}
