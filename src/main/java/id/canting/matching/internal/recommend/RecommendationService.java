package id.canting.matching.internal.recommend;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.canting.certification.BatikmarkStandings;
import id.canting.event.EventCode;
import id.canting.event.Events;
import id.canting.matching.BuyerType;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.ParticipantSide;
import id.canting.matching.ParticipantStatus;
import id.canting.matching.internal.MatchingAccess;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.OrganiserRules;
import id.canting.shared.Actor;
import id.canting.shared.ForbiddenException;
import id.canting.shared.NotFoundException;

/**
 * Recommendations for one participant of an event's business matching: the APPROVED participants of the
 * other side, less the pairs the organiser blocked and those already in contact (a request pending, accepted
 * or declined either way, or a meeting not cancelled), ranked by the {@link Recommender}. A buyer whose type
 * the organiser's rule requires Batikmark for is treated as requiring it. Sellers' Batikmark standing comes
 * from certification. Only the participant themself and the organiser (ADMIN) may look.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService {

	private final MatchingParticipantRepository participants;
	private final MatchingParticipants matchingParticipants;
	private final OrganiserRules organiserRules;
	private final Events events;
	private final BatikmarkStandings batikmark;
	private final Recommender recommender;
	private final JdbcClient jdbc;
	private final Clock clock;

	RecommendationService(MatchingParticipantRepository participants, MatchingParticipants matchingParticipants,
			OrganiserRules organiserRules, Events events, BatikmarkStandings batikmark, Recommender recommender,
			JdbcClient jdbc, Clock clock) {
		this.participants = participants;
		this.matchingParticipants = matchingParticipants;
		this.organiserRules = organiserRules;
		this.events = events;
		this.batikmark = batikmark;
		this.recommender = recommender;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The counterparts recommended to a participant, best first.
	 *
	 * @throws NotFoundException when the event or the participant (in that event) does not exist
	 * @throws ForbiddenException unless the actor is the participant or an admin
	 */
	public ParticipantRecommendations forParticipant(Actor actor, EventCode code, MatchingParticipantId id) {
		if (events.find(code).isEmpty()) {
			throw new NotFoundException("matching.recommend.event.not-found", code.value());
		}
		MatchingParticipant viewer = participants.findById(id.value())
			.filter(p -> p.eventCode().equals(code.value()))
			.orElseThrow(() -> new NotFoundException("matching.recommend.participant.not-found", id.value(), code.value()));
		if (!MatchingAccess.mayAct(actor, viewer)) {
			throw new ForbiddenException("matching.recommend.forbidden");
		}
		ParticipantSide other = viewer.side() == ParticipantSide.BUYER ? ParticipantSide.SELLER : ParticipantSide.BUYER;
		Set<Long> blocked = blockedWith(viewer);
		Set<Long> inContact = inContactWith(viewer);
		List<MatchingParticipant> candidates = new ArrayList<>();
		int blockedCount = 0;
		int contactCount = 0;
		for (MatchingParticipant p : participants.findByEventCodeAndSideAndStatusOrderByCompanyName(code.value(), other,
				ParticipantStatus.APPROVED)) {
			if (blocked.contains(p.id().value())) {
				blockedCount++;
			}
			else if (inContact.contains(p.id().value())) {
				contactCount++;
			}
			else {
				candidates.add(p);
			}
		}
		Set<BuyerType> batikmarkTypes = typesRequiringBatikmark(code);
		Recommendations ranked = viewer.side() == ParticipantSide.BUYER
				? recommender.sellersFor(buyer(viewer, batikmarkTypes), candidates.stream().map(this::seller).toList())
				: recommender.buyersFor(seller(viewer), candidates.stream().map(b -> buyer(b, batikmarkTypes)).toList());
		List<Recommendations.NotShown> notShown = new ArrayList<>(ranked.notShown());
		if (contactCount > 0) {
			notShown.add(new Recommendations.NotShown("in-contact", contactCount,
					Phrase.of("not-shown.in-contact", contactCount)));
		}
		if (blockedCount > 0) {
			notShown.add(new Recommendations.NotShown("organiser-rule", blockedCount,
					Phrase.of("not-shown.organiser-rule", blockedCount)));
		}
		return new ParticipantRecommendations(viewer.id(), viewer.side(), viewer.companyName(), viewer.status(),
				new Recommendations(ranked.ranked(), notShown));
	}

	/** The weights the ranking uses, to show beside it. */
	public RecommendationWeights weights() {
		return recommender.weights();
	}

	/** The actor's own participant in the event (a buyer by account, a seller by an IKM they own), if any. */
	public Optional<MatchingParticipant> ownParticipant(Actor actor, EventCode code) {
		return matchingParticipants.mine(actor, code).stream().findFirst();
	}

	private BuyerInterest buyer(MatchingParticipant p, Set<BuyerType> batikmarkTypes) {
		boolean required = p.batikmarkRequired() || batikmarkTypes.contains(p.buyerType());
		return new BuyerInterest(p.id().value(), p.companyName(), p.buyerType(), p.countryCode(), p.provinceCode(),
				p.techniques(), p.categories(), p.volumePerMonth(), p.volumeUnit(), p.priceMinIdr(), p.priceMaxIdr(),
				required);
	}

	private SellerOffer seller(MatchingParticipant p) {
		return new SellerOffer(p.id().value(), p.companyName(), p.provinceCode(), p.techniques(), p.categories(),
				p.capacityPerMonth(), p.volumeUnit(), batikmark.of(p.ikmId()), p.priceMinIdr(), p.priceMaxIdr(),
				p.booth() != null, p.booth());
	}

	private Set<Long> blockedWith(MatchingParticipant viewer) {
		long id = viewer.id().value();
		boolean buyer = viewer.side() == ParticipantSide.BUYER;
		Set<Long> blocked = new HashSet<>();
		for (OrganiserRules.BlockedPair pair : organiserRules.blockedPairs(viewer.eventCode())) {
			if (buyer ? pair.buyerId() == id : pair.sellerId() == id) {
				blocked.add(buyer ? pair.sellerId() : pair.buyerId());
			}
		}
		return blocked;
	}

	/** Counterparts with a live or declined request either way (an expired one no longer counts), or a meeting. */
	private Set<Long> inContactWith(MatchingParticipant viewer) {
		long id = viewer.id().value();
		Set<Long> ids = new HashSet<>(jdbc.sql("""
				select case when from_id = :id then to_id else from_id end from matching_request
				where (from_id = :id or to_id = :id)
				  and (status in ('ACCEPTED', 'DECLINED') or (status = 'PENDING' and expires_at > :now))""")
			.param("id", id).param("now", Timestamp.from(clock.instant())).query(Long.class).list());
		ids.addAll(jdbc.sql("""
				select case when buyer_id = :id then seller_id else buyer_id end from matching_meeting
				where (buyer_id = :id or seller_id = :id) and status <> 'CANCELLED'""")
			.param("id", id).query(Long.class).list());
		return ids;
	}

	private Set<BuyerType> typesRequiringBatikmark(EventCode code) {
		Set<BuyerType> types = EnumSet.noneOf(BuyerType.class);
		organiserRules.typeRules(code.value()).forEach((type, required) -> {
			if (required) {
				types.add(type);
			}
		});
		return types;
	}
}
