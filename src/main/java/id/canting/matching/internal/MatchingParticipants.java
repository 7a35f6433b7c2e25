package id.canting.matching.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.account.AccountManagement;
import id.canting.event.EventCode;
import id.canting.event.EventView;
import id.canting.event.Events;
import id.canting.event.ExhibitorSellers;
import id.canting.matching.MatchingActivity;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MatchingParticipantJoined;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.VolumeUnit;
import id.canting.region.Regions;
import id.canting.registry.Ikm;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.shared.Actor;
import id.canting.shared.ConflictException;
import id.canting.shared.FieldViolation;
import id.canting.shared.ForbiddenException;
import id.canting.shared.InvalidInputException;
import id.canting.shared.NotFoundException;
import id.canting.shared.Role;

/**
 * The participants of an event's business matching: buyers sign up themselves (a new BUYER account, or a
 * signed-in buyer joining another event) and wait for the organiser's approval; sellers are the event's
 * exhibitors, added by the organiser in one action, and other IKM whose owner opts in (pending). A seller's
 * profile is the registry's (name, province, techniques, categories, capacity) plus the owner's own words.
 */
@Service
@Transactional
public class MatchingParticipants {

	/** A list filter: side and status, either may be null (all). */
	public record Filter(ParticipantSide side, ParticipantStatus status) {
	}

	private final MatchingParticipantRepository participants;
	private final Events events;
	private final IkmManagement ikms;
	private final ExhibitorSellers exhibitors;
	private final AccountManagement accounts;
	private final Regions regions;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	private final MatchingWindow window;

