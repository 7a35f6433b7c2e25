package id.canting.matching.internal.demo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.event.EventCode;
import id.canting.event.EventSessionId;
import id.canting.event.Events;
import id.canting.event.SessionKind;
import id.canting.event.SessionView;
import id.canting.matching.BuyerType;
import id.canting.matching.MatchingParticipantId;
import id.canting.matching.MeetingStatus;
import id.canting.matching.OutcomeCheckpoint;
import id.canting.matching.OutcomeResult;
import id.canting.matching.ParticipantSide;
import id.canting.matching.Preference;
import id.canting.matching.internal.MatchingParticipant;
import id.canting.matching.internal.MatchingParticipantRepository;
import id.canting.matching.internal.MatchingParticipants;
import id.canting.matching.internal.MatchingSession;
import id.canting.matching.internal.MatchingSettingsService;
import id.canting.matching.internal.MatchingSlot;
import id.canting.matching.internal.MatchingSlotRepository;
import id.canting.matching.internal.Meeting;
import id.canting.matching.internal.MeetingRepository;
import id.canting.matching.internal.MeetingRequest;
import id.canting.matching.internal.MeetingRequests;
import id.canting.matching.internal.ParticipantRules;
import id.canting.matching.internal.RequestExpiryJob;
import id.canting.matching.internal.Unavailabilities;
import id.canting.matching.internal.outcome.MatchingDay;
import id.canting.matching.internal.outcome.OutcomeInput;
import id.canting.matching.internal.outcome.Outcomes;
import id.canting.matching.internal.recommend.Recommendation;
import id.canting.matching.internal.recommend.RecommendationService;
import id.canting.matching.internal.schedule.ScheduleService;
import id.canting.matching.internal.schedule.ScheduleSessions;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmKind;
import id.canting.registry.IkmSummary;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.registry.Verification;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;
import id.canting.shared.PageRequest;
import id.canting.shared.Role;

