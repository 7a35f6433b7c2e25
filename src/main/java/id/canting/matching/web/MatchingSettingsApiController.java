package id.canting.matching.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.canting.event.EventCode;
import id.canting.matching.BuyerType;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.internal.MatchingSettingsService;
import id.canting.matching.internal.OrganiserRules;
import id.canting.shared.Actor;

import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The organiser's settings (request expiry, caps, seller requests) and rules (pairs kept apart, buyer
 * types that meet only Batikmark-certified sellers). Everyone taking part may read the settings.
 */
@RestController
@Tag(name = MatchingApiTag.NAME)
class MatchingSettingsApiController {

	private final MatchingSettingsService settings;
	private final OrganiserRules rules;

	MatchingSettingsApiController(MatchingSettingsService settings, OrganiserRules rules) {
		this.settings = settings;
		this.rules = rules;
	}

	@GetMapping("/api/v1/events/{code}/matching/settings")
	CoreApiViews.SettingsView get(@PathVariable String code) {
		return CoreApiViews.SettingsView.of(settings.settings(EventCode.of(code)));
	}

	@PutMapping("/api/v1/events/{code}/matching/settings")
	CoreApiViews.SettingsView change(@PathVariable String code, @RequestBody CoreApiBodies.SettingsBody body,
			Actor actor) {
		return CoreApiViews.SettingsView
			.of(settings.change(actor, EventCode.of(code), body.version(), body.toInput()));
	}

	@GetMapping("/api/v1/events/{code}/matching/blocked-pairs")
	List<OrganiserRules.BlockedPair> blocked(@PathVariable String code, Actor actor) {
		return settings.blockedPairs(actor, EventCode.of(code));
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/v1/events/{code}/matching/blocked-pairs")
	OrganiserRules.BlockedPair block(@PathVariable String code, @RequestBody CoreApiBodies.BlockBody body, Actor actor) {
		settings.block(actor, EventCode.of(code), body.buyerId() == null ? null : new MatchingParticipantId(body.buyerId()),
				body.sellerId() == null ? null : new MatchingParticipantId(body.sellerId()), body.reason());
		return new OrganiserRules.BlockedPair(body.buyerId(), body.sellerId(), body.reason().strip());
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/api/v1/events/{code}/matching/blocked-pairs/{buyerId}/{sellerId}")
	void unblock(@PathVariable String code, @PathVariable long buyerId, @PathVariable long sellerId, Actor actor) {
		settings.unblock(actor, EventCode.of(code), new MatchingParticipantId(buyerId), new MatchingParticipantId(sellerId));
	}

	/** Every buyer type with whether its buyers meet only Batikmark-certified sellers, after the change. */
	@PutMapping("/api/v1/events/{code}/matching/type-rules/{type}")
	Map<BuyerType, Boolean> typeRule(@PathVariable String code, @PathVariable BuyerType type,
			@RequestBody CoreApiBodies.TypeRuleBody body, Actor actor) {
		settings.typeRule(actor, EventCode.of(code), type, Boolean.TRUE.equals(body.requiresBatikmark()));
		return rules.typeRules(EventCode.of(code).value());
	}
}
