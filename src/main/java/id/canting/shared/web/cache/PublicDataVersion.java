package id.canting.shared.web.cache;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How many committed changes public pages may show: one row ({@code public_data_version}, V39)
 * shared by every node, read by {@link PublicPageFilter} on each anonymous request of a cached page.
 * <p>
 * Counted up by every write transaction that publishes a Canting domain event (any class under
 * {@code id.canting}), once per transaction, in that transaction, just before it commits: the new
 * count becomes visible with the change itself, never before (a page rendered from old figures is
 * never stored under the new count) and never after (no node serves the old page once the change is
 * committed). Every module's events count, not a list of the modules public pages read today: a page
 * rendered again after an unrelated change costs one render, a list that forgot a module would show
 * stale figures. A change published outside a transaction has already committed, so it counts at once.
 * <p>
 * The update is the last thing a transaction does ({@link Ordered#LOWEST_PRECEDENCE}; the other
 * before-commit writers run earlier), so every writer locks this row last and holds it only for the
 * commit: writers cannot deadlock on it.
 */
@Component
public class PublicDataVersion {

	private final JdbcClient jdbc;

	PublicDataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The count as committed now. */
	public long current() {
		return jdbc.sql("select version from public_data_version where id = 1").query(Long.class).single();
	}

	/**
	 * A start counts as a change: the demo loaders and migrations write without events, and a page a
	 * node rendered while they ran must not outlive them.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void started() {
		countUp();
	}

	@EventListener
	void on(Object event) {
		if (event.getClass().getName().startsWith("id.canting.")) {
			countChange();
		}
	}

	/** Counts the current transaction's change (once, when it commits), or counts at once outside one. */
	void countChange() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			countUp();
			return;
		}
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				|| TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public int getOrder() {
				return Ordered.LOWEST_PRECEDENCE;
			}

			@Override
			public void beforeCommit(boolean readOnly) {
				countUp();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(PublicDataVersion.this);
			}
		});
	}

	private void countUp() {
		jdbc.sql("update public_data_version set version = version + 1 where id = 1").update();
	}
}