/**
 * The demo's business matching at HBN 2024 (demo mode, synthetic like all demo data): the 26 published
 * exhibitors and 30 other IKM as sellers, 40 buyers ({@link DemoBuyers}) who signed up and were approved,
 * requests from the recommendations in every state (accepted, declined,
 * withdrawn, expired, a few still open), two half-day sessions of 20-minute slots on 5 October 2024
 * with some slots marked unavailable, the schedule from the scheduler, attendance on the day (held,
 * no-show) and the outcomes both sides reported after the meeting and after 1, 3 and 6 months.
 * Everything passes through the same services as people's actions (an expired request by the expiry
 * job, after its deadline is moved to the past). Runs after the exhibitors' demo; skips
 * when matching participants exist or HBN-2024 has no exhibitors.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoMatching {

	private static final Logger log = LoggerFactory.getLogger(DemoMatching.class);

	static final EventCode HBN_2024 = new EventCode("HBN-2024");
	static final String PASSWORD = "canting-demo";
	/** Other IKM (not exhibitors) who opted in as sellers. */
	static final int OTHER_SELLERS = 30;
	/** Assumption: tables in the business-matching hall per slot. */
	static final int TABLES = 12;

	private static final Actor ORGANISER = new Actor("admin", Role.ADMIN, null, Set.of());

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Events events;
	private final RegistryQueries registry;
	private final MatchingParticipants participants;
	private final MatchingParticipantRepository participantRows;
	private final MatchingSettingsService settings;
	private final MeetingRequests requests;
	private final RequestExpiryJob expiry;
	private final RecommendationService recommendations;
	private final ScheduleSessions sessions;
	private final MatchingSlotRepository slots;
	private final Unavailabilities unavailabilities;
	private final ScheduleService schedule;
	private final MatchingDay day;
	private final Outcomes outcomes;
	private final MeetingRepository meetings;

	DemoMatching(JdbcClient jdbc, PlatformTransactionManager transactionManager, Events events,
			RegistryQueries registry, MatchingParticipants participants, MatchingParticipantRepository participantRows,
			MatchingSettingsService settings, MeetingRequests requests, RequestExpiryJob expiry,
			RecommendationService recommendations, ScheduleSessions sessions, MatchingSlotRepository slots,
			Unavailabilities unavailabilities, ScheduleService schedule, MatchingDay day, Outcomes outcomes,
			MeetingRepository meetings) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.events = events;
		this.registry = registry;
		this.participants = participants;
		this.participantRows = participantRows;
		this.settings = settings;
		this.requests = requests;
		this.expiry = expiry;
		this.recommendations = recommendations;
		this.sessions = sessions;
		this.slots = slots;
		this.unavailabilities = unavailabilities;
		this.schedule = schedule;
		this.day = day;
		this.outcomes = outcomes;
		this.meetings = meetings;
	}

	@EventListener(ContextRefreshedEvent.class)
	@Order(600)
	void loadOnFirstStart() {
		if (jdbc.sql("select count(*) from matching_participant").query(Long.class).single() > 0
				|| events.find(HBN_2024).isEmpty()) {
			return;
		}
		DemoProgress progress = new DemoProgress(log, "Demo business matching");
		String done = transaction.execute(status -> load());
		if (done != null) {
			progress.done("{}", done);
		}
	}

	private String load() {
		Random random = new Random(2024_10_05L);
		int exhibitors = participants.addExhibitors(ORGANISER, HBN_2024);
		if (exhibitors == 0) {
			return null;
		}
		// the organiser's rule: government buyers meet only Batikmark holders
		settings.typeRule(ORGANISER, HBN_2024, BuyerType.GOVERNMENT, true);
		List<MatchingParticipant> others = otherSellers(random);
		List<MatchingParticipant> buyers = buyers();
		int[] states = requests(buyers, random);
		// the sessions are laid out once the requests are in, as organisers do; the window closes after the last slot
		List<MatchingSession> blocks = sessions();
		markUnavailable(buyers, random);
		var run = schedule.schedule(ORGANISER, HBN_2024);
		int[] day = onTheDay(random);
		return "%d sellers, %d buyers, %d requests (%d accepted, %d declined, %d withdrawn, %d expired, %d open), %d sessions; %d of %d meetings placed (bound %d) in %d slots; %d held, %d no-shows, %d outcomes"
			.formatted(exhibitors + others.size(), buyers.size(), states[0], states[1], states[2], states[3], states[4],
					states[5], blocks.size(), run.placed(), run.requested(), run.bound(), run.slotsUsed(), day[0], day[1],
					day[2]);
	}

	/** Thirty verified IKM that are not exhibitors opt in (their owner's action) and the organiser approves them. */
	private List<MatchingParticipant> otherSellers(Random random) {
		Set<Long> already = new HashSet<>();
		participantRows.findByEventCodeOrderByCompanyName(HBN_2024.value()).forEach(p -> already.add(p.ikmId()));
		IkmFilter filter = new IkmFilter(null, null, null, null, null, null, IkmKind.REGULAR, RecordStatus.ACTIVE, null,
				null, null, Verification.VERIFIED);
		List<IkmSummary> candidates = registry.ikm(Actor.SYSTEM, filter, new PageRequest(0, 500, "name", true)).content()
			.stream().filter(ikm -> !already.contains(ikm.id())).toList();
		List<MatchingParticipant> sellers = new ArrayList<>();
		int step = Math.max(1, candidates.size() / OTHER_SELLERS);
		for (int i = 0; i < candidates.size() && sellers.size() < OTHER_SELLERS; i += step) {
			IkmSummary ikm = candidates.get(i);
			Actor owner = new Actor("pemilik.demo", Role.IKM_OWNER, ikm.provinceCode(), Set.of(ikm.id()));
			long minPrice = 50_000L * (1 + random.nextInt(4));
			MatchingParticipant seller = participants.joinAsSeller(owner, HBN_2024, ikm.id(),
					new ParticipantRules.SellerOffer("Kain batik dan produk turunan, pesanan partai besar dan kecil", null,
							null, minPrice, minPrice * (3 + random.nextInt(8)), null, null, null),
					"id");
			sellers.add(participants.approve(ORGANISER, seller.id()));
		}
		return sellers;
	}

	/** The 40 buyers sign up (a BUYER account each) and are approved; two more sign up and are turned away. */
	private List<MatchingParticipant> buyers() {
		List<MatchingParticipant> approved = new ArrayList<>();
		for (DemoBuyers.DemoBuyer buyer : DemoBuyers.all()) {
			MatchingParticipant p = participants.signUpBuyer(HBN_2024, buyer.username(), PASSWORD, buyer.profile(),
					buyer.profile().countryCode().equals("ID") ? "id" : "en");
			approved.add(participants.approve(ORGANISER, p.id()));
		}
		return approved;
	}

	/** Two half-day blocks of 20-minute slots on the business-matching day: 10:00–12:00 and 13:00–16:00. */
	private List<MatchingSession> sessions() {
		SessionView block = events.sessions(HBN_2024).stream().filter(s -> s.kind() == SessionKind.BUSINESS_MATCHING)
			.findFirst().orElseThrow();
		LocalDateTime day = block.startsAt().toLocalDate().atStartOfDay();
		List<MatchingSession> blocks = List.of(
				session(block.id(), day.withHour(10), 6),
				session(block.id(), day.withHour(13), 9));
		return blocks;
	}

	private MatchingSession session(EventSessionId eventSession, LocalDateTime startsAt, int slotCount) {
		return sessions.add(ORGANISER, HBN_2024, eventSession, startsAt, 20, slotCount, null, null, TABLES);
	}

	/** A few buyers arrive late or leave early: the first or last slot of a block marked unavailable. */
	private void markUnavailable(List<MatchingParticipant> buyers, Random random) {
		List<MatchingSlot> all = slots.findByEventCode(HBN_2024.value());
		for (MatchingParticipant buyer : buyers) {
			if (random.nextInt(5) == 0) {
				MatchingSlot slot = all.get(random.nextBoolean() ? 0 : all.size() - 1);
				unavailabilities.replace(buyer.id().value(), List.of(slot.id()));
			}
		}
	}

	/**
	 * Each buyer asks the best-fitting sellers of their recommendations (three to seven, the first as a
	 * must-meet); a few sellers ask buyers. Sellers accept most, decline some; a few are withdrawn, some
	 * left unanswered until they expired, a few still open. Returns {all, accepted, declined, withdrawn, expired, open}.
	 */
	private int[] requests(List<MatchingParticipant> buyers, Random random) {
		int[] counts = new int[6];
		int cap = settings.settings(HBN_2024).maxMeetingsPerParticipant();
		List<MeetingRequest> unanswered = new ArrayList<>();
		for (MatchingParticipant buyer : buyers) {
			Actor actor = new Actor(buyer.accountUsername(), Role.BUYER, null, Set.of());
			List<Recommendation> ranked = recommendations.forParticipant(actor, HBN_2024, buyer.id()).recommendations()
				.ranked();
			int wanted = 3 + random.nextInt(5);
			int sent = 0;
			for (int i = 0; i < ranked.size() && sent < wanted; i++) {
				MatchingParticipant seller = participants.load(new MatchingParticipantId(ranked.get(i).participantId()));
				if (!hasRoom(seller, cap)) {
					// a popular seller at the organiser's meeting cap: the buyer asks the next one, as people do
					continue;
				}
				MeetingRequest request = requests.send(actor, HBN_2024, buyer.id(), seller.id(),
						sent == 0 ? Preference.MUST_MEET : Preference.WOULD_LIKE, "Kami tertarik dengan produk Anda.");
				sent++;
				counts[0]++;
				Actor answering = sellerActor(seller);
				int roll = random.nextInt(100);
				if (roll < 76 && hasRoom(seller, cap)) {
					requests.accept(answering, request.id(), null);
					counts[1]++;
				}
				else if (roll < 86) {
					requests.decline(answering, request.id(), "Kapasitas kami untuk bulan ini sudah penuh.");
					counts[2]++;
				}
				else if (roll < 90) {
					requests.withdraw(actor, request.id());
					counts[3]++;
				}
				else {
					unanswered.add(request);
				}
			}
		}
		// most unanswered requests ran past the deadline of the day (the expiry job's rule), a few are still open
		List<Long> expire = unanswered.stream().skip(Math.min(3, unanswered.size())).map(r -> r.id().value()).toList();
		if (!expire.isEmpty()) {
			jdbc.sql("update matching_request set expires_at = created_at where id in (:ids)").param("ids", expire).update();
			counts[4] = expiry.run();
		}
		counts[5] = unanswered.size() - counts[4];
		return counts;
	}

	/** Whether the seller is under the meeting cap (checked first: a refused call would spoil the demo's transaction). */
	private boolean hasRoom(MatchingParticipant seller, int cap) {
		return meetings.countBySellerIdAndStatusIn(seller.id().value(), EnumSet.of(MeetingStatus.ACCEPTED, MeetingStatus.HELD)) < cap;
	}

	private static Actor sellerActor(MatchingParticipant seller) {
		return new Actor("pemilik.demo", Role.IKM_OWNER, seller.provinceCode(), Set.of(seller.ikmId()));
	}

	/**
	 * The day: everyone with a meeting checks in; most meetings are held, a few are no-shows; both sides
	 * report outcomes of the held ones. Returns {held, no-shows, outcomes}.
	 */
	private int[] onTheDay(Random random) {
		int[] counts = new int[3];
		List<Meeting> placed = meetings.findByEventCode(HBN_2024.value()).stream().filter(Meeting::isPlaced)
			.filter(m -> m.status() == MeetingStatus.ACCEPTED).toList();
		Set<MatchingParticipantId> checkedIn = new HashSet<>();
		for (Meeting meeting : placed) {
			for (MatchingParticipantId who : List.of(meeting.buyer(), meeting.seller())) {
				if (checkedIn.add(who)) {
					day.checkIn(ORGANISER, HBN_2024, who);
				}
			}
			int roll = random.nextInt(100);
			if (roll < 7) {
				day.markAttendance(ORGANISER, HBN_2024, meeting.id(), Meeting.Check.NO_SHOW, ParticipantSide.BUYER);
				counts[1]++;
				continue;
			}
			day.markAttendance(ORGANISER, HBN_2024, meeting.id(), Meeting.Check.HELD,
					roll % 2 == 0 ? ParticipantSide.BUYER : ParticipantSide.SELLER);
			counts[0]++;
			counts[2] += report(meeting, random);
		}
		return counts;
	}

	/** Both sides' outcomes of a held meeting, after it and after 1, 3 and 6 months; returns how many. */
	private int report(Meeting meeting, Random random) {
		int reported = 0;
		OutcomeResult result = OutcomeResult.IN_TALKS;
		Long value = null;
		for (OutcomeCheckpoint checkpoint : OutcomeCheckpoint.values()) {
			int roll = random.nextInt(100);
			result = switch (result) {
				case NO_CONTACT -> OutcomeResult.NO_CONTACT;
				case ORDER_PLACED -> OutcomeResult.ORDER_PLACED;
				default -> roll < 25 ? OutcomeResult.NO_CONTACT
						: roll < 55 ? OutcomeResult.IN_TALKS : roll < 75 ? OutcomeResult.SAMPLE_ORDER : OutcomeResult.ORDER_PLACED;
			};
			if (result == OutcomeResult.ORDER_PLACED && value == null) {
				value = 5_000_000L * (1 + random.nextInt(40));
			}
			for (ParticipantSide side : ParticipantSide.values()) {
				if (random.nextInt(100) < 80) {
					outcomes.report(ORGANISER, HBN_2024, meeting.id(),
							new OutcomeInput(checkpoint, result, result == OutcomeResult.ORDER_PLACED ? value : null, null,
									side));
					reported++;
				}
			}
		}
		return reported;
	}
}
