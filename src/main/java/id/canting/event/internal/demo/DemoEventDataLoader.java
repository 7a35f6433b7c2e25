package id.canting.event.internal.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.event.EventStatus;
import id.canting.event.internal.EventManagement;
import id.canting.event.internal.demo.DemoEventDataset.DemoEvent;
import id.canting.shared.Actor;
import id.canting.shared.DemoProgress;

/**
 * Loads the {@link DemoEventDataset} on the first start against an empty event table (demo mode),
 * through {@link EventManagement}, so that the demo events pass exactly the rules and status steps an
 * organiser's do (and are audited as the system's work). One transaction: a failure leaves the tables
 * empty.
 */
@Component
@ConditionalOnBooleanProperty(name = "canting.demo.enabled", matchIfMissing = true)
class DemoEventDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoEventDataLoader.class);

	/** The steps from DRAFT to each demo status, in order (every event here has an exhibitor call or none). */
	private static final List<EventStatus> TO_CLOSED = List.of(EventStatus.PUBLISHED, EventStatus.RUNNING,
			EventStatus.CLOSED);

	private final JdbcClient jdbc;
	private final EventManagement events;
	private final TransactionTemplate transaction;

	DemoEventDataLoader(JdbcClient jdbc, EventManagement events, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.events = events;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		DemoProgress progress = new DemoProgress(log, "Demo events");
		Integer loaded = transaction.execute(status -> {
			if (jdbc.sql("select count(*) from event").query(Long.class).single() > 0) {
				return null;
			}
			List<DemoEvent> demo = DemoEventDataset.events(events.today());
			demo.forEach(this::load);
			return demo.size();
		});
		if (loaded != null) {
			progress.done("{} events with their sessions loaded", loaded);
		}
	}

	private void load(DemoEvent demo) {
		String code = events.create(Actor.SYSTEM, demo.event()).code().value();
		demo.sessions().forEach(session -> events.addSession(Actor.SYSTEM, code, session));
		boolean call = demo.event().exhibitorCallOpens() != null;
		if (call) {
			events.changeStatus(Actor.SYSTEM, code, EventStatus.OPEN_FOR_EXHIBITORS);
		}
		if (demo.status() == EventStatus.CLOSED) {
			TO_CLOSED.forEach(step -> events.changeStatus(Actor.SYSTEM, code, step));
		}
	}
}
