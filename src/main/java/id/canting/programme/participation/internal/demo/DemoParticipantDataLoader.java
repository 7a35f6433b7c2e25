package id.canting.programme.participation.internal.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.programme.participation.internal.Participant;
import id.canting.programme.participation.internal.ParticipantInput;
import id.canting.programme.participation.internal.ProgrammeParticipants;
import id.canting.programme.participation.internal.ProgrammeSession;
import id.canting.programme.participation.internal.ProgrammeSessions;
import id.canting.programme.participation.internal.demo.DemoParticipantDataset.People;
import id.canting.programme.participation.internal.demo.DemoParticipantDataset.Pick;
import id.canting.programme.participation.internal.demo.DemoParticipantDataset.ProgrammePlan;
import id.canting.registry.CatalogueEntry;
import id.canting.registry.IkmDetails;
import id.canting.registry.IkmFilter;
import id.canting.registry.IkmId;
import id.canting.registry.IkmManagement;
import id.canting.registry.IkmSummary;
import id.canting.registry.RecordStatus;
import id.canting.registry.RegistryQueries;
import id.canting.shared.Actor;
import id.canting.shared.PageRequest;

/**
 * Loads the {@link DemoParticipantDataset} once the demo programmes and the registry's demo IKM are
 * there: on the first start against empty session and participant tables, through
 * {@link ProgrammeSessions} and {@link ProgrammeParticipants}, so demo people pass exactly the rules
 * an officer's input does. It waits for the context to be refreshed, like the demo accounts do,
 * because the programmes' loader runs before the registry's (module order) and participants need IKM.
 * One transaction: a failure leaves the tables empty.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoParticipantDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoParticipantDataLoader.class);

	private final JdbcClient jdbc;
	private final ProgrammeSessions sessions;
	private final ProgrammeParticipants participants;
	private final RegistryQueries registry;
	private final IkmManagement ikms;
	private final TransactionTemplate transaction;

	DemoParticipantDataLoader(JdbcClient jdbc, ProgrammeSessions sessions, ProgrammeParticipants participants,
			RegistryQueries registry, IkmManagement ikms, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.participants = participants;
		this.registry = registry;
		this.ikms = ikms;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@EventListener(ContextRefreshedEvent.class)
	void loadIntoEmptyTables() {
		long started = System.nanoTime();
		Integer loaded = transaction.execute(status -> load());
		if (loaded != null) {
			log.info("Demo programme participants loaded: {} in {} ms", loaded, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** @return how many participants were loaded, or {@code null} when there was nothing to load into */
	private Integer load() {
		List<ProgrammePlan> plans = DemoParticipantDataset.plans();
		long existing = jdbc.sql("select (select count(*) from programme_session) + (select count(*) from programme_participant)")
			.query(Long.class).single();
		long demoProgrammes = jdbc.sql("select count(*) from programme where code in (:codes)")
			.param("codes", plans.stream().map(ProgrammePlan::code).toList()).query(Long.class).single();
		Long owner = ownerIkm();
		if (existing > 0 || demoProgrammes < plans.size() || owner == null) {
			return null;
		}
		People people = new People();
		int count = 0;
		for (ProgrammePlan plan : plans) {
			List<ProgrammeSession> held = plan.sessions().stream().map(s -> sessions.add(Actor.SYSTEM, plan.code(), s))
				.toList();
			for (long ikm : ikmsOf(plan, owner)) {
				IkmDetails details = ikms.ikm(Actor.SYSTEM, new IkmId(ikm)).details();
				double women = details.workers() == 0 ? 0.6 : (double) details.workersFemale() / details.workers();
				Set<String> names = new HashSet<>();
				for (int i = 0; i < plan.perIkm(); i++) {
					boolean woman = people.woman(women);
					Participant participant = participants.enrol(Actor.SYSTEM, plan.code(),
							new ParticipantInput(people.name(woman, names), woman ? "F" : "M", ikm, null));
					boolean[] came = people.attendance(held.size());
					Map<Integer, Boolean> marks = new LinkedHashMap<>();
					for (int s = 0; s < held.size(); s++) {
						// the demo owner's first participant came to everything, so the owner has a certificate to download
						marks.put(held.get(s).number(), came[s] || (plan.ownerIkmFirst() && ikm == owner && i == 0));
					}
					participants.recordAttendance(Actor.SYSTEM, plan.code(), participant.id(), marks);
					count++;
				}
			}
		}
		return count;
	}

	/**
	 * The IKM a plan draws from: in each province, IKM spread evenly over the list by name (so not all
	 * from the top of the alphabet); the demo owner's first where the plan says so.
	 */
	private List<Long> ikmsOf(ProgrammePlan plan, long owner) {
		List<Long> ids = new ArrayList<>();
		if (plan.ownerIkmFirst()) {
			ids.add(owner);
		}
		for (Pick pick : plan.picks()) {
			IkmFilter filter = new IkmFilter(pick.provinceCode(), null, null, plan.technique(), null, null, plan.kind(),
					RecordStatus.ACTIVE, null, plan.sizeClass(), null);
			long total = registry.ikm(Actor.SYSTEM, filter, new PageRequest(0, 1, "name", true)).page().totalElements();
			int wanted = (int) Math.min(pick.ikmCount(), total);
			for (int i = 0; i < wanted; i++) {
				// the i-th of evenly spaced places; passed over when taken or without a NIB the plan requires
				for (long at = i * total / wanted; at < total; at++) {
					IkmSummary ikm = registry.ikm(Actor.SYSTEM, filter, new PageRequest((int) at, 1, "name", true))
						.content().get(0);
					if (!ids.contains(ikm.id()) && (!plan.nibRequired() || ikm.nib() != null)) {
						ids.add(ikm.id());
						break;
					}
				}
			}
		}
		return ids;
	}

	/** The IKM the demo owner account owns: the first of Jawa Tengah's catalogue by name, as the account loader picks it. */
	private Long ownerIkm() {
		return registry.catalogue(new IkmFilter("33", null, null, null, null, null, null, null, null),
				new PageRequest(0, 1, "name", true)).content().stream().findFirst().map(CatalogueEntry::id).orElse(null);
	}
}