	MatchingParticipants(MatchingParticipantRepository participants, Events events, IkmManagement ikms,
			ExhibitorSellers exhibitors, AccountManagement accounts, Regions regions, ApplicationEventPublisher publisher,
			Clock clock, MatchingWindow window) {
		this.window = window;
		this.participants = participants;
		this.events = events;
		this.ikms = ikms;
		this.exhibitors = exhibitors;
		this.accounts = accounts;
		this.regions = regions;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * The participants the actor may see: the organiser all; an officer the sellers of their province;
	 * a participant their own records and the APPROVED participants of the other side (whom they may ask).
	 */
	@Transactional(readOnly = true)
	public List<MatchingParticipant> list(Actor actor, EventCode code, Filter filter) {
		event(code);
		Stream<MatchingParticipant> all = participants.findByEventCodeOrderByCompanyName(code.value()).stream()
			.filter(p -> filter.side() == null || p.side() == filter.side())
			.filter(p -> filter.status() == null || p.status() == filter.status());
		if (actor.isAdmin()) {
			return all.toList();
		}
		List<MatchingParticipant> mine = mine(actor, code);
		List<ParticipantSide> others = mine.stream().filter(MatchingParticipant::isApproved)
			.map(p -> p.side().opposite()).distinct().toList();
		return all.filter(p -> MatchingAccess.mayRead(actor, p) || (p.isApproved() && others.contains(p.side())))
			.toList();
	}

	/** One participant, for those who may read it in full (themself, the organiser, the province's officer). */
	@Transactional(readOnly = true)
	public MatchingParticipant participant(Actor actor, MatchingParticipantId id) {
		MatchingParticipant p = load(id);
		if (!MatchingAccess.mayRead(actor, p) && !isCounterpart(actor, p)) {
			throw new ForbiddenException("matching.core.forbidden.participant");
		}
		return p;
	}

	/** Whether the actor is an approved participant of the event on the other side of an approved {@code p}. */
	boolean isCounterpart(Actor actor, MatchingParticipant p) {
		return p.isApproved() && mine(actor, new EventCode(p.eventCode())).stream()
			.anyMatch(own -> own.isApproved() && own.side() == p.side().opposite());
	}

	/** The actor's own participations in the event: as a buyer by their account, as seller by their IKM. */
	@Transactional(readOnly = true)
	public List<MatchingParticipant> mine(Actor actor, EventCode code) {
		if (actor.isAnonymous()) {
			return List.of();
		}
		if (actor.role() == Role.BUYER) {
			return participants.findByEventCodeAndAccountUsername(code.value(), actor.username());
		}
		if (actor.role() == Role.IKM_OWNER) {
			return actor.ikmIds().stream().sorted()
				.map(ikm -> participants.findByEventCodeAndIkmId(code.value(), ikm))
				.flatMap(Optional::stream)
				.toList();
		}
		return List.of();
	}

	/**
	 * Someone without an account signs up as a buyer: a BUYER account (password policy, unique username)
	 * and a PENDING buyer participant, in one transaction.
	 */
	public MatchingParticipant signUpBuyer(EventCode code, String username, String password, BuyerProfile profile,
			String language) {
		event(code);
		window.requireOpen(code);
		BuyerProfile checked = ParticipantRules.checked(profile, this::provinceExists);
		String account = accounts.signUpBuyer(username, checked.contactName(), checked.email(), password).username();
		return createBuyer(code, account, checked, language);
	}

	/** A signed-in buyer joins this event's matching (PENDING). */
	public MatchingParticipant joinAsBuyer(Actor actor, EventCode code, BuyerProfile profile, String language) {
		if (actor.role() != Role.BUYER) {
			throw new ForbiddenException("matching.core.forbidden.buyer");
		}
		event(code);
		window.requireOpen(code);
		BuyerProfile checked = ParticipantRules.checked(profile, this::provinceExists);
		if (!participants.findByEventCodeAndAccountUsername(code.value(), actor.username()).isEmpty()) {
			throw new ConflictException("matching.core.participant.duplicate");
		}
		return createBuyer(code, actor.username(), checked, language);
	}

	private MatchingParticipant createBuyer(EventCode code, String account, BuyerProfile profile, String language) {
		MatchingParticipant p = MatchingParticipant.buyer(code.value(), account, profile, clock.instant());
		p.readsIn(language);
		p = participants.save(p);
		joined(p, account);
		return p;
	}

	/**
	 * An owner opts their IKM in as a seller: PENDING, or APPROVED at once when it is one of the event's
	 * published exhibitors (the organiser chose it already).
	 */
	public MatchingParticipant joinAsSeller(Actor actor, EventCode code, long ikmId, ParticipantRules.SellerOffer offer,
			String language) {
		if (!actor.ownsIkm(ikmId)) {
			throw new ForbiddenException("matching.core.forbidden.owner");
		}
		ParticipantRules.SellerOffer checked = ParticipantRules.checked(offer);
		event(code);
		window.requireOpen(code);
		if (participants.findByEventCodeAndIkmId(code.value(), ikmId).isPresent()) {
			throw new ConflictException("matching.core.participant.duplicate");
		}
		Optional<ExhibitorSellers.SelectedExhibitor> exhibitor = exhibitors.selected(code).stream()
			.filter(e -> e.ikmId() == ikmId).findFirst();
		MatchingParticipant p = MatchingParticipant.seller(code.value(), ikmId, actor.username(),
				sellerProfile(ikmId, checked), exhibitor.map(ExhibitorSellers.SelectedExhibitor::booth).orElse(null),
				exhibitor.isPresent() ? ParticipantStatus.APPROVED : ParticipantStatus.PENDING, clock.instant());
		p.readsIn(language);
		p = participants.save(p);
		joined(p, actor.username());
		return p;
	}

	/**
	 * The organiser adds the event's published exhibitors that are not sellers yet (APPROVED, meeting at
	 * their booth when they have one); returns how many were added.
	 */
	public int addExhibitors(Actor actor, EventCode code) {
		MatchingAccess.requireOrganiser(actor);
		event(code);
		int added = 0;
		for (ExhibitorSellers.SelectedExhibitor e : exhibitors.selected(code)) {
			if (participants.findByEventCodeAndIkmId(code.value(), e.ikmId()).isEmpty()) {
				MatchingParticipant p = participants.save(MatchingParticipant.seller(code.value(), e.ikmId(), null,
						sellerProfile(e.ikmId(), new ParticipantRules.SellerOffer(null, null, null, null, null, null,
								null, null)),
						e.booth(), ParticipantStatus.APPROVED, clock.instant()));
				joined(p, actor.username());
				added++;
			}
		}
		return added;
	}

	/** The registry's facts of the IKM with the owner's words; the owner's contact overrides the registry's. */
	SellerProfile sellerProfile(long ikmId, ParticipantRules.SellerOffer offer) {
		Ikm ikm = ikms.ikm(Actor.SYSTEM, new IkmId(ikmId));
		IkmDetails d = ikm.details();
		return new SellerProfile(d.name(), offer.contactName() != null ? offer.contactName() : d.ownerName(),
				offer.email() != null ? offer.email() : d.email(), offer.phone() != null ? offer.phone() : d.phone(),
				ikm.provinceCode(), d.techniques(), d.categories(),
				offer.capacityPerMonth() != null ? offer.capacityPerMonth() : d.capacityPerMonth(),
				offer.capacityUnit() != null ? offer.capacityUnit() : VolumeUnit.METRE, offer.products(),
				offer.priceMinIdr(), offer.priceMaxIdr());
	}

	/** The buyer (or the organiser) changes the buyer's profile. */
	public MatchingParticipant updateBuyer(Actor actor, MatchingParticipantId id, Integer expectedVersion,
			BuyerProfile profile) {
		MatchingParticipant p = load(id);
		MatchingAccess.requireAct(actor, p);
		requireVersion(p, expectedVersion);
		if (p.side() != ParticipantSide.BUYER) {
			throw new MatchingRuleRefusedException("side", "not-a-buyer");
		}
		p.apply(ParticipantRules.checked(profile, this::provinceExists));
		p = participants.save(p);
		activity(p, "UPDATED", null, actor.username());
		return p;
	}

	/** The seller's owner (or the organiser) changes the seller's words; the registry's facts are read again. */
	public MatchingParticipant updateSeller(Actor actor, MatchingParticipantId id, Integer expectedVersion,
			ParticipantRules.SellerOffer offer) {
		MatchingParticipant p = load(id);
		MatchingAccess.requireAct(actor, p);
		requireVersion(p, expectedVersion);
		if (p.side() != ParticipantSide.SELLER) {
			throw new MatchingRuleRefusedException("side", "not-a-seller");
		}
		p.apply(sellerProfile(p.ikmId(), ParticipantRules.checked(offer)));
		p = participants.save(p);
		activity(p, "UPDATED", null, actor.username());
		return p;
	}

	public MatchingParticipant approve(Actor actor, MatchingParticipantId id) {
		MatchingAccess.requireOrganiser(actor);
		MatchingParticipant p = load(id);
		p.approve(actor.username());
		p = participants.save(p);
		activity(p, "APPROVED", null, actor.username());
		return p;
	}

	public MatchingParticipant reject(Actor actor, MatchingParticipantId id) {
		MatchingAccess.requireOrganiser(actor);
		MatchingParticipant p = load(id);
		p.reject(actor.username());
		p = participants.save(p);
		activity(p, "REJECTED", null, actor.username());
		return p;
	}

	/** The organiser's cap on one participant's meetings (null: the event's cap), to protect popular sellers. */
	public MatchingParticipant capMeetings(Actor actor, MatchingParticipantId id, Integer max) {
		MatchingAccess.requireOrganiser(actor);
		if (max != null && (max < 0 || max > 1000)) {
			throw new InvalidInputException(
					List.of(FieldViolation.of("maxMeetings", "matching.core.validation.cap", 0, 1000)));
		}
		MatchingParticipant p = load(id);
		p.capMeetings(max);
		p = participants.save(p);
		activity(p, "CAPPED", max == null ? "–" : String.valueOf(max), actor.username());
		return p;
	}

	/** The participant, whoever asks (for the other services of the module, which check access themselves). */
	public MatchingParticipant load(MatchingParticipantId id) {
		return participants.findById(id.value())
			.orElseThrow(() -> new NotFoundException("matching.core.participant.not-found", id.value()));
	}

	/** The event, or not found. */
	public EventView event(EventCode code) {
		return events.find(code).orElseThrow(() -> new NotFoundException("matching.core.event.not-found", code.value()));
	}

	/** Participants sorted for lists: the organiser's pending ones first, then by name. */
	public static final Comparator<MatchingParticipant> PENDING_FIRST = Comparator
		.comparing((MatchingParticipant p) -> p.status() != ParticipantStatus.PENDING)
		.thenComparing(MatchingParticipant::companyName, String.CASE_INSENSITIVE_ORDER);

	private boolean provinceExists(String code) {
		return regions.province(code).isPresent();
	}

	private static void requireVersion(MatchingParticipant p, Integer expected) {
		if (expected != null && expected != p.version()) {
			throw new ConflictException("problem.stale-version-detail", expected, p.version());
		}
	}

	private void joined(MatchingParticipant p, String by) {
		publisher.publishEvent(new MatchingParticipantJoined(new EventCode(p.eventCode()), p.id(), p.side(), p.status(),
				by));
		activity(p, "CREATED", p.side() + " " + p.status(), by);
	}

	void activity(MatchingParticipant p, String action, String detail, String by) {
		publisher.publishEvent(new MatchingActivity("matching_participant", String.valueOf(p.id().value()),
				p.eventCode(), p.side() == ParticipantSide.SELLER ? p.provinceCode() : null, action,
				p.companyName() + (detail == null ? "" : " — " + detail), by));
	}
}
