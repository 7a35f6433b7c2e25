package id.canting.imports;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import id.canting.imports.ImportRowStore.StoredRow;
import id.canting.shared.Actor;
import id.canting.shared.DomainException;

/**
 * Writes a validated job's rows through the registry's API in ONE transaction, together with the
 * job's DONE status: if the application stops half-way, the database holds none of it and the job is
 * marked FAILED afterwards. Progress is reported from a separate transaction so the page can show it.
 */
@Component
class ImportCommitter {

	private static final Logger log = LoggerFactory.getLogger(ImportCommitter.class);
	/**
	 * Rows per registry call: ten validation batches. Each call costs a few statements (or COPYs) and a
	 * progress update of its own, so at a million rows 500 per call was 2,000 of each.
	 */
	static final int BATCH = 5_000;

	private final ImportJobStore jobs;
	private final ImportRowStore rows;
	private final TransactionTemplate transaction;
	private final TransactionTemplate progress;

	ImportCommitter(ImportJobStore jobs, ImportRowStore rows, PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.rows = rows;
		this.transaction = new TransactionTemplate(transactions);
		this.progress = new TransactionTemplate(transactions);
		this.progress.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	private void write(long jobId, Actor actor, ImportRows kind, List<StoredRow> batch, int[] count, int toWrite) {
		if (batch.isEmpty()) {
			return;
		}
		kind.commitAll(actor, batch);
		count[0] += batch.size();
		batch.clear();
		progress.executeWithoutResult(s -> jobs.progress(jobId, "COMMITTING", count[0], toWrite));
	}

	void commit(long jobId, Actor actor, ImportRows kind, int toWrite) {
		try {
			int written = transaction.execute(status -> {
				int[] count = { 0 };
				List<StoredRow> batch = new ArrayList<>(BATCH);
				rows.forEachRow(jobId, List.of(RowOutcome.NEW, RowOutcome.UPDATED), row -> {
					batch.add(row);
					if (batch.size() == BATCH) {
						write(jobId, actor, kind, batch, count, toWrite);
					}
				});
				write(jobId, actor, kind, batch, count, toWrite);
				jobs.done(jobId, count[0]);
				return count[0];
			});
			log.info("Import job {} committed {} rows", jobId, written);
		}
		catch (DomainException e) {
			jobs.fail(jobId, e.messageKey(), java.util.Arrays.stream(e.arguments()).map(String::valueOf).toList());
		}
		catch (RuntimeException e) {
			log.warn("Import job {} failed while committing; nothing was written", jobId, e);
			jobs.fail(jobId, "import.failed.commit", List.of());
		}
	}
}
